// What a change does to the site, in the words a reviewer uses: "乙镇 整改
// dropout-ledger：整改中 → 已整改", "财政局 成员 赵丁 → 李某". Compares the
// validated content of two trees (the pull request's base and head), never
// their text, so a moved comment or re-indented list says nothing and a changed
// date says exactly which date. Pure: scripts/review-summary.ts loads the
// trees and prints the result for the git host.
import type { Achievement } from '../../schemas/achievement.ts';
import type { Campaign } from '../../schemas/campaign.ts';
import type { LeadingGroup, Member } from '../../schemas/leading-group.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { DeliverablesFile, Rectification, Submission, SupervisionFile, UnitRecord } from '../../schemas/progress.ts';
import { partFields, stageLabels, stages, type PartFieldKey, type School, type SchoolDataset } from '../../schemas/school.ts';
import type { SelfScore } from '../../schemas/self-score.ts';
import type { Site } from '../../schemas/site.ts';
import type { Survey } from '../../schemas/survey.ts';
import type { UnitsFile } from '../../schemas/unit.ts';
import type { ContentModel } from '../content-model/model.ts';
import { formatDate } from '../lib/dates.ts';
import { chineseNumber } from '../lib/plan-text.ts';
import { DIMENSIONS } from '../lib/quantity.ts';
import { scoreSelfAssessment } from '../lib/self-score.ts';
import { surveyResult } from '../lib/survey.ts';

interface Part<T> {
  /** Relative to the project root. */
  readonly file: string;
  readonly data: T;
}

/** The content as the site shows it: what is compared. Every part may be missing. */
export interface ReviewContent {
  readonly site?: Part<Site> | undefined;
  readonly campaign?: Part<Campaign> | undefined;
  readonly notice?: Part<Notice> | undefined;
  readonly plan?: Part<Plan> | undefined;
  readonly units?: Part<UnitsFile> | undefined;
  readonly leadingGroup?: Part<LeadingGroup> | undefined;
  readonly deliverables?: Part<DeliverablesFile> | undefined;
  readonly achievements: readonly (Part<Achievement> & { readonly id: string; readonly body?: string })[];
  readonly records: readonly Part<UnitRecord>[];
  readonly supervision: readonly Part<SupervisionFile>[];
  readonly schools: readonly Part<SchoolDataset>[];
  readonly surveys: readonly Part<Survey>[];
  readonly selfScores: readonly Part<SelfScore>[];
}

/** The areas of the site, in the order the summary lists them. */
export const AREAS = ['工作动态', '完成报送', '整改', '督导意见', '领导小组', '单位名录', '学校数据', '满意度调查', '自评', '实施方案', '应交事项', '印发通知', '工作状态', '网站配置'] as const;
export type Area = (typeof AREAS)[number];

export interface Change {
  readonly area: Area;
  readonly text: string;
}

const single = <T>(p: { file: string; data: T } | undefined): Part<T> | undefined => p && { file: p.file, data: p.data };

/** What the loader returned, as review content (files that failed the check are absent from the model already). */
export function fromModel(model: ContentModel): ReviewContent {
  return {
    site: single(model.site),
    campaign: single(model.campaign),
    notice: single(model.notice),
    plan: single(model.plan),
    units: single(model.units),
    leadingGroup: single(model.leadingGroup),
    deliverables: single(model.progress.deliverables),
    achievements: model.achievements.map((a) => ({ file: a.file, id: a.id, data: a.data, body: a.body })),
    records: model.progress.records.map((r) => ({ file: r.file, data: r.data })),
    supervision: model.progress.supervision.map((s) => ({ file: s.file, data: s.data })),
    schools: model.schools.map((s) => ({ file: s.file, data: s.dataset })),
    surveys: model.surveys.map((s) => ({ file: s.file, data: s.data })),
    selfScores: model.selfScores.map((s) => ({ file: s.file, data: s.data })),
  };
}

/**
 * The content without some files: those that fail the check on either side
 * are left out of both, so a file with an error is not reported as deleted.
 */
