// References between files: a unit, township or person written by id must
// exist. Which fields are references is marked in the schemas
// (`.meta({ ref: 'unit' })`); one check walks every file for them, so the
// roster, articles, progress records and school data are checked alike.
import { items, str } from '../content-model/raw.ts';
import { walkSchema } from '../content-model/schema-walk.ts';
import { suggest } from '../content-model/suggest.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';
import { ID } from './ids.ts';

interface Known {
  readonly id: string;
  readonly name: string;
}

/** An id written as the thing's name ("财政局") gets its id; a near-miss id gets the nearest. */
function hint(ref: string, known: readonly Known[], names: (k: Known) => readonly string[]): { byName?: Known; near?: Known } {
  const byName = known.find((k) => names(k).includes(ref));
  if (byName) return { byName };
  // Only ids written correctly are worth copying.
  const near = suggest(ref, known.map((k) => k.id).filter((id) => ID.test(id)));
  return near ? { near: known.find((k) => k.id === near)! } : {};
}

export const unitUnknown = defineRule({
  code: 'unit-unknown',
  severity: 'error',
  group: 'ids',
  supersedes: ['id-format'],
  meaning: '引用的单位编号在 content/units.yaml 中不存在：请改用已有编号（消息会提示最接近的编号），或先在单位名录中添加该单位。单位写编号，不写名称。',
  message: (p: { ref: string; byName?: Known; near?: Known; township?: boolean }) =>
    p.byName
      ? `“${p.ref}”是单位名称：这里请写单位编号 ${p.byName.id}（${p.byName.name}）`
      : `单位编号“${p.ref}”在 content/units.yaml 中不存在：${p.near ? `是不是 ${p.near.id}（${p.near.name}）？如是新单位，请先在单位名录中添加` : p.township ? '请填写学校所在乡镇（街道）的编号' : '请改用已有编号，或先在单位名录中添加该单位'}`,
  examples: {
    bad: [
      { name: '编号拼错', file: 'content/achievements/2026-09-01-plan-issued.md', lang: 'yaml', at: { set: '' }, code: 'unit: finanse-bureau' },
      { name: '写了单位名称', file: 'content/achievements/2026-09-01-plan-issued.md', lang: 'yaml', at: { set: '' }, code: 'unit: 财政局' },
    ],
    good: [{ name: '写单位编号', file: 'content/achievements/2026-09-01-plan-issued.md', lang: 'yaml', at: { set: '' }, code: 'unit: finance-bureau' }],
  },
});

export const townshipKind = defineRule({
  code: 'township-kind',
  severity: 'error',
  group: 'schools',
  meaning: '学校的 township 须是乡镇级单位（镇、乡、街道等，单位类别的 role 为“乡镇”）的编号，不能是政府或部门。',
  message: (p: { ref: string; kind: string }) => `“${p.ref}”是${p.kind}，不是乡镇（街道）：请填写学校所在乡镇（街道）的编号`,
  examples: {
    bad: [{ name: '填成了教育局', file: 'content/schools/2026.yaml', lang: 'yaml', at: { set: 'schools.0' }, code: 'township: education-bureau' }],
    good: [{ name: '填学校所在乡镇', file: 'content/schools/2026.yaml', lang: 'yaml', at: { set: 'schools.0' }, code: 'township: jia-town' }],
  },
});

export const personUnknown = defineRule({
  code: 'person-unknown',
  severity: 'error',
  group: 'ids',
  supersedes: ['id-format'],
  meaning: '引用的人员编号不在领导小组成员名单中（如办公室主任须是成员之一）。人员写编号，不写姓名：两人可能同名。',
  message: (p: { ref: string; byName?: Known; near?: Known }) =>
    p.byName
      ? `“${p.ref}”是姓名：这里请写人员编号 ${p.byName.id}（${p.byName.name}）；同名的人编号不同`
      : `人员编号“${p.ref}”不在领导小组成员中：${p.near ? `是不是 ${p.near.id}（${p.near.name}）？` : '请填写领导小组成员的编号'}`,
  examples: {
    bad: [{ name: '编号拼错', file: 'content/leading-group.yaml', lang: 'yaml', at: { set: 'office' }, code: 'head: wang-bin' }],
    good: [{ name: '成员的编号', file: 'content/leading-group.yaml', lang: 'yaml', at: { set: 'office' }, code: 'head: wang-bing' }],
  },
});

export const checkReferences: Check = (context) => {
  const out: Finding[] = [];
  const units = context.units;
  const unitFile = context.one('units');
  const knownUnits: Known[] = unitFile
    ? items(unitFile.data, 'units').flatMap(([u]) => (typeof u.id === 'string' ? [{ id: u.id, name: str(u.name) ?? u.id, short: str(u.shortName) }] : []))
    : [];
  const unitNames = (k: Known) => {
    const u = knownUnits.find((x) => x.id === k.id) as (Known & { short?: string }) | undefined;
    return [k.name, ...(u?.short ? [u.short] : [])];
  };
  const group = context.one('leadingGroup');
  const people: Known[] = group
    ? items(group.data, 'members').flatMap(([m]) => (typeof m.id === 'string' ? [{ id: m.id, name: str(m.name) ?? m.id }] : []))
    : [];
  const unitById = new Map((units ?? []).map((u) => [u.id, u]));

  for (const parsed of context.files) {
    walkSchema(parsed.schema, parsed.data, (meta, value, path) => {
      if (meta.ref === undefined || typeof value !== 'string') return;
      if (meta.ref === 'person') {
        if (group && !people.some((p) => p.id === value)) out.push(personUnknown.finding(parsed.file, path, { ref: value, ...hint(value, people, (k) => [k.name]) }));
        return;
      }
      if (!units) return;
      const unit = unitById.get(value);
      if (unit === undefined) {
        out.push(unitUnknown.finding(parsed.file, path, { ref: value, ...hint(value, knownUnits, unitNames), township: meta.ref === 'township' }));
      } else if (meta.ref === 'township' && unit.role !== undefined && unit.role !== '乡镇') {
        out.push(townshipKind.finding(parsed.file, path, { ref: value, kind: unit.kind }));
      }
    });
  }
  return out;
};

// The deadline's phase is a reference within the plan.
export const phaseUnknown = defineRule({
  code: 'phase-unknown',
  severity: 'error',
  group: 'ids',
  meaning: '时限所属的阶段编号在实施方案的阶段中不存在；消息会列出可选的阶段编号。',
  message: (p: { ref: string; options: readonly string[] }) => `阶段编号“${p.ref}”不存在。可选：${p.options.join('、')}`,
  examples: {
    bad: [{ name: '阶段编号拼错', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'deadlines.0' }, code: 'phase: self-chek-and-rectification' }],
    good: [{ name: '照阶段的 id 写', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'deadlines.0' }, code: 'phase: self-check-and-rectification' }],
  },
});

export const checkPhaseRefs: Check = (context) => {
  const plan = context.one('plan');
  if (!plan) return [];
  const phases = items(plan.data, 'phases');
  const ids = phases.map(([p]) => String(p.id));
  return items(plan.data, 'deadlines').flatMap(([d, i]) => {
    const ref = str(d.phase);
    return ref !== undefined && !phases.some(([p]) => p.id === ref) ? [phaseUnknown.finding(plan.file, ['deadlines', i, 'phase'], { ref, options: ids })] : [];
  });
};

