// SVG pictures are documents that can run script when opened on their own
// (/_astro/x.svg in a browser tab), on any host that does not send our CSP
// header. Every SVG the site publishes is cleaned with DOMPurify, the
// maintained sanitizer browsers' own security teams review, with its SVG
// profile, on jsdom (the DOM DOMPurify supports on a server; others are
// documented as unsafe for it). On top of the profile, references that leave
// the file are removed (href to anything but #id, CSS @import and url() to
// another file), so a published picture loads nothing from anywhere.
//
// The same function tells `npm run check` what a file would lose (the
// svg-unsafe rule), so editors hear about a hostile picture before review.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DOMPurify as Purify } from 'dompurify';

const require = createRequire(import.meta.url);

export interface SvgSanitized {
  /** The cleaned document. */
  readonly svg: string;
  /** What was removed that could run script or load something: element names and attribute names, lower-cased. */
  readonly hostile: readonly string[];
}

/** Elements whose removal means the file tried to run or embed something. */
const HOSTILE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'handler', 'listener', 'set', 'animate', 'animatemotion', 'animatetransform', 'discard']);

/** What the hooks below removed in the current call (DOMPurify's own list does not see them). */
let hookRemoved: string[] = [];
const EXTERNAL_CSS = /@import|url\(\s*['"]?\s*(?!#)/i;

let purify: Purify | undefined;
let serialize: ((node: Node) => string) | undefined;

/** Loaded on first use: jsdom costs a few hundred milliseconds, paid only where there is an SVG. */
function sanitizer(): Purify {
  if (purify) return purify;
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: Window & typeof globalThis } };
  const createDOMPurify = require('dompurify') as (window: unknown) => Purify;
  const window = new JSDOM('').window;
  const instance = createDOMPurify(window);
  // Written back as XML: an SVG file is an XML document (HTML's serializer would write &nbsp; and the like).
  const xml = new window.XMLSerializer();
  serialize = (node) => xml.serializeToString(node);
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    const external = ((name === 'href' || name === 'xlink:href') && !data.attrValue.trim().startsWith('#')) || (name === 'style' && EXTERNAL_CSS.test(data.attrValue));
    if (external) {
      data.keepAttr = false;
      hookRemoved.push(name);
    }
  });
  instance.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'style' && EXTERNAL_CSS.test(node.textContent ?? '')) {
      node.parentNode?.removeChild(node);
      hookRemoved.push('<style>');
    }
  });
  purify = instance;
  return instance;
}

/** `text` is an SVG file's content. Never throws: a file that is not SVG at all comes back empty. */
export function sanitizeSvg(text: string): SvgSanitized {
  const p = sanitizer();
  // An XML declaration or a DOCTYPE (whose entities are a way in of their own) has no place in the cleaned file.
  const body = text.replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, '').replace(/<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/i, '');
  let svg: string;
  hookRemoved = [];
  try {
    // Parsed as HTML parses an inline <svg> (DOMPurify's XML mode drops camel-case attributes such as viewBox).
    // <use> is allowed because the hook keeps only its #id references.
    const dom = p.sanitize(body, { USE_PROFILES: { svg: true, svgFilters: true }, ADD_TAGS: ['use'], RETURN_DOM: true });
    const root = [...dom.childNodes].find((n) => n.nodeName.toLowerCase() === 'svg');
    svg = root ? `${serialize!(root)}\n` : '';
  } catch {
    return { svg: '', hostile: ['(不是有效的 SVG 文件)'] };
  }
  const hostile = new Set<string>(hookRemoved);
  for (const removed of p.removed as ({ element: Element } | { attribute: Attr | null; from: Element })[]) {
    if ('element' in removed) {
      const name = removed.element.nodeName.toLowerCase();
      if (HOSTILE_ELEMENTS.has(name)) hostile.add(`<${name}>`);
    } else if (removed.attribute) {
      const name = removed.attribute.name.toLowerCase();
      const value = removed.attribute.value.toLowerCase();
      if (/^on/.test(name) || name === 'href' || name === 'xlink:href' || name === 'style' || value.includes('javascript:')) hostile.add(name);
    }
  }
  if (svg.trim() === '' && text.trim() !== '') hostile.add('(不是有效的 SVG 文件)');
  return { svg, hostile: [...hostile] };
}

// What the check needs is only `hostile`, and SVG files rarely change: the
// answer is kept per file content (SHA-256) in node_modules/.cache, so a check
// of unchanged pictures does not load jsdom at all. The key includes
// DOMPurify's version and this file's own text, so an update of either
// re-checks every picture.
const CACHE_FILE = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'junheng', 'svg-hostile.json');
let cache: Record<string, readonly string[]> | undefined;

let sanitizerVersion: string | undefined;
function cacheKey(text: string): string {
  if (sanitizerVersion === undefined) {
    const dompurify = (JSON.parse(readFileSync(join(dirname(require.resolve('dompurify')), '..', 'package.json'), 'utf8')) as { version: string }).version;
    sanitizerVersion = `${dompurify}\u0000${readFileSync(import.meta.filename, 'utf8')}`;
  }
  return createHash('sha256').update(`${sanitizerVersion}\u0000${text}`).digest('hex');
}

/** What sanitizing `text` would remove that could run script or load something (see sanitizeSvg), remembered across runs. */
export function svgHostileParts(text: string): readonly string[] {
  const key = cacheKey(text);
  if (!cache) {
    try {
      cache = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, readonly string[]>;
    } catch {
      cache = {};
    }
  }
  const known = cache[key];
  if (known) return known;
  const { hostile } = sanitizeSvg(text);
  cache[key] = hostile;
  try {
    mkdirSync(dirname(CACHE_FILE), { recursive: true });
    writeFileSync(CACHE_FILE, JSON.stringify(cache));
  } catch {
    // a read-only checkout: no cache, same answer
  }
  return hostile;
}
