// Editing a content YAML file the way an editor would: the new entry goes in,
// and everything else stays as it was written, the `# yaml-language-server:`
// first line, the comments and the blank lines included. Works on the `yaml`
// package's Document (never on plain data re-serialized), parsed with the
// options of the loader (src/content-model/yaml.ts).
import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';

/** How the content files are written: no line folding, `[镇, 乡]` without inner spaces, `  - ` lists. */
export const WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false, indentSeq: true } as const;

export function parseContentYaml(text: string): Document.Parsed {
  return parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, logLevel: 'silent' });
}

/** The text of a document after editing. */
export function writeYaml(doc: Document): string {
  return doc.toString(WRITE_OPTIONS);
}

/**
 * The list under `key` of a mapping. When missing it is created before the
 * key `before` (when the mapping has it) or at the end, so the file keeps the
 * schema's order.
 */
export function listAt(doc: Document, map: YAMLMap, key: string, before?: string): YAMLSeq {
  const found = map.get(key, true);
  if (isSeq(found)) {
    // `[]` becomes a block list once it has items.
    found.flow = false;
    return found;
  }
  const seq = new YAMLSeq();
  if (map.has(key)) {
    // `key:` with nothing after it.
    map.set(key, seq);
    return seq;
  }
  const pair = doc.createPair(key, seq);
  pair.value = seq;
  const index = before === undefined ? -1 : map.items.findIndex((p) => isScalar(p.key) && p.key.value === before);
  if (index === -1) map.items.push(pair);
  else map.items.splice(index, 0, pair);
  return seq;
}

/** A plain mapping as a node, keys in the order given, undefined values left out. */
export function mapNode(doc: Document, data: Readonly<Record<string, unknown>>): YAMLMap {
  const node = new YAMLMap();
  for (const [key, value] of Object.entries(data)) if (value !== undefined) node.items.push(doc.createPair(key, value));
  return node;
}

/**
 * Sets `key` of `map` to `value`: in place when the key is there, else right
 * after the key `after` (or at the end), so the file keeps the schema's order.
 */
export function setAfter(doc: Document, map: YAMLMap, key: string, value: unknown, after?: string): void {
  if (map.has(key)) {
    const current = map.get(key, true);
    // Keep a comment written on the value's line.
    if (isScalar(current)) current.value = value;
    else map.set(key, value);
    return;
  }
  const pair = doc.createPair(key, value);
  const index = after === undefined ? -1 : map.items.findIndex((p) => isScalar(p.key) && p.key.value === after);
  if (index === -1) map.items.push(pair);
  else map.items.splice(index + 1, 0, pair);
}

/** The mapping item of a list whose `field` is `value`. */
export function findItem(seq: YAMLSeq | undefined, field: string, value: string): YAMLMap | undefined {
  return seq?.items.find((item): item is YAMLMap => isMap(item) && item.get(field) === value);
}

/** The top-level mapping, or undefined when the file is not a mapping. */
export function rootMap(doc: Document): YAMLMap | undefined {
  return isMap(doc.contents) ? doc.contents : undefined;
}
