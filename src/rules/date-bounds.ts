// Dates that cannot be true. The campaign starts when the plan is issued
// (content/notice.yaml date): nothing it records, no phase of the plan, comes
// before that. An article is dated on the day it is published, so never after
// today, and its file name (which holds its date) says the same day. A
// rectification answering a supervision finding comes after the finding and is
// about the same unit. And nothing `npm run new` left as a placeholder is published.
import { firstDay, formatDate, lastDay } from '../lib/dates.ts';
import { date, items, row, someString, str } from '../content-model/raw.ts';
import type { PathSegment } from '../content-model/yaml.ts';
import type { Check } from './context.ts';
import { dateFuture } from './dates.ts';
import { defineRule, type Finding } from './define.ts';
import { articleBody } from './demo-examples.ts';

/** What `npm run new` writes where the editor has to fill in the real text. */
export const PLACEHOLDER = '待填写';

const RECORD = 'content/progress/finance-bureau.yaml';
const TOWN_RECORD = 'content/progress/jia-town.yaml';
const ARTICLE = 'content/achievements/2026-11-20-supervision-visit.md';

export const beforeNotice = defineRule({
  code: 'before-notice',
  severity: 'error',
  group: 'dates',
  meaning: '工作从实施方案印发之日（content/notice.yaml 的 date）开始：完成记录、督导意见、整改事项、文章的日期和方案各阶段的开始日期，都不能早于这一天。',
  message: (p: { what: string; date: string; notice: string }) =>
    `${p.what} ${p.date} 早于实施方案的印发日期（${formatDate(p.notice)}，见 content/notice.yaml 的 date）：本专题只记录方案印发之后的工作，请核对日期`,
  examples: {
    bad: [
      { name: '完成日期写成了去年', file: RECORD, lang: 'yaml', at: { set: 'submissions.0' }, code: 'date: 2025-10-12' },
      { name: '阶段开始于方案印发之前', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'phases.0' }, code: 'start: 2026-08-25' },
    ],
    good: [
      { name: '方案印发之后', file: RECORD, lang: 'yaml', at: { set: 'submissions.0' }, code: 'date: 2026-10-12' },
      { name: '阶段从印发当天开始', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'phases.0' }, code: 'start: 2026-09-01' },
    ],
  },
});

export const phaseOrder = defineRule({
  code: 'phase-order',
  severity: 'error',
  group: 'dates',
  meaning: '实施方案的各阶段按时间先后排列：后一阶段不能早于前一阶段开始。',
  message: (p: { name: string; start: string; previous: string; previousStart: string }) =>
    `阶段“${p.name}”开始于 ${p.start}，早于前一阶段“${p.previous}”的开始日期 ${p.previousStart}：各阶段须按时间先后排列，请核对日期或调整顺序`,
  examples: {
    bad: [{ name: '第三阶段的月份写错', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'phases.2' }, code: 'start: 2026-09-04' }],
    good: [{ name: '接着前一阶段', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'phases.2' }, code: 'start: 2027-01-04' }],
  },
});

export const articleFileDate = defineRule({
  code: 'article-file-date',
  severity: 'error',
  group: 'dates',
  meaning: '文章文件名开头的日期（如 2026-11-20-xxx.md）须与信息区的 date 相同：文件名决定文章网址，date 决定发布日期和排序，两处须是同一天。',
  message: (p: { fileDate: string; date: string }) =>
    `文件名中的日期 ${p.fileDate} 与 date: ${p.date} 不一致：请把两处改成同一天（改文件名开头的日期，或改 date）`,
  examples: {
    bad: [{ name: '改了日期，没改文件名', file: ARTICLE, lang: 'yaml', at: { set: '' }, code: 'date: 2026-11-21' }],
    good: [{ name: '与文件名相同', file: ARTICLE, lang: 'yaml', at: { set: '' }, code: 'date: 2026-11-20' }],
  },
});

