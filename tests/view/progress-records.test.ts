import { describe, expect, it } from 'vitest';
import { burndown, type BurndownPoint, type DeliverableLike, type RectificationLike, type UnitLike } from '../../src/lib/deliverables.ts';
import {
  burndownChanges,
  burndownSummary,
  deliverableMatrix,
  findingsAsOf,
  layoutBurndown,
  unitProgressView,
  type ChartBox,
  type FindingLike,
} from '../../src/view/progress-records.ts';
import { labelsFit } from '../../src/lib/chart-labels.ts';

// A small directory: kinds interleave, so grouping must follow first appearance.
const units: UnitLike[] = [
  { id: 'gov', kind: '区政府', leadingGroupMember: false },
  { id: 'finance', kind: '区直部门', leadingGroupMember: true },
  { id: 'town-a', kind: '镇', leadingGroupMember: false },
  { id: 'audit', kind: '区直部门', leadingGroupMember: true },
  { id: 'town-b', kind: '镇', leadingGroupMember: true },
];
const selfCheck: DeliverableLike = { id: 'self-check', title: '完成自查', deadline: '2020-08-31', appliesTo: { kinds: ['镇'], leadingGroupMembers: true } };
const report: DeliverableLike = { id: 'work-report', title: '上报汇报材料', deadline: '2020-12', appliesTo: { leadingGroupMembers: true } };

type Item = RectificationLike & { finding?: string };
const records = [
  { unit: 'finance', submissions: [{ deliverable: 'self-check', date: '2020-08-27' }, { deliverable: 'work-report', date: '2020-12-20' }] },
  {
    unit: 'town-a',
    submissions: [{ deliverable: 'self-check', date: '2020-09-03' }],
    rectifications: [
      { id: 'ledger', problem: '台账不全', found: '2020-08-25', deadline: '2020-10-31' },
      { id: 'ground', problem: '场地破损', finding: 'f-town-a', found: '2020-11-04', deadline: '2020-12' },
    ] as Item[],
  },
];
const input = { deliverables: [selfCheck, report], units, records };

const findings: FindingLike[] = [
  { id: 'f-town-a', date: '2020-11-04', unit: 'town-a', finding: '场地破损，限期修复', circulated: true },
  { id: 'f-finance', date: '2020-11-05', unit: 'finance', finding: '未发现问题', circulated: false },
  { id: 'f-town-a-2', date: '2020-11-05', unit: 'town-a', finding: '复查', circulated: false },
];

describe('the unit × deliverable matrix', () => {
  const matrix = deliverableMatrix(input, '2020-11-20');
  const row = (id: string) => matrix.groups.flatMap((g) => g.rows).find((r) => r.unit.id === id);

  it('has a row for every unit a deliverable applies to, grouped by kind in directory order', () => {
    expect(matrix.groups.map((g) => [g.kind, g.rows.map((r) => r.unit.id)])).toEqual([
      ['区直部门', ['finance', 'audit']],
      ['镇', ['town-a', 'town-b']],
    ]);
    expect(matrix.columns.map((d) => d.id)).toEqual(['self-check', 'work-report']);
  });

  it('shows a unit without a record as 无记录, never as overdue, even after the deadline', () => {
    expect(row('audit')?.recorded).toBe(false);
    expect(row('audit')?.cells).toEqual([{ kind: 'unrecorded' }, { kind: 'unrecorded' }]);
  });

  it('marks deliverables that do not apply to a unit', () => {
    expect(row('town-a')?.cells[1]).toEqual({ kind: 'not-applicable' });
    expect(row('town-b')?.cells[1]).toEqual({ kind: 'unrecorded' });
  });

  it('gives the date a done deliverable was submitted, and says late when it was', () => {
    expect(row('finance')?.cells[0]).toMatchObject({ kind: 'status', status: 'on-time', submission: { date: '2020-08-27' } });
    expect(row('town-a')?.cells[0]).toMatchObject({ kind: 'status', status: 'late', submission: { date: '2020-09-03' } });
  });

  it('does not count a submission made after the day progress is computed for', () => {
    expect(row('finance')?.cells[1]).toEqual({ kind: 'status', status: 'not-due' });
    const september = deliverableMatrix(input, '2020-09-02').groups.flatMap((g) => g.rows).find((r) => r.unit.id === 'town-a');
    expect(september?.cells[0]).toEqual({ kind: 'status', status: 'overdue' });
  });
});

