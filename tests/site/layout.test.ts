// How the pages of the real and the demo site lay out in real Chromium at
// 320, 375 and 1280 px, one page of each kind:
// - no table hides content without saying so: it fits its box, or its box
//   scrolls sideways, can be focused, has a name and shows the cue (edge
//   shadow and the caption's “左右滑动查看” line);
// - no date breaks across lines (at 320 px every date is one line box), and
//   every date in the text is wrapped so it cannot (src/lib/nowrap-dates.ts);
// - the header takes at most a quarter of a 375×812 phone screen;
// - every page but the home page has the breadcrumb 首页 › … › this page;
// - no two text labels of a chart overlap.
import type { Browser, Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../helpers/serve.ts';
import { serveDist } from '../helpers/serve.ts';
import type { BuiltSite, Page } from './built-site.ts';
import { fullSites, pagesOrFail } from './built-site.ts';
import { launchChromium } from './chromium.ts';

const widths = [320, 375, 1280] as const;

/** One page stands for all pages of its kind: the units, articles, news list pages. */
function pageKind(path: string): string {
  return path.replace(/^\/units\/[^/]+\/$/, '/units/*/').replace(/^\/news\/[^/]+\/$/, '/news/*/');
}

function pagesByKind(pages: readonly Page[]): Page[] {
  const seen = new Set<string>();
  return pages.filter((p) => {
    const kind = pageKind(p.path);
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

let browser: Browser | undefined;
const servers = new Map<BuiltSite, RunningServer>();
const tabs = new Map<number, PwPage>();

async function open(site: BuiltSite, page: Page, width: number): Promise<PwPage> {
  let s = servers.get(site);
  if (!s) {
    s = await serveDist({ root: site.dir, base: site.base });
    servers.set(site, s);
  }
  let tab = tabs.get(width);
  if (!tab) {
    browser ??= await launchChromium();
    const ctx = await browser.newContext(
      width === 1280 ? { viewport: { width, height: 800 } } : { viewport: { width, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    );
    tab = await ctx.newPage();
    tabs.set(width, tab);
  }
  await tab.goto(s.origin + page.urlPath, { waitUntil: 'load' });
  return tab;
}

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const s of servers.values()) await s.close();
});

/** Tables that hide columns without a cue, with the reason. */
async function hiddenTables(tab: PwPage): Promise<string[]> {
  return tab.evaluate(() => {
    const problems: string[] = [];
    for (const [i, table] of Array.from(document.querySelectorAll('main table')).entries()) {
      const caption = table.querySelector('caption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const name = `table ${i + 1}${caption ? ` “${caption.slice(0, 30)}”` : ''}`;
      // The nearest box that clips or scrolls it, if any.
      let box: HTMLElement | undefined;
      for (let p: HTMLElement | null = table as HTMLElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') {
          box = p;
          break;
        }
      }
      if (!box) {
        if (table.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5) problems.push(`${name} sticks out of the page and is in no scroll box`);
        continue;
      }
      if (box.scrollWidth <= box.clientWidth + 1) continue; // it fits
      const ox = getComputedStyle(box).overflowX;
      if (ox !== 'auto' && ox !== 'scroll') problems.push(`${name}: ${box.scrollWidth} px in a ${box.clientWidth} px box that clips it (overflow-x: ${ox})`);
      if (box.tabIndex < 0) problems.push(`${name}: its scroll box cannot be focused, so a keyboard cannot scroll it`);
      if (!box.getAttribute('aria-label') && !box.getAttribute('aria-labelledby')) problems.push(`${name}: its scroll box has no name`);
      const cue = getComputedStyle(table.querySelector('caption') ?? table, '::before').content;
      if (!cue.includes('左右滑动查看')) problems.push(`${name}: ${box.scrollWidth} px in a ${box.clientWidth} px box without the “左右滑动查看” cue`);
      if (!getComputedStyle(box).backgroundImage.includes('gradient')) problems.push(`${name}: its scroll box has no edge shadow`);
      // The caption stays readable in the box: its lines end inside it.
      const cap = table.querySelector('caption');
      if (cap) {
        const range = document.createRange();
        range.selectNodeContents(cap);
        const right = box.getBoundingClientRect().right;
        if (Array.from(range.getClientRects()).some((r) => r.right > right + 1)) problems.push(`${name}: its caption runs past the right edge of the box`);
      }
    }
    return problems;
  });
}

/** Dates that break across lines, and dates in the text that are not wrapped against it. */
async function brokenDates(tab: PwPage): Promise<{ broken: string[]; unwrapped: string[] }> {
  return tab.evaluate(() => {
    const broken: string[] = [];
    for (const span of Array.from(document.querySelectorAll<HTMLElement>('span.nowrap'))) {
      const rects = Array.from(span.getClientRects()).filter((r) => r.width > 0);
      if (rects.length === 0) continue; // not shown (e.g. in a hidden chart variant)
      const tops = new Set(rects.map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(`“${span.textContent}” spans ${tops.size} lines`);
    }
    const unwrapped: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('svg, script, style, .nowrap')) continue;
      const m = /\d{4}年\d{1,2}月(?:\d{1,2}日)?/.exec(n.textContent ?? '');
      if (m) unwrapped.push(`“${m[0]}” in <${parent.tagName.toLowerCase()}>`);
    }
    return { broken, unwrapped };
  });
}

/** Pairs of text labels of a shown chart whose boxes overlap. */
async function overlappingLabels(tab: PwPage): Promise<string[]> {
  return tab.evaluate(() => {
    const out: string[] = [];
    for (const svg of Array.from(document.querySelectorAll('main svg'))) {
      const texts = Array.from(svg.querySelectorAll('text'))
        .map((t) => ({ text: t.textContent?.trim() ?? '', r: t.getBoundingClientRect() }))
        .filter((t) => t.text && t.r.width > 0 && t.r.height > 0);
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i]!.r;
          const b = texts[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 0.5 && h > 0.5) out.push(`“${texts[i]!.text}” and “${texts[j]!.text}” overlap by ${w.toFixed(1)}×${h.toFixed(1)} px`);
        }
      }
    }
    return out;
  });
}

