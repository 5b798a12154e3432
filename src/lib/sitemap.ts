// Which addresses the built site has, worked out from the page files the way
// Astro routes them, so the sitemap lists every page without a hand-kept list.

/** A page file under src/pages, as a route: its segments, and whether it is left out. */
export interface PageRoute {
  readonly file: string;
  /** e.g. ['news', '[...page]'] for src/pages/news/[...page].astro; [] for the home page. */
  readonly segments: readonly string[];
  readonly dynamic: boolean;
  /** The rest parameter paginate() fills, e.g. "page". */
  readonly restParam?: string;
}

const PAGE_EXTENSIONS = /\.(astro|md|mdx|html)$/;
/** Pages that are not meant to be found: error pages. */
const EXCLUDED = new Set(['404', '500']);

/**
 * The route of a page file (path relative to src/pages, e.g. "news/[id].astro"),
 * or undefined when Astro does not publish it as an HTML page (an endpoint, a
 * file or folder starting with "_") or it is an error page.
 */
export function pageRoute(file: string): PageRoute | undefined {
  if (!PAGE_EXTENSIONS.test(file)) return undefined;
  const parts = file.replace(PAGE_EXTENSIONS, '').split('/');
  if (parts.some((p) => p.startsWith('_'))) return undefined;
  if (parts.length === 1 && EXCLUDED.has(parts[0]!)) return undefined;
  if (parts[parts.length - 1] === 'index') parts.pop();
  const rest = parts.map((p) => /^\[\.\.\.(\w+)\]$/.exec(p)?.[1]).find((p) => p !== undefined);
  return {
    file,
    segments: parts,
    dynamic: parts.some((p) => p.includes('[')),
    ...(rest ? { restParam: rest } : {}),
  };
}

/** The site-relative path of a route with its parameters filled in, with a trailing slash ('' for home). */
export function fillRoute(segments: readonly string[], params: Readonly<Record<string, string | number | undefined>>): string {
  const filled = segments.flatMap((segment) => {
    const rest = /^\[\.\.\.(\w+)\]$/.exec(segment);
    if (rest) {
      const value = params[rest[1]!];
      return value === undefined || value === '' ? [] : String(value).split('/');
    }
    const value = segment.replace(/\[(\w+)\]/g, (_, name: string) => {
      const v = params[name];
      if (v === undefined) throw new Error(`route ${segments.join('/')} needs parameter ${name}`);
      return String(v);
    });
    return [value];
  });
  return filled.length === 0 ? '' : `${filled.join('/')}/`;
}

/**
 * What Astro's paginate() returns, without props: the pages' params. Page 1
 * has no page number in its address (news/), later pages do (news/2/).
 */
export function paginateParams(
  count: number,
  restParam: string,
  options: { pageSize?: number; params?: Record<string, string | undefined> } = {},
): { params: Record<string, string | undefined> }[] {
  const pageSize = options.pageSize ?? 10;
  const last = Math.max(1, Math.ceil(count / pageSize));
  return Array.from({ length: last }, (_, i) => ({
    params: { ...options.params, [restParam]: i === 0 ? undefined : String(i + 1) },
  }));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A sitemaps.org urlset of absolute URLs, sorted and without duplicates. */
export function sitemapXml(urls: readonly string[]): string {
  const unique = [...new Set(urls)].sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...unique.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
