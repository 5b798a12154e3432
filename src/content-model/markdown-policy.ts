// What an article body may contain. Content arrives by pull request from many
// hands and is published on a government site, so anything that runs code in a
// reader's browser (scripts, frames, event handlers, javascript: links) or at
// build time (MDX import/export/expressions) is refused here, before review.
//
// The body is parsed with satteri, the same Markdown/MDX parser Astro renders
// it with, so "inside a code block" means exactly what the site will treat as
// code. Raw HTML is kept by that parser as opaque text, so it is read with
// parse5's WHATWG tokenizer (body/html-scan.ts): the policy sees the tags a
// browser will. The pieces:
//   body/positions.ts    offsets to file lines and columns
//   body/html-scan.ts    raw HTML, through parse5
//   body/url-scheme.ts   the scheme a browser's URL parser sees
//   body/mdx-module.ts   MDX import/export
//   body/mdx-syntax.ts   MDX expressions and JSX attributes
// and this file, the policy that ties what they find to the rules of
// src/rules/body.ts. The same walk collects every link and image of the body
// (BodyReference) for the checks of what they point at (src/rules/links.ts).
import { markdownToMdast, mdxToMdast } from 'satteri';
import { htmlEventHandler, htmlForbidden, htmlRaw, htmlStyle, htmlUnclosed, mdxExport, mdxExpression, mdxImport, mdxSyntax, urlScheme as urlSchemeRule } from '../rules/body.ts';
import type { Args, Rule } from '../rules/define.ts';
import type { RuleCode } from '../rules/index.ts';
import { scanHtml } from './body/html-scan.ts';
import { readMdxModule } from './body/mdx-module.ts';
import { jsxAttributeOffsets, readPlainLiteral } from './body/mdx-syntax.ts';
import { lineStarts, locator, valueMapper, type Locator } from './body/positions.ts';
import { DANGEROUS_SCHEMES, decodeCharacterReferences, embeddedScriptScheme, schemeOf } from './body/url-scheme.ts';
import type { Diagnostic } from './diagnostics.ts';

export { isAllowedMdxImport, MDX_COMPONENT_ALIAS, MDX_COMPONENT_DIR } from './body/mdx-module.ts';
export { readPlainLiteral } from './body/mdx-syntax.ts';
export { decodeCharacterReferences, urlScheme } from './body/url-scheme.ts';

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
  readonly identifier?: unknown;
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
  readonly at: Locator;
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

/** A link or image of the body, for the checks of what it points at. */
export interface BodyReference {
  /** As the browser (or Astro's image service) reads it: character references decoded. */
  readonly url: string;
  readonly kind: 'link' | 'image';
  /** Markdown syntax, raw HTML, or a JSX tag of MDX. */
  readonly markup: 'markdown' | 'html' | 'jsx';
  readonly line: number;
  readonly column: number;
  /** A Markdown link's text, for naming an attachment. */
  readonly text?: string;
}

/** The plain text of a node's children. */
function textOf(node: MdNode, depth = 0): string {
  if (depth > 16) return '';
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map((c) => textOf(c, depth + 1)).join('');
}

function checkUrl(report: Report, offset: number, decoded: string): void {
  const scheme = schemeOf(decoded);
  if (scheme !== undefined && DANGEROUS_SCHEMES.has(scheme)) report.add(offset, urlSchemeRule, { scheme });
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

/** Elements whose src/srcset is a picture. */
const IMAGE_ELEMENTS = new Set(['img', 'source', 'picture', 'input', 'image']);

/**
 * One attribute of an HTML or JSX tag. `value` is decoded (as the browser sees
 * it) when `kind` is 'string'; undefined when the attribute has none or is an
 * expression.
 */
function checkAttribute(report: Report, offset: number, tag: string, rawName: string, value: string | undefined, kind: 'none' | 'string' | 'expression', refs: Refs): void {
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
  for (const url of candidates) {
    checkUrl(report, offset, url);
    const image = name === 'poster' || (IMAGE_ELEMENTS.has(tag.toLowerCase()) && (name === 'src' || name.endsWith('srcset')));
    if (image || name === 'href' || name === 'src') refs.add(offset, url, image ? 'image' : 'link', refs.markup);
  }
}

/** Collects the body's links and images as the walk finds them. */
class Refs {
  readonly list: BodyReference[] = [];
  markup: BodyReference['markup'] = 'markdown';
  private readonly at: Locator;
  constructor(at: Locator) {
    this.at = at;
  }
  add(offset: number, url: string, kind: BodyReference['kind'], markup: BodyReference['markup'], text?: string): void {
    this.list.push({ url, kind, markup, ...this.at(offset), ...(text ? { text } : {}) });
  }
}

function checkExpression(report: Report, offset: number, code: string): ReturnType<typeof readPlainLiteral> {
  const literal = readPlainLiteral(code);
  if (!literal.ok) report.add(offset, mdxExpression, { where: 'body' });
  return literal;
}

function checkJsxElement(report: Report, body: string, node: MdNode, refs: Refs): void {
  const start = node.position?.start.offset ?? 0;
  const rawName = typeof node.name === 'string' ? node.name : '';
  if (rawName) checkElement(report, start, rawName, false);
  const attributes = node.attributes ?? [];
  const offsets = body[start] === '<' ? jsxAttributeOffsets(body, start) : undefined;
  const sameShape = offsets !== undefined && offsets.length === attributes.length;
  refs.markup = 'jsx';
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
      checkAttribute(report, offset, rawName, name, undefined, 'expression', refs);
      const literal = checkExpression(report, offset, code);
      if (literal.ok) for (const s of literal.strings) checkAttribute(report, offset, rawName, name, s, 'string', refs);
    } else if (typeof value === 'string') {
      checkAttribute(report, offset, rawName, name, decodeCharacterReferences(value), 'string', refs);
    } else {
      checkAttribute(report, offset, rawName, name, undefined, 'none', refs);
    }
  });
}

