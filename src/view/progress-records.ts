// Shapes the progress records (src/lib/deliverables.ts) into what the 工作进度
// page and the unit pages show: the unit × deliverable matrix, the findings
// that were known on `asOf`, the rectification burndown as a table of changes
// and as chart geometry. Pure functions, so a build with BUILD_DATE, the
// pages and the tests all agree.
import { monthLabels, monthStarts, textWidthEm, type AxisLabel } from '../lib/chart-labels.ts';
import { daysBetween } from '../lib/dates.ts';
import {
  burndown,
  selectUnits,
  unitProgress,
  type BurndownPoint,
  type DeliverableLike,
  type ItemStatus,
  type ProgressInput,
  type RectificationLike,
  type RectificationRow,
  type SubmissionLike,
  type UnitLike,
  type UnitProgress,
} from '../lib/deliverables.ts';

// ---------------------------------------------------------------------------
// The unit × deliverable matrix

export type MatrixCell =
  | { readonly kind: 'status'; readonly status: ItemStatus; readonly submission?: SubmissionLike }
  /** The deliverable applies, but the unit has no record file: nothing is known, so it is not judged. */
  | { readonly kind: 'unrecorded' }
  | { readonly kind: 'not-applicable' };

export interface MatrixRow<U extends UnitLike> {
  readonly unit: U;
  readonly recorded: boolean;
  /** One per deliverable, in the order of the columns. */
  readonly cells: readonly MatrixCell[];
}

export interface MatrixGroup<U extends UnitLike> {
  /** The unit kind (区直部门, 镇, …) the rows share. */
  readonly kind: string;
  readonly rows: readonly MatrixRow<U>[];
}

export interface Matrix<U extends UnitLike, D extends DeliverableLike> {
  readonly columns: readonly D[];
  /** Kinds in the order they first appear in the directory; units in directory order within each. */
  readonly groups: readonly MatrixGroup<U>[];
}

/**
 * Every unit some deliverable applies to, and every unit that has a record,
 * with one cell per deliverable.
 */
export function deliverableMatrix<U extends UnitLike, D extends DeliverableLike, R extends RectificationLike>(
  input: ProgressInput<D, R> & { readonly units: readonly U[] },
  asOf: string,
): Matrix<U, D> {
  const applicable = input.deliverables.map((d) => new Set(selectUnits(d.appliesTo, input.units)));
  const recorded = new Set(input.records.map((r) => r.unit));
  const directory: readonly U[] = input.units;
  const rows = directory
    .filter((u) => recorded.has(u.id) || applicable.some((set) => set.has(u.id)))
    .map((unit): MatrixRow<U> => {
      const progress = unitProgress(unit.id, input, asOf);
      const cells = input.deliverables.map((d, i): MatrixCell => {
        if (!applicable[i]!.has(unit.id)) return { kind: 'not-applicable' };
        const row = progress.deliverables.find((r) => r.deliverable === d);
        if (!progress.recorded || row === undefined) return { kind: 'unrecorded' };
        return row.submission === undefined ? { kind: 'status', status: row.status } : { kind: 'status', status: row.status, submission: row.submission };
      });
      return { unit, recorded: progress.recorded, cells };
    });
  const groups: { kind: string; rows: MatrixRow<U>[] }[] = [];
  for (const row of rows) {
    const group = groups.find((g) => g.kind === row.unit.kind);
    if (group) group.rows.push(row);
    else groups.push({ kind: row.unit.kind, rows: [row] });
  }
  return { columns: input.deliverables, groups };
}

// ---------------------------------------------------------------------------
// Supervision findings

export interface FindingLike {
  readonly id: string;
  readonly date: string;
  readonly unit: string;
  readonly finding: string;
  readonly circulated: boolean;
}

export interface FindingView<F extends FindingLike, R extends RectificationLike> {
  readonly finding: F;
  /** Rectification items raised from this finding that were found by `asOf`. */
  readonly items: readonly RectificationRow<R>[];
}

/**
 * Findings made on or before `asOf`, newest first, each with the items it
 * raised; only those about `unit` when given.
 */
