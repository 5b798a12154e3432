// Entries of a unit's progress record (content/progress/<unit>.yaml): a
// submission (自查、整改 … 报送), a rectification item, and closing one.
// The record file is created when the unit has none yet.
import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';
import { appliesTo } from '../../src/lib/deliverables.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { suggest } from '../../src/content-model/suggest.ts';
import { rectificationStatuses } from '../../schemas/progress.ts';
import {
  checkDate,
  checkDay,
  checkId,
  EntryError,
  modeline,
  nearest,
  oneOf,
  PLACEHOLDER,
  readText,
  required,
  requireUnit,
  type EntryContext,
  type EntryKind,
  type EntryResult,
  type UnitSummary,
} from './entry.ts';
import { findItem, listAt, mapNode, parseContentYaml, rootMap, setAfter, writeYaml } from './yaml-edit.ts';

const recordFile = (unit: string) => `content/progress/${unit}.yaml`;

interface OpenRecord {
  readonly file: string;
  readonly doc: Document;
  readonly map: YAMLMap;
  readonly created: boolean;
}

/** The unit's record as a document, or a new one holding only `unit:`. */
function openRecord(context: EntryContext, unit: UnitSummary): OpenRecord {
  const file = recordFile(unit.id);
  const existing = readText(context.root, file);
  const text =
    existing ??
    [
      modeline(file, 'progress-record'),
      `# ${unit.name}的工作进度记录：submissions 是已完成（报送）的事项，rectifications 是整改事项。`,
      `unit: ${unit.id}`,
      '',
    ].join('\n');
  const doc = parseContentYaml(text);
  const map = rootMap(doc);
  if (doc.errors.length > 0 || !map) throw new EntryError(`${file} 有格式错误，无法添加：请先运行 npm run check，按提示改正后再试`);
  return { file, doc, map, created: existing === undefined };
}

/** What to say about a record just created. */
function createdNotes(record: OpenRecord): string[] {
  return record.created ? [`新建了本单位的进度记录 ${record.file}。`] : [];
}

const result = (record: OpenRecord, next: string[]): EntryResult => ({ file: record.file, text: writeYaml(record.doc), next });

const submission: EntryKind = {
  title: '自查、整改等事项的完成（报送）记录，写进本单位的进度记录',
  options: {
    unit: '单位编号',
    deliverable: '事项编号（见 content/progress/deliverables.yaml），如 self-check',
    evidence: '佐证材料链接（可选），如 /news/2026-11-28-yi-town/',
  },
  example: 'npm run new -- submission --unit ding-township --deliverable self-check --date 2026-11-27',
  create(context, options) {
    const unit = requireUnit(context, options.unit);
    const deliverables = context.content.progress.deliverables?.data.deliverables;
    if (!deliverables) throw new EntryError('读不到 content/progress/deliverables.yaml 中的应交事项：请先运行 npm run check 修正');
    const wanted = required(options, 'deliverable', `完成的是哪个事项，可选：${deliverables.map((d) => `${d.id}（${d.title}）`).join('、')}`);
    const deliverable = deliverables.find((d) => d.id === oneOf(wanted, deliverables.map((d) => d.id), '事项', 'content/progress/deliverables.yaml '))!;
    const units = context.content.units?.data.units ?? [];
    if (!appliesTo(deliverable, unit.id, units)) throw new EntryError(`事项“${deliverable.title}”（${deliverable.id}）不适用于${unit.name}：见 content/progress/deliverables.yaml 中它的 appliesTo`);
    const date = checkDay(options.date ?? context.today, 'date');
    const record = openRecord(context, unit);
    const list = listAt(record.doc, record.map, 'submissions', 'rectifications');
    if (findItem(list, 'deliverable', deliverable.id)) {
      throw new EntryError(`${record.file} 中已有“${deliverable.title}”（${deliverable.id}）的完成记录：每个事项只记一条；日期有误请直接修改那一条`);
    }
    list.add(mapNode(record.doc, { deliverable: deliverable.id, date, evidence: options.evidence }));
    return result(record, [
      ...createdNotes(record),
      `记下了${unit.name}于 ${formatDate(date)}完成“${deliverable.title}”（时限 ${formatDate(deliverable.deadline)}）。`,
      options.evidence ? '' : '有佐证材料（如报送通知的文章）时，在这一条加一行 evidence: /news/文章文件名/。',
      '改完运行 npm run check。',
    ].filter(Boolean));
  },
};

/** The ids of the findings a rectification may answer. */
function findingIds(context: EntryContext): string[] {
  return context.content.progress.supervision.flatMap((s) => s.data.findings.map((f) => f.id));
}

