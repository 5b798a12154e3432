// Where the campaign stands on a given day. Pure functions over the plan's
// content dates (YYYY-MM-DD or YYYY-MM), so the pages, tests and a build with
// BUILD_DATE all agree.
//
// Conventions (the pages explain them to readers too):
// - A span (a phase) covers every day from the first day its start can mean to
//   the last day its end can mean: "2020-12" runs 2020-12-01..2020-12-31. It is
//   未开始 before that, 进行中 on its first and last day, 已完成 after.
// - A deadline ("2020年11月16日前") is open through its own last day. After
//   it, we only know the date has passed, not whether the work was done: the
//   status is 已过期限, never 已完成. Pass a recorded date as `doneOn` and the
//   status becomes 已完成 or 逾期完成.
// - The same holds for a phase: spanStatus only says where its dates stand.
//   Whether a past phase was done is for the records to say
//   (src/lib/phase-progress.ts): 已完成, 部分完成 or 完成情况无记录.
// - A phase starting today is already the current phase, not the "next"
//   milestone; a deadline falling today is still ahead (今日到期).
import { labelsFit, monthLabels, monthStarts, textWidthEm } from './chart-labels.ts';
import { daysBetween, firstDay, formatDate, formatRange, lastDay } from './dates.ts';
import { chineseNumber } from './plan-text.ts';

export { chineseNumber, textWidthEm };

export type SpanStatus = 'pending' | 'active' | 'done';
/** A phase as the records show it: past its dates, 已完成 only when recorded done. */
export type PhaseStatus = 'pending' | 'active' | 'done' | 'partial' | 'unrecorded';
export type DeadlineStatus = 'open' | 'passed' | 'done' | 'done-late';
export type Status = SpanStatus | PhaseStatus | DeadlineStatus;

/** The words a reader sees; a status is never shown by colour alone. */
export const STATUS_TEXT: Readonly<Record<Status, string>> = {
  pending: '未开始',
  active: '进行中',
  done: '已完成',
  partial: '部分完成',
  unrecorded: '完成情况无记录',
  open: '未到期',
  passed: '已过期限',
  'done-late': '逾期完成',
};

/** Class from src/styles/site.css. 已过期限 is neutral: we do not know it was missed. */
export const STATUS_CLASS: Readonly<Record<Status, string>> = {
  pending: 'status-pending',
  active: 'status-active',
  done: 'status-done',
  partial: 'status-active',
  unrecorded: 'status-pending',
  open: 'status-active',
  passed: 'status-pending',
  'done-late': 'status-late',
};

// Structural shapes, so tests can build small plans without the full schema.
export interface StepLike {
  readonly id: string;
  readonly title?: string | undefined;
  readonly text: string;
  readonly deadline?: string | undefined;
}
export interface PhaseLike {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  readonly start: string;
  readonly end: string;
  readonly steps?: readonly StepLike[] | undefined;
}
export interface DeadlineLike {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly phase: string;
  readonly appliesTo: string;
}
export interface PlanLike {
  readonly phases: readonly PhaseLike[];
  readonly deadlines: readonly DeadlineLike[];
}

export function spanStatus(start: string, end: string, asOf: string): SpanStatus {
  if (asOf < firstDay(start)) return 'pending';
  if (asOf > lastDay(end)) return 'done';
  return 'active';
}

/**
 * A deadline's status on `asOf`. `doneOn` (from records issue #5 will add)
 * counts only once it is on or before `asOf`.
 */
export function deadlineStatus(deadline: string, asOf: string, doneOn?: string): DeadlineStatus {
  const due = lastDay(deadline);
  if (doneOn !== undefined && doneOn <= asOf) return doneOn <= due ? 'done' : 'done-late';
  return asOf > due ? 'passed' : 'open';
}

/** A step with a deadline is judged by it; a step without one follows its phase. */
export function stepStatus(step: StepLike, phase: PhaseLike, asOf: string, doneOn?: string): Status {
  return step.deadline === undefined ? spanStatus(phase.start, phase.end, asOf) : deadlineStatus(step.deadline, asOf, doneOn);
}

/** A count before a measure word: 2 reads 两 (两个阶段), not 二. */
export function chineseCount(n: number): string {
  return n === 2 ? '两' : chineseNumber(n);
}

export function phaseOrdinal(phase: Pick<PhaseLike, 'number'>): string {
  return `第${chineseNumber(phase.number)}阶段`;
}

/** The step's own title, or its place in the phase when the plan gives none. */
export function stepLabel(step: StepLike, phase: PhaseLike): string {
  if (step.title !== undefined) return step.title;
  const index = (phase.steps ?? []).findIndex((s) => s.id === step.id);
  return `第${index + 1}步`;
}

