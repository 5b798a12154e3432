// Every built page of the real and the demo site in real Chromium, as a reader
// on a phone (375 px) and a desktop (1280 px) gets it: no horizontal scrolling, no axe-core WCAG 2.2 AA
// violation, nothing fetched from another host, no JavaScript outside the
// search page, and with JavaScript off the page still shows its heading and
// navigation. The base-path build is loaded too, to catch assets fetched from
// the domain root instead of the portal sub-path.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../helpers/serve.ts';
import { serveDist } from '../helpers/serve.ts';
import type { BuiltSite, Page } from './built-site.ts';
import { baseSite, fullSites, isSearchPage, missingBuild, pagesOrFail } from './built-site.ts';
import { launchChromium } from './chromium.ts';
import { TESTED_WIDTHS } from '../../src/view/essentials.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The accessibility statement (/accessibility/) names these widths: one list for both.
const widths = TESTED_WIDTHS;
type Width = (typeof widths)[number];

interface Visit {
  readonly page: PwPage;
  readonly status: number | undefined;
  /** Every URL the page requested, in order. */
  readonly requests: readonly string[];
  /** Requests that failed or answered 400+, with the reason. */
  readonly failures: readonly string[];
  /** Scripts and WebAssembly the page fetched. */
  readonly scriptLoads: readonly string[];
}

/** What the current page of a tab asked the network for; emptied before each visit. */
interface Recorder {
  requests: string[];
  failures: string[];
  scriptLoads: string[];
}

let browser: Browser | undefined;
const tabs = new Map<string, { page: PwPage; record: Recorder }>();
const servers = new Map<BuiltSite, RunningServer>();
const timings: { label: string; ms: number }[] = [];
const suiteStart = performance.now();

async function server(site: BuiltSite): Promise<RunningServer> {
  let s = servers.get(site);
  if (!s) {
    s = await serveDist({ root: site.dir, base: site.base });
    servers.set(site, s);
  }
  return s;
}

type TabName = 'phone' | 'desktop' | 'no-js';

/**
 * One context and one tab per kind of reader, reused for every page: opening a
 * tab costs about as much as loading one of these pages on 2 cores.
 */
