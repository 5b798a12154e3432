// Content dates are strings of day (2020-08-01) or month (2020-12) precision.
// They are never turned into Date objects in content, so nothing shifts with
// time zones, and a month keeps meaning "some time in that month".

export type Precision = 'day' | 'month';

export interface ContentDate {
  readonly iso: string;
  readonly precision: Precision;
  readonly year: number;
  readonly month: number;
  /** Present for day precision only. */
  readonly day?: number;
}

/**
 * Why a string is not a content date, with what it should have been where
 * that is clear; src/rules/dates.ts words it for editors.
 */
export type DateProblem =
  | { readonly kind: 'full-width'; readonly value: string; readonly suggestion?: string }
  | { readonly kind: 'chinese' | 'separator'; readonly value: string; readonly suggestion: string }
  | { readonly kind: 'format'; readonly value: string }
  | { readonly kind: 'month'; readonly value: string }
  | { readonly kind: 'day'; readonly value: string; readonly year: number; readonly month: number; readonly days: number };

export type ParsedDate = { ok: true; date: ContentDate } | { ok: false; problem: DateProblem };

const FULL_WIDTH_DIGITS = /[０-９]/u;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parse a content date (YYYY-MM-DD or YYYY-MM), or say what is wrong with it. */
export function parseContentDate(value: string): ParsedDate {
  const fail = (problem: DateProblem): ParsedDate => ({ ok: false, problem });
  if (FULL_WIDTH_DIGITS.test(value)) {
    const halfWidth = value.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    const hinted = parseContentDate(halfWidth);
    return fail({ kind: 'full-width', value, ...(hinted.ok ? { suggestion: hinted.date.iso } : {}) });
  }
  const chinese = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?(?:底)?$/u.exec(value);
  if (chinese) {
    const [, y, m, d] = chinese;
    return fail({ kind: 'chinese', value, suggestion: d ? `${y}-${pad(Number(m))}-${pad(Number(d))}` : `${y}-${pad(Number(m))}` });
  }
  const slashed = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$/u.exec(value);
  if (slashed) {
    const [, y, m, d] = slashed;
    return fail({ kind: 'separator', value, suggestion: d ? `${y}-${pad(Number(m))}-${pad(Number(d))}` : `${y}-${pad(Number(m))}` });
  }
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u.exec(value);
  if (!match) return fail({ kind: 'format', value });
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return fail({ kind: 'month', value });
  if (match[3] === undefined) {
    return { ok: true, date: { iso: value, precision: 'month', year, month } };
  }
  const day = Number(match[3]);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return fail({ kind: 'day', value, year, month, days });
  return { ok: true, date: { iso: value, precision: 'day', year, month, day } };
}

/** Parse a date that has already passed validation. */
export function toContentDate(value: string): ContentDate {
  const parsed = parseContentDate(value);
  if (!parsed.ok) throw new Error(`unvalidated date: ${value}`);
  return parsed.date;
}

/** The first calendar day a date can mean, as YYYY-MM-DD. */
export function firstDay(value: string): string {
  const d = toContentDate(value);
  return d.precision === 'day' ? d.iso : `${d.iso}-01`;
}

/** The last calendar day a date can mean, as YYYY-MM-DD ("2020-12" means by 2020-12-31). */
export function lastDay(value: string): string {
  const d = toContentDate(value);
  return d.precision === 'day' ? d.iso : `${d.iso}-${pad(daysInMonth(d.year, d.month))}`;
}

/**
 * Chinese reading of a date: 2020年8月1日; a month reads 2020年12月底 when it
 * is a deadline or the end of a span, as the seed writes it, else 2020年12月.
 */
export function formatDate(value: string, role: 'point' | 'start' | 'end' = 'point'): string {
  const d = toContentDate(value);
  if (d.precision === 'day') return `${d.year}年${d.month}月${d.day}日`;
  return role === 'start' ? `${d.year}年${d.month}月` : `${d.year}年${d.month}月底`;
}

/**
 * A span as the seed writes it: 2020年8月1日至8月15日, the year not repeated;
 * `separator` is what the document puts between the two (至 unless it wrote 2020年8月1日—8月15日).
 */
export function formatRange(start: string, end: string, separator = '至'): string {
  if (start === end) return formatDate(end, 'end');
  const a = toContentDate(start);
  const b = toContentDate(end);
  const endText = formatDate(end, 'end');
  return `${formatDate(start, 'start')}${separator}${a.year === b.year ? endText.slice(endText.indexOf('年') + 1) : endText}`;
}

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's date in China (UTC+8), as YYYY-MM-DD, whatever the build machine's zone. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
