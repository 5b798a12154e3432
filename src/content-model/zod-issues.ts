// Turning Zod's issues into diagnostics an editor can act on.
import { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import { enumValue, required, schema as schemaRule, type, unknownKey } from '../rules/fields.ts';
import { ruleByCode, type RuleCode } from '../rules/index.ts';
import { suggest } from './suggest.ts';
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

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function typeOf(value: unknown): string {
  if (value === null) return '空值';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'number') return '数字';
  if (typeof value === 'boolean') return 'true/false';
  if (typeof value === 'object') return '字段组';
  return '文字';
}

/** The rule a failed string check belongs to, from the `rules` metadata of schemas/common.ts. */
function stringRule(schema: AnySchema, path: readonly PathSegment[], key: string): RuleCode | undefined {
  let current = schemaAt(schema, path);
  while (current) {
    const rules = (z.globalRegistry.get(current) as { rules?: Record<string, RuleCode> } | undefined)?.rules;
    if (rules?.[key]) return rules[key];
    const def = current._zod.def as { innerType?: AnySchema };
    current = def.innerType;
  }
  return undefined;
}

/** The source of a regex as Zod reports it ("/^a$/u" → "^a$"). */
function patternSource(pattern: string): string {
  return pattern.replace(/^\/(.*)\/[a-z]*$/s, '$1');
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
  const push = (path: readonly PathSegment[], target: 'key' | 'value', rule: RuleCode, message: string) => {
    const definition = ruleByCode(rule);
    out.push({ file, ...locate(path, target), severity: definition?.severity ?? 'error', rule, message });
  };
  for (const issue of result.error.issues) {
    const path = issue.path as PathSegment[];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      for (const key of issue.keys) push([...path, key], 'key', 'unknown-key', unknownKey.message({ key, guess: suggest(key, known), known }));
      continue;
    }
    if (issue.code === 'custom') {
      const rule = (issue.params as { rule?: RuleCode } | undefined)?.rule ?? 'schema';
      push(path, 'value', rule, issue.message);
      continue;
    }
    if (issue.code === 'invalid_format' && 'pattern' in issue && typeof issue.pattern === 'string') {
      push(path, 'value', stringRule(schema, path, patternSource(issue.pattern)) ?? 'schema', issue.message);
      continue;
    }
    if (issue.code === 'too_small' && issue.origin === 'string') {
      push(path, 'value', stringRule(schema, path, 'too_small') ?? 'schema', issue.message);
      continue;
    }
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = valueAt(data, parentPath);
    // Zod reports a missing enum as a bad value and a missing string as a bad
    // type; to the editor both are simply a field left out.
    const missing = key !== undefined && parent !== null && typeof parent === 'object' && !Object.hasOwn(parent, key);
    if (missing) {
      push(parentPath, 'value', 'required', required.message({ key: String(key), description: describe(schema, path) }));
    } else if (issue.code === 'invalid_type') {
      const value = valueAt(data, path);
      const quoted = issue.expected === 'string' && value !== null && typeof value !== 'object' ? String(value) : undefined;
      push(path, 'value', 'type', type.message({ expected: issue.expected, actual: typeOf(value), ...(quoted !== undefined ? { quoted } : {}) }));
    } else if (issue.code === 'invalid_value') {
      const options = issue.values.map((v) => String(v));
      const value = String(valueAt(data, path));
      push(path, 'value', 'enum', enumValue.message({ value, options, guess: suggest(value, options) }));
    } else {
      push(path, 'value', 'schema', schemaRule.message({ zodMessage: issue.message }));
    }
  }
  return { diagnostics: out };
}