export function findingsAsOf<F extends FindingLike, R extends RectificationLike & { readonly finding?: string | undefined }>(
  findings: readonly F[],
  rectifications: readonly RectificationRow<R>[],
  asOf: string,
  unit?: string,
): FindingView<F, R>[] {
  return findings
    .filter((f) => f.date <= asOf && (unit === undefined || f.unit === unit))
    .map((finding, index) => ({ finding, index }))
    // Newest first; findings of one day keep their file order.
    .sort((a, b) => b.finding.date.localeCompare(a.finding.date) || a.index - b.index)
    .map(({ finding }) => ({ finding, items: rectifications.filter((r) => r.item.finding === finding.id) }));
}

// ---------------------------------------------------------------------------
// One unit's own progress (the unit pages)

export interface UnitProgressView<D extends DeliverableLike, R extends RectificationLike, F extends FindingLike> {
  /** Deliverables the unit owes under the plan, whether or not it has a record. */
  readonly owes: readonly D[];
  readonly progress: UnitProgress<D, R>;
  readonly findings: readonly FindingView<F, R>[];
  /** Nothing to show: no deliverable applies, no record, no item, no finding. */
  readonly empty: boolean;
}

export function unitProgressView<D extends DeliverableLike, R extends RectificationLike & { readonly finding?: string | undefined }, F extends FindingLike>(
  unitId: string,
  input: ProgressInput<D, R>,
  findings: readonly F[],
  asOf: string,
): UnitProgressView<D, R, F> {
  const owes = input.deliverables.filter((d) => selectUnits(d.appliesTo, input.units).includes(unitId));
  const progress = unitProgress(unitId, input, asOf);
  const about = findingsAsOf(findings, progress.rectifications, asOf, unitId);
  return { owes, progress, findings: about, empty: owes.length === 0 && !progress.recorded && progress.rectifications.length === 0 && about.length === 0 };
}

// ---------------------------------------------------------------------------
// Burndown of open rectification items

export interface BurndownChange {
  readonly date: string;
  /** Items found that day. */
  readonly found: number;
  /** Items closed that day. */
  readonly closed: number;
  /** At the end of the day. */
  readonly open: number;
  readonly overdue: number;
}

/**
 * The days on which the count of open or overdue items changed, from the
 * first finding to `asOf`, with `asOf` always the last row: the numbers
 * behind the burndown chart, short enough for a table.
 */
export function burndownChanges(items: readonly RectificationLike[], asOf: string): BurndownChange[] {
  const points = burndown(items, asOf);
  const known = items.filter((i) => i.found <= asOf);
  return points.flatMap((p, i): BurndownChange[] => {
    const found = known.filter((x) => x.found === p.date).length;
    const closed = known.filter((x) => x.closed === p.date).length;
    const previous = points[i - 1];
    // An item found and closed the same day moves neither count but is still news.
    const changed = found > 0 || closed > 0 || previous === undefined || previous.open !== p.open || previous.overdue !== p.overdue;
    return changed || i === points.length - 1 ? [{ date: p.date, found, closed, open: p.open, overdue: p.overdue }] : [];
  });
}

export interface BurndownSummary {
  readonly first: string;
  readonly found: number;
  readonly closed: number;
  readonly open: number;
  readonly overdue: number;
  /** Most items open at once, and the first day that happened. */
  readonly peak: { readonly open: number; readonly date: string };
}

/** The chart's headline figures, for its text alternative; undefined when nothing was found by `asOf`. */
export function burndownSummary(items: readonly RectificationLike[], asOf: string): BurndownSummary | undefined {
  const points = burndown(items, asOf);
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const known = items.filter((i) => i.found <= asOf);
  const peak = points.reduce((best, p) => (p.open > best.open ? p : best), first);
  return {
    first: first.date,
    found: known.length,
    closed: known.filter((i) => i.closed !== undefined && i.closed <= asOf).length,
    open: last.open,
    overdue: last.overdue,
    peak: { open: peak.open, date: peak.date },
  };
}

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  /** Room for the y-axis labels, the x-axis labels and the as-of label. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface BurndownLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** Step line of open items (each day's count drawn across that day). */
  readonly openPath: string;
  /** The same line closed down to the axis, for a light fill. */
  readonly openArea: string;
  /** Step line of overdue items; empty when none was ever overdue. */
  readonly overduePath: string;
  readonly yTicks: readonly { readonly value: number; readonly y: number }[];
  /**
   * Labelled months (every k-th when all would not fit): "11月", with the year
   * on the first label and wherever the year changes ("2027年1月"). None overlaps another.
   */
  readonly xTicks: readonly AxisLabel[];
  /** The end of the last day (asOf), where the line stops. */
  readonly endX: number;
  /** The end label (尚未整改完成 …) ends at endX, or starts near it where it would not fit to its left. */
  readonly endAnchor: 'start' | 'end';
  /** Where the end label is anchored. */
  readonly endLabelX: number;
  /** Where the last day's open count is drawn, for its label. */
  readonly last: { readonly x: number; readonly y: number; readonly open: number; readonly overdue: number };
}