const rectification: EntryKind = {
  title: '整改事项（自查或督导发现的问题），写进本单位的进度记录',
  options: {
    unit: '单位编号',
    problem: '存在的问题（可选，不写时留“待填写”）',
    deadline: '整改时限，如 2020-10-31 或 2020-10（可选，不写时留“待填写”）',
    id: '整改事项编号（可选），如 canteen-samples；不写时用发现日期',
    found: '发现问题的日期（可选，默认今天）',
    finding: '问题来自哪条督导意见：督导意见编号（可选，自查发现的不写）',
    status: '待整改 或 整改中（可选，默认 待整改）',
  },
  example: 'npm run new -- rectification --unit wu-subdistrict --id canteen-samples --problem "戊街道实验小学食堂食品留样记录不全" --deadline 2026-12-20',
  create(context, options) {
    const unit = requireUnit(context, options.unit);
    const found = checkDay(options.found ?? options.date ?? context.today, options.found ? 'found' : 'date');
    const deadline = options.deadline === undefined ? PLACEHOLDER : checkDate(options.deadline, 'deadline');
    const status = options.status ?? '待整改';
    if (status !== '待整改' && status !== '整改中') throw new EntryError(`--status 只能是 待整改 或 整改中（新的整改事项还没有整改完；完成后用 npm run new -- close-rectification）`);
    const record = openRecord(context, unit);
    const finding = options.finding === undefined ? undefined : oneOf(options.finding, findingIds(context), '督导意见', 'content/progress/supervision.yaml ');
    const list = listAt(record.doc, record.map, 'rectifications');
    const taken = list.items.flatMap((item) => (isMap(item) && typeof item.get('id') === 'string' ? [item.get('id') as string] : []));
    let id: string;
    if (options.id !== undefined) {
      id = checkId(options.id, '整改事项编号');
      if (taken.includes(id)) throw new EntryError(`${record.file} 中已有编号为“${id}”的整改事项：请换一个编号`);
    } else {
      id = found;
      for (let n = 2; taken.includes(id); n++) id = `${found}-${n}`;
    }
    list.add(mapNode(record.doc, { id, problem: options.problem?.trim() || PLACEHOLDER, finding, found, deadline, status }));
    return result(record, [
      ...createdNotes(record),
      `添加了整改事项 ${id}（${status}，发现于 ${formatDate(found)}）。`,
      options.problem && options.deadline ? '' : '把“待填写”换成存在的问题（problem）和整改时限（deadline）。',
      '整改完成后运行 npm run new -- close-rectification --unit ' + unit.id + ' --id ' + id + ' --evidence /news/文章文件名/。',
      '改完运行 npm run check。',
    ].filter(Boolean));
  },
};

const closeRectification: EntryKind = {
  title: '把一个整改事项改为“已整改”：状态、完成日期和佐证材料',
  options: {
    unit: '单位编号',
    id: '整改事项编号',
    evidence: '整改佐证材料链接，如 /news/2026-11-28-yi-town/（可选，不写时留“待填写”）',
  },
  example: 'npm run new -- close-rectification --unit yi-town --id dropout-ledger --evidence /news/2026-11-28-yi-town/',
  create(context, options) {
    const unit = requireUnit(context, options.unit);
    const file = recordFile(unit.id);
    if (readText(context.root, file) === undefined) throw new EntryError(`${unit.name}还没有进度记录（${file}），没有可以完成的整改事项`);
    const record = openRecord(context, unit);
    const list = record.map.get('rectifications', true);
    const items = isSeq(list) ? list.items.filter(isMap) : [];
    const ids = items.map((item) => String(item.get('id')));
    const wanted = required(options, 'id', `是哪个整改事项（${file} 中 rectifications 下的 id），可选：${ids.join('、') || '（没有整改事项）'}`);
    const item = items.find((i) => i.get('id') === wanted);
    if (!item) {
      const guess = suggest(wanted, ids) ?? nearest(wanted, ids);
      throw new EntryError(`${file} 中没有编号为“${wanted}”的整改事项${guess ? `，您是不是想写“${guess}”？` : '。'}可选：${ids.join('、') || '（没有整改事项）'}`);
    }
    if (item.get('status') === '已整改') throw new EntryError(`整改事项 ${wanted} 已经是“已整改”（完成于 ${String(item.get('closed'))}）`);
    const closed = checkDay(options.date ?? context.today, 'date');
    const found = item.get('found');
    if (typeof found === 'string' && closed < found) throw new EntryError(`完成日期 ${closed} 早于发现问题的日期 ${found}：请用 --date 写实际完成的日期`);
    const evidence = options.evidence ?? (item.get('evidence') as string | undefined) ?? PLACEHOLDER;
    setAfter(record.doc, item, 'status', rectificationStatuses[2]);
    setAfter(record.doc, item, 'closed', closed, 'status');
    setAfter(record.doc, item, 'evidence', evidence, 'closed');
    return result(record, [
      `整改事项 ${wanted} 已改为“已整改”，完成于 ${formatDate(closed)}。`,
      evidence === PLACEHOLDER ? '把 evidence 的“待填写”换成佐证材料的链接：本站文章写 /news/文章文件名/，其他网站写 https:// 开头的网址。' : '',
      '改完运行 npm run check。',
    ].filter(Boolean));
  },
};

export const PROGRESS_KINDS = { submission, rectification, 'close-rectification': closeRectification } as const;
