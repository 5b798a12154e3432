// A site is either the real county or the demo county, never real content
// with samples in it. The real site's built files (every page, the sitemap,
// the RSS feed, the open-data downloads, the search index and its compressed
// copies) contain no 示例 at all; every page of the demo site says 示例 in its
// title and in the banner on top.
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { baseSite, demoSite, missingBuild, pagesOrFail, rootSite, toRel, walk, type BuiltSite } from './built-site.ts';
import { parseHtml } from './html.ts';

const EXAMPLE = '示例';

/** A built file as text: compressed copies and Pagefind's gzipped index files unpacked, its word breaks (U+200B) removed. */
function readText(file: string): string {
  let bytes: Buffer = readFileSync(file);
  if (file.endsWith('.gz') || /\.pf_[a-z]+$/.test(file)) bytes = gunzipSync(bytes);
  else if (file.endsWith('.br')) bytes = brotliDecompressSync(bytes);
  return bytes.toString('utf8').replaceAll('\u200b', '');
}

const BINARY = /\.(?:jpe?g|png|webp|avif|gif|ico|woff2?|wasm)$/i;

describe.each([rootSite, baseSite])('the real site $label', (site: BuiltSite) => {
  test('has no 示例 in any built file: pages, sitemap, RSS, data downloads, search index', () => {
    const problem = missingBuild(site);
    if (problem) throw new Error(problem);
    const files = walk(site.dir).filter((f) => !BINARY.test(f));
    const rel = files.map((f) => toRel(site, f));
    // The check must have seen each kind of published file, or it proves nothing.
    for (const kind of [/\.html$/, /^sitemap\.xml$/, /^news\/rss\.xml$/, /^data\/.+\.json$/, /^data\/.+\.csv$/, /^pagefind\/fragment\/.+\.pf_fragment$/, /^pagefind\/index\/.+\.pf_index$/]) {
      expect(rel.some((r) => kind.test(r)), `no file matching ${kind} in ${site.label}/`).toBe(true);
    }
    const withExample = files.filter((f) => readText(f).includes(EXAMPLE)).map((f) => toRel(site, f));
    expect(withExample).toEqual([]);
  });
});

describe('the demo site', () => {
  const pages = pagesOrFail(demoSite);

  test('says 示例 in the title and in the banner of every page', () => {
    const unmarked: string[] = [];
    for (const page of pages) {
      const { tags } = parseHtml(readFileSync(page.file, 'utf8'));
      const title = tags.find((t) => t.name === 'title')?.body ?? '';
      const banner = tags.some((t) => t.name === 'p' && (t.attrs.get('class') ?? '').split(/\s+/).includes('site-example-note'));
      if (!title.includes(EXAMPLE) || !banner) unmarked.push(`${page.rel}: ${title.includes(EXAMPLE) ? '' : 'title'} ${banner ? '' : 'banner'}`.trim());
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(unmarked).toEqual([]);
  });

  test('marks every item of its RSS feed 示例, where a reader sees no banner', () => {
    const xml = readFileSync(`${demoSite.dir}/news/rss.xml`, 'utf8');
    const titles = [...xml.matchAll(/<item>[\s\S]*?<title>([^<]*)<\/title>/g)].map((m) => m[1]!);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => !t.startsWith('【示例】'))).toEqual([]);
  });
});
