import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  chineseCount,
  chartRange,
  chineseNumber,
  dateScale,
  layoutTimeline,
  textWidthEm,
  deadlineStatus,
  nextMilestones,
  stageAt,
  spanStatus,
  stepStatus,
  timelineRows,
  type PhaseLike,
  type PlanLike,
} from '../src/lib/progress.ts';

// The real plan: the dates below are the seed's (四、工作步骤 and 五、工作要求（五）).
const plan = parse(readFileSync(new URL('../content/plan.yaml', import.meta.url), 'utf8')) as PlanLike;
const phase = (id: string): PhaseLike => {
  const p = plan.phases.find((x) => x.id === id);
  if (!p) throw new Error(`no phase ${id}`);
  return p;
};
const stageIds = (asOf: string) => {
  const s = stageAt(plan.phases, asOf);
  return s.kind === 'during' ? s.phases.map((p) => p.id) : s.kind;
};

describe('status of a phase', () => {
  it('is in progress on its first and last day, and only then', () => {
    expect(spanStatus('2020-08-01', '2020-08-15', '2020-07-31')).toBe('pending');
    expect(spanStatus('2020-08-01', '2020-08-15', '2020-08-01')).toBe('active');
    expect(spanStatus('2020-08-01', '2020-08-15', '2020-08-15')).toBe('active');
    expect(spanStatus('2020-08-01', '2020-08-15', '2020-08-16')).toBe('done');
  });

  it('reads a month-precision phase (2020年12月底) as the whole month', () => {
    expect(spanStatus('2020-12', '2020-12', '2020-11-30')).toBe('pending');
    expect(spanStatus('2020-12', '2020-12', '2020-12-01')).toBe('active');
    expect(spanStatus('2020-12', '2020-12', '2020-12-31')).toBe('active');
    expect(spanStatus('2020-12', '2020-12', '2021-01-01')).toBe('done');
  });
});

describe('status of a deadline', () => {
  it('is still open on the deadline day and has passed the day after', () => {
    expect(deadlineStatus('2020-11-16', '2020-11-15')).toBe('open');
    expect(deadlineStatus('2020-11-16', '2020-11-16')).toBe('open');
    expect(deadlineStatus('2020-11-16', '2020-11-17')).toBe('passed');
    expect(deadlineStatus('2020-12', '2020-12-31')).toBe('open');
    expect(deadlineStatus('2020-12', '2021-01-01')).toBe('passed');
  });

  it('never claims work was done without a record; with one, tells on-time from late', () => {
    expect(deadlineStatus('2020-08-31', '2026-11-28')).toBe('passed');
    expect(deadlineStatus('2020-08-31', '2020-09-10', '2020-08-31')).toBe('done');
    expect(deadlineStatus('2020-08-31', '2020-09-10', '2020-09-02')).toBe('done-late');
    // A record dated after asOf has not happened yet as of that day.
    expect(deadlineStatus('2020-08-31', '2020-08-20', '2020-08-25')).toBe('open');
    expect(deadlineStatus('2020-08-31', '2020-09-01', '2020-09-05')).toBe('passed');
  });

  it('judges a step by its deadline, and an undated step by its phase', () => {
    const publicity = phase('publicity');
    const inspection = phase('national-inspection');
    const undated = publicity.steps![0]!;
    const archives = inspection.steps!.find((s) => s.id === 'archives')!;
    expect(stepStatus(undated, publicity, '2020-08-10')).toBe('active');
    expect(stepStatus(undated, publicity, '2020-08-16')).toBe('done');
    // Phase four runs to 12-10, but its first step was due on 11-16.
    expect(stepStatus(archives, inspection, '2020-11-17')).toBe('passed');
    expect(spanStatus(inspection.start, inspection.end, '2020-11-17')).toBe('active');
  });
});

