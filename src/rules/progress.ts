// Progress records (content/progress/, schemas/progress.ts): deliverables agree
// with the plan, each unit's record is its own, submissions and rectification
// items are consistent with the deliverables, findings and their own dates.
import { formatDate } from '../lib/dates.ts';
import { selectUnits, type SelectorLike } from '../lib/deliverables.ts';
import { date, items, row, str, strings, type Row } from '../content-model/raw.ts';
import { suggest } from '../content-model/suggest.ts';
import type { PathSegment } from '../content-model/yaml.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';
import { enumValue } from './fields.ts';

const DELIVERABLES = 'content/progress/deliverables.yaml';
const RECORD = 'content/progress/finance-bureau.yaml';
const TOWN_RECORD = 'content/progress/jia-town.yaml';
const SUPERVISION = 'content/progress/supervision.yaml';

export const appliesToEmpty = defineRule({
  code: 'applies-to-empty',
  severity: 'error',
  group: 'progress',
  meaning: '应交事项的适用单位不能为空：至少填写 leadingGroupMembers: true、kinds 或 units 中的一项。',
  message: () => '适用单位不能为空：请至少填写 leadingGroupMembers: true、kinds（单位类别）或 units（单位编号列表）中的一项',
  examples: {
    bad: [{ name: '适用单位空着', file: DELIVERABLES, lang: 'yaml', at: { set: 'deliverables.0' }, code: 'appliesTo: {}' }],
    good: [{ name: '按单位类别选取', file: DELIVERABLES, lang: 'yaml', at: { set: 'deliverables.0' }, code: 'appliesTo:\n  leadingGroupMembers: true' }],
  },
});

export const progressFile = defineRule({
  code: 'progress-file',
  severity: 'error',
  group: 'progress',
  meaning: '进度记录须直接放在 content/progress/ 中，文件名为单位编号、扩展名为 .yaml。',
  message: (p: { problem: 'yml'; name: string } | { problem: 'placement' }) =>
    p.problem === 'yml'
      ? `扩展名须为 .yaml：请把文件改名为 ${p.name.slice(0, -4)}.yaml`
      : '进度记录须直接放在 content/progress/ 中，文件名为单位编号，如 content/progress/finance-bureau.yaml',
  examples: {
    bad: [
      {
        name: '放进了子文件夹，扩展名写成 .yml',
        file: 'content/progress/2026/statistics-bureau.yml',
        lang: 'text',
        code: 'content/progress/2026/statistics-bureau.yml',
        write: { 'content/progress/2026/statistics-bureau.yml': 'unit: statistics-bureau\n' },
      },
    ],
    good: [{ name: '直接放在 progress 中', file: RECORD, lang: 'text', code: RECORD }],
  },
});

export const planRefUnknown = defineRule({
  code: 'plan-ref-unknown',
  severity: 'error',
  group: 'progress',
  meaning: '应交事项的 planRef 须是 content/plan.yaml 中带时限的时限或步骤编号；消息会列出可选编号。',
  message: (p: { ref: string; options: readonly string[] }) => `实施方案中没有编号为“${p.ref}”的时限或步骤：请填写 content/plan.yaml 中带时限的编号，可选：${p.options.join('、')}`,
  examples: {
    bad: [{ name: '编号拼错', file: DELIVERABLES, lang: 'yaml', at: { set: 'deliverables.0' }, code: 'planRef: selfcheck' }],
    good: [{ name: '照方案中的编号写', file: DELIVERABLES, lang: 'yaml', at: { set: 'deliverables.0' }, code: 'planRef: self-check' }],
  },
});

export const planRefUndated = defineRule({
  code: 'plan-ref-undated',
  severity: 'error',
  group: 'progress',
  meaning: 'planRef 指向的方案步骤没有写明日期，无从核对时限：请改用带时限的编号。',
  message: (p: { ref: string; what: '步骤' | '时限'; options: readonly string[] }) =>
    `实施方案中的${p.what}“${p.ref}”没有写明日期，无从核对时限：请改用带时限的编号，可选：${p.options.join('、')}`,
  examples: {
    bad: [{ name: '指向没有时限的步骤', file: DELIVERABLES, lang: 'yaml', at: { set: 'deliverables.0' }, code: 'planRef: set-up-organisation' }],
    good: [{ name: '指向带时限的编号', file: DELIVERABLES, lang: 'yaml', at: { set: 'deliverables.0' }, code: 'planRef: self-check' }],
  },
});