export type Stage =
  | { readonly kind: 'before'; readonly first: PhaseLike; readonly days: number }
  /** Usually one phase; several where the plan's phases overlap (2020-12-01..10). */
  | { readonly kind: 'during'; readonly phases: readonly PhaseLike[] }
  | { readonly kind: 'between'; readonly previous: PhaseLike; readonly next: PhaseLike }
  | { readonly kind: 'after'; readonly last: PhaseLike };

/** Which phase(s) the campaign is in on `asOf`, or that it has not begun / is over. */
export function stageAt(phases: readonly PhaseLike[], asOf: string): Stage {
  if (phases.length === 0) throw new Error('a plan has at least one phase');
  const byStart = [...phases].sort((a, b) => firstDay(a.start).localeCompare(firstDay(b.start)) || a.number - b.number);
  const active = byStart.filter((p) => spanStatus(p.start, p.end, asOf) === 'active');
  if (active.length > 0) return { kind: 'during', phases: active };
  const first = byStart[0]!;
  if (asOf < firstDay(first.start)) return { kind: 'before', first, days: daysBetween(asOf, firstDay(first.start)) };
  const next = byStart.find((p) => asOf < firstDay(p.start));
  const ended = byStart.filter((p) => lastDay(p.end) < asOf);
  const last = ended.reduce((a, b) => (lastDay(b.end) >= lastDay(a.end) ? b : a), ended[0]!);
  return next === undefined ? { kind: 'after', last } : { kind: 'between', previous: last, next };
}

export type MilestoneKind = 'phase-start' | 'step-deadline' | 'plan-deadline' | 'plan-end';

export interface Milestone {
  readonly kind: MilestoneKind;
  /** The calendar day it falls on (YYYY-MM-DD): first day of a start, last day of a deadline. */
  readonly day: string;
  /** The date as the plan writes it, for display (may be month precision). */
  readonly date: string;
  readonly title: string;
  readonly phase: PhaseLike;
  readonly step?: StepLike;
  readonly deadline?: DeadlineLike;
}

const KIND_ORDER: Readonly<Record<MilestoneKind, number>> = { 'phase-start': 0, 'step-deadline': 1, 'plan-deadline': 2, 'plan-end': 3 };

/** Every dated point of the plan, in date order. */
export function milestones(plan: PlanLike): Milestone[] {
  const list: Milestone[] = [];
  for (const phase of plan.phases) {
    list.push({ kind: 'phase-start', day: firstDay(phase.start), date: phase.start, title: `${phaseOrdinal(phase)}“${phase.name}”开始`, phase });
    for (const step of phase.steps ?? []) {
      if (step.deadline === undefined) continue;
      list.push({
        kind: 'step-deadline',
        day: lastDay(step.deadline),
        date: step.deadline,
        title: `${phaseOrdinal(phase)}${stepLabel(step, phase)}完成时限`,
        phase,
        step,
      });
    }
  }
  for (const deadline of plan.deadlines) {
    const phase = plan.phases.find((p) => p.id === deadline.phase);
    if (phase === undefined) continue; // the content checker reports unknown phase ids
    list.push({ kind: 'plan-deadline', day: lastDay(deadline.date), date: deadline.date, title: `${deadline.title}时限`, phase, deadline });
  }
  const last = plan.phases.reduce<PhaseLike | undefined>((a, p) => (a === undefined || lastDay(p.end) >= lastDay(a.end) ? p : a), undefined);
  if (last !== undefined) {
    list.push({ kind: 'plan-end', day: lastDay(last.end), date: last.end, title: '全部工作步骤结束', phase: last });
  }
  return list.sort((a, b) => a.day.localeCompare(b.day) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

export interface NextMilestones {
  readonly day: string;
  /** Whole days from asOf; 0 when a deadline falls on asOf itself. */
  readonly days: number;
  /** All milestones on that day (11-16: phase four starts and step one is due). */
  readonly items: readonly Milestone[];
}

function isAhead(m: Milestone, asOf: string): boolean {
  return m.kind === 'phase-start' ? m.day > asOf : m.day >= asOf;
}

/** The nearest milestone(s) still ahead on `asOf`, or undefined when none is left. */
export function nextMilestones(plan: PlanLike, asOf: string): NextMilestones | undefined {
  const ahead = milestones(plan).filter((m) => isAhead(m, asOf));
  const first = ahead[0];
  if (first === undefined) return undefined;
  return { day: first.day, days: daysBetween(asOf, first.day), items: ahead.filter((m) => m.day === first.day) };
}

// ---- Timeline chart geometry (drawn as SVG by src/components/TimelineSvg.astro) ----

export interface PhaseRow {
  readonly kind: 'phase';
  readonly phase: PhaseLike;
  readonly status: PhaseStatus;
  readonly from: string;
  readonly to: string;
}
export interface DatedRow {
  readonly kind: 'step' | 'deadline';
  readonly phase: PhaseLike;
  readonly label: string;
  readonly status: DeadlineStatus;
  /** As the plan writes it. */
  readonly date: string;
  readonly day: string;
}
export type TimelineRow = PhaseRow | DatedRow;

/** A phase's status on a day: by default where its dates stand; pages pass the records' verdict. */
export type PhaseStatusOf = (phase: PhaseLike, asOf: string) => PhaseStatus;
const byDates: PhaseStatusOf = (phase, asOf) => spanStatus(phase.start, phase.end, asOf);

/**
 * The chart's rows: each phase, then under it its dated steps and the plan
 * deadlines that belong to it, in date order. A deadline that falls after its
 * phase (the 2020-12-25 report) stays under that phase, as the plan puts it.
 */
export function timelineRows(plan: PlanLike, asOf: string, phaseStatus: PhaseStatusOf = byDates): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const phase of plan.phases) {
    rows.push({ kind: 'phase', phase, status: phaseStatus(phase, asOf), from: firstDay(phase.start), to: lastDay(phase.end) });
    const dated: DatedRow[] = [];
    for (const step of phase.steps ?? []) {
      if (step.deadline === undefined) continue;
      dated.push({ kind: 'step', phase, label: stepLabel(step, phase), status: deadlineStatus(step.deadline, asOf), date: step.deadline, day: lastDay(step.deadline) });
    }
    for (const d of plan.deadlines.filter((x) => x.phase === phase.id)) {
      dated.push({ kind: 'deadline', phase, label: d.title, status: deadlineStatus(d.date, asOf), date: d.date, day: lastDay(d.date) });
    }
    rows.push(...dated.sort((a, b) => a.day.localeCompare(b.day)));
  }
  return rows;
}

