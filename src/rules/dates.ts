// Dates: how they are written, and how they relate to each other and to today.
import { firstDay, formatDate, lastDay, type DateProblem } from '../lib/dates.ts';
import { date, items, row, str } from '../content-model/raw.ts';
import type { PathSegment } from '../content-model/yaml.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';

/** A deadline of the demo county's 自查整改 phase, due on `date`. */
const NEW_DEADLINE = (date: string) => `- id: school-self-check\n  title: 各校完成自查\n  date: ${date}\n  phase: self-check-and-rectification\n  appliesTo: 各学校`;

const HOW = '请写作 2020-08-01（具体到日）或 2020-12（具体到月）';

export const dateInvalid = defineRule({
  code: 'date-invalid',
  severity: 'error',
  group: 'dates',
  meaning: '日期写法不对或日期不存在：到日写 2026-09-01，到月写 2026-12（指该月底）。',
  message: (p: DateProblem) => {
    switch (p.kind) {
      case 'full-width':
        return `日期“${p.value}”含全角数字：${p.suggestion ? `请写作 ${p.suggestion}` : HOW}`;
      case 'chinese':
        return `日期“${p.value}”是中文写法：请写作 ${p.suggestion}`;
      case 'separator':
        return `日期“${p.value}”格式不对：请写作 ${p.suggestion}`;
      case 'format':
        return `日期“${p.value}”格式不对：${HOW}`;
      case 'month':
        return `日期“${p.value}”不存在：月份须在 01 到 12 之间`;
      case 'day':
        return `日期“${p.value}”不存在：${p.year}年${p.month}月只有 ${p.days} 天`;
    }
  },
  examples: {
    bad: [
      { name: '中文写法', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'date: 2026年9月1日' },
      { name: '不存在的日期', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'date: 2026-02-30' },
    ],
    good: [{ name: '年-月-日', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'date: 2026-09-01' }],
  },
});

export const dateDayRequired = defineRule({
  code: 'date-day-required',
  severity: 'error',
  group: 'dates',
  meaning: '这里需要具体到日的日期（如发布日期、成文日期），不能只写到月。',
  message: (p: { value: string }) => `此处需要具体到日的日期，如 ${p.value}-01`,
  examples: {
    bad: [{ name: '只写到月', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'date: 2026-09' }],
    good: [{ name: '写到日', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'date: 2026-09-01' }],
  },
});

export const dateRange = defineRule({
  code: 'date-range',
  severity: 'error',
  group: 'dates',
  meaning: '结束日期早于开始日期，多半是两个日期写反了。',
  message: (p: { start: string; end: string }) => `结束日期 ${p.end} 早于开始日期 ${p.start}：请检查两个日期是否写反`,
  examples: {
    bad: [{ name: '两个日期写反', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'phases.0' }, code: 'start: 2026-09-15\nend: 2026-09-01', lines: [2] }],
    good: [{ name: '先开始后结束', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'phases.0' }, code: 'start: 2026-09-01\nend: 2026-09-15' }],
  },
});

export const outsidePlan = defineRule({
  code: 'outside-plan',
  severity: 'error',
  group: 'dates',
  meaning: '时限不在实施方案的起止时间之内（从第一阶段开始到最后一阶段结束）。',
  message: (p: { what: string; date: string; start: string; end: string }) =>
    `${p.what} ${p.date} 不在方案的起止时间（${formatDate(p.start)}至${formatDate(p.end)}）之内：请核对日期`,
  examples: {
    bad: [{ name: '年份写错', file: 'content/plan.yaml', lang: 'yaml', at: { append: 'deadlines' }, code: NEW_DEADLINE('2025-10-20'), lines: [3] }],
    good: [{ name: '在方案期间', file: 'content/plan.yaml', lang: 'yaml', at: { append: 'deadlines' }, code: NEW_DEADLINE('2026-10-20') }],
  },
});

export const deadlineOutsidePhase = defineRule({
  code: 'deadline-outside-phase',
  severity: 'warning',
  group: 'dates',
  meaning: '时限不在所属阶段的起止时间之内。这只是警告：如果原文就是这样，可以保留。',
  message: (p: { what: string; date: string; phase: string; start: string; end: string }) =>
    `${p.what} ${p.date} 不在所属阶段“${p.phase}”（${p.start} 至 ${p.end}）之内；如原文如此，可保留`,
  examples: {
    bad: [{ name: '时限在阶段结束之后', file: 'content/plan.yaml', lang: 'yaml', at: { append: 'deadlines' }, code: NEW_DEADLINE('2027-01-10'), lines: [3] }],
    good: [{ name: '时限在阶段之内', file: 'content/plan.yaml', lang: 'yaml', at: { append: 'deadlines' }, code: NEW_DEADLINE('2026-10-20') }],
  },
});