export const deadlineMismatch = defineRule({
  code: 'deadline-mismatch',
  severity: 'error',
  group: 'progress',
  meaning: '应交事项的时限须与实施方案中对应时限一致。',
  message: (p: { deadline: string; ref: string; planned: string }) =>
    `时限 ${p.deadline} 与实施方案不一致：方案中“${p.ref}”的时限是 ${p.planned}（${formatDate(p.planned)}），请改为 ${p.planned}`,
  examples: {
    bad: [{ name: '比方案早了一天', file: DELIVERABLES, lang: 'yaml', at: { set: 'deliverables.0' }, code: 'deadline: 2026-10-14' }],
    good: [{ name: '与方案一致', file: DELIVERABLES, lang: 'yaml', at: { set: 'deliverables.0' }, code: 'deadline: 2026-10-15' }],
  },
});

export const recordUnit = defineRule({
  code: 'record-unit',
  severity: 'error',
  group: 'progress',
  meaning: '一个单位一个进度记录文件，文件名须与文件中的 unit 相同。',
  message: (p: { stem: string; unit: string }) =>
    `文件名是 ${p.stem}.yaml，unit 却写作“${p.unit}”：一个单位一个文件，文件名须与单位编号相同。请把文件改名为 ${p.unit}.yaml，或改正 unit`,
  examples: {
    bad: [{ name: '抄了别的单位的文件', file: RECORD, lang: 'yaml', at: { set: '' }, code: 'unit: hr-bureau' }],
    good: [{ name: '写本单位编号', file: RECORD, lang: 'yaml', at: { set: '' }, code: 'unit: finance-bureau' }],
  },
});

export const deliverableUnknown = defineRule({
  code: 'deliverable-unknown',
  severity: 'error',
  group: 'progress',
  meaning: '完成记录中的事项编号须是 content/progress/deliverables.yaml 中的编号。',
  message: (p: { ref: string; options: readonly string[] }) => `事项编号“${p.ref}”不存在：请填写 content/progress/deliverables.yaml 中的编号，可选：${p.options.join('、')}`,
  examples: {
    bad: [{ name: '编号拼错', file: RECORD, lang: 'yaml', at: { set: 'submissions.0' }, code: 'deliverable: selfcheck' }],
    good: [{ name: '照事项编号写', file: RECORD, lang: 'yaml', at: { set: 'submissions.0' }, code: 'deliverable: self-check' }],
  },
});

export const deliverableNotApplicable = defineRule({
  code: 'deliverable-not-applicable',
  severity: 'error',
  group: 'progress',
  meaning: '这个事项按 deliverables.yaml 的 appliesTo 不适用于本单位：请删除这一条，或先修改适用单位。',
  message: (p: { title: string }) => `“${p.title}”不适用于本单位（见 content/progress/deliverables.yaml 中的 appliesTo）：请删除这一条；如本单位确须完成此事项，请先修改适用单位`,
  examples: {
    bad: [{ name: '报送了不适用的事项', file: 'content/progress/county-government-office.yaml', lang: 'yaml', code: 'unit: county-government-office\nsubmissions:\n  - deliverable: self-check\n    date: 2026-10-10', lines: [3] }],
    good: [{ name: '不适用的事项不报', file: 'content/progress/county-government-office.yaml', lang: 'yaml', code: 'unit: county-government-office' }],
  },
});

export const submissionDuplicate = defineRule({
  code: 'submission-duplicate',
  severity: 'error',
  group: 'progress',
  meaning: '每个事项只记一条完成记录（记完成的日期）。',
  message: (p: { ref: string }) => `事项“${p.ref}”已有一条完成记录：每个事项只记一条（记完成的日期），请删除或合并重复的一条`,
  examples: {
    bad: [{ name: '同一事项记了两次', file: RECORD, lang: 'yaml', at: { append: 'submissions' }, code: '- deliverable: self-check\n  date: 2026-10-12' }],
    good: [{ name: '只记一次', file: RECORD, lang: 'yaml', at: { set: 'submissions.0' }, code: 'date: 2026-10-12' }],
  },
});

