// What an article body may contain. Content arrives by pull request from many
// hands and is published on a government site, so anything that runs code in a
// reader's browser (scripts, frames, event handlers, javascript: links) or at
// build time (MDX import/export/expressions) is refused here, before review.
//
// The body is parsed with satteri, the same Markdown/MDX parser Astro renders
// it with, so "inside a code block" means exactly what the site will treat as
// code. Raw HTML is kept by that parser as opaque text, so tags inside it are
// read by the small HTML tokenizer below, which follows the HTML standard's
// tokenizer closely enough that it never sees less than a browser would.
import { posix } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { htmlEventHandler, htmlForbidden, htmlRaw, htmlStyle, htmlUnclosed, mdxExport, mdxExpression, mdxImport, mdxSyntax, urlScheme as urlSchemeRule } from '../rules/body.ts';
import type { Args, Rule } from '../rules/define.ts';
import type { RuleCode } from '../rules/index.ts';
import type { Diagnostic } from './diagnostics.ts';

/** The one folder MDX articles may import components from. */
export const MDX_COMPONENT_DIR = 'src/components/mdx/';
/** Import alias for MDX_COMPONENT_DIR; needs the matching tsconfig "paths" entry. */
export const MDX_COMPONENT_ALIAS = '@components/mdx/';

/** Why each element is refused, as the editor will read it. */
const FORBIDDEN_ELEMENTS: Readonly<Record<string, string>> = {
  script: '会在读者浏览器中运行脚本',
  iframe: '会把外部网页嵌入本站',
  frame: '会把外部网页嵌入本站',
  frameset: '会把外部网页嵌入本站',
  object: '会嵌入插件或外部内容',
  embed: '会嵌入插件或外部内容',
  applet: '会嵌入插件或外部内容',
  base: '会改变整页所有链接的指向',
  meta: '会改变整页的行为，如自动跳转',
  link: '会给整页加载外部样式或资源',
  // These change how the browser reads the HTML after them, which is how
  // filtered markup is smuggled past checks like this one.
  textarea: '会改变浏览器解析其后内容的方式',
  title: '会改变浏览器解析其后内容的方式',
  xmp: '会改变浏览器解析其后内容的方式',
  noscript: '会改变浏览器解析其后内容的方式',
  noembed: '会改变浏览器解析其后内容的方式',
  noframes: '会改变浏览器解析其后内容的方式',
  plaintext: '会改变浏览器解析其后内容的方式',
  svg: '可以内嵌脚本和动画，请改用图片文件',
  math: '会改变浏览器解析其后内容的方式',
};

/** In MDX, a capitalised tag is a component: only these stay refused then. */
const FORBIDDEN_IN_ANY_CASE = new Set(['script', 'iframe', 'object', 'embed']);

/** Attributes whose value the browser loads or navigates to. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'longdesc',
  'lowsrc', 'dynsrc', 'ping', 'manifest', 'codebase', 'usemap', 'icon', 'srcset', 'imagesrcset', 'archive', 'classid',
]);

/** Attributes that write raw HTML into the page, bypassing everything here. */
const RAW_HTML_ATTRIBUTES = new Set(['dangerouslysetinnerhtml', 'set:html']);

const DANGEROUS_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

type Locator = (offset: number) => { line: number; column: number };

interface Point {
  readonly offset?: number;
}
interface MdNode {
  readonly type: string;
  readonly position?: { readonly start: Point; readonly end: Point };
  readonly children?: readonly MdNode[];
  readonly value?: unknown;
  readonly url?: unknown;
  readonly name?: unknown;
  readonly attributes?: readonly JsxAttribute[];
}
interface JsxAttribute {
  readonly type: string;
  readonly name?: unknown;
  readonly value?: unknown;
}