export function withoutFiles(content: ReviewContent, files: ReadonlySet<string>): ReviewContent {
  const keep = <P extends { file: string }>(p: P | undefined) => (p && !files.has(p.file) ? p : undefined);
  const list = <P extends { file: string }>(ps: readonly P[]) => ps.filter((p) => !files.has(p.file));
  return {
    site: keep(content.site),
    campaign: keep(content.campaign),
    notice: keep(content.notice),
    plan: keep(content.plan),
    units: keep(content.units),
    leadingGroup: keep(content.leadingGroup),
    deliverables: keep(content.deliverables),
    achievements: list(content.achievements),
    records: list(content.records),
    supervision: list(content.supervision),
    schools: list(content.schools),
    surveys: list(content.surveys),
    selfScores: list(content.selfScores),
  };
}

// ---------------------------------------------------------------- helpers

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Items of two lists matched by key: added, removed, and pairs present in both (in head order). */
function match<T>(base: readonly T[], head: readonly T[], key: (item: T) => string) {
  const before = new Map(base.map((item) => [key(item), item]));
  const after = new Map(head.map((item) => [key(item), item]));
  return {
    added: head.filter((item) => !before.has(key(item))),
    removed: base.filter((item) => !after.has(key(item))),
    both: head.flatMap((item) => (before.has(key(item)) ? [[before.get(key(item))!, item] as const] : [])),
  };
}

const MAX_TEXT = 40;
/** A value as the summary shows it: dates in Chinese, long texts cut, nothing as （无）. */
function show(value: unknown): string {
  if (value === undefined || value === null) return '（无）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(value)) return formatDate(value);
    return [...value].length > MAX_TEXT ? `${[...value].slice(0, MAX_TEXT).join('')}…` : value;
  }
  if (typeof value === 'number') return String(value);
  return '（有改动）';
}

/** "标题 a → b" for each labelled field that differs; "正文有改动" for one that is not a single value. */
function fieldChanges<T extends object>(a: T, b: T, labels: Partial<Record<keyof T & string, string>>): string[] {
  const out: string[] = [];
  for (const [key, label] of Object.entries(labels) as [keyof T & string, string][]) {
    const x = a[key];
    const y = b[key];
    if (same(x, y)) continue;
    const scalar = (v: unknown) => v === undefined || v === null || typeof v !== 'object';
    const long = (v: unknown) => typeof v === 'string' && [...v].length > MAX_TEXT;
    out.push(scalar(x) && scalar(y) && !long(x) && !long(y) ? `${label} ${show(x)} → ${show(y)}` : `${label}有改动`);
  }
  return out;
}

/** How a unit is named in a sentence: its short name, else its full name, else its id. */
function unitNamer(base: ReviewContent, head: ReviewContent): (id: string | undefined) => string {
  const names = new Map<string, string>();
  for (const side of [base, head]) for (const u of side.units?.data.units ?? []) names.set(u.id, u.shortName ?? u.name);
  return (id) => (id === undefined ? '（无）' : (names.get(id) ?? id));
}


// ---------------------------------------------------------------- areas

function articles(base: ReviewContent, head: ReviewContent, unit: (id: string) => string): string[] {
  const { added, removed, both } = match(base.achievements, head.achievements, (a) => a.id);
  const out: string[] = [];
  for (const a of added) out.push(`新增《${a.data.title}》（${formatDate(a.data.date)}，${unit(a.data.unit)}，${a.data.category}），网址 /news/${a.id}/`);
  for (const a of removed) out.push(`删除《${a.data.title}》（/news/${a.id}/）`);
  for (const [a, b] of both) {
    const fields = fieldChanges(a.data, b.data, { date: '发布日期', unit: '发布单位', category: '栏目', summary: '摘要', image: '配图' }).map((f) =>
      f.startsWith('发布单位 ') ? `发布单位 ${unit(a.data.unit)} → ${unit(b.data.unit)}` : f,
    );
    if (a.body !== b.body) fields.push('正文有改动');
    if (a.data.title !== b.data.title) out.push(`《${a.data.title}》→《${b.data.title}》${fields.length > 0 ? `；${fields.join('，')}` : ''}`);
    else if (fields.length > 0) out.push(`《${b.data.title}》：${fields.join('，')}`);
  }
  return out;
}

