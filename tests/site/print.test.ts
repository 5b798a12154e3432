// Printing, as a reader with a browser's “打印” gets it: one page of every
// kind (home, plan, original, leading group, an article, a unit, …) of the real
// and the demo build, printed to PDF by Chromium honouring the page's own
// @page size, then read back with poppler's pdfinfo and pdftotext:
// every sheet is A4, the first sheet carries the page's content (not a title
// above a table pushed to sheet two), each sheet a table runs on repeats the
// table's header row, no header cell breaks between its characters (序号 as
// 序 / 号), and the skip link, navigation and search are left off paper.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../helpers/serve.ts';
import { serveDist } from '../helpers/serve.ts';
import type { BuiltSite, Page } from './built-site.ts';
import { fullSites, pagesOrFail } from './built-site.ts';
import { launchChromium } from './chromium.ts';

/** A4 in PostScript points. */
const A4 = { width: 595.28, height: 841.89 };
const squash = (s: string) => s.replace(/\s+/gu, '');

/** '/news/2020-08-01-plan-issued/' and '/news/2/' are one kind, '/news/' another: the first path segment and whether more follows. */
function kindOf(page: Page): string {
  const segments = page.path.split('/').filter(Boolean);
  return segments.length <= 1 ? page.path : `/${segments[0]}/*/`;
}

/** The first page of each kind, in the build's order. */
function onePerKind(pages: readonly Page[]): Page[] {
  const seen = new Map<string, Page>();
  for (const p of pages) if (!seen.has(kindOf(p))) seen.set(kindOf(p), p);
  return [...seen.values()];
}

interface Sheet {
  readonly width: number;
  readonly height: number;
  /** Text lines as pdftotext -raw reads them, spaces inside a line removed. */
  readonly lines: readonly string[];
  /** How far down the sheet the lowest text reaches, 0 to 1. */
  readonly filled: number;
  /** Where the text on the sheet begins and ends across, in points from the left edge. */
  readonly text: { readonly left: number; readonly right: number };
}

/** Each sheet of a PDF: its size (pdfinfo), its text and how far down it is filled (pdftotext -bbox). */
function readPdf(file: string): Sheet[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gmu)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = bbox.split('<page ').slice(1);
  return sizes.map((size, i) => {
    const words = [...(pages[i] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/gu)].map((m) => m.slice(1, 5).map(Number));
    const yMax = Math.max(0, ...words.map((w) => w[3]!));
    const box = { left: Math.min(...words.map((w) => w[0]!)), right: Math.max(...words.map((w) => w[2]!)) };
    // -raw: the text in the order Chromium drew it, which is the page's order, one printed line per line.
    const text = execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-raw', file, '-'], { encoding: 'utf8' });
    return { ...size, lines: text.split('\n').map(squash).filter(Boolean), filled: yMax / size.height, text: box };
  });
}

interface PrintedTable {
  /** Caption or first header, to name the table in a failure. */
  readonly name: string;
  /** Text of each header cell as printed. */
  readonly headers: readonly string[];
  /** Each run of text inside the header cells, which must not break over two lines. */
  readonly phrases: readonly string[];
  /** Whether the table is one of the wide per-school tables, whose long headers may wrap. */
  readonly wide: boolean;
  /** For each body row, its longest cell text that appears nowhere else on the page: where the row printed. */
  readonly rowMarks: readonly string[];
}

