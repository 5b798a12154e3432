// Puts a rule example's snippet into a file of the demo county, the way an
// editor would type it there: as new list items, as keys of a mapping, or as
// the whole file. Returns the new text and the line the snippet starts on.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ExamplePlace } from '../../src/rules/define.ts';

export interface Placed {
  readonly text: string;
  /** 1-based line of the file where the snippet's first line landed. */
  readonly startLine: number;
}

const indent = (code: string, spaces: number) =>
  code
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(spaces) + line))
    .join('\n');

/** Offset of the start of the line after the one holding `offset`. */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', Math.max(offset - 1, 0));
  return nl === -1 ? text.length : nl + 1;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function nodeAt(doc: ReturnType<typeof parseDocument>, path: string): Node | null {
  if (path === '') return doc.contents as Node | null;
  const segments = path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  return doc.getIn(segments, true) as Node | null;
}

/** Places `code` into a YAML text. */
function placeInYaml(yaml: string, code: string, at: { append: string } | { set: string }): Placed {
  const doc = parseDocument(yaml, { lineCounter: new LineCounter() });
  const target = nodeAt(doc, 'append' in at ? at.append : at.set);
  if ('append' in at) {
    if (!isSeq(target) || !target.range) throw new Error(`no list at ${at.append}`);
    const column = target.range[0] - yaml.lastIndexOf('\n', target.range[0] - 1) - 1;
    const offset = nextLineStart(yaml, target.range[1]);
    const snippet = `${indent(code, column)}\n`;
    return { text: yaml.slice(0, offset) + snippet + yaml.slice(offset), startLine: lineOf(yaml, offset) };
  }
  if (!isMap(target) || !target.range) throw new Error(`no mapping at ${at.set}`);
  const firstKey = target.items[0]?.key as Node | undefined;
  const column = firstKey?.range ? firstKey.range[0] - yaml.lastIndexOf('\n', firstKey.range[0] - 1) - 1 : 0;
  // Keys the snippet sets are removed where they stand; the snippet goes where the first of them was.
  const keys = new Set([...code.matchAll(/^([^\s#{[-][^:]*?):(?:\s|$)/gmu)].map((m) => m[1]!.trim()));
  const removed: { start: number; end: number; prefix: string }[] = [];
  for (const pair of target.items) {
    const key = pair.key as Node & { value?: unknown };
    if (!key?.range || !keys.has(String(key.value))) continue;
    const lineStart = yaml.lastIndexOf('\n', key.range[0] - 1) + 1;
    // The first key of a list item keeps its "- " in front of the snippet.
    const prefix = yaml.slice(lineStart, key.range[0]);
    const valueEnd = (pair.value as Node | null)?.range?.[1] ?? key.range[1];
    removed.push({ start: lineStart, end: nextLineStart(yaml, valueEnd), prefix });
  }
  const first = removed[0];
  const insertAt = first?.start ?? nextLineStart(yaml, target.range[1]);
  let text = yaml;
  for (const { start, end } of [...removed].reverse()) text = text.slice(0, start) + text.slice(end);
  const lines = indent(code, column).split('\n');
  if (first) lines[0] = first.prefix + lines[0]!.slice(column);
  const snippet = `${lines.join('\n')}\n`;
  return { text: text.slice(0, insertAt) + snippet + text.slice(insertAt), startLine: lineOf(text, insertAt) };
}

/** Places `code` into `original` (the demo county's file, or undefined when it has none). */
export function place(original: string | undefined, code: string, at: ExamplePlace | undefined): Placed {
  if (at === undefined || 'whole' in at) return { text: `${code}\n`, startLine: 1 };
  if ('shown' in at) throw new Error('a shown example is not placed');
  if (original === undefined) throw new Error('no file to place the example in');
  if (!original.startsWith('---\n')) return placeInYaml(original, code, at);
  // An article: the snippet goes into its frontmatter.
  const close = original.indexOf('\n---\n', 3);
  const placed = placeInYaml(original.slice(4, close + 1), code, at);
  return { text: `---\n${placed.text}${original.slice(close + 1)}`, startLine: placed.startLine + 1 };
}