/** Records matched by unit; a new or removed record is compared with an empty one. */
function recordPairs(base: ReviewContent, head: ReviewContent) {
  const { added, removed, both } = match(base.records, head.records, (r) => r.data.unit);
  const empty = (r: Part<UnitRecord>): Part<UnitRecord> => ({ ...r, data: { unit: r.data.unit } });
  return [...both, ...added.map((r) => [empty(r), r] as const), ...removed.map((r) => [r, empty(r)] as const)];
}

function submissions(base: ReviewContent, head: ReviewContent, unit: (id: string) => string): string[] {
  const titles = new Map<string, string>();
  for (const side of [base, head]) for (const d of side.deliverables?.data.deliverables ?? []) titles.set(d.id, d.title);
  const title = (id: string) => `“${titles.get(id) ?? id}”`;
  const out: string[] = [];
  for (const [a, b] of recordPairs(base, head)) {
    const who = unit(b.data.unit);
    const m = match<Submission>(a.data.submissions ?? [], b.data.submissions ?? [], (s) => s.deliverable);
    for (const s of m.added) out.push(`${who} 完成${title(s.deliverable)}（${formatDate(s.date)}）`);
    for (const s of m.removed) out.push(`${who} 删去${title(s.deliverable)}的完成记录（原为 ${formatDate(s.date)}）`);
    for (const [x, y] of m.both) {
      const fields = fieldChanges(x, y, { date: '完成日期', evidence: '佐证材料' });
      if (fields.length > 0) out.push(`${who} ${title(y.deliverable)}：${fields.join('，')}`);
    }
  }
  return out;
}

function rectifications(base: ReviewContent, head: ReviewContent, unit: (id: string) => string): string[] {
  const out: string[] = [];
  for (const [a, b] of recordPairs(base, head)) {
    const who = unit(b.data.unit);
    const m = match<Rectification>(a.data.rectifications ?? [], b.data.rectifications ?? [], (r) => r.id);
    for (const r of m.added) {
      const closed = r.closed ? `，${formatDate(r.closed)}完成` : '';
      out.push(`${who} 新增整改 ${r.id}：${show(r.problem)}（${r.status}，时限 ${formatDate(r.deadline, 'end')}${closed}）`);
    }
    for (const r of m.removed) out.push(`${who} 删去整改 ${r.id}（原为${r.status}）`);
    for (const [x, y] of m.both) {
      const parts: string[] = [];
      const closing = x.status !== y.status && y.status === '已整改';
      if (x.status !== y.status) parts.push(`${x.status} → ${y.status}${closing && y.closed ? `（${formatDate(y.closed)}完成）` : ''}`);
      // When closing, the closing date is said with the status.
      const closed = closing ? {} : { closed: '完成日期' };
      parts.push(...fieldChanges(x, y, { problem: '问题', unit: '责任单位', finding: '督导意见', found: '发现日期', deadline: '时限', ...closed, evidence: '佐证材料' }));
      if (parts.length > 0) out.push(`${who} 整改 ${y.id}：${parts.join('；')}`);
    }
  }
  return out;
}

function findings(base: ReviewContent, head: ReviewContent, unit: (id: string) => string): string[] {
  type F = SupervisionFile['findings'][number];
  const flat = (c: ReviewContent): F[] => c.supervision.flatMap((s) => s.data.findings);
  const m = match(flat(base), flat(head), (f) => f.id);
  const out: string[] = [];
  for (const f of m.added) out.push(`新增督导意见 ${f.id}（${unit(f.unit)}，${formatDate(f.date)}${f.circulated ? '，通报批评' : ''}）：${show(f.finding)}`);
  for (const f of m.removed) out.push(`删去督导意见 ${f.id}（${unit(f.unit)}）`);
  for (const [a, b] of m.both) {
    const fields = fieldChanges(a, b, { date: '日期', finding: '内容', circulated: '通报批评' });
    if (a.unit !== b.unit) fields.push(`被督导单位 ${unit(a.unit)} → ${unit(b.unit)}`);
    if (fields.length > 0) out.push(`督导意见 ${b.id}：${fields.join('，')}`);
  }
  return out;
}