function checkRawHtml(report: Report, src: string, map: (offset: number) => number, refs: Refs): void {
  const scan = scanHtml(src);
  refs.markup = 'html';
  for (const tag of scan.tags) {
    checkElement(report, map(tag.offset), tag.name, true);
    for (const a of tag.attributes) checkAttribute(report, map(a.offset), tag.name, a.name, a.value, 'string', refs);
  }
  if (scan.unclosed) report.add(map(scan.unclosed.offset), htmlUnclosed, { tag: scan.unclosed.name || '?' });
}

function checkModule(report: Report, src: string, base: number, file: string): void {
  for (const p of readMdxModule(src, base, file)) {
    if (p.kind === 'export') report.add(p.offset, mdxExport);
    else if (p.kind === 'code') report.add(p.offset, mdxExpression, { where: 'module' });
    else report.add(p.offset, mdxImport, p.source === undefined ? {} : { source: p.source });
  }
}

function parseErrorPosition(message: string): { line: number; column: number } | undefined {
  const m = /^(\d+):(\d+)\b/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

export interface BodyScan {
  /** Sorted by line and column. */
  readonly diagnostics: Diagnostic[];
  /** Every link and image, in document order. */
  readonly references: BodyReference[];
}

/**
 * Security policy for an article body, and the links and images it holds.
 * `file` is project-relative with forward slashes (content/achievements/x.mdx),
 * used for messages and to resolve relative MDX imports; `bodyStartLine` is the
 * file line of the body's line 1. Never throws.
 */
export function scanBody(body: string, format: 'md' | 'mdx', file: string, bodyStartLine: number): BodyScan {
  // In Markdown only HTML (which needs "<") and link, image or definition
  // destinations (which need "](" or "]:") can break the policy or point
  // anywhere. Most articles have neither: skip the parse, which is most of the
  // check's time on a large site.
  if (format === 'md' && !body.includes('<') && !/\]\s*[(:]/.test(body)) return { diagnostics: [], references: [] };
  const starts = lineStarts(body);
  const at = locator(body, starts, bodyStartLine);
  const report = new Report(file, at);
  const refs = new Refs(at);
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
    const diagnostic = mdxSyntax.at(file, { line: where ? bodyStartLine + where.line - 1 : bodyStartLine, column: where?.column ?? 1 }, { reason });
    return { diagnostics: [diagnostic], references: [] };
  }

  const imageDefinitions = new Set<string>();
  const definitions: { offset: number; url: string; identifier: string }[] = [];
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
        if (typeof node.value === 'string') checkRawHtml(report, node.value, valueMapper(body, starts, node.value, offset, node.position?.end.offset), refs);
        continue;
      case 'link':
      case 'image':
        if (typeof node.url === 'string') {
          checkUrl(report, offset, node.url);
          refs.add(offset, node.url, node.type === 'image' ? 'image' : 'link', 'markdown', node.type === 'link' ? textOf(node).trim() : undefined);
        }
        break;
      case 'definition':
        if (typeof node.url === 'string') {
          checkUrl(report, offset, node.url);
          definitions.push({ offset, url: node.url, identifier: String(node.identifier ?? '') });
        }
        break;
      case 'imageReference':
        imageDefinitions.add(String(node.identifier ?? ''));
        break;
      case 'mdxjsEsm': {
        const end = node.position?.end.offset;
        const text = end !== undefined ? body.slice(offset, end) : String(node.value ?? '');
        checkModule(report, text, offset, file);
        continue;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        checkExpression(report, offset, String(node.value ?? ''));
        continue;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(report, body, node, refs);
        break;
    }
    const children = node.children ?? [];
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  for (const d of definitions) refs.add(d.offset, d.url, imageDefinitions.has(d.identifier) ? 'image' : 'link', 'markdown');
  const order = (a: { line: number; column: number }, b: { line: number; column: number }) => a.line - b.line || a.column - b.column;
  return {
    diagnostics: report.list.sort((a, b) => order(a, b) || a.rule.localeCompare(b.rule)),
    references: refs.list.sort(order),
  };
}

/** The policy's diagnostics alone (see scanBody). */
export function checkMarkdownPolicy(body: string, format: 'md' | 'mdx', file: string, bodyStartLine: number): Diagnostic[] {
  return scanBody(body, format, file, bodyStartLine).diagnostics;
}
