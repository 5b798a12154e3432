import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillRoute, pageRoute, paginateParams, sitemapXml } from '../src/lib/sitemap.ts';
import { distDir, listPages, rootSite } from './site/built-site.ts';

describe('page routes from file names', () => {
  it('maps index files to their folder and leaves out endpoints, partials and error pages', () => {
    expect(pageRoute('index.astro')?.segments).toEqual([]);
    expect(pageRoute('data/index.astro')?.segments).toEqual(['data']);
    expect(pageRoute('news/[id].astro')).toMatchObject({ segments: ['news', '[id]'], dynamic: true });
    expect(pageRoute('news/rss.xml.ts')).toBeUndefined();
    expect(pageRoute('data/_datasets.ts')).toBeUndefined();
    expect(pageRoute('_drafts/x.astro')).toBeUndefined();
    expect(pageRoute('404.astro')).toBeUndefined();
  });

  it('fills parameters and drops an empty rest parameter (page 1 of a list)', () => {
    expect(fillRoute([], {})).toBe('');
    expect(fillRoute(['news', '[id]'], { id: '2020-08-01-plan-issued' })).toBe('news/2020-08-01-plan-issued/');
    expect(fillRoute(['news', '[...page]'], { page: undefined })).toBe('news/');
    expect(fillRoute(['news', '[...page]'], { page: '2' })).toBe('news/2/');
    expect(() => fillRoute(['units', '[id]'], {})).toThrow(/needs parameter id/);
  });

  it('paginates like Astro: page 1 without a number, then 2, 3…', () => {
    const pages = paginateParams(21, 'page', { pageSize: 10 }).map((p) => fillRoute(['news', '[...page]'], p.params));
    expect(pages).toEqual(['news/', 'news/2/', 'news/3/']);
    expect(paginateParams(0, 'page')).toHaveLength(1);
  });

  it('writes each URL once, escaped, in a sitemaps.org urlset', () => {
    const xml = sitemapXml(['https://example.org/b/', 'https://example.org/a/?x=1&y=2', 'https://example.org/b/']);
    expect(xml.match(/<loc>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://example.org/a/?x=1&amp;y=2</loc>');
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  });
});

const sitemapFile = join(distDir, 'sitemap.xml');
describe.skipIf(!existsSync(sitemapFile))('the built sitemap', () => {
  it('lists every built HTML page except the 404 page, and nothing else', () => {
    const xml = readFileSync(sitemapFile, 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    const built = listPages(rootSite)
      .map((p) => p.path)
      .filter((p) => p !== '/404.html' && !p.startsWith('/pagefind/'))
      .sort();
    expect(listed).toEqual(built);
  });
});
