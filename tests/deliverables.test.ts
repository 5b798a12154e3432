import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Deliverable, UnitRecord } from '../schemas/progress.ts';
import type { Unit } from '../schemas/unit.ts';
import {
  burndown,
  itemStatus,
  overallProgress,
  overdueItems,
  rectificationStatus,
  selectUnits,
  tally,
  unitProgress,
  type DeliverableLike,
  type ProgressInput,
  type RectificationLike,
  type UnitLike,
} from '../src/lib/deliverables.ts';

describe('status of one deliverable or item', () => {
  it('is still 未到期 on its deadline day, and 逾期未完成 from the next day', () => {
    expect(itemStatus('2020-08-31', '2020-08-30')).toBe('not-due');
    expect(itemStatus('2020-08-31', '2020-08-31')).toBe('not-due');
    expect(itemStatus('2020-08-31', '2020-09-01')).toBe('overdue');
  });

  it('counts work done on the deadline day as 按期完成, a day later as 逾期完成', () => {
    expect(itemStatus('2020-08-31', '2020-12-31', '2020-08-31')).toBe('on-time');
    expect(itemStatus('2020-08-31', '2020-12-31', '2020-09-01')).toBe('late');
    expect(itemStatus('2020-08-31', '2020-08-31', '2020-08-20')).toBe('on-time');
  });

  it('reads a month-precision deadline (2020年12月底) as its last day', () => {
    expect(itemStatus('2020-12', '2020-12-31')).toBe('not-due');
    expect(itemStatus('2020-12', '2021-01-01')).toBe('overdue');
    expect(itemStatus('2020-12', '2021-01-05', '2020-12-31')).toBe('on-time');
    expect(itemStatus('2020-12', '2021-01-05', '2021-01-01')).toBe('late');
    expect(itemStatus('2021-02', '2021-03-01')).toBe('overdue');
    expect(itemStatus('2021-02', '2021-02-28')).toBe('not-due');
  });

  it('answers as of a past day: work done later was not done yet', () => {
    expect(itemStatus('2020-08-31', '2020-08-30', '2020-09-02')).toBe('not-due');
    expect(itemStatus('2020-08-31', '2020-09-01', '2020-09-02')).toBe('overdue');
    expect(itemStatus('2020-08-31', '2020-09-02', '2020-09-02')).toBe('late');
  });
});

describe('status of a rectification item', () => {
  const item: RectificationLike = { id: 'a', problem: '问题', found: '2020-09-15', deadline: '2020-09-30', closed: '2020-09-15' };

  it('is in no count before it was found', () => {
    expect(rectificationStatus(item, '2020-09-14')).toBeUndefined();
  });

  it('closed the day it was found is 按期完成 that very day', () => {
    expect(rectificationStatus(item, '2020-09-15')).toBe('on-time');
  });

  it('follows its own deadline, not the plan’s', () => {
    const open = { ...item, closed: undefined };
    expect(rectificationStatus(open, '2020-09-30')).toBe('not-due');
    expect(rectificationStatus(open, '2020-10-01')).toBe('overdue');
  });
});

const units: UnitLike[] = [
  { id: 'bureau', kind: '区直部门', leadingGroupMember: true },
  { id: 'office', kind: '区直部门', leadingGroupMember: false },
  { id: 'town', kind: '镇', leadingGroupMember: true },
  { id: 'street', kind: '街道', leadingGroupMember: false },
];
const selfCheck: DeliverableLike = { id: 'self-check', title: '完成自查', deadline: '2020-08-31', appliesTo: { leadingGroupMembers: true, kinds: ['镇', '街道'] } };
const report: DeliverableLike = { id: 'work-report', title: '上报汇报材料', deadline: '2020-12', appliesTo: { leadingGroupMembers: true } };

describe('which units a deliverable applies to', () => {
  it('takes the union of members, kinds and listed units, each once, in directory order', () => {
    expect(selectUnits(selfCheck.appliesTo, units)).toEqual(['bureau', 'town', 'street']);
    expect(selectUnits({ units: ['street', 'office'] }, units)).toEqual(['office', 'street']);
    expect(selectUnits({ kinds: ['乡'] }, units)).toEqual([]);
  });
});