for (const site of fullSites) {
  const pages = pagesByKind(pagesOrFail(site));
  describe(site.label, () => {
    describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
      test.each(widths)('at %i px: every table fits or scrolls with a cue; no chart label overlaps another', async (width) => {
        const tab = await open(site, page, width);
        expect.soft(await hiddenTables(tab), `tables at ${width} px`).toEqual([]);
        expect.soft(await overlappingLabels(tab), `chart labels at ${width} px`).toEqual([]);
      }, 30_000);

      test('at 320 px: no date breaks across lines, and every date is kept whole', async () => {
        const tab = await open(site, page, 320);
        const { broken, unwrapped } = await brokenDates(tab);
        expect.soft(broken, 'dates broken across lines').toEqual([]);
        expect.soft(unwrapped, 'dates not wrapped in span.nowrap').toEqual([]);
      }, 30_000);

      test('at 375×812: the header takes at most a quarter of the screen; the breadcrumb is 首页 › … › this page', async () => {
        const tab = await open(site, page, 375);
        const header = await tab.evaluate(() => document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0);
        expect.soft(header, 'header height in px').toBeLessThanOrEqual(812 / 4);
        const crumb = await tab.evaluate(() => {
          const nav = document.querySelector('nav.breadcrumb');
          if (!nav) return undefined;
          const items = Array.from(nav.querySelectorAll('li'));
          return {
            label: nav.getAttribute('aria-label'),
            first: items[0]?.querySelector('a')?.getAttribute('href'),
            firstText: items[0]?.textContent?.trim(),
            last: items.at(-1)?.getAttribute('aria-current'),
            count: document.querySelectorAll('nav.breadcrumb').length,
          };
        });
        if (page.path === '/') {
          expect.soft(crumb, 'the home page has no breadcrumb').toBeUndefined();
        } else {
          expect.soft(crumb, 'one breadcrumb: 首页 first, this page last').toEqual({ label: '当前位置', first: site.base, firstText: '首页', last: 'page', count: 1 });
        }
      }, 30_000);
    });
  });
}
