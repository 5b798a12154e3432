// Rules for the progress records under content/progress/ (schemas/progress.ts):
// deliverables agree with the plan, references resolve, dates are in order and
// not in the future, a status agrees with its dates, examples stay apart.
// Like rules.ts, they run on every file that parsed, even one that failed its
// schema, so one run reports everything; so they read the data defensively.
import { formatDate, lastDay } from '../lib/dates.ts';
import { selectUnits, type SelectorLike, type UnitLike } from '../lib/deliverables.ts';
import type { Finding } from './rules.ts';
import { date, items, row, str, strings, unitDirectory, type Row } from './raw.ts';
import type { PathSegment } from './yaml.ts';
import { suggest } from './zod-issues.ts';

/** content/progress/, and the folder of its example records. */
export const PROGRESS_DIR = 'progress';
export const PROGRESS_EXAMPLES_DIR = 'examples';

export type ProgressFile =
  | { readonly ok: true; readonly kind: 'deliverables'; readonly isExample: false }
  | { readonly ok: true; readonly kind: 'supervision'; readonly isExample: boolean }
  | { readonly ok: true; readonly kind: 'record'; readonly isExample: boolean; readonly unit: string }
  | { readonly ok: false; readonly message: string };

const PLACEMENT =
  '进度记录须直接放在 content/progress/ 中（示例放在 content/progress/examples/ 中），文件名为单位编号，如 content/progress/finance-bureau.yaml';

/**
 * What a file under content/progress/ holds, from its path relative to that
 * folder (forward slashes). Undefined for a file that is not YAML: the
 * loader's usual handling applies (README.md and images are ignored, anything
 * else is an unknown file).
 */
export function classifyProgressFile(path: string): ProgressFile | undefined {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  if (name.endsWith('.yml')) return { ok: false, message: `扩展名须为 .yaml：请把文件改名为 ${name.slice(0, -4)}.yaml` };
  if (!name.endsWith('.yaml')) return undefined;
  const stem = name.slice(0, -'.yaml'.length);
  const isExample = parts.length === 2 && parts[0] === PROGRESS_EXAMPLES_DIR;
  if (parts.length > 2 || (parts.length === 2 && !isExample)) return { ok: false, message: PLACEMENT };
  if (stem === 'deliverables') {
    return isExample
      ? { ok: false, message: '应交事项来自实施方案，没有示例：请把它放在 content/progress/deliverables.yaml' }
      : { ok: true, kind: 'deliverables', isExample: false };
  }
  if (stem === 'supervision') return { ok: true, kind: 'supervision', isExample };
  return { ok: true, kind: 'record', isExample, unit: stem };
}

/** Parsed (not necessarily valid) data of each progress file. */
export interface RawProgress {
  /** content/progress/deliverables.yaml. */
  readonly deliverables?: { readonly file: string; readonly data: unknown };
  /** Unit records; `unit` is the one the file name gives. */
  readonly records: readonly { readonly file: string; readonly data: unknown; readonly isExample: boolean; readonly unit: string }[];
  readonly supervision: readonly { readonly file: string; readonly data: unknown; readonly isExample: boolean }[];
}

export interface ProgressContext {
  readonly plan?: { readonly file: string; readonly data: unknown };
  readonly units?: { readonly file: string; readonly data: unknown };
  /**
   * Today in China (todayInChina()): a record dated after it cannot be true
   * yet. Not site.asOf or BUILD_DATE: those view the campaign as of a past day,
   * and records made after that day are still true.
   */
  readonly today: string;
}

/** A date of day precision, the only kind a record's day may be. */
function day(value: unknown): string | undefined {
  const d = date(value);
  return d !== undefined && d.length === 10 ? d : undefined;
}

/** The parts of a selector that read as intended; the schema reports the rest. */
function selectorOf(selector: Row): SelectorLike {
  return {
    leadingGroupMembers: selector.leadingGroupMembers === true,
    kinds: strings(selector, 'kinds').map(([k]) => k),
    units: strings(selector, 'units').map(([u]) => u),
  };
}

