// What a Chinese keyboard does to YAML, found line by line before the parser's
// own errors are read: a full-width colon after a field name, a colon with no
// space after it, an unquoted ": " inside a value, a bullet other than "- ", a
// tab or full-width space in the indentation, a line that silently joins the
// one before it, a quote that is opened and never closed. Each is one root
// cause on one line; the parser would report it at another line, or as a
// cascade of errors on lines that are fine (src/content-model/yaml.ts then
// keeps these findings and drops the parser's).
//
// Content files are written one "key: value", "- item" or comment per line, so
// a line tells what it is. Block scalars (| and >), flow collections ([…], {…})
// and quoted strings that span lines are skipped as the parser would read them.

export type KeyboardMistake =
  /** `title： 标题`: the key's colon is the full-width one. */
  | { readonly kind: 'full-width-colon'; readonly key: string }
  /** `title:标题`: no space after the colon (`fullWidthSpace`: a full-width space instead). */
  | { readonly kind: 'colon-space'; readonly key: string; readonly fullWidthSpace: boolean }
  /** `title: 通知: 第二批`: ": " inside an unquoted value. */
  | { readonly kind: 'colon-in-value'; readonly key?: string; readonly value: string }
  /** `－ 区政府`, `• 区政府`, `-区政府`: a list item not opened by "- ". */
  | { readonly kind: 'bullet'; readonly bullet: string; readonly text: string }
  /** Indentation made of tabs or full-width spaces. */
  | { readonly kind: 'indent'; readonly char: 'tab' | 'full-width-space' | 'nbsp' }
  /** A line without "- " or "key:" that YAML appends to the item before it. */
  | { readonly kind: 'joined-item'; readonly text: string }
  /** A key line at the column of the list's "- ": the item lacks its dash. */
  | { readonly kind: 'missing-dash'; readonly key: string }
  /** A line without "key:" that YAML appends to the value of the line before it. */
  | { readonly kind: 'joined-value'; readonly key: string; readonly text: string };

export interface Located<T> {
  /** 1-based, within the scanned text. */
  readonly line: number;
  readonly column: number;
  readonly mistake: T;
}

export interface KeyboardScan {
  readonly mistakes: Located<KeyboardMistake>[];
  /** Quotes opened and not closed on their line: the root cause when the parser finds a missing quote. */
  readonly openQuotes: Located<{ readonly quote: string }>[];
}

const KEY = /^([A-Za-z_][A-Za-z0-9_]*)([ \t]*)([:：])(.*)$/u;
// Bullets Chinese input methods and word processors produce instead of "-".
const BULLETS = /^([－—–‐‑‒―−﹣•·・●○◦▪■□◆◇►▶※]|[*+](?=[ \t]))/u;
const INDENT_CHAR = { '\t': 'tab', '\u3000': 'full-width-space', '\u00a0': 'nbsp' } as const;