class Report {
  readonly list: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  private readonly file: string;
  private readonly at: Locator;
  constructor(file: string, at: Locator) {
    this.file = file;
    this.at = at;
  }
  add<P>(offset: number, rule: Rule<RuleCode, P>, ...params: Args<P>): void {
    const diagnostic = rule.at(this.file, this.at(offset), ...params);
    const key = `${offset}\u0000${diagnostic.rule}\u0000${diagnostic.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(diagnostic);
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function locator(body: string, starts: readonly number[], bodyStartLine: number): Locator {
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
function valueMapper(body: string, starts: readonly number[], value: string, start: number, end: number | undefined): (offset: number) => number {
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

// ---------------------------------------------------------------------------
// URLs

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', period: '.', comma: ',', semi: ';',
  excl: '!', quest: '?', num: '#', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', equals: '=', plus: '+',
  nbsp: '\u00a0', lowbar: '_', dollar: '$', percnt: '%', commat: '@',
};

/** Character references as a browser decodes them in an attribute, including the sloppy forms. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([a-zA-Z][a-zA-Z0-9]*);)/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
    const code = hex !== undefined ? Number.parseInt(hex.slice(-8), 16) : Number.parseInt(dec!.slice(-9), 10);
    if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

/** The scheme a browser would see, e.g. "javascript" for " Java\tScript:…"; undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  // The URL parser trims leading C0 controls and spaces and drops every tab and newline.
  // eslint-disable-next-line no-control-regex
  const cleaned = decodeCharacterReferences(url).replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : undefined;
}

/** Any javascript:/vbscript: anywhere in an attribute value (SVG animation values, meta refresh …). */
function embeddedScriptScheme(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = decodeCharacterReferences(value).replace(/[\u0000-\u0020]+/g, '').toLowerCase();
  if (compact.includes('javascript:')) return 'javascript';
  if (compact.includes('vbscript:')) return 'vbscript';
  return undefined;
}

function checkUrl(report: Report, offset: number, url: string): void {
  const scheme = urlScheme(url);
  if (scheme !== undefined && DANGEROUS_SCHEMES.has(scheme)) report.add(offset, urlSchemeRule, { scheme });
}

// ---------------------------------------------------------------------------
// HTML tags, from raw HTML in Markdown and from JSX in MDX

interface TagAttribute {
  readonly name: string;
  readonly offset: number;
  /** Raw text of the value; undefined when the attribute has none. */
  readonly value: string | undefined;
  readonly kind: 'none' | 'string' | 'expression' | 'spread';
}

function isTagSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
}
function isAsciiAlpha(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z]$/.test(ch);
}

/**
 * One start or end tag at `start` (the "<"), read like the HTML standard's
 * tokenizer. `end` is after the ">", or undefined if the text ran out first.
 */
function readHtmlTag(src: string, start: number): { name: string; nameOffset: number; attributes: TagAttribute[]; end: number | undefined } {
  let i = src[start + 1] === '/' ? start + 2 : start + 1;
  const nameOffset = i;
  while (i < src.length && !isTagSpace(src[i]) && src[i] !== '/' && src[i] !== '>') i++;
  const name = src.slice(nameOffset, i).toLowerCase();
  const attributes: TagAttribute[] = [];
  for (;;) {
    while (i < src.length && (isTagSpace(src[i]) || src[i] === '/')) i++;
    if (i >= src.length) return { name, nameOffset, attributes, end: undefined };
    if (src[i] === '>') return { name, nameOffset, attributes, end: i + 1 };
    const attrStart = i;
    i++; // a leading "=" belongs to the name, per the standard
    while (i < src.length && !isTagSpace(src[i]) && src[i] !== '/' && src[i] !== '>' && src[i] !== '=') i++;
    const attrName = src.slice(attrStart, i).toLowerCase();
    let j = i;
    while (j < src.length && isTagSpace(src[j])) j++;
    if (src[j] !== '=') {
      attributes.push({ name: attrName, offset: attrStart, value: undefined, kind: 'none' });
      continue;
    }
    j++;
    while (j < src.length && isTagSpace(src[j])) j++;
    const quote = src[j];
    if (quote === '"' || quote === "'") {
      const close = src.indexOf(quote, j + 1);
      if (close === -1) {
        attributes.push({ name: attrName, offset: attrStart, value: src.slice(j + 1), kind: 'string' });
        return { name, nameOffset, attributes, end: undefined };
      }
      attributes.push({ name: attrName, offset: attrStart, value: src.slice(j + 1, close), kind: 'string' });
      i = close + 1;
    } else {
      let k = j;
      while (k < src.length && !isTagSpace(src[k]) && src[k] !== '>') k++;
      attributes.push({ name: attrName, offset: attrStart, value: src.slice(j, k), kind: 'string' });
      i = k;
    }
  }
}

/** Every tag in a piece of raw HTML, skipping comments as a browser does. */
function scanHtml(report: Report, src: string, map: (offset: number) => number): void {
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt === -1) return;
    const next = src[lt + 1];
    if (src.startsWith('<!--', lt)) {
      // "<!-->" and "<!--->" close at once; "--!>" closes too.
      const body = lt + 4;
      if (src[body] === '>') i = body + 1;
      else if (src.startsWith('->', body)) i = body + 2;
      else {
        let dash = src.indexOf('--', body);
        while (dash !== -1 && src[dash + 2] !== '>' && !src.startsWith('!>', dash + 2)) dash = src.indexOf('--', dash + 1);
        if (dash === -1) return;
        i = dash + (src[dash + 2] === '>' ? 3 : 4);
      }
    } else if (next === '!' || next === '?' || (next === '/' && !isAsciiAlpha(src[lt + 2]))) {
      // Doctype, CDATA, processing instruction, "</ x>": a bogus comment up to the next ">".
      const close = src.indexOf('>', lt + 2);
      if (close === -1) return;
      i = close + 1;
    } else if (isAsciiAlpha(next) || (next === '/' && isAsciiAlpha(src[lt + 2]))) {
      const tag = readHtmlTag(src, lt);
      if (next !== '/') checkElement(report, map(lt), tag.name, true);
      // Attributes on an end tag are dropped by the browser, but their quotes still decide where the tag ends.
      if (next !== '/') for (const a of tag.attributes) checkAttribute(report, map(a.offset), a.name, a.value, a.kind);
      if (tag.end === undefined) {
        const shown = tag.name || '?';
        report.add(map(lt), htmlUnclosed, { tag: shown });
        return;
      }
      i = tag.end;
    } else {
      i = lt + 1;
    }
  }
}

function checkElement(report: Report, offset: number, rawName: string, isHtml: boolean): void {
  const name = rawName.toLowerCase();
  if (name === 'style') {
    report.add(offset, htmlStyle, { what: 'element' });
    return;
  }
  const why = FORBIDDEN_ELEMENTS[name];
  if (why === undefined) return;
  const intrinsic = isHtml || !/^[A-Z]/.test(rawName);
  if (!intrinsic && !FORBIDDEN_IN_ANY_CASE.has(name)) return;
  report.add(offset, htmlForbidden, { name, why });
}

function checkAttribute(report: Report, offset: number, rawName: string, value: string | undefined, kind: TagAttribute['kind']): void {
  const name = rawName.toLowerCase();
  if (/^on[a-z]+$/.test(name)) {
    report.add(offset, htmlEventHandler, { attribute: rawName });
  }
  if (name === 'style') {
    report.add(offset, htmlStyle, { what: 'attribute' });
  }
  if (RAW_HTML_ATTRIBUTES.has(name)) {
    report.add(offset, htmlRaw, { attribute: rawName });
  }
  if (value === undefined || kind !== 'string') return;
  const embedded = embeddedScriptScheme(value);
  if (embedded !== undefined) {
    report.add(offset, urlSchemeRule, { scheme: embedded });
    return;
  }
  if (!URL_ATTRIBUTES.has(name)) return;
  const candidates = name.endsWith('srcset') ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
  for (const url of candidates) checkUrl(report, offset, url);
}

// ---------------------------------------------------------------------------
// MDX: JSX tags, expressions, import/export

/** Skips a balanced {…} starting at `i` (the "{"); returns the index after "}" or -1. */
function skipBraces(src: string, i: number): number {
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
function jsxAttributeOffsets(src: string, start: number): number[] | undefined {
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
    for (;;) {
      while (i < src.length && /\s/.test(src[i]!)) i++;
      if (src.startsWith('//', i)) {
        const nl = src.indexOf('\n', i);
        i = nl === -1 ? src.length : nl;
      } else if (src.startsWith('/*', i)) {
        const close = src.indexOf('*/', i + 2);
        if (close === -1) return false;
        i = close + 2;
      } else return true;
    }
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

function checkExpression(report: Report, offset: number, code: string): ReturnType<typeof readPlainLiteral> {
  const literal = readPlainLiteral(code);
  if (!literal.ok) report.add(offset, mdxExpression, { where: 'body' });
  return literal;
}

function checkJsxElement(report: Report, body: string, node: MdNode): void {
  const start = node.position?.start.offset ?? 0;
  const rawName = typeof node.name === 'string' ? node.name : '';
  if (rawName) checkElement(report, start, rawName, false);
  const attributes = node.attributes ?? [];
  const offsets = body[start] === '<' ? jsxAttributeOffsets(body, start) : undefined;
  const sameShape = offsets !== undefined && offsets.length === attributes.length;
  attributes.forEach((attribute, index) => {
    const offset = sameShape ? offsets[index]! : start;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report.add(offset, mdxExpression, { where: 'body' });
      return;
    }
    const name = typeof attribute.name === 'string' ? attribute.name : '';
    const value = attribute.value;
    if (value !== null && typeof value === 'object') {
      const code = String((value as { value?: unknown }).value ?? '');
      checkAttribute(report, offset, name, undefined, 'expression');
      const literal = checkExpression(report, offset, code);
      if (literal.ok) for (const s of literal.strings) checkAttribute(report, offset, name, s, 'string');
    } else {
      checkAttribute(report, offset, name, typeof value === 'string' ? value : undefined, typeof value === 'string' ? 'string' : 'none');
    }
  });
}

/** Where MDX may import from: only the project's own component folder. */
export function isAllowedMdxImport(specifier: string, file: string): boolean {
  if (/[?#\\\0]/.test(specifier)) return false;
  let target: string;
  if (specifier.startsWith(MDX_COMPONENT_ALIAS)) target = MDX_COMPONENT_DIR + specifier.slice(MDX_COMPONENT_ALIAS.length);
  else if (specifier.startsWith('./') || specifier.startsWith('../')) target = posix.join(posix.dirname(file), specifier);
  else return false;
  const normalized = posix.normalize(target);
  return normalized.startsWith(MDX_COMPONENT_DIR) && normalized.length > MDX_COMPONENT_DIR.length;
}

/**
 * The import/export block of an MDX file. Anything that is not a plain
 * `import X from '…'` is refused, so a block can pass only if it is nothing
 * but imports from the component folder.
 */
function checkEsm(report: Report, src: string, base: number, file: string): void {
  let i = 0;
  const skip = () => {
    for (;;) {
      while (i < src.length && /\s/.test(src[i]!)) i++;
      if (src.startsWith('//', i)) {
        const nl = src.indexOf('\n', i);
        i = nl === -1 ? src.length : nl;
      } else if (src.startsWith('/*', i)) {
        const close = src.indexOf('*/', i + 2);
        i = close === -1 ? src.length : close + 2;
      } else return;
    }
  };
  const ident = (): string | undefined => {
    skip();
    const m = /^[A-Za-z_$][\w$]*/.exec(src.slice(i, i + 200));
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const punct = (ch: string): boolean => {
    skip();
    if (src[i] !== ch) return false;
    i++;
    return true;
  };
  const string = (): { text: string; offset: number } | undefined => {
    skip();
    const q = src[i];
    if (q !== '"' && q !== "'") return undefined;
    const close = src.indexOf(q, i + 1);
    if (close === -1) return undefined;
    const text = src.slice(i + 1, close);
    if (/[\\\n]/.test(text)) return undefined;
    const offset = i;
    i = close + 1;
    return { text, offset };
  };
  // After a statement we cannot read, carry on at the next line that starts one.
  const resync = () => {
    const re = /\n[ \t]*(?=(?:import|export)\b)/g;
    re.lastIndex = i;
    const m = re.exec(src);
    i = m ? m.index + m[0].length : src.length;
  };
  const readImportClause = (): boolean => {
    skip();
    if (src[i] === '*') {
      i++;
      return ident() === 'as' && ident() !== undefined;
    }
    if (src[i] !== '{') {
      if (ident() === undefined) return false;
      if (!punct(',')) return true;
      skip();
      if (src[i] === '*') {
        i++;
        return ident() === 'as' && ident() !== undefined;
      }
    }
    if (!punct('{')) return false;
    for (;;) {
      if (punct('}')) return true;
      if (ident() === undefined && string() === undefined) return false;
      const save = i;
      if (ident() === 'as') {
        if (ident() === undefined) return false;
      } else i = save;
      if (!punct(',')) return punct('}');
    }
  };

  while (true) {
    skip();
    if (i >= src.length) return;
    const start = i;
    const keyword = ident();
    if (keyword === 'export') {
      report.add(base + start, mdxExport);
      resync();
      continue;
    }
    if (keyword !== 'import') {
      report.add(base + start, mdxExpression, { where: 'module' });
      resync();
      continue;
    }
    skip();
    let source = src[i] === '"' || src[i] === "'" ? string() : undefined;
    if (source === undefined && readImportClause() && ident() === 'from') source = string();
    // Import attributes (with/assert) load files as data or code in other ways: not for articles.
    const save = i;
    const trailing = ident();
    i = save;
    if (source === undefined || trailing === 'with' || trailing === 'assert') {
      report.add(base + start, mdxImport, {});
      resync();
      continue;
    }
    if (!isAllowedMdxImport(source.text, file)) {
      report.add(base + source.offset, mdxImport, { source: source.text });
    }
    punct(';');
  }
}

// ---------------------------------------------------------------------------

function parseErrorPosition(message: string): { line: number; column: number } | undefined {
  const m = /^(\d+):(\d+)\b/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

/**
 * Security policy for an article body. `file` is project-relative with forward
 * slashes (content/achievements/x.mdx), used for messages and to resolve
 * relative MDX imports; `bodyStartLine` is the file line of the body's line 1.
 * Never throws.
 */
export function checkMarkdownPolicy(body: string, format: 'md' | 'mdx', file: string, bodyStartLine: number): Diagnostic[] {
  // In Markdown only HTML (which needs "<") and link, image or definition
  // destinations (which need "](" or "]:") can break the policy. Most articles
  // have neither: skip the parse, which is most of the check's time on a large site.
  if (format === 'md' && !body.includes('<') && !/\]\s*[(:]/.test(body)) return [];
  const starts = lineStarts(body);
  const at = locator(body, starts, bodyStartLine);
  const report = new Report(file, at);
  let tree: MdNode;
  try {
    // Frontmatter is already split off: a body that starts with "---" is a rule, not metadata.
    const options = { features: { gfm: true, frontmatter: false } };
    tree = (format === 'mdx' ? mdxToMdast(body, options) : markdownToMdast(body, options)) as unknown as MdNode;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const where = parseErrorPosition(detail);
    // The parser's own positions count from the body, not the file: drop them, the diagnostic has the right one.
    const reason = detail.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([\w:-]+\)\s*$/, '').replace(/\s*\(\d+:\d+\)/g, '');
    return [mdxSyntax.at(file, { line: where ? bodyStartLine + where.line - 1 : bodyStartLine, column: where?.column ?? 1 }, { reason })];
  }

  // Iterative, so a fuzzer's thousand-deep blockquote cannot overflow the stack or hide anything.
  const stack: MdNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const offset = node.position?.start.offset ?? 0;
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        continue;
      case 'html':
        if (typeof node.value === 'string') scanHtml(report, node.value, valueMapper(body, starts, node.value, offset, node.position?.end.offset));
        continue;
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string') checkUrl(report, offset, node.url);
        break;
      case 'mdxjsEsm': {
        const end = node.position?.end.offset;
        const text = end !== undefined ? body.slice(offset, end) : String(node.value ?? '');
        checkEsm(report, text, offset, file);
        continue;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        checkExpression(report, offset, String(node.value ?? ''));
        continue;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(report, body, node);
        break;
    }
    const children = node.children ?? [];
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  return report.list.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