export const placeholder = defineRule({
  code: 'placeholder',
  severity: 'error',
  group: 'fields',
  meaning: `“${PLACEHOLDER}”是 npm run new 留下的占位文字：发布前须换成实际内容。`,
  message: (p: { text: string }) => `这里还是占位文字“${p.text}”：请换成实际内容`,
  examples: {
    bad: [
      { name: '标题没换', file: ARTICLE, lang: 'yaml', at: { set: '' }, code: `title: ${PLACEHOLDER}：标题` },
      articleBody('正文没换', `${PLACEHOLDER}：正文。段落之间空一行；小标题以“## ”开头。`),
    ],
    good: [{ name: '写上实际标题', file: ARTICLE, lang: 'yaml', at: { set: '' }, code: 'title: 县督导组到各乡镇督导自查整改工作' }],
  },
});

export const rectificationFinding = defineRule({
  code: 'rectification-finding',
  severity: 'error',
  group: 'progress',
  meaning: '整改事项引用的督导意见（finding）须是对本整改责任单位的督导，整改的发现日期不能早于督导日期。',
  message: (p: { problem: 'before'; ref: string; found: string; date: string } | { problem: 'unit'; ref: string; unit: string; own: string }) =>
    p.problem === 'before'
      ? `发现日期 ${p.found} 早于所依据的督导意见“${p.ref}”的督导日期 ${p.date}：问题是督导时发现的，请改为 ${p.date} 或之后`
      : `督导意见“${p.ref}”是对 ${p.unit} 的督导，而这项整改的责任单位是 ${p.own}：请改正 finding 编号；如确是 ${p.unit} 的问题，请写在它的进度记录中`,
  examples: {
    bad: [
      {
        name: '发现日期早于督导',
        file: TOWN_RECORD,
        lang: 'yaml',
        at: { append: 'rectifications' },
        code: '- id: after-visit\n  problem: 整改台账未及时更新\n  finding: 2026-11-17-jia-town\n  found: 2026-11-10\n  deadline: 2026-12-20\n  status: 整改中',
        lines: [4],
      },
      {
        name: '引用了别的乡镇的督导意见',
        file: TOWN_RECORD,
        lang: 'yaml',
        at: { append: 'rectifications' },
        code: '- id: after-visit\n  problem: 多媒体教室不足\n  finding: 2026-11-18-yi-town\n  found: 2026-11-18\n  deadline: 2026-12-20\n  status: 整改中',
        lines: [3],
      },
    ],
    good: [
      {
        name: '本单位的督导意见，督导当天发现',
        file: TOWN_RECORD,
        lang: 'yaml',
        at: { append: 'rectifications' },
        code: '- id: after-visit\n  problem: 整改台账未及时更新\n  finding: 2026-11-17-jia-town\n  found: 2026-11-17\n  deadline: 2026-12-20\n  status: 整改中',
      },
    ],
  },
});

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

const day = (value: unknown) => {
  const d = date(value);
  return d !== undefined && DAY.test(d) ? d : undefined;
};

/** The placeholder in every string of the parsed files, at its value. */
function placeholders(context: Parameters<Check>[0]): Finding[] {
  const out: Finding[] = [];
  for (const parsed of context.files) {
    if (!someString(parsed.data, (s) => s.includes(PLACEHOLDER))) continue;
    const stack: { value: unknown; path: PathSegment[] }[] = [{ value: parsed.data, path: [] }];
    // Aliases share nodes: each is visited once, or a few aliases would multiply the walk.
    const seen = new Set<object>();
    while (stack.length > 0) {
      const { value, path } = stack.pop()!;
      if (typeof value === 'string' && value.includes(PLACEHOLDER)) out.push(placeholder.finding(parsed.file, path, { text: placeholderText(value) }));
      if (value === null || typeof value !== 'object' || seen.has(value)) continue;
      seen.add(value);
      if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
      else for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
    }
  }
  return out;
}

