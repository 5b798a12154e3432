// References between files: a unit, township or person written by id must
// exist. Which fields are references is marked in the schemas
// (`.meta({ ref: 'unit' })`); one check walks every file for them, so the
// roster, articles, progress records and school data are checked alike.
import { items, str } from '../content-model/raw.ts';
import { walkSchema } from '../content-model/schema-walk.ts';
import { nearest, sharedCharacters } from '../content-model/suggest.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';
import { ID } from './ids.ts';

interface Known {
  readonly id: string;
  readonly name: string;
  /** What tells two of the same name apart: a person's unit. */
  readonly where?: string;
}

interface Hint {
  /** The things this is the exact name of (two people may share a name). */
  readonly byName?: readonly Known[];
  /** The things it is nearest to: by id, or by a part of the name. */
  readonly near?: readonly Known[];
}

/** Most this many suggestions in one message. */
const MAX_NEAR = 3;

/** A reference written as the thing's name ("财政局") gets its id; a near-miss gets the nearest. */
function hint(ref: string, known: readonly Known[], names: (k: Known) => readonly string[]): Hint {
  const byName = known.filter((k) => names(k).includes(ref));
  if (byName.length > 0) return { byName };
  if (/\p{Script=Han}/u.test(ref)) {
    // Part of a name, or a name shortened another way ("区政府办", "教体局"): the names sharing most of its characters.
    const length = [...ref].length;
    const scored = known.map((k) => ({
      k,
      score: Math.max(0, ...names(k).map((n) => {
        const r = sharedCharacters(ref, n);
        return r.shared * 2 >= length ? r.score : 0;
      })),
    }));
    const top = Math.max(0, ...scored.map((x) => x.score));
    const near = scored.filter((x) => top > 0 && x.score === top).map((x) => x.k);
    return near.length > 0 && near.length <= MAX_NEAR ? { near } : {};
  }
  // Only ids written correctly are worth copying.
  const near = nearest(ref, known.map((k) => k.id).filter((id) => ID.test(id)), MAX_NEAR);
  return near.length > 0 ? { near: near.map((id) => known.find((k) => k.id === id)!) } : {};
}

const named = (k: Known) => `${k.id}（${k.name}${k.where ? `，${k.where}` : ''}）`;
const either = (list: readonly Known[]) => list.map(named).join('或');

export const unitUnknown = defineRule({
  code: 'unit-unknown',
  severity: 'error',
  group: 'ids',
  supersedes: ['id-format'],
  meaning: '引用的单位编号在 content/units.yaml 中不存在：请改用已有编号（消息会提示最接近的编号），或先在单位名录中添加该单位。单位写编号，不写名称；写了名称的，消息会给出它的编号。',
  message: (p: { ref: string; township?: boolean } & Hint) =>
    p.byName?.length === 1
      ? `“${p.ref}”是单位名称：这里请写单位编号 ${named(p.byName[0]!)}`
      : p.byName
        ? `“${p.ref}”是 ${p.byName.length} 个单位的名称：${p.byName.map(named).join('、')}；这里请写其中一个的编号`
        : /\p{Script=Han}/u.test(p.ref)
          ? `“${p.ref}”不是单位编号，也不是已登记单位的名称：${p.near ? `是不是 ${either(p.near)}？这里请写单位编号` : p.township ? '请填写学校所在乡镇（街道）的编号' : '单位请写编号（见 content/units.yaml）；如是新单位，请先在单位名录中添加'}`
          : `单位编号“${p.ref}”在 content/units.yaml 中不存在：${p.near ? `是不是 ${either(p.near)}？如是新单位，请先在单位名录中添加` : p.township ? '请填写学校所在乡镇（街道）的编号' : '请改用已有编号，或先在单位名录中添加该单位'}`,
  examples: {
    bad: [
      { name: '编号拼错', file: 'content/achievements/2026-09-01-plan-issued.md', lang: 'yaml', at: { set: '' }, code: 'unit: finanse-bureau' },
      { name: '写了单位简称', file: 'content/achievements/2026-09-01-plan-issued.md', lang: 'yaml', at: { set: '' }, code: 'unit: 财政局' },
      { name: '写了半个名称', file: 'content/leading-group.yaml', lang: 'yaml', at: { set: 'members.3' }, code: 'unit: 县财政局' },
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
  meaning: '引用的人员编号不在领导小组成员名单中（如办公室主任须是成员之一）。人员写编号，不写姓名：两人可能同名，写了姓名的，消息会列出同名者各自的编号和单位。',
  message: (p: { ref: string } & Hint) =>
    p.byName?.length === 1
      ? `“${p.ref}”是姓名：这里请写人员编号 ${named(p.byName[0]!)}；同名的人编号不同`
      : p.byName
        ? `“${p.ref}”是姓名，有 ${p.byName.length} 人同名：${p.byName.map(named).join('、')}；这里请写其中一人的编号`
        : `人员编号“${p.ref}”不在领导小组成员中：${p.near ? `是不是 ${either(p.near)}？` : '请填写领导小组成员的编号'}`,
  examples: {
    bad: [
      { name: '编号拼错', file: 'content/leading-group.yaml', lang: 'yaml', at: { set: 'office' }, code: 'head: wang-bin' },
      { name: '写了姓名', file: 'content/leading-group.yaml', lang: 'yaml', at: { set: 'office' }, code: 'head: 王丙' },
    ],
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
  const unitName = (id: unknown) => {
    const u = knownUnits.find((x) => x.id === id) as (Known & { short?: string }) | undefined;
    return u?.short ?? u?.name;
  };
  const people: Known[] = group
    ? items(group.data, 'members').flatMap(([m]) => {
        if (typeof m.id !== 'string') return [];
        const where = unitName(m.unit);
        return [{ id: m.id, name: str(m.name) ?? m.id, ...(where ? { where } : {}) }];
      })
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

