// Decap CMS field definitions from Zod schemas, walked generically: objects,
// arrays, enums, optionals, strings, booleans and numbers. Each field's label
// comes from its `.describe()` text, so a renamed or restructured schema needs
// no change here.
//
// What a string means (a date, a unit reference, an id) is not visible in its
// Zod type: every one is a z.string() with a refinement. It is found in two
// places, in this order:
//  1. `.meta({ editor: { …Decap field options… } })` on the schema or one it
//     was derived from (Zod metadata is inherited through .describe());
//  2. BUILDING_BLOCKS below: the shared building blocks of schemas/common.ts.
//     A schema derived from one (`unitRef.describe('…')`, `dayDate.optional()`)
//     keeps a link to it (`_zod.parent`), which is followed here.
import { z } from 'zod';
import { contentDate, dayDate, id, link, name, personRef, text, unitRef } from '../../schemas/common.ts';

/** A Decap CMS field, as written in config.yml. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

/** Decap field options for a building block: the widget and its settings. */
export type FieldOptions = Omit<Partial<DecapField>, 'name' | 'label'>;

/** Where relation widgets find units and people: the editor's own collections. */
export const RELATION_TARGETS = {
  units: {
    collection: 'units',
    file: 'units',
    value_field: 'units.*.id',
    search_fields: ['units.*.name', 'units.*.shortName', 'units.*.id'],
    display_fields: ['units.*.name'],
  },
  people: {
    collection: 'leading-group',
    file: 'leading-group',
    value_field: 'members.*.id',
    search_fields: ['members.*.name', 'members.*.id'],
    // Two members can share a name: the id tells them apart.
    display_fields: ['members.*.name', 'members.*.id'],
  },
} as const;

const ID_PATTERN: [string, string] = ['^[a-z0-9]+(-[a-z0-9]+)*$', '只能用小写英文字母、数字和连字符，如 finance-bureau'];

/**
 * The editor's reading of each building block. The most specific comes first:
 * unitRef is derived from id, and must win over it.
 */
const BUILDING_BLOCKS: ReadonlyArray<readonly [z.core.$ZodType, FieldOptions]> = [
  [unitRef, { widget: 'relation', ...RELATION_TARGETS.units }],
  [personRef, { widget: 'relation', ...RELATION_TARGETS.people }],
  // A native date picker that writes 2020-08-01 and nothing else.
  [dayDate, { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false }],
  // A day or a month (2020-12, "by the end of December"): no picker offers both.
  [contentDate, { widget: 'string', pattern: ['^\\d{4}-\\d{2}(-\\d{2})?$', '请写作 2020-10-31（到日）或 2020-10（到月底）'] }],
  [id, { widget: 'string', pattern: ID_PATTERN }],
  [link, { widget: 'string', pattern: ['^(https?://\\S+|/\\S*)$', '链接须以 https:// 、http:// 或 / 开头，且不含空格'] }],
  [name, { widget: 'string', pattern: ['^\\S+$', '名称中不能有空格'] }],
  [text, { widget: 'string' }],
];

type AnySchema = z.core.$ZodType;

function parentOf(schema: AnySchema): AnySchema | undefined {
  return (schema._zod as { parent?: AnySchema }).parent;
}

/** The schema and every schema it was derived from, nearest first. */
function lineage(schema: AnySchema): AnySchema[] {
  const chain: AnySchema[] = [];
  for (let s: AnySchema | undefined = schema; s; s = parentOf(s)) chain.push(s);
  return chain;
}

function editorMeta(schema: AnySchema): FieldOptions | undefined {
  const meta = z.globalRegistry.get(schema) as { editor?: FieldOptions } | undefined;
  return meta?.editor;
}

function hintFor(schema: AnySchema): FieldOptions | undefined {
  const chain = lineage(schema);
  for (const s of chain) {
    const meta = editorMeta(s);
    if (meta) return meta;
  }
  for (const s of chain) {
    const found = BUILDING_BLOCKS.find(([block]) => block === s);
    if (found) return found[1];
  }
  return undefined;
}

function descriptionOf(schemas: readonly AnySchema[]): string | undefined {
  for (const s of schemas) {
    const d = z.globalRegistry.get(s)?.description;
    if (d) return d;
  }
  return undefined;
}

/**
 * A short label and the full text as a hint: "发布日期，如 2020-08-01" becomes
 * label "发布日期" and hint "发布日期，如 2020-08-01"; a closing aside in
 * parentheses ("配图（可选）") is left to the hint too.
 */
export function labelAndHint(description: string | undefined, key: string): { label: string; hint?: string } {
  if (!description) return { label: key };
  const cut = description.search(/[，：；。,:;]/u);
  const head = (cut > 0 ? description.slice(0, cut) : description).trim();
  const label = head.replace(/\s*[（(][^（()）]*[)）]$/u, '') || head;
  // Decap marks optional fields "(可选)" itself.
  const said = description.replace(/\s*[（(]可选[)）]$/u, '');
  return label === said ? { label } : { label, hint: description };
}