describe('supervision findings', () => {
  it('shows only findings made by the day progress is computed for, newest first', () => {
    expect(findingsAsOf(findings, [], '2020-11-04').map((f) => f.finding.id)).toEqual(['f-town-a']);
    expect(findingsAsOf(findings, [], '2020-11-20').map((f) => f.finding.id)).toEqual(['f-finance', 'f-town-a-2', 'f-town-a']);
    expect(findingsAsOf(findings, [], '2020-11-03')).toEqual([]);
  });

  it('on a unit page, lists only the findings about that unit, with the items each raised', () => {
    const view = unitProgressView('town-a', input, findings, '2020-11-20');
    expect(view.findings.map((f) => [f.finding.id, f.items.map((r) => r.item.id)])).toEqual([
      ['f-town-a-2', []],
      ['f-town-a', ['ground']],
    ]);
  });
});

describe("a unit's own progress", () => {
  it('lists what the unit owes even when it has no record', () => {
    const view = unitProgressView('audit', input, findings, '2020-11-20');
    expect(view.owes.map((d) => d.id)).toEqual(['self-check', 'work-report']);
    expect(view.progress.recorded).toBe(false);
    expect(view.empty).toBe(false);
  });

  it('has nothing to show for a unit no deliverable, record or finding concerns', () => {
    expect(unitProgressView('gov', input, findings, '2020-11-20').empty).toBe(true);
  });

  it('shows its rectification items with their status on the day', () => {
    const view = unitProgressView('town-a', input, findings, '2020-11-20');
    expect(view.progress.rectifications.map((r) => [r.item.id, r.status])).toEqual([
      ['ledger', 'overdue'],
      ['ground', 'not-due'],
    ]);
  });
});

// Worked by hand: two items found on 8-24, one due 8-31 and closed 9-2, one
// due at the end of September and still open; a third found and closed on 8-26.
const items: RectificationLike[] = [
  { id: 'a', problem: 'A', found: '2020-08-24', deadline: '2020-08-31', closed: '2020-09-02' },
  { id: 'b', problem: 'B', found: '2020-08-24', deadline: '2020-09' },
  { id: 'c', problem: 'C', found: '2020-08-26', deadline: '2020-08-31', closed: '2020-08-26' },
];

describe('the burndown table', () => {
  it('lists each day the numbers changed, and ends on the day progress is computed for', () => {
    expect(burndownChanges(items, '2020-09-05')).toEqual([
      { date: '2020-08-24', found: 2, closed: 0, open: 2, overdue: 0 },
      // Found and closed the same day: the counts do not move, but the day is listed.
      { date: '2020-08-26', found: 1, closed: 1, open: 2, overdue: 0 },
      // A passed its deadline (8-31) still open.
      { date: '2020-09-01', found: 0, closed: 0, open: 2, overdue: 1 },
      { date: '2020-09-02', found: 0, closed: 1, open: 1, overdue: 0 },
      { date: '2020-09-05', found: 0, closed: 0, open: 1, overdue: 0 },
    ]);
  });

  it('is empty before anything was found', () => {
    expect(burndownChanges(items, '2020-08-23')).toEqual([]);
    expect(burndownSummary(items, '2020-08-23')).toBeUndefined();
  });

  it('sums up what was found, closed and is still open', () => {
    expect(burndownSummary(items, '2020-09-05')).toEqual({
      first: '2020-08-24',
      found: 3,
      closed: 2,
      open: 1,
      overdue: 0,
      peak: { open: 2, date: '2020-08-24' },
    });
    // Closing after the day asked about does not count yet.
    expect(burndownSummary(items, '2020-09-01')).toMatchObject({ closed: 1, open: 2, overdue: 1 });
  });
});

