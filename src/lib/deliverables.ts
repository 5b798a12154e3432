// Where each unit stands on its deliverables and rectification items on any
// given day. Pure functions over content dates, so the progress page, the
// tests and a build with BUILD_DATE all agree.
//
// Conventions (the page explains them to readers too):
// - A deadline is met by anything done on or before its last day: the deadline
//   day itself is in time, and "2020-12" means by 2020-12-31.
// - As of a day on or before the deadline, something not yet done is 未到期
//   (a deadline falling today is still ahead); from the next day it is 逾期未完成.
// - Something recorded as done after `asOf` was not done yet as of `asOf`, so
//   the same records answer "where did we stand on 2020-10-01?".
// - A rectification item exists from the day it was found; before that it is
//   in no count. It is open at the end of a day unless closed on or before it,
//   so an item closed the day it was found is never counted open.
// - The dates decide, not the status an editor wrote: the content checker
//   makes sure the two agree (src/content-model/progress-rules.ts).
// - A unit with no record file is not counted as behind: nothing is known
//   about it. It is listed as unrecorded instead.
import { daysBetween, lastDay } from './dates.ts';

export type ItemStatus = 'not-due' | 'on-time' | 'late' | 'overdue';

/** In the order a summary lists them: done first, then what is outstanding. */
export const ITEM_STATUSES: readonly ItemStatus[] = ['on-time', 'late', 'overdue', 'not-due'];

/** The words a reader sees; a status is never shown by colour alone. */
export const ITEM_STATUS_TEXT: Readonly<Record<ItemStatus, string>> = {
  'not-due': '未到期',
  'on-time': '按期完成',
  late: '逾期完成',
  overdue: '逾期未完成',
};

/** Class from src/styles/site.css. */
export const ITEM_STATUS_CLASS: Readonly<Record<ItemStatus, string>> = {
  'not-due': 'status-pending',
  'on-time': 'status-done',
  late: 'status-active',
  overdue: 'status-late',
};

/** Status on `asOf` of something due by `deadline` and done on `doneOn` (if at all). */
export function itemStatus(deadline: string, asOf: string, doneOn?: string): ItemStatus {
  const due = lastDay(deadline);
  if (doneOn !== undefined && doneOn <= asOf) return doneOn <= due ? 'on-time' : 'late';
  return asOf > due ? 'overdue' : 'not-due';
}

export function isDone(status: ItemStatus): boolean {
  return status === 'on-time' || status === 'late';
}

// Structural shapes, so tests can build small inputs without the full schemas.
export interface UnitLike {
  readonly id: string;
  readonly kind: string;
  readonly leadingGroupMember: boolean;
}
export interface SelectorLike {
  readonly leadingGroupMembers?: boolean | undefined;
  readonly kinds?: readonly string[] | undefined;
  readonly units?: readonly string[] | undefined;
}
export interface DeliverableLike {
  readonly id: string;
  readonly title: string;
  readonly deadline: string;
  readonly appliesTo: SelectorLike;
}
export interface SubmissionLike {
  readonly deliverable: string;
  readonly date: string;
  readonly evidence?: string | undefined;
}
export interface RectificationLike {
  readonly id: string;
  readonly problem: string;
  /** Responsible unit; the record's own unit when absent. */
  readonly unit?: string | undefined;
  readonly found: string;
  readonly deadline: string;
  readonly closed?: string | undefined;
}
export interface RecordLike<R extends RectificationLike = RectificationLike> {
  readonly unit: string;
  readonly submissions?: readonly SubmissionLike[] | undefined;
  readonly rectifications?: readonly R[] | undefined;
}
export interface ProgressInput<D extends DeliverableLike = DeliverableLike, R extends RectificationLike = RectificationLike> {
  readonly deliverables: readonly D[];
  /** The unit directory (content/units.yaml), in its order: results follow it. */
  readonly units: readonly UnitLike[];
  readonly records: readonly RecordLike<R>[];
}

/** The ids of the units a selector picks, in directory order, each once. */
export function selectUnits(selector: SelectorLike, units: readonly UnitLike[]): string[] {
  return units
    .filter(
      (u) =>
        (selector.leadingGroupMembers === true && u.leadingGroupMember) ||
        (selector.kinds ?? []).includes(u.kind) ||
        (selector.units ?? []).includes(u.id),
    )
    .map((u) => u.id);
}