/** Thrown for a Zod construct the editor has no form for: the message names where. */
export class UnsupportedSchemaError extends Error {}

/** The least number of items a list schema allows (its `.min(n)`), if any. */
function minItems(schema: AnySchema): number | undefined {
  const checks = (schema._zod.def as { checks?: { _zod: { def: { check?: string; minimum?: number } } }[] }).checks ?? [];
  const mins = checks.map((c) => c._zod.def).filter((d) => d.check === 'min_length' && typeof d.minimum === 'number');
  return mins.length > 0 ? Math.max(...mins.map((d) => d.minimum!)) : undefined;
}

/** What a list item's one-line summary shows, when the item has these fields. */
const SUMMARY_MAIN = ['name', 'title', 'problem', 'finding', 'deliverable', 'unit'];
const SUMMARY_EXTRA = ['date', 'status', 'id'];

function listSummary(fields: readonly DecapField[]): string | undefined {
  const names = fields.map((f) => f.name);
  const main = SUMMARY_MAIN.find((k) => names.includes(k));
  const parts = [main, ...SUMMARY_EXTRA.filter((k) => names.includes(k))].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.map((k) => `{{fields.${k}}}`).join(' · ') : undefined;
}

export interface WalkOptions {
  /** Keys left out of the form at any depth (the file keeps them as they are). */
  readonly omit?: readonly string[];
}

/**
 * One Decap field for one key of an object schema. `inOptional` is true under
 * an optional object: Decap cannot say "required when the object is filled", so
 * such fields are optional in the form and `npm run check` decides.
 */
export function fieldFor(key: string, schema: AnySchema, path: string, inOptional = false, options: WalkOptions = {}): DecapField {
  const wrappers: AnySchema[] = [];
  let inner: AnySchema = schema;
  let optional = false;
  for (;;) {
    wrappers.push(inner);
    if (inner instanceof z.ZodOptional) {
      optional = true;
      inner = inner.unwrap() as AnySchema;
    } else if (inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) {
      optional = true;
      inner = inner.unwrap() as AnySchema;
    } else break;
  }
  const { label, hint } = labelAndHint(descriptionOf([...wrappers, ...lineage(inner)]), key);
  const required = !(optional || inOptional);
  const base: DecapField = { name: key, label, widget: 'string', required, ...(hint ? { hint } : {}) };
  const meta = hintFor(inner);

  if (inner instanceof z.ZodObject) {
    const fields = objectFields(inner, `${path}.${key}`, options, !required);
    return { ...base, widget: 'object', collapsed: !required, fields, ...meta };
  }
  if (inner instanceof z.ZodArray) {
    const element = inner.element as AnySchema;
    const min = minItems(inner);
    const sized = min !== undefined && min > 0 ? { min } : {};
    const elementHint = hintFor(element);
    if (element instanceof z.ZodEnum) {
      return { ...base, widget: 'select', multiple: true, options: element.options.map(String), ...sized, ...meta };
    }
    if (elementHint?.widget === 'relation') {
      return { ...base, ...elementHint, multiple: true, ...sized, ...meta };
    }
    if (element instanceof z.ZodObject) {
      const fields = objectFields(element, `${path}.${key}[]`, options, false);
      const summary = listSummary(fields);
      return { ...base, widget: 'list', collapsed: true, ...(summary ? { summary } : {}), ...sized, fields, ...meta };
    }
    const item = fieldFor(key, element, `${path}.${key}[]`, false, options);
    const { name: _n, label: _l, required: _r, hint: _h, ...itemField } = item;
    return { ...base, widget: 'list', field: { name: key, label, ...itemField }, ...sized, ...meta };
  }
  if (inner instanceof z.ZodEnum) {
    return { ...base, widget: 'select', options: inner.options.map(String), ...meta };
  }
  if (inner instanceof z.ZodBoolean) return { ...base, widget: 'boolean', ...meta };
  if (inner instanceof z.ZodNumber) {
    return { ...base, widget: 'number', value_type: inner.isInt ? 'int' : 'float', ...meta };
  }
  if (inner instanceof z.ZodString) return { ...base, widget: 'string', ...meta };
  throw new UnsupportedSchemaError(`${path}.${key}: the editor has no form for a Zod ${inner._zod.def.type}; add .meta({ editor: { widget: … } }) to it`);
}

/** The fields of an object schema, in the schema's order. */
export function objectFields(schema: z.ZodObject, path: string, options: WalkOptions = {}, inOptional = false): DecapField[] {
  const omit = new Set(options.omit ?? []);
  return Object.entries(schema.shape)
    .filter(([key]) => !omit.has(key))
    .map(([key, value]) => fieldFor(key, value as AnySchema, path, inOptional, options));
}