export const findingUnknown = defineRule({
  code: 'finding-unknown',
  severity: 'error',
  group: 'progress',
  meaning: `整改事项的 finding 须是 ${SUPERVISION} 中督导意见的编号；自查发现的问题不填 finding。`,
  message: (p: { ref: string }) => `督导意见编号“${p.ref}”在 ${SUPERVISION} 中不存在：请改正编号；自查发现的问题请删除 finding`,
  examples: {
    bad: [{ name: '督导意见编号拼错', file: TOWN_RECORD, lang: 'yaml', at: { set: 'rectifications.0' }, code: 'finding: no-such-finding' }],
    good: [{ name: '自查发现的问题不填 finding', file: TOWN_RECORD, lang: 'yaml', at: { set: 'rectifications.0' }, code: 'problem: 图书登记不完整' }],
  },
});

export const rectificationClosed = defineRule({
  code: 'rectification-closed',
  severity: 'error',
  group: 'progress',
  meaning: '状态为“已整改”时，须填写整改完成日期（closed）和佐证材料链接（evidence）。',
  message: (p: { missing: 'closed' | 'evidence' }) =>
    p.missing === 'closed'
      ? '状态为已整改，但没有填写整改完成日期（closed）：请补上完成日期，如 closed: 2026-10-20；尚未完成的请把状态改为整改中'
      : '状态为已整改，但没有填写佐证材料链接（evidence）：请补上整改佐证材料的链接，如 evidence: /news/2026-10-20-rectification/',
  examples: {
    bad: [{ name: '只改了状态', file: TOWN_RECORD, lang: 'yaml', at: { append: 'rectifications' }, code: '- id: example-closed\n  problem: 图书登记不完整\n  found: 2026-10-10\n  deadline: 2026-11-30\n  status: 已整改', lines: [5, 5] }],
    good: [
      {
        name: '写上完成日期和佐证',
        file: TOWN_RECORD,
        lang: 'yaml',
        at: { append: 'rectifications' },
        code: '- id: example-closed\n  problem: 图书登记不完整\n  found: 2026-10-10\n  deadline: 2026-11-30\n  status: 已整改\n  closed: 2026-11-10\n  evidence: /news/2026-11-10-jia-town-library-rectified/',
      },
    ],
  },
});

export const rectificationStatus = defineRule({
  code: 'rectification-status',
  severity: 'error',
  group: 'progress',
  meaning: '填写了整改完成日期（closed）的，状态须为“已整改”；尚未完成的不填 closed。',
  message: (p: { status: string }) => `状态为${p.status}，却填写了整改完成日期（closed）：如已整改完毕，请把状态改为已整改；如尚未完成，请删除 closed`,
  examples: {
    bad: [{ name: '整改中却有完成日期', file: TOWN_RECORD, lang: 'yaml', at: { append: 'rectifications' }, code: '- id: example-open\n  problem: 图书登记不完整\n  found: 2026-10-10\n  deadline: 2026-11-30\n  status: 整改中\n  closed: 2026-11-10', lines: [5] }],
    good: [{ name: '整改中不填完成日期', file: TOWN_RECORD, lang: 'yaml', at: { append: 'rectifications' }, code: '- id: example-open\n  problem: 图书登记不完整\n  found: 2026-10-10\n  deadline: 2026-11-30\n  status: 整改中' }],
  },
});

/** The parts of a selector that read as intended; the schema reports the rest. */
function selectorOf(selector: Row): SelectorLike {
  return {
    leadingGroupMembers: selector.leadingGroupMembers === true,
    kinds: strings(selector, 'kinds').map(([k]) => k),
    units: strings(selector, 'units').map(([u]) => u),
  };
}