function leadingGroup(base: ReviewContent, head: ReviewContent, unit: (id: string) => string): string[] {
  const a = base.leadingGroup?.data;
  const b = head.leadingGroup?.data;
  if (!a || !b) return a === b ? [] : [b ? '新增领导小组名单' : '删除领导小组名单'];
  const out = fieldChanges(a, b, { name: '名称', shortName: '简称' });
  const m = match<Member>(a.members, b.members, (p) => p.id);
  const added = [...m.added];
  const removed: Member[] = [];
  // A member leaving and another arriving in the same unit and role is one person replacing another.
  for (const old of m.removed) {
    const i = added.findIndex((p) => p.unit === old.unit && p.role === old.role);
    if (i === -1) removed.push(old);
    else out.push(`${unit(old.unit)} ${old.role} ${old.name} → ${added.splice(i, 1)[0]!.name}`);
  }
  for (const p of added) out.push(`新增 ${unit(p.unit)} ${p.role} ${p.name}`);
  for (const p of removed) out.push(`删去 ${unit(p.unit)} ${p.role} ${p.name}`);
  for (const [x, y] of m.both) {
    if (x.name !== y.name && x.unit === y.unit && x.role === y.role) out.push(`${unit(y.unit)} ${y.role} ${x.name} → ${y.name}`);
    if (x.role !== y.role) out.push(`${unit(y.unit)} ${y.name}：${x.role} → ${y.role}`);
    if (x.unit !== y.unit) out.push(`${y.name} 单位 ${unit(x.unit)} → ${unit(y.unit)}`);
    if (x.title !== y.title) out.push(`${unit(y.unit)} ${y.name} 职务 ${show(x.title)} → ${show(y.title)}`);
  }
  const names = new Map([...a.members, ...b.members].map((p) => [p.id, p.name]));
  if (a.office.head !== b.office.head) out.push(`办公室主任 ${names.get(a.office.head) ?? a.office.head} → ${names.get(b.office.head) ?? b.office.head}`);
  if (a.office.unit !== b.office.unit) out.push(`办公室所在单位 ${unit(a.office.unit)} → ${unit(b.office.unit)}`);
  out.push(...fieldChanges(a.office, b.office, { headTitle: '办公室负责人职务', duty: '办公室职责' }));
  return out;
}

function units(base: ReviewContent, head: ReviewContent): string[] {
  const a = base.units?.data;
  const b = head.units?.data;
  if (!a || !b) return [];
  const out: string[] = [];
  if (!same(a.kinds, b.kinds)) out.push(`单位类别 ${a.kinds.map((k) => k.name).join('、')} → ${b.kinds.map((k) => k.name).join('、')}`);
  const m = match(a.units, b.units, (u) => u.id);
  for (const u of m.added) out.push(`新增 ${u.name}（${u.kind}${u.leadingGroupMember ? '，领导小组成员单位' : ''}）`);
  for (const u of m.removed) out.push(`删去 ${u.name}`);
  for (const [x, y] of m.both) {
    const fields = fieldChanges(x, y, { name: '全称', shortName: '简称', kind: '类别', divisionCode: '区划代码', leadingGroupMember: '领导小组成员单位' });
    if (fields.length > 0) out.push(`${y.shortName ?? y.name}：${fields.join('，')}`);
  }
  return out;
}

const partKeys = Object.keys(partFields) as PartFieldKey[];
const amount = (key: PartFieldKey, value: number | undefined) => (value === undefined ? '（无）' : `${value} ${DIMENSIONS[partFields[key].dimension].base}`);

