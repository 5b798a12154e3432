// Finds every reference from a built page (or stylesheet, feed, data file) to
// the site itself and says which ones do not resolve to a file in the build.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSite } from './built-site.ts';
import { toRel, walk } from './built-site.ts';
import { lineOf, parseHtml } from './html.ts';

/** Attributes that hold a URL the browser follows or fetches, per element. */
const urlAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  form: ['action'],
  button: ['formaction'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

export interface Reference {
  /** Where it was found: 'plan/index.html:12'. */
  readonly where: string;
  /** What it is: '<a href>', 'css url()', 'site URL'. */
  readonly what: string;
  readonly raw: string;
  /** The browser fetches it as part of the page (an image, stylesheet, icon…), rather than following it on a click. */
  readonly fetched: boolean;
}

/** link rel values that only describe a relation: the browser fetches nothing for them. */
const nonFetchingRels = new Set(['alternate', 'author', 'bookmark', 'canonical', 'external', 'help', 'license', 'me', 'next', 'nofollow', 'noopener', 'noreferrer', 'prev', 'search', 'tag', 'privacy-policy', 'terms-of-service']);

function isFetched(tag: { name: string; attrs: ReadonlyMap<string, string> }, attr: string): boolean {
  if (tag.name === 'a' || tag.name === 'area' || tag.name === 'form' || tag.name === 'button') return false;
  if (tag.name === 'link' && attr === 'href') {
    const rels = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return rels.some((r) => !nonFetchingRels.has(r));
  }
  return true;
}

/** The reference as it reads in the source: <a href="/plan/">, url(/x.svg). */
function show(ref: Reference): string {
  if (ref.what.endsWith('url()')) return `${ref.what.slice(0, -'url()'.length)}url(${ref.raw})`;
  if (ref.what.startsWith('<')) return `${ref.what.slice(0, -1)}="${ref.raw}">`;
  return `${ref.what} ${ref.raw}`;
}

const cssUrl = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/g;

function cssUrls(css: string): string[] {
  return [...css.matchAll(cssUrl)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').filter((u) => u !== '');
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter((u) => u !== '');
}

export function htmlReferences(html: string, rel: string): { refs: Reference[]; ids: Set<string> } {
  const { tags } = parseHtml(html);
  const refs: Reference[] = [];
  const ids = new Set<string>();
  for (const tag of tags) {
    const where = `${rel}:${lineOf(html, tag.offset)}`;
    const id = tag.attrs.get('id');
    if (id !== undefined) ids.add(id);
    if (tag.name === 'a' && tag.attrs.has('name')) ids.add(tag.attrs.get('name')!);
    for (const attr of urlAttributes[tag.name] ?? []) {
      const raw = tag.attrs.get(attr);
      if (raw !== undefined) refs.push({ where, what: `<${tag.name} ${attr}>`, raw, fetched: isFetched(tag, attr) });
    }
    for (const attr of ['srcset', 'imagesrcset']) {
      const srcset = tag.attrs.get(attr);
      if (srcset !== undefined) for (const raw of srcsetUrls(srcset)) refs.push({ where, what: `<${tag.name} ${attr}>`, raw, fetched: true });
    }
    if (tag.name === 'meta' && tag.attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const m = /url\s*=\s*['"]?([^'"]+)/i.exec(tag.attrs.get('content') ?? '');
      if (m) refs.push({ where, what: '<meta refresh>', raw: m[1]!, fetched: false });
    }
    if (tag.name === 'style') for (const raw of cssUrls(tag.body)) refs.push({ where, what: '<style> url()', raw, fetched: true });
    const style = tag.attrs.get('style');
    if (style) for (const raw of cssUrls(style)) refs.push({ where, what: `<${tag.name} style> url()`, raw, fetched: true });
  }
  return { refs, ids };
}

export interface LinkCheck {
  /** Problems, one line each, grouped by the file they were found in (path inside the build). */
  readonly problems: Map<string, string[]>;
  /** Files examined, by path inside the build. */
  readonly files: string[];
  readonly referenceCount: number;
}

const textExtensions = /\.(?:xml|json|csv|txt|md|ya?ml|webmanifest|xsl)$/i;

/**
 * Checks every internal reference in a built site. `siteOrigin` is content/site.yaml's url:
 * absolute URLs on it (canonical links, feeds, sitemaps) are internal too.
 */
export function checkLinks(site: BuiltSite, siteOrigin: string): LinkCheck {
  const all = walk(site.dir);
  const files = all.map((f) => toRel(site, f));
  const idCache = new Map<string, Set<string>>();
  const problems = new Map<string, string[]>();
  let referenceCount = 0;
  const fakeOrigin = 'http://site.test';
  const origin = new URL(siteOrigin).origin;

  const idsOf = (relFile: string): Set<string> => {
    let ids = idCache.get(relFile);
    if (!ids) {
      const content = readFileSync(join(site.dir, relFile), 'utf8');
      ids = relFile.endsWith('.html') ? htmlReferences(content, relFile).ids : new Set([...content.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
      idCache.set(relFile, ids);
    }
    return ids;
  };

  /** The file a URL path (without base) maps to, or why it does not. */
  const resolvePath = (pathname: string): { file: string } | { error: string } => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return { error: `malformed percent-encoding in ${pathname}` };
    }
    if (!decoded.startsWith(site.base)) return { error: `points outside the site's base path ${site.base}` };
    const rel = decoded.slice(site.base.length);
    if (rel.split('/').includes('..')) return { error: 'escapes the site folder' };
    if (rel === '' || rel.endsWith('/')) {
      const index = `${rel}index.html`;
      return existsSync(join(site.dir, index)) ? { file: index } : { error: `no ${index} in ${site.label}/` };
    }
    const full = join(site.dir, rel);
    if (existsSync(full) && statSync(full).isFile()) return { file: rel };
    if (existsSync(join(full, 'index.html'))) return { error: `missing trailing slash: the page is ${decoded}/ (trailingSlash: 'always')` };
    return { error: `no file ${rel} in ${site.label}/` };
  };

  const check = (ref: Reference, documentUrl: URL): string | undefined => {
    const raw = ref.raw.trim();
    const shown = show(ref);
    if (raw === '') return `${shown}: empty URL`;
    if (/^javascript:/i.test(raw)) return `${shown}: javascript: URLs are script`;
    let url: URL;
    try {
      url = new URL(raw, documentUrl);
    } catch {
      return `${shown}: not a valid URL`;
    }
    const internal = url.origin === fakeOrigin || url.origin === origin;
    // The site loads nothing from any other host (no CDN, web font or analytics); links to other sites are fine.
    if (!internal) return ref.fetched && url.protocol !== 'data:' ? `${shown}: loads a resource from another host (${url.host || url.protocol})` : undefined;
    referenceCount++;
    const target = resolvePath(url.pathname);
    if ('error' in target) return `${shown}: ${target.error}`;
    const fragment = url.hash.slice(1);
    // An empty fragment and #top scroll to the top by the HTML standard; :~: is a text fragment.
    if (fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:')) return undefined;
    if (!/\.(?:html|svg)$/.test(target.file)) return `${shown}: fragment on ${target.file}, which has no ids`;
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      id = fragment;
    }
    if (!idsOf(target.file).has(id) && !idsOf(target.file).has(fragment)) return `${shown}: no element with id="${id}" in ${target.file}`;
    return undefined;
  };

  const add = (file: string, message: string) => {
    const list = problems.get(file) ?? [];
    list.push(message);
    problems.set(file, list);
  };

  for (const rel of files) {
    const documentUrl = new URL(site.base + rel.replace(/(^|\/)index\.html$/, '$1'), fakeOrigin);
    let refs: Reference[];
    if (rel.endsWith('.html')) {
      const html = readFileSync(join(site.dir, rel), 'utf8');
      const parsed = htmlReferences(html, rel);
      idCache.set(rel, parsed.ids);
      refs = parsed.refs;
      for (const tag of parseHtml(html).tags) {
        if (tag.name === 'base') add(rel, `${rel}:${lineOf(html, tag.offset)}: <base> changes how every relative link resolves; use href() instead`);
      }
    } else if (rel.endsWith('.css')) {
      refs = cssUrls(readFileSync(join(site.dir, rel), 'utf8')).map((raw) => ({ where: rel, what: 'css url()', raw, fetched: true }));
    } else if (textExtensions.test(rel)) {
      const text = readFileSync(join(site.dir, rel), 'utf8');
      const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      refs = [...text.matchAll(new RegExp(`${escaped}(?:/[^\\s"'<>,)\\]]*)?`, 'g'))].map((m) => ({
        where: `${rel}:${lineOf(text, m.index)}`,
        what: 'site URL',
        raw: m[0],
        fetched: false,
      }));
    } else {
      continue;
    }
    for (const ref of refs) {
      // The host serves 404.html at whatever path was missing, so a relative URL in it resolves differently every time.
      if (rel === '404.html' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(ref.raw.trim())) {
        add(rel, `${ref.where}: ${show(ref)}: relative URL in the 404 page, which is served at any missing path; use href()`);
        continue;
      }
      const problem = check(ref, documentUrl);
      if (problem) add(rel, `${ref.where}: ${problem}`);
    }
  }
  return { problems, files, referenceCount };
}