export function appliesTo(deliverable: DeliverableLike, unitId: string, units: readonly UnitLike[]): boolean {
  return selectUnits(deliverable.appliesTo, units).includes(unitId);
}

export interface DeliverableRow<D extends DeliverableLike = DeliverableLike> {
  readonly deliverable: D;
  readonly status: ItemStatus;
  /** Present only when done on or before `asOf`. */
  readonly submission?: SubmissionLike;
}

export interface RectificationRow<R extends RectificationLike = RectificationLike> {
  readonly item: R;
  /** The unit whose record file holds the item. */
  readonly recordedBy: string;
  /** The responsible unit. */
  readonly unit: string;
  readonly status: ItemStatus;
}

/** Status on `asOf` of a rectification item, or undefined when it had not been found yet. */
export function rectificationStatus(item: RectificationLike, asOf: string): ItemStatus | undefined {
  if (item.found > asOf) return undefined;
  return itemStatus(item.deadline, asOf, item.closed);
}

/** Open at the end of `day`: found by then and not closed by then. */
export function isOpen(item: RectificationLike, day: string): boolean {
  return item.found <= day && !(item.closed !== undefined && item.closed <= day);
}

export interface Tally extends Readonly<Record<ItemStatus, number>> {
  readonly total: number;
  /** 按期完成 + 逾期完成. */
  readonly done: number;
  /** done / total, from 0 to 1; undefined when there is nothing to count. */
  readonly shareDone: number | undefined;
}

export function tally(statuses: readonly ItemStatus[]): Tally {
  const count = (s: ItemStatus) => statuses.filter((x) => x === s).length;
  const counts = { 'not-due': count('not-due'), 'on-time': count('on-time'), late: count('late'), overdue: count('overdue') };
  const done = counts['on-time'] + counts.late;
  return { ...counts, total: statuses.length, done, shareDone: statuses.length === 0 ? undefined : done / statuses.length };
}

export interface UnitProgress<D extends DeliverableLike = DeliverableLike, R extends RectificationLike = RectificationLike> {
  readonly unit: string;
  /** Whether the unit has a record file; without one its deliverables are not judged. */
  readonly recorded: boolean;
  readonly deliverables: readonly DeliverableRow<D>[];
  /** Items the unit is responsible for, found on or before `asOf`, in record order. */
  readonly rectifications: readonly RectificationRow<R>[];
  readonly deliverableTally: Tally;
  readonly rectificationTally: Tally;
}

function allRectifications<D extends DeliverableLike, R extends RectificationLike>(
  input: ProgressInput<D, R>,
  asOf: string,
): RectificationRow<R>[] {
  return input.records.flatMap((record) =>
    (record.rectifications ?? []).flatMap((item) => {
      const status = rectificationStatus(item, asOf);
      return status === undefined ? [] : [{ item, recordedBy: record.unit, unit: item.unit ?? record.unit, status }];
    }),
  );
}

function deliverableRows<D extends DeliverableLike, R extends RectificationLike>(
  unitId: string,
  input: ProgressInput<D, R>,
  asOf: string,
): DeliverableRow<D>[] {
  const record = input.records.find((r) => r.unit === unitId);
  if (record === undefined) return [];
  return input.deliverables
    .filter((d) => appliesTo(d, unitId, input.units))
    .map((deliverable) => {
      const submission = record.submissions?.find((s) => s.deliverable === deliverable.id && s.date <= asOf);
      const status = itemStatus(deliverable.deadline, asOf, submission?.date);
      return submission === undefined ? { deliverable, status } : { deliverable, status, submission };
    });
}

export function unitProgress<D extends DeliverableLike, R extends RectificationLike>(
  unitId: string,
  input: ProgressInput<D, R>,
  asOf: string,
): UnitProgress<D, R> {
  const deliverables = deliverableRows(unitId, input, asOf);
  const rectifications = allRectifications(input, asOf).filter((r) => r.unit === unitId);
  return {
    unit: unitId,
    recorded: input.records.some((r) => r.unit === unitId),
    deliverables,
    rectifications,
    deliverableTally: tally(deliverables.map((r) => r.status)),
    rectificationTally: tally(rectifications.map((r) => r.status)),
  };
}