/** 1, 2, 5, 10, 20, 50 …: the smallest at or above `raw`. */
function niceStep(raw: number): number {
  if (raw <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  return step ?? 10 * magnitude;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Geometry of the burndown chart for daily points (burndown(items, asOf)).
 * Each point is drawn across its whole day. The x axis runs over `span`
 * (the campaign: from its first day to its last, each whole); the line runs
 * from the first finding to the end of asOf and stops there. `fontSize` sizes
 * the axis labels, which are thinned until none overlaps.
 */
export function layoutBurndown(
  points: readonly BurndownPoint[],
  box: ChartBox,
  span: { readonly from: string; readonly to: string },
  fontSize: number,
  endLabel = '',
): BurndownLayout | undefined {
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const from = span.from < first.date ? span.from : first.date;
  const to = span.to > last.date ? span.to : last.date;
  const plot = { left: box.left, right: box.width - box.right, top: box.top, bottom: box.height - box.bottom };
  const days = daysBetween(from, to) + 1;
  const dayWidth = (plot.right - plot.left) / days;
  const x = (date: string) => round(plot.left + daysBetween(from, date) * dayWidth);
  const endX = round(plot.left + (daysBetween(from, last.date) + 1) * dayWidth);

  const max = Math.max(1, ...points.map((p) => p.open));
  const step = niceStep(max / 4);
  const top = Math.ceil(max / step) * step;
  const y = (value: number) => round(plot.bottom - (value / top) * (plot.bottom - plot.top));
  const yTicks = Array.from({ length: top / step + 1 }, (_, i) => ({ value: i * step, y: y(i * step) }));

  const stepPath = (value: (p: BurndownPoint) => number) => {
    let d = '';
    let current: number | undefined;
    for (const p of points) {
      const v = value(p);
      if (current === undefined) d = `M${x(p.date)} ${y(v)}`;
      else if (v !== current) d += ` H${x(p.date)} V${y(v)}`;
      current = v;
    }
    return `${d} H${endX}`;
  };
  const openPath = stepPath((p) => p.open);
  const openArea = `${openPath} V${plot.bottom} H${x(first.date)} Z`;
  const overduePath = points.some((p) => p.overdue > 0) ? stepPath((p) => p.overdue) : '';

  // Month starts inside the span, labelled so that no two labels overlap.
  const xTicks = monthLabels(monthStarts(from, to, true), x, {
    fontSize,
    left: 0,
    right: box.width,
    offset: 0,
    gap: fontSize * 0.6,
    text: (m, previous) => (previous === undefined || previous.slice(0, 4) !== m.slice(0, 4) ? `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月` : `${Number(m.slice(5, 7))}月`),
  });
  // The end label sits on the row of the y axis's unit (项, drawn from plot.left - 6 at
  // fontSize - 1, see BurndownChart.astro): it ends at the line's end when it clears that
  // unit, else it starts there, kept inside the box and to the right of the unit.
  const labelWidth = textWidthEm(endLabel) * fontSize;
  const clear = plot.left - 6 + (fontSize - 1) + fontSize * 0.5;
  const endAnchor = endX - labelWidth >= clear ? 'end' : 'start';
  const endLabelX = endAnchor === 'end' ? endX : round(Math.max(clear, Math.min(endX, box.width - labelWidth)));

  return {
    width: box.width,
    height: box.height,
    plot,
    openPath,
    openArea,
    overduePath,
    yTicks,
    xTicks,
    endX,
    endAnchor,
    endLabelX,
    last: { x: endX, y: y(last.open), open: last.open, overdue: last.overdue },
  };
}