async function tab(name: TabName): Promise<{ page: PwPage; record: Recorder }> {
  let t = tabs.get(name);
  if (!t) {
    browser ??= await launchChromium();
    // isMobile makes Chromium honour (or miss) the viewport meta tag as a phone does.
    const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
    // bypassCSP lets the test inject axe; the pages' own policy is checked in csp.test.ts.
    const ctx: BrowserContext = await browser.newContext({
      bypassCSP: true,
      ...(name === 'desktop' ? { viewport: { width: 1280, height: 800 } } : name === 'phone' ? phone : { ...phone, javaScriptEnabled: false }),
    });
    const page = await ctx.newPage();
    const record: Recorder = { requests: [], failures: [], scriptLoads: [] };
    page.on('request', (r) => {
      record.requests.push(r.url());
      if (r.resourceType() === 'script' || /\.(?:m?js|wasm)(?:[?#]|$)/.test(new URL(r.url()).pathname)) record.scriptLoads.push(r.url());
    });
    page.on('websocket', (ws) => record.requests.push(ws.url()));
    page.on('requestfailed', (r) => record.failures.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`));
    page.on('response', (r) => {
      if (r.status() >= 400) record.failures.push(`${r.url()}: HTTP ${r.status()}`);
    });
    t = { page, record };
    tabs.set(name, t);
  }
  return t;
}

async function visit(name: TabName, url: string, { settle }: { settle: boolean }): Promise<Visit> {
  const { page, record } = await tab(name);
  // Leave the previous page first, so none of its requests are counted for this one.
  await page.goto('about:blank');
  for (const list of [record.requests, record.failures, record.scriptLoads]) list.length = 0;
  const response = await page.goto(url, { waitUntil: 'load' });
  // Bring lazy images into view so they are requested too.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)).catch(() => undefined);
  if (settle) await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0)).catch(() => undefined);
  return { page, status: response?.status(), requests: [...record.requests], failures: [...record.failures], scriptLoads: [...record.scriptLoads] };
}

/** Requests that would leave the machine: any host but 127.0.0.1 (data: and blob: never leave). */
function offHost(requests: readonly string[]): string[] {
  return requests.filter((u) => {
    const url = new URL(u);
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return false;
    return url.hostname !== '127.0.0.1';
  });
}

/** Elements that stick out to the right of the viewport, deepest first, for the failure message. */
async function overflow(page: PwPage): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const { scrollWidth, clientWidth } = root;
    const culprits: string[] = [];
    if (scrollWidth > clientWidth) {
      // An element sticks out with its box, or with content it lets overflow (a long unbreakable line in <pre>).
      const rightEdge = (el: Element) => {
        const rect = el.getBoundingClientRect();
        return getComputedStyle(el).overflowX === 'visible' ? Math.max(rect.right, rect.left + el.scrollWidth) : rect.right;
      };
      const sticksOut = (el: Element) => rightEdge(el) > clientWidth + 0.5;
      const clipped = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const ox = getComputedStyle(p).overflowX;
          if (ox !== 'visible' && ox !== 'clip') return true; // inside a scroll container: does not scroll the page
        }
        return false;
      };
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        if (!sticksOut(el) || clipped(el) || Array.from(el.children).some(sticksOut)) continue;
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        culprits.push(`<${el.tagName.toLowerCase()}${id}${cls}> right edge ${Math.round(rightEdge(el))} px${text ? ` “${text}”` : ''}`);
        if (culprits.length >= 8) break;
      }
    }
    return { scrollWidth, clientWidth, culprits };
  });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary: string }[];
}

async function axeViolations(page: PwPage): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
    }));
  }, axeTags);
  return violations.map((v) =>
    [
      `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})`,
      ...v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary.replace(/\s*\n\s*/g, ' ')}`),
      ...(v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more elements`] : []),
    ].join('\n'),
  );
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    timings.push({ label, ms: performance.now() - start });
  }
}

const sites = fullSites.map((site) => ({ site, pages: pagesOrFail(site) }));
const pageCount = sites.reduce((n, s) => n + s.pages.length, 0);

beforeAll(async () => {
  // Start Chromium once up front so the first page's timing is not the browser's start-up.
  if (pageCount > 0) await tab('phone');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const s of servers.values()) await s.close();
  if (timings.length > 0) {
    const total = timings.reduce((sum, t) => sum + t.ms, 0);
    const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(
      [
        `Browser checks: ${pageCount} pages, ${timings.length} page loads in ${(total / 1000).toFixed(1)} s ` +
          `(${(total / timings.length).toFixed(0)} ms each; ${((performance.now() - suiteStart) / 1000).toFixed(1)} s for the whole file incl. Chromium start).`,
        ...slowest.map((t) => `  slowest: ${t.label} ${t.ms.toFixed(0)} ms`),
      ].join('\n'),
    );
  }
});

describe.each(sites.flatMap(({ site, pages }) => pages.map((p) => [`${site.label}${p.path}`, site, p] as const)))('%s', (_path, site: BuiltSite, page: Page) => {
  const search = isSearchPage(page);

  test.each(widths)(`at %i px: no horizontal scroll, no axe violation, nothing off 127.0.0.1${search ? '' : ', no JavaScript'}`, async (width) => {
    await timed(`${site.label}${page.path} @${width}`, async () => {
      const s = await server(site);
      const v = await visit(width === 375 ? 'phone' : 'desktop', s.origin + page.urlPath, { settle: search });
      expect.soft(v.status, `${page.urlPath} answered HTTP ${v.status}`).toBe(200);
      expect.soft(offHost(v.requests), 'requests that leave 127.0.0.1').toEqual([]);
      expect.soft(v.failures, 'failed requests (broken assets)').toEqual([]);
      if (!search) {
        const scripts = await v.page.evaluate(() => Array.from(document.scripts, (s) => s.src || `inline: ${s.text.slice(0, 60)}`));
        expect.soft(scripts, '<script> elements (only /search/ may have any)').toEqual([]);
        expect.soft(v.scriptLoads, 'JavaScript fetched (only /search/ may)').toEqual([]);
      }
      const o = await overflow(v.page);
      expect
        .soft(o.culprits, `page scrolls horizontally at ${width} px: scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}`)
        .toEqual([]);
      expect.soft(o.scrollWidth, `scrollWidth at ${width} px`).toBeLessThanOrEqual(o.clientWidth);
      const violations = await axeViolations(v.page);
      expect.soft(violations, `axe-core (${axeTags.join(', ')}) violations at ${width} px:\n${violations.join('\n')}`).toEqual([]);
    });
  }, 60_000);

  test('with JavaScript off: heading and navigation are there', async () => {
    await timed(`${site.label}${page.path} no-js`, async () => {
      const s = await server(site);
      const v = await visit('no-js', s.origin + page.urlPath, { settle: false });
      expect.soft(v.status).toBe(200);
      const h1 = v.page.locator('h1');
      expect.soft(await h1.count(), 'exactly one <h1>').toBe(1);
      expect.soft(await h1.first().isVisible(), '<h1> visible').toBe(true);
      expect.soft((await h1.first().textContent())?.trim(), '<h1> has text').toBeTruthy();
      const navLinks = v.page.locator('nav').first().locator('a[href]');
      const count = await navLinks.count();
      expect.soft(count, 'links in the first <nav>').toBeGreaterThan(1);
      const hidden: string[] = [];
      for (let i = 0; i < count; i++) {
        if (!(await navLinks.nth(i).isVisible())) hidden.push((await navLinks.nth(i).textContent()) ?? '?');
      }
      expect.soft(hidden, 'navigation links hidden without JavaScript').toEqual([]);
      expect.soft((await v.page.locator('main').innerText()).trim().length, '<main> has visible text').toBeGreaterThan(0);
    });
  }, 60_000);
});

describe(`the base-path build (${baseSite.label}/ under ${baseSite.base})`, () => {
  const problem = missingBuild(baseSite);
  if (problem) {
    test(`${baseSite.label}/ is built`, () => {
      throw new Error(problem);
    });
    return;
  }
  test.each(pagesOrFail(baseSite).map((p) => [p.urlPath, p] as const))('%s loads everything from under the base path', async (_u, page) => {
    await timed(`${page.urlPath} (base)`, async () => {
      const s = await server(baseSite);
      const v = await visit('desktop', s.origin + page.urlPath, { settle: isSearchPage(page) });
      expect.soft(v.status).toBe(200);
      expect.soft(offHost(v.requests), 'requests that leave 127.0.0.1').toEqual([]);
      const outside = v.requests.filter((u) => new URL(u).host === new URL(s.origin).host && !new URL(u).pathname.startsWith(baseSite.base));
      expect.soft(outside, `requests outside ${baseSite.base}`).toEqual([]);
      expect.soft(v.failures, 'failed requests (broken assets)').toEqual([]);
    });
  }, 60_000);
});
