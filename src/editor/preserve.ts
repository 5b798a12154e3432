// How the form editor reads and writes content files without dropping what
// editors wrote. Decap CMS's own YAML format rebuilds every file from its data:
// comments (the `# yaml-language-server: $schema=…` first line included) are
// lost and keys are sorted by the form's field order. Here the file's text
// travels with the entry (hidden key SOURCE_KEY) and a save changes only what
// the form changed, in place, in the original YAML document:
//
// - kept: every comment (file header, comments before and after keys and list
//   items), blank lines, key order, quoting style, flow lists ([镇, 乡]), keys
//   the form does not show, CRLF line ends and a BOM; a file whose data did
//   not change is written back byte for byte.
// - changed only where the form changed something: a changed value is
//   rewritten on its line (its quoting kept where still valid); a new key is
//   inserted in the form's field order; a cleared optional field is removed
//   (an empty string would fail `npm run check`); list items are matched by
//   `id`, else by equal content, else by position, so an item's comments move
//   with it when the list is reordered.
// - lost: comments attached to a key or list item the editor deleted.
//
// Pure functions over strings: src/editor/main.ts registers them with Decap,
// tests/editor/preserve.test.ts runs them in Node.
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/** The file's text as read, carried in the entry's data; never written. */
export const SOURCE_KEY = '__editor_source';
/** True when a YAML file's top level has a `unit` key: the progress collection lists only these. */
export const UNIT_RECORD_KEY = '__editor_unit_record';
const HIDDEN_PREFIX = '__editor_';

/** The form's field order, at every depth: keys of a map, and of the items of a list. */
export interface FieldOrder {
  readonly keys: readonly string[];
  readonly children: Readonly<Record<string, FieldOrder>>;
}

export const NO_ORDER: FieldOrder = { keys: [], children: {} };

interface FieldLike {
  readonly name: string;
  readonly fields?: readonly FieldLike[];
  readonly field?: FieldLike;
}

export function fieldOrder(fields: readonly FieldLike[]): FieldOrder {
  const children: Record<string, FieldOrder> = {};
  for (const f of fields) {
    if (f.fields) children[f.name] = fieldOrder(f.fields);
  }
  return { keys: fields.map((f) => f.name), children };
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

type Plain = Record<string, unknown>;

function isPlainObject(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Nothing an editor typed: what a cleared field or an untouched group of fields holds. */
function isBlank(v: unknown): boolean {
  if (v === '' || v === null || v === undefined) return true;
  return isPlainObject(v) && Object.values(v).every(isBlank);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** The data as it should be in the file: hidden keys gone, blank values left out. */
function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => !isBlank(x)).map(clean);
  if (!isPlainObject(v)) return v;
  const out: Plain = {};
  for (const [k, x] of Object.entries(v)) {
    if (k.startsWith(HIDDEN_PREFIX) || isBlank(x)) continue;
    out[k] = clean(x);
  }
  return out;
}

/** The value with its keys in the form's order (keys the form does not know stay after, as they came). */
function ordered(v: unknown, order: FieldOrder): unknown {
  if (Array.isArray(v)) return v.map((x) => ordered(x, order));
  if (!isPlainObject(v)) return v;
  const rank = (k: string) => {
    const i = order.keys.indexOf(k);
    return i === -1 ? order.keys.length : i;
  };
  const keys = Object.keys(v).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((k) => [k, ordered(v[k], order.children[k] ?? NO_ORDER)]));
}

interface Decoded {
  readonly text: string;
  readonly bom: boolean;
  readonly crlf: boolean;
}

function decode(raw: string): Decoded {
  const bom = raw.startsWith('\uFEFF');
  const noBom = bom ? raw.slice(1) : raw;
  const crlf = noBom.includes('\r\n');
  return { text: crlf ? noBom.replace(/\r\n/g, '\n') : noBom, bom, crlf };
}

function encode(text: string, { bom, crlf }: Omit<Decoded, 'text'>): string {
  return (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text);
}

