import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitemapPaths, sitemapXml } from '../src/lib/sitemap.ts';
import { baseSite, listPages, rootSite, type BuiltSite } from './site/built-site.ts';

describe('the pages among the paths a build generated', () => {
  it('keeps pages, with a trailing slash, and leaves out endpoints and error pages', () => {
    expect(sitemapPaths(['', 'plan/', 'news/2/', 'news/rss.xml', 'data/units.csv', 'robots.txt', '404.html', '404', 'units/finance-bureau', 'plan/'])).toEqual([
      '',
      'news/2/',
      'plan/',
      'units/finance-bureau/',
    ]);
  });

  it('writes each URL once, escaped, in a sitemaps.org urlset', () => {
    const xml = sitemapXml(['https://example.org/b/', 'https://example.org/a/?x=1&y=2', 'https://example.org/b/']);
    expect(xml.match(/<loc>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://example.org/a/?x=1&amp;y=2</loc>');
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  });
});

describe.each([rootSite, baseSite])('the built sitemap of $label', (site: BuiltSite) => {
  const sitemapFile = join(site.dir, 'sitemap.xml');
  it.runIf(existsSync(sitemapFile))('lists every built HTML page except the 404 page, under the base path, and nothing else', () => {
    const xml = readFileSync(sitemapFile, 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    const built = listPages(site)
      .filter((p) => p.path !== '/404.html' && !p.path.startsWith('/pagefind/'))
      .map((p) => p.urlPath)
      .sort();
    expect(listed).toEqual(built);
  });
});