describe('progress of a unit and overall', () => {
  const input: ProgressInput = {
    deliverables: [selfCheck, report],
    units,
    records: [
      {
        unit: 'bureau',
        submissions: [
          { deliverable: 'self-check', date: '2020-08-31' },
          { deliverable: 'work-report', date: '2021-01-02' },
        ],
      },
      {
        unit: 'town',
        submissions: [{ deliverable: 'self-check', date: '2020-09-01' }],
        rectifications: [
          { id: 'own', problem: '本镇的问题', found: '2020-08-20', deadline: '2020-10-31' },
          { id: 'theirs', problem: '另一单位负责的问题', unit: 'bureau', found: '2020-08-20', deadline: '2020-10-31', closed: '2020-10-30' },
        ],
      },
    ],
  };

  it('judges each deliverable that applies to the unit and only those', () => {
    const town = unitProgress('town', input, '2020-09-10');
    expect(town.deliverables.map((r) => [r.deliverable.id, r.status])).toEqual([
      ['self-check', 'late'],
      ['work-report', 'not-due'],
    ]);
    expect(town.deliverableTally).toMatchObject({ late: 1, 'not-due': 1, total: 2, done: 1, shareDone: 0.5 });
  });

  it('counts an item for its responsible unit, wherever it is recorded', () => {
    expect(unitProgress('bureau', input, '2020-11-01').rectifications.map((r) => [r.item.id, r.recordedBy, r.status])).toEqual([['theirs', 'town', 'on-time']]);
    expect(unitProgress('town', input, '2020-11-01').rectifications.map((r) => [r.item.id, r.status])).toEqual([['own', 'overdue']]);
  });

  it('does not count a unit without records as behind, but lists it', () => {
    const all = overallProgress(input, '2021-01-05');
    expect(all.unrecorded).toEqual(['street']);
    expect(all.units.map((u) => u.unit)).toEqual(['bureau', 'town']);
    expect(all.deliverables).toMatchObject({ 'on-time': 1, late: 2, overdue: 1, 'not-due': 0, total: 4, done: 3, shareDone: 0.75 });
    expect(all.byDeliverable.map((d) => [d.deliverable.id, d.tally.done, d.tally.total])).toEqual([
      ['self-check', 2, 2],
      ['work-report', 1, 2],
    ]);
    expect(all.rectifications).toMatchObject({ 'on-time': 1, overdue: 1, total: 2 });
  });

  it('has no share done when there is nothing to count', () => {
    expect(tally([]).shareDone).toBeUndefined();
    expect(unitProgress('office', input, '2021-01-05')).toMatchObject({ recorded: false, deliverables: [] });
  });

  it('lists what is overdue, longest overdue first, with the days', () => {
    expect(overdueItems(input, '2021-01-05').map((o) => [o.unit, o.kind, o.id, o.daysOverdue])).toEqual([
      ['town', 'rectification', 'own', 66],
      ['town', 'deliverable', 'work-report', 5],
    ]);
    expect(overdueItems(input, '2020-08-31')).toEqual([]);
  });
});

describe('burndown of open rectification items', () => {
  const items: RectificationLike[] = [
    { id: 'a', problem: '甲', found: '2020-09-01', deadline: '2020-09-03', closed: '2020-09-02' },
    { id: 'b', problem: '乙（当天发现当天整改）', found: '2020-09-02', deadline: '2020-09-02', closed: '2020-09-02' },
    { id: 'c', problem: '丙', found: '2020-09-02', deadline: '2020-09-03' },
  ];

  it('is empty before anything was found', () => {
    expect(burndown(items, '2020-08-31')).toEqual([]);
    expect(burndown([], '2020-12-31')).toEqual([]);
  });

  it('counts open items at the end of each day, overdue from the day after the deadline', () => {
    expect(burndown(items, '2020-09-05')).toEqual([
      { date: '2020-09-01', open: 1, overdue: 0 },
      { date: '2020-09-02', open: 1, overdue: 0 },
      { date: '2020-09-03', open: 1, overdue: 0 },
      { date: '2020-09-04', open: 1, overdue: 1 },
      { date: '2020-09-05', open: 1, overdue: 1 },
    ]);
  });

  it('weekly, steps 7 days from the first finding and always ends on asOf', () => {
    expect(burndown(items, '2020-09-10', 'week').map((p) => p.date)).toEqual(['2020-09-01', '2020-09-08', '2020-09-10']);
    expect(burndown(items, '2020-09-08', 'week').map((p) => p.date)).toEqual(['2020-09-01', '2020-09-08']);
  });
});