/** What differs between two versions of a school. */
function schoolChanges(a: School, b: School, unit: (id: string) => string): string[] {
  const out = fieldChanges(a, b, { name: '名称', type: '类型', ownership: '办学性质' });
  if (a.township !== b.township) out.push(`所在乡镇 ${unit(a.township)} → ${unit(b.township)}`);
  for (const stage of stages) {
    const x = a.parts[stage];
    const y = b.parts[stage];
    if (!x || !y) {
      if (x !== y) out.push(`${stageLabels[stage]}学段${y ? '新增' : '删去'}`);
      continue;
    }
    for (const key of partKeys) if (x[key] !== y[key]) out.push(`${stageLabels[stage]}${partFields[key].label} ${amount(key, x[key])} → ${amount(key, y[key])}`);
  }
  for (const key of partKeys) {
    const x = (a.shared as Partial<Record<PartFieldKey, number>> | undefined)?.[key];
    const y = (b.shared as Partial<Record<PartFieldKey, number>> | undefined)?.[key];
    if (x !== y) out.push(`共用${partFields[key].label} ${amount(key, x)} → ${amount(key, y)}`);
  }
  return out;
}

/** At most this many schools are detailed per dataset; the rest are counted. */
const MAX_SCHOOLS = 10;

function schools(base: ReviewContent, head: ReviewContent, unit: (id: string) => string): string[] {
  const out: string[] = [];
  const m = match(base.schools, head.schools, (d) => String(d.data.year));
  for (const d of m.added) out.push(`新增 ${d.data.year} 年学校统计数据：${d.data.schools.length} 所学校（${d.file}）`);
  for (const d of m.removed) out.push(`删除 ${d.data.year} 年学校统计数据（${d.data.schools.length} 所学校）`);
  for (const [a, b] of m.both) {
    const year = `${b.data.year} 年`;
    if (a.data.schools.length !== b.data.schools.length) out.push(`${year}学校 ${a.data.schools.length} 所 → ${b.data.schools.length} 所`);
    const s = match(a.data.schools, b.data.schools, (x) => x.id);
    if (s.added.length > 0) out.push(`${year}新增学校：${s.added.map((x) => x.name).join('、')}`);
    if (s.removed.length > 0) out.push(`${year}删去学校：${s.removed.map((x) => x.name).join('、')}`);
    const changed = s.both.map(([x, y]) => [y, schoolChanges(x, y, unit)] as const).filter(([, c]) => c.length > 0);
    for (const [school, changes] of changed.slice(0, MAX_SCHOOLS)) out.push(`${school.name}（${year}）：${changes.join('，')}`);
    if (changed.length > MAX_SCHOOLS) out.push(`${year}另有 ${changed.length - MAX_SCHOOLS} 所学校的数字有改动`);
    if (!same(a.data.splitRule, b.data.splitRule)) out.push(`${year}共用资源分摊方式 ${a.data.splitRule.method} → ${b.data.splitRule.method}`);
  }
  return out;
}