/** The placeholder as written, up to the end of its sentence. */
export function placeholderText(text: string): string {
  const from = text.indexOf(PLACEHOLDER);
  const rest = text.slice(from);
  const end = rest.search(/[。\n]/u);
  const phrase = end === -1 ? rest : rest.slice(0, end + (rest[end] === '。' ? 1 : 0));
  return [...phrase].length > 30 ? `${[...phrase].slice(0, 30).join('')}…` : phrase;
}

export const checkDateBounds: Check = (context) => {
  const out: Finding[] = [];
  const notice = day(row(context.one('notice')?.data)?.date);
  const early = (file: string, path: PathSegment[], value: unknown, what: string) => {
    const d = date(value);
    if (notice !== undefined && d !== undefined && lastDay(d) < notice) out.push(beforeNotice.finding(file, path, { what, date: d, notice }));
  };

  // Articles: dated no later than today, no earlier than the notice, as their file name says.
  for (const a of context.all('achievement')) {
    const d = day(row(a.data)?.date);
    if (d === undefined) continue;
    if (d > context.today) out.push(dateFuture.finding(a.file, ['date'], { what: '发布日期', date: d, today: context.today, hint: '文章只能在发布当天或之后登记：请核对年份和月份；提前写好的文章，请到发布当天再提交' }));
    early(a.file, ['date'], d, '发布日期');
    const fileDate = /^(\d{4}-\d{2}-\d{2})-/u.exec(a.stem)?.[1];
    if (fileDate !== undefined && fileDate !== d) out.push(articleFileDate.finding(a.file, ['date'], { fileDate, date: d }));
  }

  // The plan: phases start after the notice, in order.
  const plan = context.one('plan');
  if (plan) {
    let previous: { name: string; start: string } | undefined;
    for (const [p, i] of items(plan.data, 'phases')) {
      const start = date(p.start);
      if (start === undefined) continue;
      const name = str(p.name) ?? String(i + 1);
      early(plan.file, ['phases', i, 'start'], start, `阶段“${name}”的开始日期`);
      if (previous && firstDay(start) < firstDay(previous.start)) {
        out.push(phaseOrder.finding(plan.file, ['phases', i, 'start'], { name, start, previous: previous.name, previousStart: previous.start }));
      }
      previous = { name, start };
    }
  }

  // Records and findings: after the notice; a rectification after the finding it answers, about the same unit.
  const findings = new Map<string, { date?: string; unit?: string }>();
  for (const sup of context.all('supervision')) {
    for (const [f, i] of items(sup.data, 'findings')) {
      early(sup.file, ['findings', i, 'date'], f.date, '督导日期');
      const id = str(f.id);
      if (id !== undefined) findings.set(id, { date: day(f.date), unit: str(f.unit) });
    }
  }
  for (const record of context.all('record')) {
    const { file, data } = record;
    for (const [s, j] of items(data, 'submissions')) early(file, ['submissions', j, 'date'], s.date, '完成日期');
    for (const [r, k] of items(data, 'rectifications')) {
      early(file, ['rectifications', k, 'found'], r.found, '发现日期');
      early(file, ['rectifications', k, 'closed'], r.closed, '整改完成日期');
      const ref = str(r.finding);
      const finding = ref === undefined ? undefined : findings.get(ref);
      if (ref === undefined || finding === undefined) continue;
      const found = day(r.found);
      if (found !== undefined && finding.date !== undefined && found < finding.date) {
        out.push(rectificationFinding.finding(file, ['rectifications', k, 'found'], { problem: 'before', ref, found, date: finding.date }));
      }
      const own = str(r.unit) ?? str(row(data)?.unit);
      if (own !== undefined && finding.unit !== undefined && own !== finding.unit) {
        out.push(rectificationFinding.finding(file, ['rectifications', k, 'finding'], { problem: 'unit', ref, unit: finding.unit, own }));
      }
    }
  }
  return [...out, ...placeholders(context)];
};
