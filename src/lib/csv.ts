// CSV as the /data/ downloads write it: RFC 4180 quoting, CRLF line ends and a
// UTF-8 byte order mark, because Excel on Chinese Windows reads a CSV without a
// BOM as GBK and shows the Chinese text as mojibake.

export const BOM = '\uFEFF';
const CRLF = '\r\n';

/** One CSV cell: quoted only when it holds a comma, a double quote or a line break. */
export function csvField(value: unknown): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A whole file: BOM, header line, one line per row, every line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(','));
  return BOM + lines.map((line) => line + CRLF).join('');
}

/** A column of a flat table, read from a JSON Schema of the row object. */
export interface Column {
  /** Dotted path for a nested field, e.g. image.alt. */
  readonly key: string;
  readonly description: string;
  readonly required: boolean;
  /** JSON Schema type, or "enum: a/b/c" for a closed list. */
  readonly type: string;
}

interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  enum?: unknown[];
}

/**
 * The columns of a table whose rows the schema describes (an array schema's
 * items, or an object schema), in property order. Nested objects become one
 * column per leaf, named parent.child, so a CSV stays flat.
 */
export function columnsFromJsonSchema(schema: JsonSchemaNode): Column[] {
  const row = schema.type === 'array' && schema.items ? schema.items : schema;
  const out: Column[] = [];
  const visit = (node: JsonSchemaNode, prefix: string, parentRequired: boolean, parentDescription: string) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const key = prefix ? `${prefix}.${name}` : name;
      const required = parentRequired && (node.required ?? []).includes(name);
      const description = child.description ?? '';
      if (child.type === 'object' && child.properties) {
        visit(child, key, required, description);
        continue;
      }
      const type = child.enum ? `enum: ${child.enum.join('/')}` : [child.type ?? 'string'].flat().join('|');
      out.push({ key, description: parentDescription ? `${parentDescription}：${description}` : description, required, type });
    }
  };
  visit(row, '', true, '');
  return out;
}

/** The value at a column's dotted path, or undefined when any step is missing. */
export function valueAt(row: unknown, key: string): unknown {
  let value: unknown = row;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A CSV file of objects, one column per schema leaf. */
export function objectsToCsv(columns: readonly Column[], rows: readonly unknown[]): string {
  return toCsv(
    columns.map((c) => c.key),
    rows.map((row) => columns.map((c) => valueAt(row, c.key))),
  );
}