// The shipped content: content/progress/deliverables.yaml against the real
// unit directory; and the demo county's records read the way its page will.
const read = <T>(path: string, root = '../content/'): T => parse(readFileSync(new URL(`${root}${path}`, import.meta.url), 'utf8')) as T;
const realUnits = read<{ units: Unit[] }>('units.yaml').units;
const realDeliverables = read<{ deliverables: Deliverable[] }>('progress/deliverables.yaml').deliverables;
const DEMO = './fixtures/demo/content/';
const demoRecords = readdirSync(new URL(`${DEMO}progress/`, import.meta.url))
  .filter((f) => f.endsWith('.yaml') && f !== 'supervision.yaml' && f !== 'deliverables.yaml')
  .map((f) => read<UnitRecord>(`progress/${f}`, DEMO));

describe('the shipped deliverables', () => {
  const applies = (id: string) => selectUnits(realDeliverables.find((d) => d.id === id)!.appliesTo, realUnits);

  it('ask 自查 of every 乡镇（街道） and every member unit, 汇报材料 of the 29 member units', () => {
    const selfCheckUnits = applies('self-check');
    expect(selfCheckUnits).toContain('xuyou-subdistrict');
    expect(selfCheckUnits).toContain('shangji-town');
    expect(selfCheckUnits).toContain('finance-bureau');
    expect(selfCheckUnits).not.toContain('district-government');
    expect(selfCheckUnits).toHaveLength(34);
    expect(applies('work-report')).toHaveLength(29);
    expect(applies('work-report')).not.toContain('xuyou-subdistrict');
  });

});

describe('the demo county’s records', () => {
  const input = {
    deliverables: read<{ deliverables: Deliverable[] }>('progress/deliverables.yaml', DEMO).deliverables,
    units: read<{ units: Unit[] }>('units.yaml', DEMO).units,
    records: demoRecords,
  };

  it('list what is overdue on 2026-12-31, longest first, then in directory order', () => {
    // 完成自查 was due 2026-10-15 and 住建局 never submitted it: 16 + 30 + 31 = 77 days.
    // 乙镇's 控辍保学台账 was due 2026-11-15: 15 + 31 = 46 days. Everything due 2026-12-20
    // and still open is 11 days late: the 完成整改 deliverable of the six units that
    // have not submitted it, and the three open rectification items.
    expect(overdueItems(input, '2026-12-31').map((o) => [o.unit, o.id, o.daysOverdue])).toEqual([
      ['housing-bureau', 'self-check', 77],
      ['yi-town', 'dropout-ledger', 46],
      ['hr-bureau', 'rectification', 11],
      ['planning-bureau', 'rectification', 11],
      ['housing-bureau', 'rectification', 11],
      ['wu-subdistrict', 'rectification', 11],
      ['wu-subdistrict', 'fire-equipment', 11],
      ['yi-town', 'rectification', 11],
      ['yi-town', 'multimedia-classrooms', 11],
      ['bing-township', 'rectification', 11],
      ['bing-township', 'sports-ground', 11],
    ]);
    // 县教育局 owes 档案资料 and 汇报材料 but keeps no record; 丁乡 keeps none either.
    expect(overallProgress(input, '2026-12-31').unrecorded).toEqual(['education-bureau', 'ding-township']);
  });
});