describe('the burndown chart', () => {
  const box: ChartBox = { width: 140, height: 120, left: 20, right: 20, top: 10, bottom: 10 };
  const point = (date: string, open: number, overdue = 0): BurndownPoint => ({ date, open, overdue });
  const span = (from: string, to: string) => ({ from, to });

  it('draws each day across its whole width and ends at the right edge on the last count', () => {
    // Two days over a 100-unit plot: the drop to 1 happens half-way.
    const layout = layoutBurndown([point('2020-09-01', 3), point('2020-09-02', 1)], box, span('2020-09-01', '2020-09-02'), 12);
    expect(layout?.plot).toEqual({ left: 20, right: 120, top: 10, bottom: 110 });
    expect(layout?.yTicks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
    const y = (v: number) => layout!.yTicks.find((t) => t.value === v)!.y;
    expect(layout?.openPath).toBe(`M20 ${y(3)} H70 V${y(1)} H120`);
    expect(layout?.last).toEqual({ x: 120, y: y(1), open: 1, overdue: 0 });
    expect(layout?.overduePath).toBe('');
  });

  it('spans the whole campaign and stops the line at the end of the last day', () => {
    // The same two days in a four-day campaign: 25 units a day; the line ends after day two, at 70.
    const layout = layoutBurndown([point('2020-09-01', 3), point('2020-09-02', 1)], box, span('2020-09-01', '2020-09-04'), 12, '未销号 1 项');
    const y = (v: number) => layout!.yTicks.find((t) => t.value === v)!.y;
    expect(layout?.openPath).toBe(`M20 ${y(3)} H45 V${y(1)} H70`);
    expect(layout?.endX).toBe(70);
    expect(layout?.last.x).toBe(70);
    // The axis's unit 项 ends at 20 - 6 + 11 = 25, plus half an em of room: 31. "未销号 1 项"
    // (5.68 em at 12 px = 68 px) ending at 70 would start at 2, over it: it starts at 70 instead.
    expect(layout).toMatchObject({ endAnchor: 'start', endLabelX: 70 });
    // 12.8 em = 154 px is wider than the box: it starts right after the unit.
    expect(layoutBurndown([point('2020-09-01', 3)], box, span('2020-09-01', '2020-09-04'), 12, '未销号 3 项，其中逾期 1 项')).toMatchObject({ endAnchor: 'start', endLabelX: 31 });
    // Short enough to end at 70 and clear 31: "3 项" is 1 + 3 × 0.56 = 2.68 em = 32 px.
    expect(layoutBurndown([point('2020-09-01', 3), point('2020-09-02', 1)], box, span('2020-09-01', '2020-09-04'), 12, '3 项')).toMatchObject({ endAnchor: 'end', endLabelX: 70 });
  });

  it('keeps the y axis in whole items, with room above the highest count', () => {
    const layout = layoutBurndown([point('2020-09-01', 13, 2), point('2020-09-02', 9, 2)], box, span('2020-09-01', '2020-09-02'), 12);
    const values = layout!.yTicks.map((t) => t.value);
    expect(values[0]).toBe(0);
    expect(values.at(-1)).toBeGreaterThanOrEqual(13);
    expect(values.every((v) => Number.isInteger(v))).toBe(true);
    expect(values.length).toBeLessThanOrEqual(6);
    expect(layout?.overduePath).not.toBe('');
  });

  it('labels month starts, with the year on the first label and where it changes', () => {
    const points = burndown([{ id: 'x', problem: 'x', found: '2020-11-20', deadline: '2021-03' }], '2021-02-10');
    const wide: ChartBox = { ...box, width: 400 };
    const layout = layoutBurndown(points, wide, span('2020-11-20', '2021-02-10'), 12);
    expect(layout?.xTicks.map((t) => [t.month, t.text])).toEqual([
      ['2020-12-01', '2020年12月'],
      ['2021-01-01', '2021年1月'],
      ['2021-02-01', '2月'],
    ]);
    const ticks = layout!.xTicks.map((t) => t.x);
    expect(ticks.every((x, i) => x > layout!.plot.left && x < layout!.plot.right && (i === 0 || x > ticks[i - 1]!))).toBe(true);
  });

  it('labels only every few months over a long campaign, and no two labels overlap', () => {
    const points = burndown([{ id: 'x', problem: 'x', found: '2020-08-24', deadline: '2020-09' }], '2022-08-24');
    const labels = layoutBurndown(points, box, span('2020-08-01', '2022-08-31'), 12)!.xTicks;
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(24);
    expect(labelsFit(labels, { left: 0, right: box.width, gap: 12 * 0.6 })).toBe(true);
  });

  it('draws nothing when nothing was found', () => {
    expect(layoutBurndown([], box, span('2020-09-01', '2020-09-02'), 12)).toBeUndefined();
  });
});