/** What the page shows on paper: its tables and which frame elements still print. */
async function printedDom(page: PwPage): Promise<{ tables: PrintedTable[]; framePrinted: string[]; h1: string; forcedBreaks: string[]; keptWhole: string[] }> {
  return page.evaluate(() => {
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const sq = (s: string) => s.replace(/\s+/gu, '');
    /** Text that reaches paper: not what is hidden, nor the 1-pixel text for screen readers only. */
    const printedText = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element) || !shown(node)) return '';
      const r = node.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) return '';
      return [...node.childNodes].map(printedText).join('');
    };
    const main = document.querySelector('main')!;
    const tables = [...main.querySelectorAll('table')].filter((t) => shown(t) && t.tHead && shown(t.tHead));
    const printed = tables.map((t) => {
      const cells = [...t.tHead!.querySelectorAll('th')];
      const headers = cells.map((th) => sq(printedText(th))).filter(Boolean);
      // Each run of text in a header cell (序号; 完成自查 and, below it, 2020年8月31日前) is one printed line.
      const phrases = cells.flatMap((th) => {
        const runs: string[] = [];
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const run = sq(n.textContent ?? '');
          if (run.length >= 2 && printedText(n.parentElement!).includes(n.textContent ?? '')) runs.push(run);
        }
        return runs;
      });
      const clone = main.cloneNode(true) as HTMLElement;
      const all = [...main.querySelectorAll('table')];
      clone.querySelectorAll('table').forEach((copy, i) => {
        if (all[i] === t) copy.remove();
      });
      const rest = sq(clone.textContent ?? '');
      const rowMarks = [...t.tBodies]
        .flatMap((b) => [...b.rows])
        .filter(shown)
        .map((row) =>
          [...row.cells]
            .filter(shown)
            .map((c) => sq(printedText(c)))
            .filter((s) => s.length >= 2 && !rest.includes(s))
            .sort((a, b) => b.length - a.length)[0],
        )
        .filter((s): s is string => s !== undefined);
      return { name: sq(t.caption ? printedText(t.caption) : '') || headers[0] || '(table)', headers, phrases, wide: t.classList.contains('wide'), rowMarks };
    });
    const frame = [...document.querySelectorAll('a.skip-link, a[href="#main"], nav, search, [role="search"], .breadcrumb')];
    const framePrinted = frame.filter(shown).map((el) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}${el.getAttribute('aria-label') ? ` aria-label="${el.getAttribute('aria-label')}"` : ''}>`);
    // Where the page asks for a new sheet (the notice, the plan and the roster of /original/ each start one).
    const forcedBreaks = [...main.querySelectorAll('*')]
      .filter((el) => shown(el) && ['page', 'left', 'right', 'recto', 'verso'].includes(getComputedStyle(el).breakBefore))
      .map((el) => sq(printedText(el)).slice(0, 12));
    // Charts and pictures kept whole (break-inside: avoid) move to the next sheet with the heading above them when they do not fit.
    const keptWhole = [...main.querySelectorAll('figure, svg, img, picture')]
      .filter((el) => shown(el) && getComputedStyle(el).breakInside === 'avoid')
      .map((el) => {
        const before = el.previousElementSibling;
        const start = before && /^H[1-6]$/u.test(before.tagName) ? before : el;
        return sq(printedText(start)).slice(0, 12);
      })
      .filter(Boolean);
    const h1 = document.querySelector('h1');
    return { tables: printed, framePrinted, h1: h1 ? sq(printedText(h1)) : '', forcedBreaks, keptWhole };
  });
}

let browser: Browser | undefined;
let tab: PwPage | undefined;
const servers = new Map<BuiltSite, RunningServer>();
const tmp = mkdtempSync(join(tmpdir(), 'print-test-'));

beforeAll(async () => {
  browser = await launchChromium();
  tab = await (await browser.newContext()).newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const s of servers.values()) await s.close();
  rmSync(tmp, { recursive: true, force: true });
});

interface Printed {
  readonly sheets: readonly Sheet[];
  readonly dom: Awaited<ReturnType<typeof printedDom>>;
}

const printCache = new Map<string, Promise<Printed>>();

/** Each page is printed once, whichever test asks first. */
function print(site: BuiltSite, page: Page): Promise<Printed> {
  const key = `${site.dir}${page.path}`;
  if (!printCache.has(key)) printCache.set(key, printOnce(site, page));
  return printCache.get(key)!;
}

async function printOnce(site: BuiltSite, page: Page): Promise<Printed> {
  let server = servers.get(site);
  if (!server) {
    server = await serveDist({ root: site.dir, base: site.base });
    servers.set(site, server);
  }
  const response = await tab!.goto(new URL(page.urlPath, server.url).href, { waitUntil: 'load' });
  expect(response?.status(), page.path === '/404.html' ? undefined : `${page.path} loads`).toBeLessThan(page.path === '/404.html' ? 500 : 400);
  await tab!.emulateMedia({ media: 'print' });
  const dom = await printedDom(tab!);
  const file = join(tmp, `${site.label.replace(/\W+/gu, '_')}${page.path.replace(/\W+/gu, '_')}.pdf`);
  writeFileSync(file, await tab!.pdf({ preferCSSPageSize: true }));
  await tab!.emulateMedia({ media: 'screen' });
  return { sheets: readPdf(file), dom };
}

const mm = (n: number) => (n * 72) / 25.4;

for (const site of fullSites) {
  describe(`${site.label}/ printed`, () => {
    const original = pagesOrFail(site).find((p) => p.path === '/original/');
    if (original) {
      // Only the sides are measured: pdftotext's vertical boxes are the CJK fonts' full glyph boxes, up to 2 em high.
      test('/original/ keeps the side margins of GB/T 9704: 28 mm at the binding edge, 26 mm on the right', async () => {
        const { sheets } = await print(site, original);
        for (const [i, s] of sheets.entries()) {
          expect(s.text.left, `sheet ${i + 1}: left edge of the text`).toBeGreaterThanOrEqual(mm(28) - 2);
          expect(s.text.right, `sheet ${i + 1}: right edge of the text`).toBeLessThanOrEqual(A4.width - mm(26) + 2);
        }
      });
    }

    for (const page of onePerKind(pagesOrFail(site))) {
      test(`${page.path} prints on A4 from its first sheet, table headers on every sheet, without the site's navigation`, async () => {
        const { sheets, dom } = await print(site, page);
        expect(sheets.length).toBeGreaterThan(0);

        for (const [i, s] of sheets.entries()) {
          expect({ sheet: i + 1, width: Math.round(s.width), height: Math.round(s.height) }).toEqual({ sheet: i + 1, width: Math.round(A4.width), height: Math.round(A4.height) });
        }

        // The first sheet has the page's heading and real content, and is not left half empty when more follows.
        const first = sheets[0]!;
        const firstText = first.lines.join('');
        if (dom.h1) expect(firstText, 'the heading is on the first sheet').toContain(dom.h1.slice(0, 12));
        expect(firstText.length, `first sheet text: ${firstText.slice(0, 200)}`).toBeGreaterThanOrEqual(Math.min(150, sheets.map((s) => s.lines.join('')).join('').length));
        // More than 40% of the sheet left empty is content pushed down, unless the page itself starts a sheet
        // there (/original/: the notice, the plan, the roster) or a chart kept whole did not fit in the space left.
        if (sheets.length > 1 && first.filled <= 0.6) {
          const next = sheets[1]!.lines.join('');
          expect(
            [...dom.forcedBreaks, ...dom.keptWhole].some((b) => next.startsWith(b)),
            `the first sheet is filled only ${Math.round(first.filled * 100)}% down, and sheet 2 (${next.slice(0, 20)}…) starts neither at a page break of the page's own nor at a chart kept whole`,
          ).toBe(true);
        }

        // Every sheet with rows of a table starts with the table's header row, each header cell on one line.
        for (const table of dom.tables) {
          const onSheets = sheets.map((s, i) => ({ s, i })).filter(({ s }) => table.rowMarks.some((mark) => s.lines.join('').includes(mark)));
          if (table.rowMarks.length > 0) expect(onSheets.length, `${table.name}: its rows are found on paper`).toBeGreaterThan(0);
          for (const { s, i } of onSheets) {
            const text = s.lines.join('');
            for (const h of table.headers) expect(text, `${table.name}: header “${h}” on sheet ${i + 1}`).toContain(h);
            if (!table.wide) {
              for (const h of table.phrases) {
                expect(s.lines.some((line) => line.includes(h)), `${table.name}: header “${h}” on one line on sheet ${i + 1}`).toBe(true);
              }
            }
          }
        }

        expect(dom.framePrinted, 'skip link, navigation, search and breadcrumb do not print').toEqual([]);
        expect(sheets.flatMap((s) => s.lines).join(''), 'no skip link on paper').not.toContain('跳到正文');
      });
    }
  });
}