export function progressRules(raw: RawProgress, context: ProgressContext): Finding[] {
  const out: Finding[] = [];
  const error = (file: string, path: PathSegment[], rule: string, message: string) =>
    out.push({ file, path, severity: 'error', rule, message });
  const { today } = context;
  const todayText = formatDate(today);

  const unique = (file: string, entries: [Row, number][], list: string, what: string) => {
    const seen = new Set<string>();
    for (const [x, i] of entries) {
      const key = str(x.id);
      if (key === undefined) continue;
      if (seen.has(key)) error(file, [list, i, 'id'], 'id-duplicate', `${what}“${key}”重复：前面已用过，请改用另一个${what}`);
      seen.add(key);
    }
  };
  const future = (file: string, path: PathSegment[], value: unknown, what: string, hint: string) => {
    const d = day(value);
    if (d !== undefined && d > today) error(file, path, 'date-future', `${what} ${d} 晚于今天（${todayText}）：${hint}`);
  };

  const checkExampleFlag = (file: string, data: unknown, isExample: boolean) => {
    const flag = row(data)?.example;
    if (isExample && flag !== true) {
      error(file, ['example'], 'example-flag', '示例文件夹中的进度记录须标明 example: true，以便在页面上显示“示例”');
    } else if (!isExample && flag === true) {
      error(file, ['example'], 'example-flag', '标为示例（example: true）的进度记录须放在 content/progress/examples/ 文件夹中，与真实记录分开');
    }
  };

  // The unit directory, as far as it reads.
  const unitRows = context.units ? items(context.units.data, 'units') : [];
  const directory: UnitLike[] = context.units ? unitDirectory(context.units.data) : [];
  const unitIds = new Set(directory.map((u) => u.id));
  const kindNames = context.units ? items(context.units.data, 'kinds').flatMap(([k]) => (typeof k.name === 'string' ? [k.name] : [])) : [];
  const knownUnit = (ref: string) => context.units !== undefined && unitIds.has(ref);
  const checkUnit = (file: string, path: PathSegment[], ref: unknown) => {
    if (!context.units || typeof ref !== 'string' || unitIds.has(ref)) return;
    error(file, path, 'unit-unknown', `单位编号“${ref}”在 content/units.yaml 中不存在：请先在单位名录中添加，或改用已有编号`);
  };

  // ---- deliverables.yaml: each agrees with the plan ----
  const planDated = new Map<string, { date: string | undefined; kind: 'deadline' | 'step' }>();
  if (context.plan) {
    for (const [p] of items(context.plan.data, 'phases')) {
      for (const [s] of items(p, 'steps')) {
        const sid = str(s.id);
        if (sid !== undefined) planDated.set(sid, { date: date(s.deadline), kind: 'step' });
      }
    }
    for (const [d] of items(context.plan.data, 'deadlines')) {
      const did = str(d.id);
      if (did !== undefined) planDated.set(did, { date: date(d.date), kind: 'deadline' });
    }
  }
  const datedRefs = [...planDated].filter(([, x]) => x.date !== undefined).map(([k]) => k);

  const deliverables = new Map<string, { title: string; selected: Set<string> | undefined }>();
  if (raw.deliverables) {
    const { file, data } = raw.deliverables;
    const list = items(data, 'deliverables');
    unique(file, list, 'deliverables', '事项编号');
    for (const [d, i] of list) {
      const ref = str(d.planRef);
      const target = ref === undefined ? undefined : planDated.get(ref);
      if (context.plan && ref !== undefined && target === undefined) {
        error(file, ['deliverables', i, 'planRef'], 'plan-ref-unknown', `实施方案中没有编号为“${ref}”的时限或步骤：请填写 content/plan.yaml 中带时限的编号，可选：${datedRefs.join('、')}`);
      } else if (ref !== undefined && target !== undefined && target.date === undefined) {
        const what = target.kind === 'step' ? '步骤' : '时限';
        error(file, ['deliverables', i, 'planRef'], 'plan-ref-undated', `实施方案中的${what}“${ref}”没有写明日期，无从核对时限：请改用带时限的编号，可选：${datedRefs.join('、')}`);
      } else if (target?.date !== undefined) {
        const deadline = date(d.deadline);
        if (deadline !== undefined && deadline !== target.date) {
          error(file, ['deliverables', i, 'deadline'], 'deadline-mismatch', `时限 ${deadline} 与实施方案不一致：方案中“${ref}”的时限是 ${target.date}（${formatDate(target.date)}），请改为 ${target.date}`);
        }
      }
      const selector = row(d.appliesTo);
      for (const [u, k] of strings(selector, 'units')) checkUnit(file, ['deliverables', i, 'appliesTo', 'units', k], u);
      if (kindNames.length > 0) {
        for (const [kind, k] of strings(selector, 'kinds')) {
          if (kindNames.includes(kind)) continue;
          const guess = suggest(kind, kindNames);
          error(file, ['deliverables', i, 'appliesTo', 'kinds', k], 'enum', `“${kind}”不是可选值。可选：${kindNames.join('、')}${guess ? `（是不是“${guess}”？）` : ''}`);
        }
      }
      const id = str(d.id);
      if (id === undefined || deliverables.has(id)) continue;
      const selected = context.units && selector ? new Set(selectUnits(selectorOf(selector), directory)) : undefined;
      deliverables.set(id, { title: str(d.title) ?? id, selected });
    }
  }

  // ---- supervision.yaml: the 督导组's findings ----
  const findingIds = { real: new Set<string>(), example: new Set<string>() };
  for (const sup of raw.supervision) {
    const { file, data } = sup;
    if (!row(data)) continue;
    checkExampleFlag(file, data, sup.isExample);
    const list = items(data, 'findings');
    unique(file, list, 'findings', '督导意见编号');
    for (const [f, i] of list) {
      const fid = str(f.id);
      if (fid !== undefined) findingIds[sup.isExample ? 'example' : 'real'].add(fid);
      checkUnit(file, ['findings', i, 'unit'], f.unit);
      future(file, ['findings', i, 'date'], f.date, '督导日期', '只能登记已经进行的督导检查，请核对日期');
    }
  }

  // ---- unit records ----
  const realRecords = new Map<string, string>();
  for (const r of raw.records) {
    const unit = str(row(r.data)?.unit);
    if (!r.isExample && unit !== undefined) realRecords.set(unit, r.file);
  }
  for (const record of raw.records) {
    const { file, data } = record;
    if (!row(data)) continue;
    checkExampleFlag(file, data, record.isExample);

    const unit = str(row(data)?.unit);
    // The unit whose duties this file records, once it is known to be right.
    let ownUnit: string | undefined;
    if (unit !== undefined) {
      if (context.units && !knownUnit(unit)) {
        checkUnit(file, ['unit'], unit);
      } else if (unit !== record.unit) {
        error(file, ['unit'], 'record-unit', `文件名是 ${record.unit}.yaml，unit 却写作“${unit}”：一个单位一个文件，文件名须与单位编号相同。请把文件改名为 ${unit}.yaml，或改正 unit`);
      } else {
        ownUnit = unit;
      }
      const realFile = realRecords.get(unit);
      if (record.isExample && realFile !== undefined) {
        error(file, ['unit'], 'record-duplicate', `单位“${unit}”已有真实进度记录（${realFile}）：请删除这个示例文件，示例与真实记录不能并存`);
      }
    }

    const submitted = new Set<string>();
    for (const [s, j] of items(data, 'submissions')) {
      const ref = str(s.deliverable);
      const d = ref === undefined ? undefined : deliverables.get(ref);
      if (ref !== undefined && raw.deliverables && d === undefined) {
        error(file, ['submissions', j, 'deliverable'], 'deliverable-unknown', `事项编号“${ref}”不存在：请填写 content/progress/deliverables.yaml 中的编号，可选：${[...deliverables.keys()].join('、')}`);
      } else if (ref !== undefined && d?.selected !== undefined && ownUnit !== undefined && !d.selected.has(ownUnit)) {
        error(file, ['submissions', j, 'deliverable'], 'deliverable-not-applicable', `“${d.title}”不适用于本单位（见 content/progress/deliverables.yaml 中的 appliesTo）：请删除这一条；如本单位确须完成此事项，请先修改适用单位`);
      }
      if (ref !== undefined && submitted.has(ref)) {
        error(file, ['submissions', j, 'deliverable'], 'submission-duplicate', `事项“${ref}”已有一条完成记录：每个事项只记一条（记完成的日期），请删除或合并重复的一条`);
      }
      if (ref !== undefined) submitted.add(ref);
      future(file, ['submissions', j, 'date'], s.date, '完成日期', '只能登记已经完成的事项，请核对日期');
    }

    const list = items(data, 'rectifications');
    unique(file, list, 'rectifications', '整改事项编号');
    for (const [r, k] of list) {
      const at = (key: string): PathSegment[] => ['rectifications', k, key];
      checkUnit(file, at('unit'), r.unit);

      const fref = str(r.finding);
      if (fref !== undefined && !findingIds[record.isExample ? 'example' : 'real'].has(fref)) {
        const where = record.isExample ? 'content/progress/examples/supervision.yaml' : 'content/progress/supervision.yaml';
        const crossed = findingIds[record.isExample ? 'real' : 'example'].has(fref);
        const message = crossed
          ? `督导意见“${fref}”是${record.isExample ? '真实' : '示例'}记录：${record.isExample ? '示例' : '真实'}整改事项只能引用 ${where} 中的督导意见，请改正编号，或删除 finding`
          : `督导意见编号“${fref}”在 ${where} 中不存在：请改正编号；自查发现的问题请删除 finding`;
        error(file, at('finding'), 'finding-unknown', message);
      }

      const found = day(r.found);
      const deadline = date(r.deadline);
      const closed = day(r.closed);
      const status = str(r.status);
      future(file, at('found'), r.found, '发现日期', '请核对日期');
      if (found !== undefined && deadline !== undefined && lastDay(deadline) < found) {
        error(file, at('deadline'), 'date-order', `整改时限 ${deadline} 早于发现日期 ${found}：时限须在发现问题之后，请核对两个日期`);
      }
      if (status === '已整改') {
        if (r.closed === undefined) {
          error(file, at('status'), 'rectification-closed', '状态为已整改，但没有填写整改完成日期（closed）：请补上完成日期，如 closed: 2020-10-20；尚未完成的请把状态改为整改中');
        }
        if (r.evidence === undefined) {
          error(file, at('status'), 'rectification-closed', '状态为已整改，但没有填写佐证材料链接（evidence）：请补上整改佐证材料的链接，如 evidence: /news/2020-10-20-rectification/');
        }
      } else if ((status === '待整改' || status === '整改中') && r.closed !== undefined) {
        error(file, at('status'), 'rectification-status', `状态为${status}，却填写了整改完成日期（closed）：如已整改完毕，请把状态改为已整改；如尚未完成，请删除 closed`);
      }
      if (closed !== undefined && found !== undefined && closed < found) {
        error(file, at('closed'), 'date-order', `整改完成日期 ${closed} 早于发现日期 ${found}：请核对两个日期`);
      }
      future(file, at('closed'), r.closed, '整改完成日期', '只能登记已经完成的整改；尚未完成的请删除 closed，并把状态改为整改中');
    }
  }
  return out;
}