export interface OverallProgress<D extends DeliverableLike = DeliverableLike, R extends RectificationLike = RectificationLike> {
  /** Units with a record file or responsible for an item, in directory order. */
  readonly units: readonly UnitProgress<D, R>[];
  readonly deliverables: Tally;
  readonly byDeliverable: readonly { readonly deliverable: D; readonly tally: Tally }[];
  readonly rectifications: Tally;
  /** Units some deliverable applies to that have no record file, in directory order. */
  readonly unrecorded: readonly string[];
}

export function overallProgress<D extends DeliverableLike, R extends RectificationLike>(
  input: ProgressInput<D, R>,
  asOf: string,
): OverallProgress<D, R> {
  const recorded = new Set(input.records.map((r) => r.unit));
  const responsible = new Set(allRectifications(input, asOf).map((r) => r.unit));
  const units = input.units
    .filter((u) => recorded.has(u.id) || responsible.has(u.id))
    .map((u) => unitProgress(u.id, input, asOf));
  const rows = units.flatMap((u) => u.deliverables);
  const applicable = new Set(input.deliverables.flatMap((d) => selectUnits(d.appliesTo, input.units)));
  return {
    units,
    deliverables: tally(rows.map((r) => r.status)),
    byDeliverable: input.deliverables.map((deliverable) => ({
      deliverable,
      tally: tally(rows.filter((r) => r.deliverable === deliverable).map((r) => r.status)),
    })),
    rectifications: tally(units.flatMap((u) => u.rectifications.map((r) => r.status))),
    unrecorded: input.units.filter((u) => applicable.has(u.id) && !recorded.has(u.id)).map((u) => u.id),
  };
}

export interface OverdueItem {
  readonly kind: 'deliverable' | 'rectification';
  readonly unit: string;
  /** Deliverable id, or the rectification item's id. */
  readonly id: string;
  /** Deliverable title, or the problem. */
  readonly title: string;
  /** As written (may be month precision), for display. */
  readonly deadline: string;
  /** Whole days past the deadline's last day, at least 1. */
  readonly daysOverdue: number;
}

/** Everything 逾期未完成 on `asOf`, longest overdue first, then in directory order. */
export function overdueItems(input: ProgressInput, asOf: string): OverdueItem[] {
  const order = new Map(input.units.map((u, i) => [u.id, i]));
  const list = overallProgress(input, asOf).units.flatMap((u): OverdueItem[] => [
    ...u.deliverables
      .filter((r) => r.status === 'overdue')
      .map((r) => ({ kind: 'deliverable' as const, unit: u.unit, id: r.deliverable.id, title: r.deliverable.title, deadline: r.deliverable.deadline, daysOverdue: daysBetween(lastDay(r.deliverable.deadline), asOf) })),
    ...u.rectifications
      .filter((r) => r.status === 'overdue')
      .map((r) => ({ kind: 'rectification' as const, unit: u.unit, id: r.item.id, title: r.item.problem, deadline: r.item.deadline, daysOverdue: daysBetween(lastDay(r.item.deadline), asOf) })),
  ]);
  // Units outside the directory sort last rather than first.
  const rank = (unit: string) => order.get(unit) ?? Number.MAX_SAFE_INTEGER;
  return list.sort((a, b) => b.daysOverdue - a.daysOverdue || rank(a.unit) - rank(b.unit) || (a.kind === b.kind ? 0 : a.kind === 'deliverable' ? -1 : 1) || a.id.localeCompare(b.id));
}

export interface BurndownPoint {
  /** YYYY-MM-DD; counts are as at the end of that day. */
  readonly date: string;
  /** Items found and not yet closed. */
  readonly open: number;
  /** Of those, items past their deadline. */
  readonly overdue: number;
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Open rectification items over time, from the day the first item was found
 * to `asOf`: every day, or every 7 days with `asOf` always the last point.
 * Empty when nothing had been found by `asOf`.
 */
export function burndown(items: readonly RectificationLike[], asOf: string, interval: 'day' | 'week' = 'day'): BurndownPoint[] {
  const found = items.filter((i) => i.found <= asOf);
  if (found.length === 0) return [];
  const start = found.map((i) => i.found).reduce((a, b) => (b < a ? b : a));
  const step = interval === 'week' ? 7 : 1;
  const days: string[] = [];
  for (let day = start; day <= asOf; day = addDays(day, step)) days.push(day);
  if (days.at(-1) !== asOf) days.push(asOf);
  return days.map((date) => {
    const open = found.filter((i) => isOpen(i, date));
    return { date, open: open.length, overdue: open.filter((i) => date > lastDay(i.deadline)).length };
  });
}