export const checkProgress: Check = (context) => {
  const out: Finding[] = [];
  const plan = context.one('plan');
  const unitsFile = context.one('units');
  const directory = context.units ?? [];
  const kindNames = unitsFile ? items(unitsFile.data, 'kinds').flatMap(([k]) => (typeof k.name === 'string' ? [k.name] : [])) : [];

  // ---- deliverables.yaml: each agrees with the plan ----
  const planDated = new Map<string, { date: string | undefined; kind: 'deadline' | 'step' }>();
  if (plan) {
    for (const [p] of items(plan.data, 'phases')) {
      for (const [s] of items(p, 'steps')) {
        const sid = str(s.id);
        if (sid !== undefined) planDated.set(sid, { date: date(s.deadline), kind: 'step' });
      }
    }
    for (const [d] of items(plan.data, 'deadlines')) {
      const did = str(d.id);
      if (did !== undefined) planDated.set(did, { date: date(d.date), kind: 'deadline' });
    }
  }
  const datedRefs = [...planDated].filter(([, x]) => x.date !== undefined).map(([k]) => k);
  const deliverables = new Map<string, { title: string; selected: Set<string> | undefined }>();
  const deliverablesFile = context.one('deliverables');
  if (deliverablesFile) {
    const { file, data } = deliverablesFile;
    for (const [d, i] of items(data, 'deliverables')) {
      const ref = str(d.planRef);
      const target = ref === undefined ? undefined : planDated.get(ref);
      if (plan && ref !== undefined && target === undefined) {
        out.push(planRefUnknown.finding(file, ['deliverables', i, 'planRef'], { ref, options: datedRefs }));
      } else if (ref !== undefined && target !== undefined && target.date === undefined) {
        out.push(planRefUndated.finding(file, ['deliverables', i, 'planRef'], { ref, what: target.kind === 'step' ? '步骤' : '时限', options: datedRefs }));
      } else if (ref !== undefined && target?.date !== undefined) {
        const deadline = date(d.deadline);
        if (deadline !== undefined && deadline !== target.date) out.push(deadlineMismatch.finding(file, ['deliverables', i, 'deadline'], { deadline, ref, planned: target.date }));
      }
      const selector = row(d.appliesTo);
      if (kindNames.length > 0) {
        for (const [kind, k] of strings(selector, 'kinds')) {
          if (!kindNames.includes(kind)) out.push(enumValue.finding(file, ['deliverables', i, 'appliesTo', 'kinds', k], { value: kind, options: kindNames, guess: suggest(kind, kindNames) }));
        }
      }
      const id = str(d.id);
      if (id === undefined || deliverables.has(id)) continue;
      // An empty selector is its own error (applies-to-empty); which units owe the deliverable is then unknown.
      const chosen = selector ? selectorOf(selector) : undefined;
      const empty = chosen !== undefined && !chosen.leadingGroupMembers && chosen.kinds?.length === 0 && chosen.units?.length === 0;
      const selected = context.units && chosen && !empty ? new Set(selectUnits(chosen, directory)) : undefined;
      deliverables.set(id, { title: str(d.title) ?? id, selected });
    }
  }

  // ---- findings ----
  const findingIds = new Set<string>();
  for (const sup of context.all('supervision')) {
    for (const [f] of items(sup.data, 'findings')) {
      const fid = str(f.id);
      if (fid !== undefined) findingIds.add(fid);
    }
  }

  // ---- unit records ----
  const records = context.all('record');
  const unitIds = new Set(directory.map((u) => u.id));
  for (const record of records) {
    const { file, data } = record;
    if (!row(data)) continue;
    const unit = str(row(data)?.unit);
    // The unit whose duties this file records, once it is known to be right (unknown ids are reported by references.ts).
    let ownUnit: string | undefined;
    if (unit !== undefined && (!context.units || unitIds.has(unit))) {
      if (unit !== record.stem) out.push(recordUnit.finding(file, ['unit'], { stem: record.stem, unit }));
      else ownUnit = unit;
    }

    const submitted = new Set<string>();
    for (const [s, j] of items(data, 'submissions')) {
      const at: PathSegment[] = ['submissions', j, 'deliverable'];
      const ref = str(s.deliverable);
      const d = ref === undefined ? undefined : deliverables.get(ref);
      if (ref !== undefined && deliverablesFile && d === undefined) {
        out.push(deliverableUnknown.finding(file, at, { ref, options: [...deliverables.keys()] }));
      } else if (d?.selected !== undefined && ownUnit !== undefined && !d.selected.has(ownUnit)) {
        out.push(deliverableNotApplicable.finding(file, at, { title: d.title }));
      }
      if (ref !== undefined && submitted.has(ref)) out.push(submissionDuplicate.finding(file, at, { ref }));
      if (ref !== undefined) submitted.add(ref);
    }

    for (const [r, k] of items(data, 'rectifications')) {
      const at = (key: string): PathSegment[] => ['rectifications', k, key];
      const fref = str(r.finding);
      if (fref !== undefined && !findingIds.has(fref)) out.push(findingUnknown.finding(file, at('finding'), { ref: fref }));
      const status = str(r.status);
      if (status === '已整改') {
        if (r.closed === undefined) out.push(rectificationClosed.finding(file, at('status'), { missing: 'closed' }));
        if (r.evidence === undefined) out.push(rectificationClosed.finding(file, at('status'), { missing: 'evidence' }));
      } else if ((status === '待整改' || status === '整改中') && r.closed !== undefined) {
        out.push(rectificationStatus.finding(file, at('status'), { status }));
      }
    }
  }
  return out;
};
