import { describe, expect, it } from 'vitest';
import { formatDate, formatRange, lastDay, parseContentDate } from '../src/lib/dates.ts';
import { dateInvalid } from '../src/rules/dates.ts';

/** What an editor is told about a date that does not parse. */
function problem(value: string): string | undefined {
  const parsed = parseContentDate(value);
  return parsed.ok ? undefined : dateInvalid.message(parsed.problem);
}

describe('content dates', () => {
  it('accepts real days and months, rejects impossible ones', () => {
    expect(parseContentDate('2020-02-29').ok).toBe(true);
    expect(parseContentDate('2020-12').ok).toBe(true);
    expect(problem('2021-02-29')).toBe('日期“2021-02-29”不存在：2021年2月只有 28 天');
    expect(problem('2024-13-45')).toBe('日期“2024-13-45”不存在：月份须在 01 到 12 之间');
  });

  it('hints at the ISO form for Chinese and full-width dates', () => {
    expect(problem('2020年8月1日')).toBe('日期“2020年8月1日”是中文写法：请写作 2020-08-01');
    expect(problem('２０２０-０８-０１')).toBe('日期“２０２０-０８-０１”含全角数字：请写作 2020-08-01');
  });

  it('reads a month as its last day when it is a deadline', () => {
    expect(lastDay('2020-12')).toBe('2020-12-31');
    expect(lastDay('2021-02')).toBe('2021-02-28');
    expect(formatDate('2020-12')).toBe('2020年12月底');
    expect(formatDate('2020-08-01')).toBe('2020年8月1日');
    expect(formatRange('2020-08-01', '2020-08-15')).toBe('2020年8月1日至8月15日');
    expect(formatRange('2020-12', '2020-12')).toBe('2020年12月底');
    expect(formatRange('2020-08-01', '2020-08-15', '—')).toBe('2020年8月1日—8月15日');
  });
});