describe('current phase', () => {
  it('has not begun before 2020-08-01 and is over after 2020-12-31', () => {
    expect(stageAt(plan.phases, '2020-07-31')).toMatchObject({ kind: 'before', days: 1 });
    expect(stageIds('2020-08-01')).toEqual(['publicity']);
    expect(stageIds('2020-12-31')).toEqual(['summary']);
    expect(stageAt(plan.phases, '2021-01-01')).toMatchObject({ kind: 'after', last: { id: 'summary' } });
    expect(stageAt(plan.phases, '2026-11-28')).toMatchObject({ kind: 'after', last: { id: 'summary' } });
  });

  it('moves to the next phase the day after one ends, with no gap day', () => {
    expect(stageIds('2020-08-15')).toEqual(['publicity']);
    expect(stageIds('2020-08-16')).toEqual(['self-check-and-rectification']);
    expect(stageIds('2020-10-31')).toEqual(['self-check-and-rectification']);
    expect(stageIds('2020-11-01')).toEqual(['supervision']);
    expect(stageIds('2020-11-15')).toEqual(['supervision']);
    expect(stageIds('2020-11-16')).toEqual(['national-inspection']);
    for (let d = new Date('2020-08-01T00:00:00Z'); d <= new Date('2020-12-31T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
      expect(stageAt(plan.phases, d.toISOString().slice(0, 10)).kind).toBe('during');
    }
  });

  it('reports both phases where phase four (to 12-10) meets the month-long phase five', () => {
    expect(stageIds('2020-11-30')).toEqual(['national-inspection']);
    expect(stageIds('2020-12-01')).toEqual(['national-inspection', 'summary']);
    expect(stageIds('2020-12-10')).toEqual(['national-inspection', 'summary']);
    expect(stageIds('2020-12-11')).toEqual(['summary']);
  });

  it('says which phases a gap lies between', () => {
    const gappy: PhaseLike[] = [
      { id: 'a', number: 1, name: '甲', start: '2021-03-01', end: '2021-03-10' },
      { id: 'b', number: 2, name: '乙', start: '2021-03-20', end: '2021-04' },
    ];
    expect(stageAt(gappy, '2021-03-11')).toMatchObject({ kind: 'between', previous: { id: 'a' }, next: { id: 'b' } });
    expect(stageAt(gappy, '2021-03-19')).toMatchObject({ kind: 'between' });
    expect(stageAt(gappy, '2021-04-30')).toMatchObject({ kind: 'during' });
    expect(stageAt(gappy, '2021-05-01')).toMatchObject({ kind: 'after', last: { id: 'b' } });
  });
});

describe('next milestone', () => {
  const next = (asOf: string) => {
    const n = nextMilestones(plan, asOf);
    return n && { day: n.day, days: n.days, items: n.items.map((m) => `${m.kind}:${m.deadline?.id ?? m.step?.id ?? m.phase.id}`) };
  };

  it('on 2020-09-10 is the rectification deadline, 51 days ahead', () => {
    expect(next('2020-09-10')).toEqual({ day: '2020-10-31', days: 51, items: ['plan-deadline:rectification'] });
  });

  it('counts a deadline falling today (0 days) but not a phase that starts today', () => {
    expect(next('2020-08-31')).toEqual({ day: '2020-08-31', days: 0, items: ['plan-deadline:self-check'] });
    expect(next('2020-11-15')).toEqual({
      day: '2020-11-16',
      days: 1,
      items: ['phase-start:national-inspection', 'step-deadline:archives'],
    });
    expect(next('2020-11-16')).toEqual({ day: '2020-11-16', days: 0, items: ['step-deadline:archives'] });
    expect(next('2020-11-01')?.day).toBe('2020-11-16');
  });

  it('before the plan is its first day; after the report deadline, the end of December; then none', () => {
    expect(next('2020-07-01')).toEqual({ day: '2020-08-01', days: 31, items: ['phase-start:publicity'] });
    expect(next('2020-11-30')).toEqual({ day: '2020-12-01', days: 1, items: ['phase-start:summary'] });
    expect(next('2020-12-26')).toEqual({ day: '2020-12-31', days: 5, items: ['plan-end:summary'] });
    expect(next('2021-01-01')).toBeUndefined();
  });
});

describe('timeline chart', () => {
  it('keeps the 12-25 report under phase four and draws it right of that phase’s end', () => {
    const rows = timelineRows(plan, '2020-12-01');
    const labels = rows.map((r) => (r.kind === 'phase' ? r.phase.name : `${r.phase.name}/${r.label}`));
    expect(labels).toEqual([
      '宣传发动',
      '自查整改',
      '自查整改/完成自查',
      '自查整改/完成整改',
      '督导检查',
      '迎接国家检查',
      '迎接国家检查/第1步',
      '迎接国家检查/第2步',
      '迎接国家检查/第3步',
      '迎接国家检查/上报汇报材料',
      '工作总结',
    ]);
    const scale = dateScale(plan, 100, 400);
    expect(scale.x('2020-12-25')).toBeGreaterThan(scale.x('2020-12-10') + scale.dayWidth);
    expect(rows.find((r) => r.kind === 'phase' && r.phase.id === 'summary')).toMatchObject({ status: 'active', from: '2020-12-01', to: '2020-12-31' });
  });

  it('spans whole months from August to December across the given width', () => {
    const scale = dateScale(plan, 100, 400);
    expect(scale.months).toEqual(['2020-08-01', '2020-09-01', '2020-10-01', '2020-11-01', '2020-12-01']);
    expect(scale.x('2020-08-01')).toBe(100);
    expect(scale.x('2020-12-31') + scale.dayWidth).toBeCloseTo(400);
    expect(scale.dayWidth).toBeCloseTo(300 / 153);
  });

  it('writes chart dates without the year the axis already shows', () => {
    expect(chartRange('2020-08-16', '2020-10-31', 2020)).toBe('8月16日至10月31日');
    expect(chartRange('2020-12', '2020-12', 2020)).toBe('12月底');
    expect(chartRange('2020-12-20', '2021-01-10', 2020)).toBe('2020年12月20日至2021年1月10日');
  });

  const narrow = { width: 340, labelWidth: 118, fontSize: 13, smallSize: 12, rowHeight: 46, compact: true };

  it('marks the as-of day only when it falls inside the chart', () => {
    const during = layoutTimeline(plan, '2020-09-10', narrow);
    const scale = dateScale(plan, during.plotLeft, during.plotRight);
    expect(during.asOf?.label).toBe('截至9月10日');
    expect(during.asOf?.x).toBeCloseTo(scale.x('2020-09-10') + scale.dayWidth / 2);
    expect(layoutTimeline(plan, '2026-11-28', narrow).asOf).toBeUndefined();
    expect(layoutTimeline(plan, '2020-07-31', narrow).asOf).toBeUndefined();
  });

  it('keeps every date label inside the plot on a phone-width chart', () => {
    const l = layoutTimeline(plan, '2020-12-31', narrow);
    for (const r of l.rows) {
      const w = textWidthEm(r.dateText) * narrow.smallSize;
      const [from, to] = r.dateAnchor === 'start' ? [r.dateX, r.dateX + w] : [r.dateX - w, r.dateX];
      expect(from, r.dateText).toBeGreaterThanOrEqual(l.plotLeft - 8);
      expect(to, r.dateText).toBeLessThanOrEqual(l.plotRight);
    }
    expect(l.rows.map((r) => r.label)).toContain('四、迎接国家检查');
    expect(l.asOf?.anchor).toBe('end');
  });

  it('thins the month labels of a long plan so that none overlaps, and spans a campaign that ends after its plan', () => {
    // A campaign read until the end of 2026 (the "2020年9月4月" overlap): its axis runs to 2026-12.
    const l = layoutTimeline(plan, '2020-12-31', narrow, { until: '2026-12-31' });
    const labelled = l.ticks.filter((t) => t.month);
    expect(l.ticks).toHaveLength(77); // 2020-08 … 2026-12, one grid line a month
    expect(labelled.length).toBeLessThan(l.ticks.length);
    const box = (x: number, text: string) => [x + 3, x + 3 + textWidthEm(text) * narrow.smallSize] as const;
    for (const [i, t] of labelled.entries()) {
      if (i > 0) expect(box(labelled[i - 1]!.x, labelled[i - 1]!.month!)[1], t.month).toBeLessThanOrEqual(box(t.x, t.month!)[0]);
    }
    const years = l.ticks.filter((t) => t.year);
    for (const [i, t] of years.entries()) {
      if (i > 0) expect(box(years[i - 1]!.x, years[i - 1]!.year!)[1]).toBeLessThanOrEqual(box(t.x, t.year!)[0]);
    }
    expect(years.at(-1)?.year).toBe('2026年');
    // The plan alone: every month of 2020-08 … 2020-12 has room for its label.
    expect(layoutTimeline(plan, '2020-12-31', narrow).ticks.map((t) => t.month)).toEqual(['8月', '9月', '10月', '11月', '12月']);
  });

  it('takes the phases’ statuses from the caller, so a past phase is never 已完成 by its dates alone', () => {
    const rows = timelineRows(plan, '2021-01-01', () => 'unrecorded');
    expect(rows.filter((r) => r.kind === 'phase').map((r) => r.status)).toEqual(Array(5).fill('unrecorded'));
    // Without one, a phase's status is where its dates stand.
    expect(timelineRows(plan, '2021-01-01').filter((r) => r.kind === 'phase').map((r) => r.status)).toEqual(Array(5).fill('done'));
  });

  it('numbers phases in Chinese, and counts two as 两', () => {
    expect([1, 5, 10, 12, 20, 21].map(chineseNumber)).toEqual(['一', '五', '十', '十二', '二十', '二十一']);
    expect([2, 5].map(chineseCount)).toEqual(['两', '五']);
  });
});
