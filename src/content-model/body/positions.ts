// Offsets in an article body, as the editor sees them: file line and column.
// The Markdown parser gives offsets into the body; inside blockquotes and
// lists it strips each line's prefix from a node's value, so offsets into a
// value need mapping back too.

export type Locator = (offset: number) => { line: number; column: number };

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** File line and column of an offset into the body, whose line 1 is the file's `bodyStartLine`. */
export function locator(body: string, starts: readonly number[], bodyStartLine: number): Locator {
  return (offset) => {
    const o = Math.min(Math.max(offset, 0), body.length);
    const line = lineIndex(starts, o);
    return { line: bodyStartLine + line, column: o - starts[line]! + 1 };
  };
}

/**
 * Maps an offset in a node's value back to the body. Inside blockquotes, lists
 * and paragraph continuations the parser strips each line's prefix ("> ",
 * indentation), so every later line of the value ends where its source line
 * ends, or, for the last line, where the node ends.
 */
export function valueMapper(body: string, starts: readonly number[], value: string, start: number, end: number | undefined): (offset: number) => number {
  if (body.startsWith(value, start)) return (offset) => start + offset;
  const valueStarts = lineStarts(value);
  const firstLine = lineIndex(starts, start);
  return (offset) => {
    const k = lineIndex(valueStarts, offset);
    if (k === 0) return start + offset;
    const sourceLine = firstLine + k;
    const lineStart = starts[sourceLine];
    if (lineStart === undefined) return start;
    const last = k === valueStarts.length - 1;
    const lineEnd = last && end !== undefined ? end : (starts[sourceLine + 1] ?? body.length + 1) - 1;
    const valueLineEnd = (valueStarts[k + 1] ?? value.length + 1) - 1;
    const valueLineLength = valueLineEnd - valueStarts[k]!;
    return Math.max(lineStart, lineEnd - valueLineLength) + (offset - valueStarts[k]!);
  };
}
