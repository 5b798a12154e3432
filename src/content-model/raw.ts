// Reading parsed but unvalidated data. The cross-file rules run on every file
// that parsed, even one that failed its schema, so that one run reports every
// problem; these helpers take what has the expected shape and skip the rest
// (the schema has already reported it).
import { parseContentDate } from '../lib/dates.ts';

export type Row = Record<string, unknown>;

export function row(value: unknown): Row | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : undefined;
}

/** The object entries of a list field, with their original indexes. */
export function items(parent: unknown, key: string): [Row, number][] {
  const list = row(parent)?.[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((v, i) => (row(v) ? [[v as Row, i] as [Row, number]] : []));
}

/** The string entries of a list field, with their original indexes. */
export function strings(parent: unknown, key: string): [string, number][] {
  const list = row(parent)?.[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((v, i) => (typeof v === 'string' ? [[v, i] as [string, number]] : []));
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A valid content date (day or month), else undefined. */
export function date(value: unknown): string | undefined {
  return typeof value === 'string' && parseContentDate(value).ok ? value : undefined;
}
