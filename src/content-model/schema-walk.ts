// Walking data alongside the schema that describes it, to find the values a
// schema marks with metadata: references (`ref: 'unit'`), ids that must be
// unique (`unique: '编号'`). One generic walk serves every file, so a new
// field marked in a schema is checked without touching any rule.
import { z } from 'zod';
import type { PathSegment } from './yaml.ts';

export interface FieldMeta {
  /** The value is an id of this kind of thing, defined elsewhere. */
  readonly ref?: 'unit' | 'township' | 'person';
  /** The value must be unique within the file among fields of the same label (e.g. 编号). */
  readonly unique?: string;
}

type AnySchema = z.core.$ZodType;

function meta(schema: AnySchema): FieldMeta {
  return (z.globalRegistry.get(schema) ?? {}) as FieldMeta;
}

/** Calls `visit` for every value whose schema (or a wrapper of it) carries metadata. */
export function walkSchema(schema: AnySchema, data: unknown, visit: (meta: FieldMeta, value: unknown, path: readonly PathSegment[]) => void): void {
  const walk = (s: AnySchema, value: unknown, path: PathSegment[]) => {
    let current: AnySchema | undefined = s;
    let found: FieldMeta = {};
    while (current) {
      const m = meta(current);
      if (m.ref !== undefined || m.unique !== undefined) found = { ...m, ...found };
      const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; shape?: Record<string, AnySchema>; element?: AnySchema };
      if (def.innerType && ['optional', 'default', 'nullable', 'readonly', 'prefault', 'nonoptional', 'catch'].includes(def.type)) {
        current = def.innerType;
        continue;
      }
      if (def.type === 'pipe' && def.in) {
        current = def.in;
        continue;
      }
      if (found.ref !== undefined || found.unique !== undefined) visit(found, value, path);
      if (def.type === 'object' && def.shape && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, child] of Object.entries(def.shape)) {
          if (Object.hasOwn(value, key)) walk(child, (value as Record<string, unknown>)[key], [...path, key]);
        }
      } else if (def.type === 'array' && def.element && Array.isArray(value)) {
        value.forEach((item, i) => walk(def.element!, item, [...path, i]));
      }
      return;
    }
  };
  walk(schema, data, []);
}
