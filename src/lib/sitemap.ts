// The sitemap lists the pages Astro actually built: the build hands its own
// list of generated paths to src/integrations/sitemap.ts, so the sitemap and
// the routing cannot disagree. Here: which of those paths are pages a reader
// should find, and the XML.

/** Pages that are not meant to be found: error pages. */
const EXCLUDED = new Set(['404', '500', '404.html', '500.html']);

/**
 * The HTML pages among the paths a build generated (Astro's pathnames, e.g.
 * "", "plan/", "news/2/", "news/rss.xml"), as site-relative paths with a
 * trailing slash ('' for home): endpoints (a path whose last segment has an
 * extension) and error pages are left out.
 */
export function sitemapPaths(pathnames: readonly string[]): string[] {
  const pages = pathnames
    .map((p) => p.replace(/^\/+/, ''))
    .filter((p) => !EXCLUDED.has(p.replace(/\/$/, '')) && !/\.[a-z0-9]+$/i.test(p.replace(/\/$/, '')))
    .map((p) => (p === '' || p.endsWith('/') ? p : `${p}/`));
  return [...new Set(pages)].sort();
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