/** Phases end after they start; deadlines and dated steps fall inside the plan, and (a warning) inside their phase. */
export const checkPlanDates: Check = (context) => {
  const plan = context.one('plan');
  if (!plan) return [];
  const out: Finding[] = [];
  const { file, data } = plan;
  const phases = items(data, 'phases');
  const spans = phases.flatMap(([p, i]) => {
    const start = date(p.start);
    const end = date(p.end);
    if (!start || !end) return [];
    if (lastDay(end) < firstDay(start)) {
      out.push(dateRange.finding(file, ['phases', i, 'end'], { start, end }));
      return [];
    }
    return [{ index: i, id: str(p.id), name: str(p.name) ?? '', start, end }];
  });
  if (spans.length === 0) return out;
  const spanStart = spans.map((p) => firstDay(p.start)).sort()[0]!;
  const spanEnd = spans.map((p) => lastDay(p.end)).sort().at(-1)!;
  const checkDeadline = (value: unknown, path: PathSegment[], phase: (typeof spans)[number] | undefined, what: string) => {
    const d = date(value);
    if (!d) return;
    if (firstDay(d) < spanStart || lastDay(d) > spanEnd) {
      out.push(outsidePlan.finding(file, path, { what, date: d, start: spanStart, end: spanEnd }));
    } else if (phase && (firstDay(d) < firstDay(phase.start) || lastDay(d) > lastDay(phase.end))) {
      out.push(deadlineOutsidePhase.finding(file, path, { what, date: d, phase: phase.name, start: phase.start, end: phase.end }));
    }
  };
  for (const [p, i] of phases) {
    const phase = spans.find((x) => x.index === i);
    for (const [s, j] of items(p, 'steps')) checkDeadline(s.deadline, ['phases', i, 'steps', j, 'deadline'], phase, '步骤时限');
  }
  for (const [d, i] of items(data, 'deadlines')) {
    checkDeadline(d.date, ['deadlines', i, 'date'], spans.find((x) => x.id === str(d.phase)), '时限');
  }
  return out;
};

export const dateFuture = defineRule({
  code: 'date-future',
  severity: 'error',
  group: 'dates',
  meaning: '文章的发布日期、完成日期、督导日期、发现日期和整改完成日期不能晚于今天（北京时间）：只登记已经发生的事。',
  message: (p: { what: string; date: string; today: string; hint: string }) => `${p.what} ${p.date} 晚于今天（${formatDate(p.today)}）：${p.hint}`,
  examples: {
    bad: [
      { name: '年份写成了将来', file: 'content/progress/finance-bureau.yaml', lang: 'yaml', at: { set: 'submissions.0' }, code: 'date: 2099-10-10', today: '2026-11-30' },
      {
        name: '文章的发布日期在将来',
        file: 'content/achievements/2026-12-05-note.md',
        lang: 'markdown',
        at: { shown: true },
        code: '---\ntitle: 甲镇开展宣传活动\ndate: 2026-12-05\n…',
        write: { 'content/achievements/2026-12-05-note.md': '---\ntitle: 甲镇开展宣传活动\ndate: 2026-12-05\nunit: jia-town\ncategory: 工作动态\nsummary: 甲镇开展宣传活动。\n---\n\n甲镇开展宣传活动。\n' },
        lines: [3],
        today: '2026-11-30',
      },
    ],
    good: [{ name: '已经完成的日期', file: 'content/progress/finance-bureau.yaml', lang: 'yaml', at: { set: 'submissions.0' }, code: 'date: 2026-10-10', today: '2026-11-30' }],
  },
});

export const dateOrder = defineRule({
  code: 'date-order',
  severity: 'error',
  group: 'dates',
  meaning: '整改时限和整改完成日期都不能早于发现问题的日期。',
  message: (p: { what: 'deadline' | 'closed'; date: string; found: string }) =>
    p.what === 'deadline'
      ? `整改时限 ${p.date} 早于发现日期 ${p.found}：时限须在发现问题之后，请核对两个日期`
      : `整改完成日期 ${p.date} 早于发现日期 ${p.found}：请核对两个日期`,
  examples: {
    bad: [{ name: '时限早于发现日期', file: 'content/progress/jia-town.yaml', lang: 'yaml', at: { set: 'rectifications.0' }, code: 'deadline: 2026-09-01' }],
    good: [{ name: '时限在发现之后', file: 'content/progress/jia-town.yaml', lang: 'yaml', at: { set: 'rectifications.0' }, code: 'deadline: 2026-12-20' }],
  },
});

/** A date of day precision, the only kind a record's day may be. */
function day(value: unknown): string | undefined {
  const d = date(value);
  return d !== undefined && d.length === 10 ? d : undefined;
}

/** Records tell what has happened: nothing after today; rectification dates in order. */
export const checkRecordDates: Check = (context) => {
  const out: Finding[] = [];
  const { today } = context;
  const future = (file: string, path: PathSegment[], value: unknown, what: string, hint: string) => {
    const d = day(value);
    if (d !== undefined && d > today) out.push(dateFuture.finding(file, path, { what, date: d, today, hint }));
  };
  for (const sup of context.all('supervision')) {
    for (const [f, i] of items(sup.data, 'findings')) future(sup.file, ['findings', i, 'date'], f.date, '督导日期', '只能登记已经进行的督导检查，请核对日期');
  }
  for (const record of context.all('record')) {
    const { file, data } = record;
    if (!row(data)) continue;
    for (const [s, j] of items(data, 'submissions')) future(file, ['submissions', j, 'date'], s.date, '完成日期', '只能登记已经完成的事项，请核对日期');
    for (const [r, k] of items(data, 'rectifications')) {
      const at = (key: string): PathSegment[] => ['rectifications', k, key];
      const found = day(r.found);
      const deadline = date(r.deadline);
      const closed = day(r.closed);
      future(file, at('found'), r.found, '发现日期', '请核对日期');
      if (found !== undefined && deadline !== undefined && lastDay(deadline) < found) {
        out.push(dateOrder.finding(file, at('deadline'), { what: 'deadline', date: deadline, found }));
      }
      if (closed !== undefined && found !== undefined && closed < found) {
        out.push(dateOrder.finding(file, at('closed'), { what: 'closed', date: closed, found }));
      }
      future(file, at('closed'), r.closed, '整改完成日期', '只能登记已经完成的整改；尚未完成的请删除 closed，并把状态改为整改中');
    }
  }
  return out;
};
