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

/** A unit of units.yaml as far as it reads, with the role its kind has there. */
export interface RawUnit {
  readonly id: string;
  readonly kind: string;
  /** Undefined when the kind is not one of the file's kinds (reported by rules.ts). */
  readonly role: string | undefined;
  readonly leadingGroupMember: boolean;
}

/** The units of a parsed (not necessarily valid) units.yaml. */
export function unitDirectory(unitsData: unknown): RawUnit[] {
  const roles = new Map(items(unitsData, 'kinds').flatMap(([k]) => (typeof k.name === 'string' && typeof k.role === 'string' ? [[k.name, k.role] as const] : [])));
  // A unit whose kind is missing or wrong still exists: references to it are right (its own field is reported).
  return items(unitsData, 'units').flatMap(([u]) => {
    const kind = typeof u.kind === 'string' ? u.kind : '';
    return typeof u.id === 'string' ? [{ id: u.id, kind, role: roles.get(kind), leadingGroupMember: u.leadingGroupMember === true }] : [];
  });
}

/** Whether some string anywhere in parsed data passes `test` (no paths built: a cheap look before a located walk). */
export function someString(data: unknown, test: (s: string) => boolean): boolean {
  const stack: unknown[] = [data];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (test(value)) return true;
    } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      for (const v of Array.isArray(value) ? value : Object.values(value)) stack.push(v);
    }
  }
  return false;
}
