// Month labels on a chart's time axis: as many as fit without overlapping.
import { describe, expect, it } from 'vitest';
import { labelsFit, monthLabels, monthStarts, textWidthEm } from '../src/lib/chart-labels.ts';

describe('month labels', () => {
  const months = monthStarts('2020-08-24', '2026-12-02', true);
  // A 300-px plot for the 2020-08 … 2026-12 span a never-ending campaign would read.
  const x = (day: string) => 20 + (months.indexOf(day) / months.length) * 300;
  const text = (m: string, previous: string | undefined) =>
    previous === undefined || previous.slice(0, 4) !== m.slice(0, 4) ? `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月` : `${Number(m.slice(5, 7))}月`;

  it('lists the first day of each month inside the span', () => {
    expect(monthStarts('2020-11-20', '2021-02-10', true)).toEqual(['2020-12-01', '2021-01-01', '2021-02-01']);
    expect(monthStarts('2020-11-20', '2021-02-10')).toEqual(['2020-11-01', '2020-12-01', '2021-01-01', '2021-02-01']);
  });

  it('thins a six-year span until no two labels overlap', () => {
    const labels = monthLabels(months, x, { fontSize: 13, left: 0, right: 340, offset: 0, gap: 8, text });
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.length).toBeLessThan(months.length);
    for (const [i, l] of labels.entries()) {
      expect(l.right - l.left).toBeCloseTo(textWidthEm(l.text) * 13);
      if (i > 0) expect(labels[i - 1]!.right + 8).toBeLessThanOrEqual(l.left);
    }
    expect(labelsFit(labels, { left: 0, right: 340, gap: 8 })).toBe(true);
    // Every label that starts a new year says which.
    expect(labels[0]!.text).toBe('2020年9月');
    expect(labels.slice(1).every((l, i) => (l.month.slice(0, 4) === labels[i]!.month.slice(0, 4)) === !l.text.includes('年'))).toBe(true);
  });

  it('ends a label at its tick where it would leave the plot', () => {
    const [label] = monthLabels(['2020-12-01'], () => 330, { fontSize: 12, left: 0, right: 340, text: () => '12月' });
    expect(label).toMatchObject({ anchor: 'end', textX: 327 });
    expect(label!.right).toBeLessThanOrEqual(340);
  });

  it('finds overlapping labels', () => {
    const a = { month: '2020-08-01', x: 0, text: '8月', anchor: 'start' as const, textX: 0, left: 0, right: 20 };
    expect(labelsFit([a, { ...a, month: '2020-09-01', left: 15, right: 35 }], { left: 0, right: 100 })).toBe(false);
    expect(labelsFit([a, { ...a, month: '2020-09-01', left: 24, right: 44 }], { left: 0, right: 100 })).toBe(true);
  });
});