function parseStrict(text: string): Document.Parsed {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    // Never save over a file that cannot be read: its content would be lost.
    throw new Error(`YAML 格式错误，无法在表单中编辑：${doc.errors[0]!.message}。请先按 npm run check 的提示修正这个文件。`);
  }
  return doc;
}

function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function jsOf(doc: Document, node: unknown): unknown {
  return node && typeof node === 'object' && 'toJS' in node ? (node as Node).toJS(doc) : node;
}

function create(doc: Document, value: unknown, order: FieldOrder): Node {
  return doc.createNode(ordered(clean(value), order)) as Node;
}

/** The node for `value`: `node` itself, changed as little as needed, or a new one. */
function apply(doc: Document, node: unknown, value: unknown, order: FieldOrder, topLevel = false): Node {
  if (isPlainObject(value) && isMap(node)) {
    applyMap(doc, node, value, order, topLevel);
    return node;
  }
  if (Array.isArray(value) && isSeq(node)) {
    applySeq(doc, node, value, order);
    return node;
  }
  if (isScalar(node) && !Array.isArray(value) && !isPlainObject(value)) {
    if (node.value !== value) node.value = value;
    return node;
  }
  return create(doc, value, order);
}

function applyMap(doc: Document, map: YAMLMap, value: Plain, order: FieldOrder, topLevel: boolean): void {
  const keep = (pair: Pair) => {
    const k = keyName(pair);
    if (!Object.hasOwn(value, k) || k.startsWith(HIDDEN_PREFIX)) return false;
    // A cleared field goes, unless the file already had it empty (then it is left as written).
    return !isBlank(value[k]) || isBlank(jsOf(doc, pair.value));
  };
  const removed = map.items.filter((p) => !keep(p));
  if (topLevel && removed.includes(map.items[0]!) && map.items[0]) {
    // The first key's leading comment is the file's header: it stays at the top.
    const header = (map.items[0].key as Node | null)?.commentBefore;
    const next = map.items.find(keep);
    if (header && next && isScalar(next.key)) next.key.commentBefore = [header, next.key.commentBefore].filter(Boolean).join('\n');
  }
  map.items = map.items.filter(keep);

  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith(HIDDEN_PREFIX) || isBlank(v)) continue;
    const child = order.children[k] ?? NO_ORDER;
    const pair = map.items.find((p) => keyName(p) === k);
    if (pair) {
      pair.value = apply(doc, pair.value, v, child);
      continue;
    }
    const created = doc.createPair(k, ordered(clean(v), child)) as Pair;
    // Insert after the nearest key that comes before it in the form.
    const rank = order.keys.indexOf(k);
    let at = map.items.length;
    if (rank !== -1) {
      const later = map.items.findIndex((p) => {
        const r = order.keys.indexOf(keyName(p));
        return r > rank;
      });
      if (later !== -1) at = later;
    }
    if (at === 0 && topLevel && map.items[0] && isScalar(map.items[0].key) && map.items[0].key.commentBefore) {
      at = 1; // never above the file's header comment
    }
    map.items.splice(at, 0, created);
  }
}

function itemId(v: unknown): string | undefined {
  return isPlainObject(v) && typeof v.id === 'string' ? v.id : undefined;
}

function applySeq(doc: Document, seq: YAMLSeq, values: unknown[], order: FieldOrder): void {
  const old = seq.items;
  const oldJs = old.map((n) => jsOf(doc, n));
  const newIds = new Set(values.map(itemId).filter((x) => x !== undefined));
  const used = new Set<number>();
  const kept = values.filter((v) => !isBlank(v));
  // `[]` is how YAML writes an empty list; once it has items, write them one per line.
  if (seq.flow && old.length === 0 && kept.length > 0) seq.flow = false;
  seq.items = kept.map((v, i) => {
    const id = itemId(v);
    let j = id === undefined ? -1 : oldJs.findIndex((o, k) => !used.has(k) && itemId(o) === id);
    if (j === -1) j = oldJs.findIndex((o, k) => !used.has(k) && deepEqual(o, clean(v)));
    if (j === -1 && i < old.length && !used.has(i)) {
      const oldId = itemId(oldJs[i]);
      if (oldId === undefined || !newIds.has(oldId)) j = i;
    }
    if (j === -1) return create(doc, v, order);
    used.add(j);
    return apply(doc, old[j], v, order);
  });
}

