// Site search as a reader uses it: Pagefind's own browser script, loaded in
// Node against the built index, answers Chinese queries with the right pages.
// Needs a build with the Pagefind step (`astro build && pagefind --site dist`).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_HINT, distDir } from './site/built-site.ts';

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
  destroy?(): Promise<void>;
}

const bundle = join(distDir, 'pagefind');
const built = existsSync(join(bundle, 'pagefind.js'));
if (!built) {
  console.warn(`tests/search.test.ts skipped: ${bundle}/pagefind.js is missing. Build with \`${BUILD_HINT.dist}\`.`);
}

describe.skipIf(!built)('site search (Pagefind index in dist/pagefind)', () => {
  let pagefind: Pagefind;
  const realFetch = globalThis.fetch;

  beforeAll(async () => {
    // pagefind.js fetches its index next to itself; Node's fetch cannot read file: URLs.
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.startsWith('file:')) return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
      return realFetch(input, init);
    }) as typeof fetch;
    pagefind = (await import(pathToFileURL(join(bundle, 'pagefind.js')).href)) as Pagefind;
    await pagefind.options({ basePath: pathToFileURL(`${bundle}/`).href, baseUrl: '/' });
    await pagefind.init();
  });

  afterAll(async () => {
    await pagefind?.destroy?.();
    globalThis.fetch = realFetch;
  });

  async function urls(query: string): Promise<string[]> {
    const { results } = await pagefind.search(query);
    return Promise.all(results.map(async (r) => (await r.data()).url));
  }

  it('finds a leading-group member by name, the roster page among the first results', async () => {
    const found = await urls('郭洪献');
    expect(found.slice(0, 3)).toContain('/leading-group/');
  });

  it('finds a unit by its short name, its own page among the first results', async () => {
    const found = await urls('财政局');
    expect(found.slice(0, 5)).toContain('/units/finance-bureau/');
  });

  it('finds a phase by name in the plan and the progress page', async () => {
    const found = await urls('自查整改');
    expect(found).toContain('/plan/');
    expect(found).toContain('/progress/');
    // A section page comes first.
    const top = found.slice(0, 3);
    expect(top.some((u) => u === '/plan/' || u === '/progress/')).toBe(true);
  });

  it('segments Chinese text into words: a two-character word inside a sentence matches', async () => {
    // 督导 only ever appears inside longer runs of Chinese text (督导检查, 督导组).
    expect(await urls('督导')).toContain('/plan/');
  });

  it('keeps the search and 404 pages out of the results', async () => {
    const found = [...(await urls('搜索')), ...(await urls('页面'))];
    expect(found).not.toContain('/search/');
    expect(found).not.toContain('/404/');
    expect(found.some((u) => u.includes('404'))).toBe(false);
  });
});
