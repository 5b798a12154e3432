// MDX's JavaScript, read only as far as the policy needs: where a {…}
// expression or a JSX attribute ends, and whether an expression is a plain
// literal (data) rather than code. Anything beyond these simple readers is
// treated as code, so the policy refuses it.

function isTagSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
}

/** The index after whitespace and comments from `i`; -1 when a block comment is not closed. */
export function skipTrivia(src: string, i: number): number {
  for (;;) {
    while (i < src.length && /\s/.test(src[i]!)) i++;
    if (src.startsWith('//', i)) {
      const nl = src.indexOf('\n', i);
      i = nl === -1 ? src.length : nl;
    } else if (src.startsWith('/*', i)) {
      const close = src.indexOf('*/', i + 2);
      if (close === -1) return -1;
      i = close + 2;
    } else return i;
  }
}

/** Skips a balanced {…} starting at `i` (the "{"); returns the index after "}" or -1. */
export function skipBraces(src: string, i: number): number {
  let depth = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      i++;
      while (i < src.length && src[i] !== ch) i += src[i] === '\\' ? 2 : 1;
      i++;
    } else if (src.startsWith('//', i)) {
      const nl = src.indexOf('\n', i);
      i = nl === -1 ? src.length : nl;
    } else if (src.startsWith('/*', i)) {
      const close = src.indexOf('*/', i + 2);
      i = close === -1 ? src.length : close + 2;
    } else {
      if (ch === '{') depth++;
      if (ch === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  return -1;
}


/** Where each attribute of the JSX tag at `start` begins; undefined when the tag is beyond this simple reader. */
export function jsxAttributeOffsets(src: string, start: number): number[] | undefined {
  let i = start + 1;
  while (i < src.length && !isTagSpace(src[i]) && src[i] !== '/' && src[i] !== '>' && src[i] !== '{') i++;
  const offsets: number[] = [];
  for (;;) {
    while (i < src.length && isTagSpace(src[i])) i++;
    const ch = src[i];
    if (ch === undefined) return undefined;
    if (ch === '>' || ch === '/') return offsets;
    offsets.push(i);
    if (ch === '{') {
      i = skipBraces(src, i);
      if (i === -1) return undefined;
      continue;
    }
    while (i < src.length && !isTagSpace(src[i]) && !'=/>{'.includes(src[i]!)) i++;
    let j = i;
    while (j < src.length && isTagSpace(src[j])) j++;
    if (src[j] !== '=') continue;
    j++;
    while (j < src.length && isTagSpace(src[j])) j++;
    const q = src[j];
    if (q === '"' || q === "'") {
      const close = src.indexOf(q, j + 1);
      if (close === -1) return undefined;
      i = close + 1;
    } else if (q === '{') {
      i = skipBraces(src, j);
      if (i === -1) return undefined;
    } else {
      return undefined;
    }
  }
}


/** A JavaScript literal made only of strings, numbers, booleans, null, arrays and objects: data, not code. */
export function readPlainLiteral(src: string): { ok: true; strings: string[] } | { ok: false } {
  let i = 0;
  const strings: string[] = [];
  const fail = { ok: false } as const;
  const skip = () => {
    const next = skipTrivia(src, i);
    if (next === -1) return false;
    i = next;
    return true;
  };
  const readString = (): string | undefined => {
    const quote = src[i]!;
    let out = '';
    i++;
    while (i < src.length && src[i] !== quote) {
      const ch = src[i]!;
      if (quote === '`' && src.startsWith('${', i)) return undefined;
      if (ch === '\n' && quote !== '`') return undefined;
      if (ch !== '\\') {
        out += ch;
        i++;
        continue;
      }
      const e = src[i + 1];
      const hex = e === 'x' ? /^[0-9a-fA-F]{2}/.exec(src.slice(i + 2)) : e === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(src.slice(i + 2)) : null;
      if (hex) {
        const code = Number.parseInt(hex[0].replace(/[{}]/g, ''), 16);
        if (code > 0x10ffff) return undefined;
        out += String.fromCodePoint(code);
        i += 2 + hex[0].length;
      } else {
        out += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' } as Record<string, string>)[e ?? ''] ?? e ?? '';
        i += 2;
      }
    }
    if (i >= src.length) return undefined;
    i++;
    return out;
  };
  const readValue = (depth: number): boolean => {
    if (depth > 32 || !skip()) return false;
    const ch = src[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      const s = readString();
      if (s === undefined) return false;
      strings.push(s);
      return true;
    }
    const word = /^(?:[+-]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?|true|false|null)(?![\w$])/.exec(src.slice(i, i + 400));
    if (word) {
      i += word[0].length;
      return true;
    }
    if (ch === '[' || ch === '{') {
      const close = ch === '[' ? ']' : '}';
      i++;
      for (;;) {
        if (!skip()) return false;
        if (src[i] === close) {
          i++;
          return true;
        }
        if (ch === '{') {
          if (src[i] === '"' || src[i] === "'") {
            if (readString() === undefined) return false;
          } else {
            const key = /^(?:[A-Za-z_$][\w$]*|\d+)/.exec(src.slice(i, i + 200));
            if (!key) return false;
            i += key[0].length;
          }
          if (!skip() || src[i] !== ':') return false;
          i++;
        }
        if (!readValue(depth + 1) || !skip()) return false;
        if (src[i] === ',') i++;
        else if (src[i] !== close) return false;
      }
    }
    return false;
  };
  if (!skip()) return fail;
  if (i >= src.length) return { ok: true, strings };
  if (!readValue(0) || !skip() || i < src.length) return fail;
  return { ok: true, strings };
}