const percent = (rate: number) => `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;

function surveys(base: ReviewContent, head: ReviewContent): string[] {
  const out: string[] = [];
  const m = match(base.surveys, head.surveys, (s) => String(s.data.year));
  for (const s of m.added) out.push(`新增 ${s.data.year} 年满意度调查：总满意度 ${percent(surveyResult(s.data).rate)}`);
  for (const s of m.removed) out.push(`删除 ${s.data.year} 年满意度调查`);
  for (const [a, b] of m.both) {
    if (same(a.data, b.data)) continue;
    const x = surveyResult(a.data);
    const y = surveyResult(b.data);
    const answers = x.respondents === y.respondents ? '' : `（有效答卷 ${x.respondents} → ${y.respondents} 份）`;
    out.push(`${b.data.year} 年满意度调查${x.rate === y.rate ? '的数字有改动，总满意度不变' : `：总满意度 ${percent(x.rate)} → ${percent(y.rate)}`}${answers}`);
  }
  return out;
}

function selfScores(base: ReviewContent, head: ReviewContent): string[] {
  const out: string[] = [];
  const m = match(base.selfScores, head.selfScores, (s) => String(s.data.year));
  for (const s of m.added) out.push(`新增 ${s.data.year} 年自评：${scoreSelfAssessment(s.data).score} 分`);
  for (const s of m.removed) out.push(`删除 ${s.data.year} 年自评`);
  for (const [a, b] of m.both) {
    if (same(a.data, b.data)) continue;
    const x = scoreSelfAssessment(a.data).score;
    const y = scoreSelfAssessment(b.data).score;
    out.push(`${b.data.year} 年自评${x === y ? '的项目有改动（总分不变）' : `：总分 ${x} → ${y} 分`}`);
  }
  return out;
}

function plan(base: ReviewContent, head: ReviewContent): string[] {
  const a = base.plan?.data;
  const b = head.plan?.data;
  if (!a || !b) return [];
  const out = fieldChanges(a, b, { title: '标题', basis: '制定依据', preamble: '开头段落', guidingIdeology: '指导思想', goal: '工作目标', tasks: '工作任务', requirements: '工作要求' });
  const phases = match(a.phases, b.phases, (p) => p.id);
  const phaseName = (p: Plan['phases'][number]) => `第${chineseNumber(p.number)}阶段“${p.name}”`;
  for (const p of phases.added) out.push(`新增${phaseName(p)}（${formatDate(p.start, 'start')}至${formatDate(p.end, 'end')}）`);
  for (const p of phases.removed) out.push(`删去${phaseName(p)}`);
  for (const [x, y] of phases.both) {
    const fields = fieldChanges(x, y, { number: '序号', name: '名称', summary: '说明' });
    if (x.start !== y.start) fields.push(`开始日期 ${formatDate(x.start, 'start')} → ${formatDate(y.start, 'start')}`);
    if (x.end !== y.end) fields.push(`结束日期 ${formatDate(x.end, 'end')} → ${formatDate(y.end, 'end')}`);
    const steps = match(x.steps ?? [], y.steps ?? [], (s) => s.id);
    if (steps.added.length + steps.removed.length > 0) fields.push('步骤有增删');
    for (const [s, t] of steps.both) {
      if (s.deadline !== t.deadline) fields.push(`步骤“${t.title ?? t.id}”时限 ${s.deadline ? formatDate(s.deadline, 'end') : '（无）'} → ${t.deadline ? formatDate(t.deadline, 'end') : '（无）'}`);
      else if (!same(s, t)) fields.push(`步骤“${t.title ?? t.id}”有改动`);
    }
    if (fields.length > 0) out.push(`${phaseName(y)}：${fields.join('，')}`);
  }
  const deadlines = match(a.deadlines, b.deadlines, (d) => d.id);
  for (const d of deadlines.added) out.push(`新增时限“${d.title}”（${formatDate(d.date, 'end')}）`);
  for (const d of deadlines.removed) out.push(`删去时限“${d.title}”`);
  for (const [x, y] of deadlines.both) {
    const fields = fieldChanges(x, y, { title: '事项', phase: '所属阶段', appliesTo: '适用单位' });
    if (x.date !== y.date) fields.unshift(`${formatDate(x.date, 'end')} → ${formatDate(y.date, 'end')}`);
    if (fields.length > 0) out.push(`时限“${y.title}”：${fields.join('，')}`);
  }
  return out;
}

function deliverables(base: ReviewContent, head: ReviewContent): string[] {
  const m = match(base.deliverables?.data.deliverables ?? [], head.deliverables?.data.deliverables ?? [], (d) => d.id);
  const out: string[] = [];
  for (const d of m.added) out.push(`新增应交事项“${d.title}”（时限 ${formatDate(d.deadline, 'end')}）`);
  for (const d of m.removed) out.push(`删去应交事项“${d.title}”`);
  for (const [x, y] of m.both) {
    const fields = fieldChanges(x, y, { title: '名称', planRef: '方案出处', appliesTo: '适用单位' });
    if (x.deadline !== y.deadline) fields.unshift(`时限 ${formatDate(x.deadline, 'end')} → ${formatDate(y.deadline, 'end')}`);
    if (fields.length > 0) out.push(`应交事项“${y.title}”：${fields.join('，')}`);
  }
  return out;
}

function notice(base: ReviewContent, head: ReviewContent): string[] {
  const a = base.notice?.data;
  const b = head.notice?.data;
  if (!a || !b) return [];
  return fieldChanges(a, b, { title: '标题', date: '成文日期', issuer: '发文机关', addressees: '主送机关', body: '正文', attachments: '附件', source: '原文文件' });
}

function campaign(base: ReviewContent, head: ReviewContent): string[] {
  const a = base.campaign?.data;
  const b = head.campaign?.data;
  if (!a || !b) return [];
  return fieldChanges(a, b, { standard: '评估标准', status: '状态', ended: '结束日期', note: '说明' });
}

function site(base: ReviewContent, head: ReviewContent): string[] {
  const a = base.site?.data;
  const b = head.site?.data;
  if (!a || !b) return [];
  const out = fieldChanges(a, b, {
    name: '网站名称',
    description: '网站简介',
    organizer: '主办单位',
    operator: '承办单位',
    siteCode: '网站标识码',
    icp: 'ICP 备案号',
    police: '公安备案号',
    url: '网站域名',
    base: '网站路径',
    editUrl: '在线编辑地址',
    example: '示例网站',
    asOf: '进度计算日期',
  });
  out.push(...fieldChanges(a.county, b.county, { name: '县名', word: '县级通称', code: '行政区划代码' }));
  return out;
}

/** Every change from `base` to `head`, area by area in the order of AREAS. */
export function diffContent(base: ReviewContent, head: ReviewContent): Change[] {
  const unit = unitNamer(base, head);
  const byArea: Record<Area, string[]> = {
    工作动态: articles(base, head, unit),
    完成报送: submissions(base, head, unit),
    整改: rectifications(base, head, unit),
    督导意见: findings(base, head, unit),
    领导小组: leadingGroup(base, head, unit),
    单位名录: units(base, head),
    学校数据: schools(base, head, unit),
    满意度调查: surveys(base, head),
    自评: selfScores(base, head),
    实施方案: plan(base, head),
    应交事项: deliverables(base, head),
    印发通知: notice(base, head),
    工作状态: campaign(base, head),
    网站配置: site(base, head),
  };
  return AREAS.flatMap((area) => byArea[area].map((text) => ({ area, text })));
}

export interface SummaryNotes {
  /** Files left out of the comparison because they fail the check (on either side). */
  readonly skipped?: readonly string[];
  /** Why there is no comparison at all (the base could not be read). */
  readonly unavailable?: string;
}

/** The summary for a pull request page (GitHub job summary, GitLab merge request). */
export function renderMarkdown(changes: readonly Change[], notes: SummaryNotes = {}): string {
  const lines = ['## 这次修改对网站的影响', ''];
  if (notes.unavailable) return `${[...lines, notes.unavailable].join('\n')}\n`;
  if (changes.length === 0) lines.push('网站内容没有变化（只改了注释、格式、说明文档或程序）。');
  else lines.push(`共 ${changes.length} 处变化：`);
  for (const area of AREAS) {
    const mine = changes.filter((c) => c.area === area);
    if (mine.length === 0) continue;
    lines.push('', `### ${area}`, '', ...mine.map((c) => `- ${c.text}`));
  }
  if (notes.skipped && notes.skipped.length > 0) {
    lines.push('', `以下文件未通过内容检查，没有参与比较（改正后再看这里）：${notes.skipped.map((f) => `\`${f}\``).join('、')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The same in one line per area, for a log or a chat message: "整改：乙镇 整改 dropout-ledger：整改中 → 已整改；…". */
export function renderText(changes: readonly Change[], notes: SummaryNotes = {}): string {
  if (notes.unavailable) return `${notes.unavailable}\n`;
  if (changes.length === 0) return '网站内容没有变化。\n';
  const lines = AREAS.flatMap((area) => {
    const mine = changes.filter((c) => c.area === area);
    return mine.length === 0 ? [] : [`${area}：${mine.map((c) => c.text).join('；')}`];
  });
  if (notes.skipped && notes.skipped.length > 0) lines.push(`未比较（未通过检查）：${notes.skipped.join('、')}`);
  return `${lines.join('\n')}\n`;
}