/** Index of the quote closing the one at `start`, or -1. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** A plain value without its trailing comment (" #…"). */
function withoutComment(value: string): string {
  const hash = value.search(/[ \t]#/u);
  return (hash === -1 ? value : value.slice(0, hash)).trimEnd();
}

/** Where ": " (or a colon ending the value) first occurs in a plain value, or -1. */
function valueColon(value: string): number {
  const m = /:(?=[ \t]|$)/u.exec(value);
  return m ? m.index : -1;
}

/** Net count of flow brackets opened on a line, outside quotes. */
function flowBalance(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const end = closingQuote(text, i);
      if (end === -1) return depth;
      i = end;
    } else if (c === '#' && (i === 0 || /[ \t]/u.test(text[i - 1]!))) return depth;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

export function scanKeyboardMistakes(text: string): KeyboardScan {
  const mistakes: Located<KeyboardMistake>[] = [];
  const openQuotes: Located<{ quote: string }>[] = [];
  const lines = text.split('\n');
  /** Inside a block scalar whose header line had this indentation. */
  let block: number | undefined;
  /** Inside a flow collection this many brackets deep. */
  let flow = 0;
  /** Inside a quoted string opened on an earlier line. */
  let quote: string | undefined;
  /** The previous line that holds content: what a bare line would be joined to. */
  let previous: { kind: 'item'; column: number } | { kind: 'value'; column: number; key: string } | { kind: 'other' } = { kind: 'other' };
  /** Open block sequences: the column of their "- " and of the key that holds them. */
  const sequences: { dash: number; parent: number }[] = [];
  /** The indentation of the last "key:" line with nothing after the colon. */
  let emptyKey: number | undefined;

  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const found = (column: number, mistake: KeyboardMistake) => mistakes.push({ line, column, mistake });
    const lead = /^[ \t\u3000\u00a0]*/u.exec(raw)![0];
    const indent = lead.length;
    const rest = raw.slice(indent);

    if (quote !== undefined) {
      // A quoted string runs on until its closing quote.
      const end = closingQuote(`${quote}${raw}`, 0);
      if (end !== -1) quote = undefined;
      continue;
    }
    if (block !== undefined) {
      // Inside a block scalar, everything after the spaces of its indentation is text.
      if (raw.trim() === '' || /^ */u.exec(raw)![0].length > block) continue;
      block = undefined;
    }
    if (flow > 0) {
      flow = Math.max(0, flow + flowBalance(raw));
      continue;
    }
    if (rest === '' || rest.startsWith('#')) continue;

    const bad = [...lead].findIndex((c) => c in INDENT_CHAR);
    if (bad !== -1) {
      found(bad + 1, { kind: 'indent', char: INDENT_CHAR[lead[bad] as keyof typeof INDENT_CHAR] });
      previous = { kind: 'other' };
      continue;
    }

    const bullet = BULLETS.exec(rest);
    if (bullet) {
      found(indent + 1, { kind: 'bullet', bullet: bullet[1]!, text: withoutComment(rest.slice(bullet[1]!.length).trim()) });
      previous = { kind: 'other' };
      continue;
    }
    if (/^-[^ \t\-]/u.test(rest)) {
      found(indent + 1, { kind: 'bullet', bullet: '-', text: withoutComment(rest.slice(1).trim()) });
      previous = { kind: 'other' };
      continue;
    }

    // "- " prefixes (a list of lists has several); the content starts after them.
    let column = indent;
    let dashed = false;
    let lastDash = indent;
    for (let m = /^-[ \t]+/u.exec(raw.slice(column)); m; m = /^-[ \t]+/u.exec(raw.slice(column))) {
      const dash = column;
      while (sequences.length > 0 && sequences.at(-1)!.dash > dash) sequences.pop();
      if (sequences.at(-1)?.dash !== dash) sequences.push({ dash, parent: emptyKey ?? -1 });
      column += m[0].length;
      dashed = true;
      lastDash = dash;
    }
    emptyKey = undefined;
    const content = raw.slice(column);
    if (content === '' || content.startsWith('#')) {
      previous = { kind: 'other' };
      continue;
    }
    if (!dashed) {
      while (sequences.length > 0 && sequences.at(-1)!.dash > indent) sequences.pop();
    }

    const key = KEY.exec(content);
    if (key) {
      const [, name, , colon, after] = key as unknown as [string, string, string, string, string];
      const colonColumn = column + name.length + key[2]!.length + 1;
      if (!dashed && sequences.at(-1)?.dash === indent && sequences.at(-1)!.parent < indent) {
        found(column + 1, { kind: 'missing-dash', key: name });
        previous = { kind: 'other' };
        continue;
      }
      if (!dashed) while (sequences.length > 0 && sequences.at(-1)!.dash >= indent) sequences.pop();
      if (colon === '：') {
        found(colonColumn, { kind: 'full-width-colon', key: name });
        previous = { kind: 'other' };
        continue;
      }
      if (after !== '' && !/^[ \t]/u.test(after)) {
        // "https://…" as a list item is a string, not a key.
        if (!after.startsWith('/')) found(colonColumn, { kind: 'colon-space', key: name, fullWidthSpace: after.startsWith('\u3000') });
        previous = { kind: 'other' };
        continue;
      }
      const value = after.trimStart();
      const valueColumn = colonColumn + 1 + (after.length - value.length);
      previous = { kind: 'other' };
      if (value === '' || value.startsWith('#')) {
        emptyKey = column;
      } else if (value.startsWith('"') || value.startsWith("'")) {
        if (closingQuote(value, 0) === -1) {
          openQuotes.push({ line, column: valueColumn, mistake: { quote: value[0]! } });
          quote = value[0];
        }
      } else if (value.startsWith('[') || value.startsWith('{')) {
        flow = Math.max(0, flowBalance(value));
      } else if (value.startsWith('|') || value.startsWith('>')) {
        block = column;
      } else if (!/^[&*!%@`]/u.test(value)) {
        const plain = withoutComment(value);
        const at = valueColon(plain);
        if (at !== -1) found(valueColumn + at, { kind: 'colon-in-value', key: name, value: plain });
        else previous = { kind: 'value', column, key: name };
      }
      continue;
    }

    // Not a key: a list item's text, or a bare line.
    if (content.startsWith('"') || content.startsWith("'")) {
      if (closingQuote(content, 0) === -1) {
        openQuotes.push({ line, column: column + 1, mistake: { quote: content[0]! } });
        quote = content[0];
      }
      previous = { kind: 'other' };
      continue;
    }
    if (content.startsWith('[') || content.startsWith('{')) {
      flow = Math.max(0, flowBalance(content));
      previous = { kind: 'other' };
      continue;
    }
    if (content.startsWith('|') || content.startsWith('>')) {
      block = lastDash;
      previous = { kind: 'other' };
      continue;
    }
    if (/^[&*!%@`?]/u.test(content)) {
      previous = { kind: 'other' };
      continue;
    }
    const plain = withoutComment(content);
    if (dashed) {
      // A string item. "- 关于: 通知" is read as a field named 关于: content files have no such field.
      const at = valueColon(plain);
      if (at !== -1 && !/^[A-Za-z_]/u.test(plain)) found(column + at + 1, { kind: 'colon-in-value', value: plain });
      previous = { kind: 'item', column: lastDash };
      continue;
    }
    if (previous.kind === 'item' && indent > previous.column) {
      found(column + 1, { kind: 'joined-item', text: plain });
    } else if (previous.kind === 'value' && indent > previous.column) {
      found(column + 1, { kind: 'joined-value', key: previous.key, text: plain });
    }
    previous = { kind: 'other' };
  }
  return { mistakes, openQuotes };
}
