// Page weight budget for slow rural connections: every page of the real and
// the demo site except search is at most 20 KB gzip (its HTML plus every
// stylesheet it loads) and ships no JavaScript at all. And every page, search
// too, is at most 60 KiB uncompressed, as a plain static server without
// compression sends it (and as a phone has to parse it): long tables live on
// sub-pages of their own (/progress/units/, /indicators/<stage>/).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import type { BuiltSite, Page } from './built-site.ts';
import { fullSites, isSearchPage, pagesOrFail } from './built-site.ts';
import { parseHtml } from './html.ts';

const BUDGET_GZIP_BYTES = 20 * 1024;
const BUDGET_RAW_BYTES = 60 * 1024;

// Level 6 is what common servers (nginx gzip_comp_level, CDNs) use at most; a budget
// measured at level 9 would flatter the page.
const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 6 }).length;

/** Reads a file the page references by a root-relative or relative URL, or undefined if it is not in the build. */
function builtFile(site: BuiltSite, page: Page, ref: string): Buffer | undefined {
  const url = new URL(ref, `http://site.test${page.urlPath}`);
  if (url.origin !== 'http://site.test' || !url.pathname.startsWith(site.base)) return undefined;
  const file = join(site.dir, decodeURIComponent(url.pathname.slice(site.base.length)));
  return existsSync(file) ? readFileSync(file) : undefined;
}

interface Weight {
  readonly page: string;
  readonly htmlGzip: number;
  readonly cssGzip: number;
  readonly total: number;
  /** HTML plus stylesheets, uncompressed. */
  readonly raw: number;
  /** What counts as JavaScript, with its size in bytes. */
  readonly js: readonly string[];
}

function weigh(site: BuiltSite, page: Page): Weight {
  const html = readFileSync(page.file);
  const { tags } = parseHtml(html.toString('utf8'));
  let cssGzip = 0;
  let cssRaw = 0;
  const js: string[] = [];
  for (const tag of tags) {
    const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = tag.attrs.get('href');
    if (tag.name === 'link' && rel.includes('stylesheet') && href) {
      const css = builtFile(site, page, href);
      // A stylesheet that is not in the build is a broken link (links.test.ts); here it weighs nothing.
      if (css) {
        cssGzip += gzipSize(css);
        cssRaw += css.length;
      }
    }
    if (tag.name === 'link' && (rel.includes('modulepreload') || (rel.includes('preload') && tag.attrs.get('as') === 'script')) && href) {
      js.push(`<link rel="${tag.attrs.get('rel')}" href="${href}"> (${builtFile(site, page, href)?.length ?? '?'} bytes)`);
    }
    if (tag.name === 'script') {
      const type = (tag.attrs.get('type') ?? '').toLowerCase();
      // JSON data blocks (ld+json, importmap aside) are not executed; everything else is script.
      if (type === 'application/ld+json' || type === 'application/json') continue;
      const src = tag.attrs.get('src');
      if (src) js.push(`<script src="${src}"> (${builtFile(site, page, src)?.length ?? '?'} bytes)`);
      else js.push(`inline <script> (${Buffer.byteLength(tag.body)} bytes)`);
    }
    for (const [name, value] of tag.attrs) {
      if (/^on[a-z]+$/.test(name)) js.push(`<${tag.name} ${name}> handler (${Buffer.byteLength(value)} bytes)`);
    }
  }
  const htmlGzip = gzipSize(html);
  return { page: `${site.label}/${page.rel}`, htmlGzip, cssGzip, total: htmlGzip + cssGzip, raw: html.length + cssRaw, js };
}

const weights: Weight[] = [];
const rawWeights: Weight[] = [];

describe.each(fullSites.map((s) => [s.label, s] as const))('%s', (_label, site: BuiltSite) => {
  const pages = pagesOrFail(site).filter((p) => !isSearchPage(p));
  test.each(pages.map((p) => [p.rel, p] as const))('%s: at most 20 KB gzip and no JavaScript', (_rel, page) => {
    const w = weigh(site, page);
    weights.push(w);
    expect.soft(w.js, `${w.page} ships JavaScript; only the search page may`).toEqual([]);
    expect
      .soft(w.total, `${w.page} weighs ${w.total} bytes gzip (HTML ${w.htmlGzip} + CSS ${w.cssGzip}); budget ${BUDGET_GZIP_BYTES}`)
      .toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
});

describe.each(fullSites.map((s) => [s.label, s] as const))('%s uncompressed', (_label, site: BuiltSite) => {
  test.each(pagesOrFail(site).map((p) => [p.rel, p] as const))('%s: at most 60 KiB of HTML and CSS uncompressed', (_rel, page) => {
    const w = weigh(site, page);
    rawWeights.push(w);
    expect(w.raw, `${w.page} is ${w.raw} bytes of HTML and CSS uncompressed; budget ${BUDGET_RAW_BYTES}`).toBeLessThanOrEqual(BUDGET_RAW_BYTES);
  });
});

afterAll(() => {
  if (weights.length === 0) return;
  const sorted = [...weights].sort((a, b) => b.total - a.total);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const heaviest = sorted[0]!;
  console.log(
    [
      `Size budget: ${weights.length} pages (search excluded), budget ${kb(BUDGET_GZIP_BYTES)} gzip each.`,
      `Heaviest: ${heaviest.page} ${kb(heaviest.total)} gzip (HTML ${heaviest.htmlGzip} B + CSS ${heaviest.cssGzip} B).`,
      ...sorted.slice(0, 5).map((w) => `  ${kb(w.total).padStart(8)}  ${w.page}`),
      `Uncompressed: budget ${kb(BUDGET_RAW_BYTES)} each; heaviest:`,
      ...[...rawWeights].sort((a, b) => b.raw - a.raw).slice(0, 5).map((w) => `  ${kb(w.raw).padStart(8)}  ${w.page}`),
    ].join('\n'),
  );
});
