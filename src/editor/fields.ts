// Decap CMS field definitions from Zod schemas, walked generically: objects,
// arrays, enums, optionals, strings, booleans and numbers. Each field's label
// comes from its `.describe()` text, so a renamed or restructured schema needs
// no change here.
//
// What a string means is read from its metadata and checks, on the schema or
// any it was derived from (`unitRef.describe('…')` keeps a link, `_zod.parent`,
// to unitRef, which is followed here):
//  - `.meta({ editor: { …Decap field options… } })`: used as it is;
//  - `.meta({ ref: 'unit' | 'township' | 'person' | 'unit-kind' })`: a relation
//    widget that picks from the units, the leading group or the unit kinds;
//  - regex checks: the field's `pattern`, with `meta.patternErrorMessage`;
//  - dates: dayDate gets a date picker (the one building block known by name).
import { z } from 'zod';
import { dayDate } from '../../schemas/common.ts';

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

const units = {
  widget: 'relation',
  collection: 'units',
  file: 'units',
  value_field: 'units.*.id',
  search_fields: ['units.*.name', 'units.*.shortName', 'units.*.id'],
  display_fields: ['units.*.name'],
} as const;

/** Where relation widgets pick from, by the `ref` of a schema's metadata: the editor's own collections. */
export const RELATION_TARGETS: Readonly<Record<string, FieldOptions>> = {
  unit: units,
  // Any unit: Decap cannot filter a list inside a file by kind; `npm run check` rejects a non-township.
  township: units,
  person: {
    widget: 'relation',
    collection: 'leading-group',
    file: 'leading-group',
    value_field: 'members.*.id',
    search_fields: ['members.*.name', 'members.*.id'],
    // Two members can share a name: the id tells them apart.
    display_fields: ['members.*.name', 'members.*.id'],
  },
  'unit-kind': {
    widget: 'relation',
    collection: 'units',
    file: 'units',
    value_field: 'kinds.*.name',
    search_fields: ['kinds.*.name'],
    display_fields: ['kinds.*.name'],
  },
};

/** A native date picker that writes 2020-08-01 and nothing else. */
const DAY_PICKER: FieldOptions = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false };

type AnySchema = z.core.$ZodType;

interface CheckDef {
  readonly check?: string;
  readonly minimum?: number;
  readonly pattern?: RegExp;
}

/** The definitions of a schema's checks (`.min()`, `.regex()`, …). */
function checksOf(schema: AnySchema): CheckDef[] {
  const checks = (schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.map((c) => c._zod.def);
}

function parentOf(schema: AnySchema): AnySchema | undefined {
  return (schema._zod as { parent?: AnySchema }).parent;
}

/** The schema and every schema it was derived from, nearest first. */
function lineage(schema: AnySchema): AnySchema[] {
  const chain: AnySchema[] = [];
  for (let s: AnySchema | undefined = schema; s; s = parentOf(s)) chain.push(s);
  return chain;
}

interface EditorMeta {
  readonly editor?: FieldOptions;
  readonly ref?: string;
  readonly patternErrorMessage?: string;
}

/** The nearest value of a metadata key along the schema's lineage. */
function metaOf<K extends keyof EditorMeta>(schema: AnySchema, key: K): EditorMeta[K] | undefined {
  for (const s of lineage(schema)) {
    const value = (z.globalRegistry.get(s) as EditorMeta | undefined)?.[key];
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The string's regex checks as one Decap pattern, with the message of the
 * schema's main rule. Left to `npm run check`, whose message fits: a check
 * that only forbids characters (`^(?!…)`, the invisible-character check), and
 * one written for the `u` flag (\p{…}, \u{…}), since Decap compiles without flags.
 */
function patternOf(schema: AnySchema): FieldOptions {
  const patterns = checksOf(schema)
    .map((check) => check.pattern)
    .filter((re): re is RegExp => re instanceof RegExp)
    .filter((re) => !/^\^\(\?!.*\)$/u.test(re.source))
    .filter((re) => !/\\[pPu]\{/u.test(re.source) && !re.flags.replace(/[u]/g, ''));
  if (patterns.length === 0) return {};
  const source = patterns.length === 1 ? patterns[0]!.source : patterns.map((re) => `(?=${re.source})`).join('');
  return { pattern: [source, metaOf(schema, 'patternErrorMessage') ?? '格式不对'] };
}

function hintFor(schema: AnySchema): FieldOptions | undefined {
  const editor = metaOf(schema, 'editor');
  if (editor) return editor;
  const ref = metaOf(schema, 'ref');
  if (ref !== undefined && RELATION_TARGETS[ref]) return RELATION_TARGETS[ref];
  if (lineage(schema).includes(dayDate)) return DAY_PICKER;
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
  // The first separator outside parentheses: "代码（乡镇级单位必填，加引号）" is one label.
  let depth = 0;
  let cut = -1;
  for (const [i, ch] of [...description].entries()) {
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && '，：；。,:;'.includes(ch)) {
      cut = [...description].slice(0, i).join('').length;
      break;
    }
  }
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
  const mins = checksOf(schema).filter((d) => d.check === 'min_length' && typeof d.minimum === 'number');
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
  if (inner instanceof z.ZodString) {
    // A picker or a relation offers only valid values: the pattern is for typed text.
    return meta?.widget && meta.widget !== 'string' ? { ...base, ...meta } : { ...base, widget: 'string', ...patternOf(inner), ...meta };
  }
  throw new UnsupportedSchemaError(`${path}.${key}: the editor has no form for a Zod ${inner._zod.def.type}; add .meta({ editor: { widget: … } }) to it`);
}

/** The fields of an object schema, in the schema's order. */
export function objectFields(schema: z.ZodObject, path: string, options: WalkOptions = {}, inOptional = false): DecapField[] {
  const omit = new Set(options.omit ?? []);
  return Object.entries(schema.shape)
    .filter(([key]) => !omit.has(key))
    .map(([key, value]) => fieldFor(key, value as AnySchema, path, inOptional, options));
}