export interface DateScale {
  readonly from: string;
  readonly to: string;
  /** x of the start of a day; x(to) + dayWidth is the right edge. */
  readonly x: (day: string) => number;
  readonly dayWidth: number;
  /** First day of each month in range, for axis ticks. */
  readonly months: readonly string[];
}

/** Whole months around every date of the plan (and `until`, a campaign's end after it) mapped onto [left, right]. */
export function dateScale(plan: PlanLike, left: number, right: number, until?: string): DateScale {
  const days = milestones(plan).map((m) => m.day).concat(plan.phases.map((p) => lastDay(p.end)), until === undefined ? [] : [until]);
  const min = days.reduce((a, b) => (b < a ? b : a));
  const max = days.reduce((a, b) => (b > a ? b : a));
  const from = `${min.slice(0, 7)}-01`;
  const to = lastDay(max.slice(0, 7));
  const total = daysBetween(from, to) + 1;
  const dayWidth = (right - left) / total;
  return { from, to, dayWidth, months: monthStarts(from, to), x: (day: string) => left + daysBetween(from, day) * dayWidth };
}

/** A date on the chart, where the axis already shows the year: 8月16日, 12月底. */
export function chartDate(value: string, role: 'point' | 'start' | 'end', year: number): string {
  const text = formatDate(value, role);
  return text.startsWith(`${year}年`) ? text.slice(`${year}年`.length) : text;
}

/** A span on the chart: 8月16日至10月31日; a single month reads 12月底. */
export function chartRange(start: string, end: string, year: number): string {
  const text = formatRange(start, end);
  return text.startsWith(`${year}年`) && end.startsWith(`${year}`) ? text.slice(`${year}年`.length) : text;
}

export interface ChartOptions {
  readonly width: number;
  /** Width of the row-label column on the left. */
  readonly labelWidth: number;
  readonly fontSize: number;
  readonly smallSize: number;
  readonly rowHeight: number;
  /** Short phase labels (四、迎接国家检查) for narrow screens. */
  readonly compact: boolean;
}

export interface ChartRow {
  readonly y: number;
  readonly label: string;
  readonly indent: boolean;
  readonly status: Status;
  readonly shape: { readonly kind: 'bar'; readonly x: number; readonly width: number } | { readonly kind: 'diamond'; readonly cx: number };
  readonly dateText: string;
  readonly dateX: number;
  readonly dateAnchor: 'start' | 'end';
  /** Starts a new phase group: the chart shades alternate groups. */
  readonly groupIndex: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly rowsTop: number;
  readonly rowsBottom: number;
  /**
   * One grid line per month; `month` where it is labelled (every k-th month
   * when all would not fit), `year` on the first and on each January (a later
   * year label wins over an earlier one it would overlap). Labels start at x + 3.
   */
  readonly ticks: readonly { readonly x: number; readonly month?: string; readonly year?: string }[];
  readonly rows: readonly ChartRow[];
  /** The as-of day, when it falls inside the chart. */
  readonly asOf?: { readonly x: number; readonly label: string; readonly labelX: number; readonly anchor: 'start' | 'end' };
}

