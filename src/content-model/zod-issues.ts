// Turning Zod's issues into diagnostics an editor can act on.
import { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import type { Locate, PathSegment } from './yaml.ts';

// Zod's own Chinese wording for the generic cases (wrong type, too short, …).
z.config(z.locales.zhCN());

type AnySchema = z.core.$ZodType;

/** The schema that governs the value at `path`, or undefined. */
export function schemaAt(schema: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const segment of path) {
    current = unwrap(current);
    if (!current) return undefined;
    const def = current._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def.type === 'array' && typeof segment === 'number') current = def.element;
    else return undefined;
  }
  return current;
}

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  while (current) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (def.innerType && ['optional', 'default', 'nullable', 'readonly', 'prefault', 'nonoptional'].includes(def.type)) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      return current;
    }
  }
  return current;
}

export function knownKeys(schema: AnySchema, path: readonly PathSegment[]): string[] {
  const target = unwrap(schemaAt(schema, path));
  const def = target?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function describe(schema: AnySchema, path: readonly PathSegment[]): string | undefined {
  const target = schemaAt(schema, path) as { description?: string } | undefined;
  return target?.description;
}

/** Edit distance, for "did you mean" suggestions on misspelt keys. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function suggest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（每项以“- ”开头）',
  object: '字段组（“字段名: 值”）',
};

function typeOf(value: unknown): string {
  if (value === null) return '空值';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'number') return '数字';
  if (typeof value === 'boolean') return 'true/false';
  if (typeof value === 'object') return '字段组';
  return '文字';
}

/** Validate `data` against `schema`; every issue becomes a located diagnostic. */
export function checkSchema(schema: AnySchema, data: unknown, file: string, locate: Locate): Diagnostic[] {
  return validateData(schema, data, file, locate).diagnostics;
}

/** As checkSchema, and also the schema's output (e.g. "35 万元" read as 350000 元) when valid. */
export function validateData(schema: AnySchema, data: unknown, file: string, locate: Locate): { output?: unknown; diagnostics: Diagnostic[] } {
  const result = z.safeParse(schema, data, { reportInput: true });
  if (result.success) return { output: result.data, diagnostics: [] };
  const out: Diagnostic[] = [];
  const push = (path: readonly PathSegment[], target: 'key' | 'value', rule: string, message: string) => {
    out.push({ file, ...locate(path, target), severity: 'error', rule, message });
  };
  for (const issue of result.error.issues) {
    const path = issue.path as PathSegment[];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      for (const key of issue.keys) {
        const guess = suggest(key, known);
        const hint = guess ? `，您是不是想写“${guess}”？` : `。可用的字段：${known.join('、')}`;
        push([...path, key], 'key', 'unknown-key', `不认识的字段“${key}”${hint}`);
      }
      continue;
    }
    if (issue.code === 'custom') {
      const rule = (issue.params as { rule?: string } | undefined)?.rule ?? 'schema';
      push(path, 'value', rule, issue.message);
      continue;
    }
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = valueAt(data, parentPath);
    // Zod reports a missing enum as a bad value and a missing string as a bad
    // type; to the editor both are simply a field left out.
    const missing =
      key !== undefined &&
      parent !== null &&
      typeof parent === 'object' &&
      !Object.hasOwn(parent, key);
    if (missing) {
      const description = describe(schema, path);
      push(parentPath, 'value', 'required', `缺少必填字段“${String(key)}”${description ? `（${description}）` : ''}：请补上`);
    } else if (issue.code === 'invalid_type') {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const value = valueAt(data, path);
      const quoteHint = issue.expected === 'string' && value !== null && typeof value !== 'object' ? `；如要写成文字，请加引号："${String(value)}"` : '';
      push(path, 'value', 'type', `这里应填${expected}，实际是${typeOf(value)}${quoteHint}`);
    } else if (issue.code === 'invalid_value') {
      const values = issue.values.map((v) => String(v));
      const guess = suggest(String(valueAt(data, path)), values);
      push(path, 'value', 'enum', `“${String(valueAt(data, path))}”不是可选值。可选：${values.join('、')}${guess ? `（是不是“${guess}”？）` : ''}`);
    } else {
      push(path, 'value', 'schema', issue.message);
    }
  }
  return { diagnostics: out };
}
