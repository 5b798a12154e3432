// The dossier's rendering engine on a fictional sample (sample.ts), read back the way a reader
// and a printer get it: text per page with pdftotext, page sizes and dates with pdfinfo, fonts with
// pdffonts, bookmarks with pdftohtml (poppler-utils, installed by .ci/run). One Chromium for all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchDossierBrowser } from '../../src/dossier/chromium.ts';
import { renderPdf } from '../../src/dossier/render.ts';
import type { RenderOptions } from '../../src/dossier/render.ts';
import { sampleAssets, sampleHtml, sampleSections, schoolRows } from './sample.ts';

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

let browser: Browser;
let dir: string;
let options: RenderOptions;
let pdf: Uint8Array;
let pdfFile: string;
/** pdftotext -layout, one string per page. */
let pages: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-test-'));
  for (const [name, text] of Object.entries(sampleAssets)) writeFileSync(join(dir, name), text);
  browser = await launchDossierBrowser();
  options = { baseDir: dir, creationDate: '2020-09-10', title: '示例县迎检资料汇编（示例）', author: '示例县教育督导室', browser };
  pdf = await renderPdf(sampleHtml(), options);
  pdfFile = join(dir, 'sample.pdf');
  writeFileSync(pdfFile, pdf);
  pages = poppler('pdftotext', '-layout', pdfFile, '-').split('\f').slice(0, -1);
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const lines = (page: string) => page.split('\n').map((l) => l.trim()).filter((l) => l !== '');
const pageCount = () => Number(/^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', pdfFile))![1]);

const headings = sampleSections.flatMap((s) => [s.title, ...s.subsections.map((x) => x.title)]);

/** The first page after the table of contents with a line (not the running header) that is exactly the heading. */
function pageWithHeading(title: string): number {
  const index = pages.findIndex((page, i) => i > 1 && lines(page).slice(1).includes(title));
  expect(index, `heading ${title} not found`).toBeGreaterThan(1);
  return index + 1;
}

describe('dossier PDF of the sample', () => {
  test('has a cover, a table of contents and the sections, over several pages', () => {
    expect(pages.length).toBe(pageCount());
    expect(pages.length).toBeGreaterThan(8);
    expect(pages[0]).toContain('迎检资料汇编');
    expect(pages[1]).toContain('目 录');
  });

  test('every table of contents entry shows the page on which its section starts', () => {
    const toc = new Map<string, number>();
    for (const line of lines(pages[1]!)) {
      const entry = /^(.+?)\s+(\d+)$/.exec(line);
      if (entry) toc.set(entry[1]!, Number(entry[2]));
    }
    expect([...toc.keys()]).toEqual(headings);
    for (const title of headings) expect(toc.get(title), title).toBe(pageWithHeading(title));
    // The sections do not all start on consecutive pages: the numbers come from the layout.
    expect(toc.get('三、问题整改台账')! - toc.get('二、学校办学条件一览表')!).toBeGreaterThan(2);
  });

  test('every page is A4 (210 × 297 mm = 595.276 × 841.89 pt)', () => {
    const sizes = [...poppler('pdfinfo', '-f', '1', '-l', String(pages.length), pdfFile).matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)];
    expect(sizes).toHaveLength(pages.length);
    for (const [, width, height] of sizes) {
      expect(Number(width)).toBeCloseTo(595.276, 2);
      expect(Number(height)).toBeCloseTo(841.89, 2);
    }
  });

  test('every page but the cover has the footer 第 N 页 共 M 页, and the cover has no header or footer', () => {
    const total = pages.length;
    expect(pages[0]).not.toMatch(/第\s*\d+\s*页/);
    pages.slice(1).forEach((page, i) => {
      const footer = lines(page).at(-1)!;
      expect(footer.replace(/\s+/g, ' ')).toBe(`第 ${i + 2} 页 共 ${total} 页`);
    });
  });

  test('the running header on each page is the title of the section the page belongs to', () => {
    const starts = sampleSections.map((s) => ({ title: s.title, page: pageWithHeading(s.title) }));
    expect(lines(pages[1]!)[0]).toBe('目录');
    starts.forEach(({ title, page }, i) => {
      const end = starts[i + 1]?.page ?? pages.length + 1;
      for (let p = page; p < end; p++) expect(lines(pages[p - 1]!)[0], `page ${p}`).toBe(title);
    });
  });

  test('the long table repeats its header row on every page and never splits a row', () => {
    const rowPages = new Map<number, number>();
    pages.forEach((page, i) => {
      const text = page.replace(/\s+/g, '');
      const rowsHere = schoolRows.filter((r) => text.includes(`行${r.n}起`));
      if (rowsHere.length === 0) return;
      // The header cells come before the first row of the page.
      const header = text.indexOf('序号学校名称所在乡镇在校生数备注');
      expect(header, `header row on page ${i + 1}`).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(text.indexOf(`行${rowsHere[0]!.n}起`));
      for (const r of rowsHere) {
        expect(text, `row ${r.n} ends on the page it starts on`).toContain(`行${r.n}${r.n % 7 === 0 ? '止' : '起止'}`);
        rowPages.set(r.n, i + 1);
      }
    });
    expect(rowPages.size).toBe(schoolRows.length);
    expect(new Set(rowPages.values()).size).toBeGreaterThanOrEqual(4);
  });

  test('has bookmarks for the headings, nested by level, pointing at their pages', () => {
    const xml = poppler('pdftohtml', '-xml', '-i', '-q', '-stdout', pdfFile);
    const outline = xml.slice(xml.indexOf('<outline>'));
    const items: string[] = [];
    let depth = 0;
    for (const match of outline.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
      if (match[0] === '<outline>') depth++;
      else if (match[0] === '</outline>') depth--;
      else items.push(`${'  '.repeat(depth - 1)}${match[2]} ${match[1]}`);
    }
    const expected = ['示例县义务教育基本均衡发展迎检资料汇编 1', '目　录 2'];
    for (const s of sampleSections) {
      expected.push(`${s.title} ${pageWithHeading(s.title)}`);
      for (const x of s.subsections) expected.push(`  ${x.title} ${pageWithHeading(x.title)}`);
    }
    expect(items).toEqual(expected);
  });

  test('embeds its Chinese fonts as subset TrueType fonts, never as Type 3 drawings', () => {
    const fonts = poppler('pdffonts', pdfFile).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatch(/^[A-Z]{6}\+NotoSansSC\S*\s+CID TrueType\s+Identity-H\s+yes yes yes /);
    }
  });

  test('is dated from the content and has its title and author', () => {
    const info = poppler('pdfinfo', '-isodates', pdfFile);
    expect(info).toMatch(/^CreationDate:\s+2020-09-10T00:00:00\+08$/m);
    expect(info).toMatch(/^ModDate:\s+2020-09-10T00:00:00\+08$/m);
    expect(info).toMatch(/^Title:\s+示例县迎检资料汇编（示例）$/m);
    expect(info).toMatch(/^Author:\s+示例县教育督导室$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
  });

  test('the same input gives the same bytes, also when rendered side by side', async () => {
    // Chromium numbers the tagged structure after DOM nodes, which varies with what the renderer
    // did before; two renders at once vary it most.
    const again = await Promise.all([renderPdf(sampleHtml(), options), renderPdf(sampleHtml(), options)]);
    for (const bytes of again) {
      expect(bytes.length).toBe(pdf.length);
      expect(Buffer.from(bytes).equals(Buffer.from(pdf))).toBe(true);
    }
  });
});

describe('renderPdf refuses', () => {
  const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

  test('a document that loads anything from another host', async () => {
    await expect(renderPdf(page('<img src="https://example.org/logo.png" alt="">'), options)).rejects.toThrow(
      'refused a request off this machine: https://example.org/logo.png',
    );
  });

  test('a document that links a file missing from baseDir', async () => {
    await expect(renderPdf(page('<img src="images/missing.png" alt="">'), options)).rejects.toThrow('not found: /images/missing.png');
  });

  test('a table of contents entry whose section is not in the document', async () => {
    await expect(renderPdf(page('<a data-toc href="#nowhere">一、不存在</a>'), options)).rejects.toThrow(
      'table of contents entry "一、不存在" points to #nowhere, which is not in the document',
    );
  });

  test('a creation date that is not a calendar day', async () => {
    await expect(renderPdf(page('<p>示例</p>'), { ...options, creationDate: '2020-02-30' })).rejects.toThrow('2020-02-30 is not a calendar date');
  });
});