const AXIS_HEIGHT = 48;
const FOOT_HEIGHT = 30;

export interface TimelineExtent {
  /** The phases' statuses as the records show them (default: by their dates). */
  readonly phaseStatus?: PhaseStatusOf;
  /** The campaign's end, when it lies after the plan's last date: the chart spans it too. */
  readonly until?: string;
}

/** Month labels of the timeline's axis: "8月", thinned so none overlaps; years above them. */
function timelineTicks(scale: DateScale, o: ChartOptions, plotRight: number): ChartLayout['ticks'] {
  const labelled = new Set(
    monthLabels(scale.months, scale.x, { fontSize: o.smallSize, left: 0, right: plotRight + 8, offset: 3, text: (m) => `${Number(m.slice(5, 7))}月` }).map((l) => l.month),
  );
  const yearAt: string[] = [];
  for (const [i, m] of scale.months.entries()) {
    if (i !== 0 && m.slice(5, 7) !== '01') continue;
    const box = (day: string) => {
      const text = `${day.slice(0, 4)}年`;
      const x = scale.x(day) + 3;
      return { month: day, x, text, anchor: 'start' as const, textX: x, left: x, right: x + textWidthEm(text) * o.smallSize };
    };
    while (yearAt.length > 0 && !labelsFit([box(yearAt.at(-1)!), box(m)], { left: 0, right: Number.POSITIVE_INFINITY })) yearAt.pop();
    yearAt.push(m);
  }
  return scale.months.map((m) => ({
    x: scale.x(m),
    ...(labelled.has(m) ? { month: `${Number(m.slice(5, 7))}月` } : {}),
    ...(yearAt.includes(m) ? { year: `${m.slice(0, 4)}年` } : {}),
  }));
}

/** Positions of everything the timeline SVG draws, for one screen width. */
export function layoutTimeline(plan: PlanLike, asOf: string, o: ChartOptions, extent: TimelineExtent = {}): ChartLayout {
  const plotLeft = o.labelWidth + 8;
  const plotRight = o.width - 8;
  const scale = dateScale(plan, plotLeft, plotRight, extent.until);
  const year = Number(scale.from.slice(0, 4));
  const dateWidth = (text: string) => textWidthEm(text) * o.smallSize;
  const ticks = timelineTicks(scale, o, plotRight);
  let group = -1;
  const rows = timelineRows(plan, asOf, extent.phaseStatus).map((row, i): ChartRow => {
    const y = AXIS_HEIGHT + i * o.rowHeight;
    if (row.kind === 'phase') {
      group++;
      const x = scale.x(row.from);
      const width = scale.x(row.to) + scale.dayWidth - x;
      const dateText = chartRange(row.phase.start, row.phase.end, year);
      const fitsRight = x + dateWidth(dateText) <= plotRight;
      return {
        y,
        label: o.compact ? `${chineseNumber(row.phase.number)}、${row.phase.name}` : `${phaseOrdinal(row.phase)} ${row.phase.name}`,
        indent: false,
        status: row.status,
        shape: { kind: 'bar', x, width },
        dateText,
        dateX: fitsRight ? x : x + width,
        dateAnchor: fitsRight ? 'start' : 'end',
        groupIndex: group,
      };
    }
    const cx = scale.x(row.day) + scale.dayWidth / 2;
    const dateText = `${chartDate(row.date, 'point', year)}前`;
    const fitsRight = cx - 4 + dateWidth(dateText) <= plotRight;
    return {
      y,
      label: row.label,
      indent: true,
      status: row.status,
      shape: { kind: 'diamond', cx },
      dateText,
      dateX: fitsRight ? cx - 4 : cx + 4,
      dateAnchor: fitsRight ? 'start' : 'end',
      groupIndex: group,
    };
  });
  const rowsBottom = AXIS_HEIGHT + rows.length * o.rowHeight;
  const base = { width: o.width, height: rowsBottom + FOOT_HEIGHT, plotLeft, plotRight, rowsTop: AXIS_HEIGHT, rowsBottom, ticks, rows };
  if (asOf < scale.from || asOf > scale.to) return base;
  const x = scale.x(asOf) + scale.dayWidth / 2;
  const label = `截至${chartDate(asOf, 'point', year)}`;
  const fitsRight = x + dateWidth(label) + 4 <= plotRight;
  return { ...base, asOf: { x, label, labelX: fitsRight ? x + 4 : x - 4, anchor: fitsRight ? 'start' : 'end' } };
}