function toText(doc: Document): string {
  return doc.toString(STRINGIFY);
}

/** A YAML file as Decap's entry data: the file's data plus the hidden keys. */
export function readYaml(raw: string): Plain {
  const { text } = decode(raw);
  const data = parseStrict(text).toJS({ maxAliasCount: 50 }) as unknown;
  if (data !== null && !isPlainObject(data)) throw new Error('文件的最外层应是“字段: 值”的形式，无法在表单中编辑');
  const value = data ?? {};
  return { ...value, [SOURCE_KEY]: raw, [UNIT_RECORD_KEY]: typeof value.unit === 'string' };
}

/**
 * The new text of a YAML file. `header` (without "# ") opens a file the
 * editor creates; an existing file keeps its own first lines.
 */
export function writeYaml(data: Plain, order: FieldOrder, header?: string): string {
  const source = data[SOURCE_KEY];
  if (typeof source !== 'string') {
    const doc = new Document(ordered(clean(data), order));
    return (header ? `# ${header}\n` : '') + toText(doc);
  }
  const decoded = decode(source);
  const doc = parseStrict(decoded.text);
  const wanted = clean(data);
  if (deepEqual(clean(doc.toJS()), wanted)) return source;
  if (isMap(doc.contents) && isPlainObject(wanted)) {
    applyMap(doc, doc.contents, data, order, true);
  } else {
    doc.contents = create(doc, data, order) as typeof doc.contents;
  }
  return encode(toText(doc), decoded);
}

interface SplitFile {
  readonly open: string;
  readonly yaml: string;
  readonly close: string;
  /** Everything after the closing "---" line. */
  readonly rest: string;
}

function splitFrontmatter(text: string): SplitFile {
  const lines = text.split('\n');
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (lines[0]?.trim() !== '---' || end === -1) {
    throw new Error('文件开头没有以“---”包围的信息区，无法在表单中编辑：请先按 npm run check 的提示修正');
  }
  const yaml = end > 1 ? `${lines.slice(1, end).join('\n')}\n` : '';
  return { open: lines[0], yaml, close: lines[end]!, rest: lines.slice(end + 1).join('\n') };
}

/** The body as the form shows it: without the blank line after "---" and the final newline. */
function bodyOf(rest: string): string {
  return rest.replace(/^\n/, '').replace(/\n$/, '');
}

/** A Markdown article as Decap's entry data: frontmatter fields, `body`, and the hidden source. */
export function readFrontmatter(raw: string): Plain {
  const { text } = decode(raw);
  const parts = splitFrontmatter(text);
  const meta = readYaml(parts.yaml);
  const { [SOURCE_KEY]: _source, [UNIT_RECORD_KEY]: _unit, ...fields } = meta;
  return { ...fields, body: bodyOf(parts.rest), [SOURCE_KEY]: raw };
}

export function writeFrontmatter(data: Plain, order: FieldOrder): string {
  const { body: rawBody, [SOURCE_KEY]: source, ...meta } = data;
  const body = typeof rawBody === 'string' ? rawBody.replace(/\r\n/g, '\n') : '';
  if (typeof source !== 'string') {
    return `---\n${writeYaml(meta, order)}---\n\n${body.replace(/\n*$/, '')}\n`;
  }
  const decoded = decode(source);
  const parts = splitFrontmatter(decoded.text);
  const yaml = writeYaml({ ...meta, [SOURCE_KEY]: parts.yaml }, order);
  const rest = body === bodyOf(parts.rest) ? parts.rest : `\n${body.replace(/\n*$/, '')}\n`;
  return encode(`${parts.open}\n${yaml}${parts.close}\n${rest}`, decoded);
}
