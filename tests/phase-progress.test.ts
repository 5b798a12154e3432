// A phase is 已完成 only when the records show its deliverables done: every
// unit each one applies to has recorded it. Small plans built by hand.
import { describe, expect, it } from 'vitest';
import type { UnitLike } from '../src/lib/deliverables.ts';
import { phaseOfRef, phaseProgress, type DeliverableWithRef } from '../src/lib/phase-progress.ts';
import type { PlanLike } from '../src/lib/progress.ts';

const plan: PlanLike = {
  phases: [
    { id: 'publicity', number: 1, name: '宣传发动', start: '2020-08-01', end: '2020-08-15' },
    { id: 'check', number: 2, name: '自查整改', start: '2020-08-16', end: '2020-10-31' },
    { id: 'inspection', number: 3, name: '迎接检查', start: '2020-11-16', end: '2020-12', steps: [{ id: 'archives', text: '完成档案资料准备', deadline: '2020-11-16' }] },
  ],
  deadlines: [{ id: 'self-check', title: '完成自查', date: '2020-08-31', phase: 'check', appliesTo: '各乡镇' }],
};
const units: UnitLike[] = [
  { id: 'a', kind: '镇', leadingGroupMember: true },
  { id: 'b', kind: '镇', leadingGroupMember: true },
  { id: 'c', kind: '县直部门', leadingGroupMember: false },
];
const selfCheck: DeliverableWithRef = { id: 'self-check', title: '完成自查', deadline: '2020-08-31', planRef: 'self-check', appliesTo: { kinds: ['镇'] } };
const archives: DeliverableWithRef = { id: 'archives', title: '完成档案资料准备', deadline: '2020-11-16', planRef: 'archives', appliesTo: { kinds: ['镇'] } };
const deliverables = [selfCheck, archives];
const outcomes = (records: { unit: string; submissions?: { deliverable: string; date: string }[] }[], asOf: string, over = false) =>
  phaseProgress(plan, { deliverables, units, records }, asOf, over).map((p) => p.outcome);

describe('which phase a deliverable belongs to', () => {
  it('follows its planRef to a deadline’s phase or to the phase of a dated step', () => {
    expect(phaseOfRef(plan, 'self-check')).toBe('check');
    expect(phaseOfRef(plan, 'archives')).toBe('inspection');
    expect(phaseOfRef(plan, 'nothing')).toBeUndefined();
  });
});

describe('a phase’s outcome', () => {
  it('is 完成情况无记录 once past, without records, and for a phase with no deliverable at all', () => {
    expect(outcomes([], '2021-01-10')).toEqual(['unrecorded', 'unrecorded', 'unrecorded']);
    // 宣传发动 has no deliverable: however complete the records of other phases, it has no record of its own.
    const all = [
      { unit: 'a', submissions: [{ deliverable: 'self-check', date: '2020-08-30' }, { deliverable: 'archives', date: '2020-11-10' }] },
      { unit: 'b', submissions: [{ deliverable: 'self-check', date: '2020-09-02' }, { deliverable: 'archives', date: '2020-11-16' }] },
    ];
    expect(outcomes(all, '2021-01-10')[0]).toBe('unrecorded');
  });

  it('is 已完成 only when every unit it applies to recorded every deliverable, late or not', () => {
    const records = [
      { unit: 'a', submissions: [{ deliverable: 'self-check', date: '2020-08-30' }] },
      { unit: 'b', submissions: [{ deliverable: 'self-check', date: '2020-09-02' }] },
    ];
    expect(outcomes(records, '2020-11-01')[1]).toBe('done');
    const [, check] = phaseProgress(plan, { deliverables, units, records }, '2020-11-01');
    expect(check!.deliverables).toEqual([{ deliverable: selfCheck, applicable: 2, onTime: 1, late: 1, notDone: 0, unrecorded: 0 }]);
  });

  it('is 部分完成 with some of it recorded, and counts who did what', () => {
    const records = [{ unit: 'a', submissions: [{ deliverable: 'self-check', date: '2020-08-30' }] }, { unit: 'b' }];
    expect(outcomes(records, '2020-11-01')[1]).toBe('partial');
    const one = [{ unit: 'a', submissions: [{ deliverable: 'self-check', date: '2020-08-30' }] }];
    const [, check] = phaseProgress(plan, { deliverables, units, records: one }, '2020-11-01');
    expect(check!.deliverables[0]).toMatchObject({ applicable: 2, onTime: 1, late: 0, notDone: 0, unrecorded: 1 });
  });

  it('does not count a submission dated after the day asked about', () => {
    const records = [
      { unit: 'a', submissions: [{ deliverable: 'self-check', date: '2020-08-30' }] },
      { unit: 'b', submissions: [{ deliverable: 'self-check', date: '2020-11-05' }] },
    ];
    expect(outcomes(records, '2020-11-01')[1]).toBe('partial');
    expect(outcomes(records, '2020-11-05')[1]).toBe('done');
  });

  it('follows the dates before and during a phase', () => {
    expect(outcomes([], '2020-07-31')).toEqual(['pending', 'pending', 'pending']);
    expect(outcomes([], '2020-09-10')).toEqual(['unrecorded', 'active', 'pending']);
  });

  it('judges a phase still running on the day a campaign ended as past', () => {
    expect(outcomes([], '2020-12-31')[2]).toBe('active');
    expect(outcomes([], '2020-12-31', true)[2]).toBe('unrecorded');
  });
});
