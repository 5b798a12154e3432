// The dossier (迎检资料汇编) of the real content (建安区, 基本均衡) and of the demo county (示例县,
// 优质均衡), read back the way an inspector and a printer get it: text per page with pdftotext,
// page sizes with pdfinfo, and in the order Chromium draws it (pdftotext -raw: cell by cell, so a
// table cell's wrapped lines stay together, and a row's cells follow one another). What the PDF
// must contain is read from the sources here, never from the code that made the PDF: the names
// and 发文字号 from the seed document (seeds/, named by content/notice.yaml) and the demo's YAML,
// the units and their submissions from units.yaml and progress/*.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildDossier } from '../../src/dossier/build.ts';
import { launchDossierBrowser } from '../../src/dossier/chromium.ts';

const REPO = join(import.meta.dirname, '../..');
const DEMO = join(REPO, 'tests/fixtures/demo');
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const yamlOf = (root: string, file: string) => parse(readFileSync(join(root, 'content', file), 'utf8'));

interface Rendered {
  readonly file: string;
  readonly bytes: Uint8Array;
  /** pdftotext -layout, one string per page. */
  readonly pages: string[];
  /** pdftotext -raw of the whole document, without any whitespace. */
  readonly raw: string;
  /** The same, page by page. */
  readonly rawPages: string[];
}

let browser: Browser;
let dir: string;
const rendered: Record<'real' | 'demo', Rendered> = {} as never;

function read(file: string, bytes: Uint8Array): Rendered {
  const pages = poppler('pdftotext', '-layout', file, '-').split('\f').slice(0, -1);
  const rawPages = poppler('pdftotext', '-raw', file, '-').split('\f').slice(0, -1).map((p) => p.replace(/\s+/g, ''));
  return { file, bytes, pages, raw: rawPages.join(''), rawPages };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-content-'));
  browser = await launchDossierBrowser();
  for (const [name, root] of [
    ['real', REPO],
    ['demo', DEMO],
  ] as const) {
    const built = await buildDossier({ root, browser, today: '2026-11-30' });
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, built.pdf);
    rendered[name] = read(file, built.pdf);
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const lines = (page: string) => page.split('\n').map((l) => l.trim()).filter((l) => l !== '');
const flat = (s: string) => s.replace(/\s+/g, '');

/** The table of contents: each entry's title and the page number it shows, in order. */
function tocOf(r: Rendered): { title: string; page: number }[] {
  const entries: { title: string; page: number }[] = [];
  r.pages.forEach((page, i) => {
    if (i === 0 || lines(page)[0] !== '目录') return;
    for (const line of lines(page)) {
      const m = /^(.+?)\s+(\d+)$/.exec(line);
      if (m && !/^第\s*\d+\s*页/.test(line)) entries.push({ title: m[1]!, page: Number(m[2]) });
    }
  });
  return entries;
}

/** The first page from `from` on with a line (not the running header) that is exactly `title`. */
function pageWithHeading(r: Rendered, title: string, from: number): number {
  const index = r.pages.findIndex((page, i) => i + 1 >= from && lines(page)[0] !== '目录' && lines(page).slice(1).includes(title));
  return index + 1;
}

/** 2026-10-13 → 2026年10月13日, as the conventions write a date. */
const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

describe.each(['real', 'demo'] as const)('dossier of the %s content', (name) => {
  test('every table of contents entry shows the page on which its section starts', () => {
    const r = rendered[name];
    const toc = tocOf(r);
    expect(toc.length).toBeGreaterThan(15);
    expect(toc[0]!.title).toBe('一、印发通知和实施方案');
    let from = 3;
    for (const entry of toc) {
      const page = pageWithHeading(r, entry.title, from);
      expect(page, `${entry.title} shown on page ${entry.page}`).toBe(entry.page);
      from = page;
    }
    // Eight sections, each starting a page of its own with its title in the running header.
    const sections = toc.filter((e) => /^[一二三四五六七八]、/.test(e.title));
    expect(sections.map((s) => s.title.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']);
    for (const s of sections) expect(lines(r.pages[s.page - 1]!)[0]).toBe(s.title);
  });

  test('every page is A4 and has 第 N 页 共 M 页, the cover excepted', () => {
    const r = rendered[name];
    const info = poppler('pdfinfo', '-f', '1', '-l', String(r.pages.length), r.file);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)![1])).toBe(r.pages.length);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)];
    expect(sizes).toHaveLength(r.pages.length);
    for (const [, width, height] of sizes) {
      expect(Number(width)).toBeCloseTo(595.276, 2);
      expect(Number(height)).toBeCloseTo(841.89, 2);
    }
    expect(r.pages[0]).not.toMatch(/第\s*\d+\s*页/);
    // No empty page: each has text between its running header and its footer.
    r.pages.slice(1).forEach((page, i) => expect(lines(page).length, `page ${i + 2}`).toBeGreaterThan(2));
    r.pages.slice(1).forEach((page, i) => expect(lines(page).at(-1)!.replace(/\s+/g, ' ')).toBe(`第 ${i + 2} 页 共 ${r.pages.length} 页`));
  });

  test('has a bookmark for every table of contents entry, at its page, and embeds its fonts', () => {
    const r = rendered[name];
    const xml = poppler('pdftohtml', '-xml', '-i', '-q', '-stdout', r.file);
    const bookmarks = [...xml.slice(xml.indexOf('<outline>')).matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ title: m[2]!, page: Number(m[1]) }));
    for (const entry of tocOf(r)) expect(bookmarks, entry.title).toContainEqual(entry);
    const fonts = poppler('pdffonts', r.file).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+NotoSansSC\S*\s+CID TrueType\s+Identity-H\s+yes yes yes /);
  });

  test('no text runs outside the page margins (no table wider than the page)', () => {
    // print.css: @page margin 24mm 20mm 20mm 25mm, in points.
    const mm = 72 / 25.4;
    const words = [...poppler('pdftotext', '-bbox', rendered[name].file, '-').matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)];
    expect(words.length).toBeGreaterThan(1000);
    for (const [, xMin, xMax] of words) {
      expect(Number(xMin)).toBeGreaterThanOrEqual(25 * mm - 1);
      expect(Number(xMax)).toBeLessThanOrEqual(595.276 - 20 * mm + 1);
    }
  });

  test('the cover names the county, the campaign, its standard and the date', () => {
    const root = name === 'real' ? REPO : DEMO;
    const site = yamlOf(root, 'site.yaml');
    const campaign = yamlOf(root, 'campaign.yaml');
    const cover = flat(rendered[name].pages[0]!);
    expect(cover).toContain(`${site.county.name}义务教育${campaign.standard}发展迎检资料汇编`);
    expect(cover).toContain(flat(yamlOf(root, 'plan.yaml').title));
    expect(cover).toContain(campaign.standard === '基本均衡' ? '教督〔2012〕3号' : '教督〔2017〕6号');
    expect(cover).toMatch(/资料截至\d{4}年\d{1,2}月\d{1,2}日/);
    if (campaign.status === '已结束') expect(cover).toContain(`资料截至${chineseDate(String(campaign.ended))}`);
  });

  test('the same content gives the same bytes', async () => {
    const again = await buildDossier({ root: name === 'real' ? REPO : DEMO, browser, today: '2026-11-30' });
    expect(again.pdf.length).toBe(rendered[name].bytes.length);
    expect(Buffer.from(again.pdf).equals(Buffer.from(rendered[name].bytes))).toBe(true);
  }, 300_000);
});

describe('the real dossier has the seed document', () => {
  const notice = yamlOf(REPO, 'notice.yaml');
  const seed = readFileSync(join(REPO, notice.source), 'utf8');

  test('every name of the seed roster, in its order and with its role', () => {
    const start = seed.indexOf('\n', seed.indexOf('附件：'));
    const end = seed.indexOf('领导小组下设办公室');
    let role = '';
    const members = seed
      .slice(start, end)
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const lead = /^\s*(组\s*长|副组长|成\s*员)：/.exec(l);
        if (lead) role = flat(lead[1]!);
        const rest = l.slice(lead ? lead[0].length : 0).trim();
        return { role, name: flat(rest.includes('（') ? rest.slice(0, rest.indexOf('（')) : rest.split(/\s{3,}/).at(-1)!) };
      });
    expect(members.length).toBe(33);
    expect(members.filter((m) => m.role === '组长')).toHaveLength(1);
    // The roster table's rows, in the seed's order: 序号, 领导小组职务, 姓名.
    let at = rendered.real.raw.indexOf('序号领导小组职务姓名单位单位职务');
    expect(at).toBeGreaterThan(0);
    members.forEach((m, i) => {
      const next = rendered.real.raw.indexOf(`${i + 1}${m.role}${m.name}`, at);
      expect(next, `${i + 1} ${m.role} ${m.name}`).toBeGreaterThan(at);
      at = next;
    });
  });

  test('every 发文字号 of the seed', () => {
    const numbers = [...new Set([...seed.matchAll(/[\u4e00-\u9fa5]+〔\d{4}〕\d+号/g)].map((m) => m[0]))];
    expect(numbers.length).toBeGreaterThanOrEqual(3);
    for (const n of numbers) expect(rendered.real.raw.includes(n), n).toBe(true);
  });
});

describe('the demo dossier', () => {
  const units: { id: string; name: string; kind: string }[] = yamlOf(DEMO, 'units.yaml').units;
  const deliverables: { id: string; title: string; deadline: string }[] = yamlOf(DEMO, 'progress/deliverables.yaml').deliverables;
  const records = new Map(
    readdirSync(join(DEMO, 'content/progress'))
      .filter((f) => !['deliverables.yaml', 'supervision.yaml'].includes(f))
      .map((f) => yamlOf(DEMO, `progress/${f}`))
      .map((r: { unit: string; submissions?: { deliverable: string; date: string }[] }) => [r.unit, r.submissions ?? []]),
  );

  test('lists every unit with its kind and the status of each submission it recorded', () => {
    const raw = rendered.demo.raw;
    const table = raw.indexOf('序号单位类别在领导小组中应交事项及完成情况负责的整改事项');
    expect(table).toBeGreaterThan(0);
    // Each row starts with its number, the unit's name and kind; it runs to the next row.
    const starts = units.map((u, i) => raw.indexOf(`${i + 1}${u.name}${u.kind}`, table));
    units.forEach((u, i) => expect(starts[i], `row of ${u.name}`).toBeGreaterThan(i === 0 ? table : starts[i - 1]!));
    units.forEach((unit, i) => {
      const row = raw.slice(starts[i], starts[i + 1] ?? raw.indexOf('（三）逾期未完成事项', starts[i]));
      const submissions = records.get(unit.id);
      if (!submissions) {
        // No record: nothing known, and said so (or nothing was owed).
        expect(/无记录|不适用/.test(row), `${unit.name}: ${row}`).toBe(true);
        return;
      }
      for (const s of submissions) {
        const d = deliverables.find((x) => x.id === s.deliverable)!;
        const status = String(s.date) <= String(d.deadline) ? '按期完成' : '逾期完成';
        const expected = `${d.title}（${chineseDate(String(d.deadline))}前）：${status}，${chineseDate(String(s.date))}完成`;
        expect(row.includes(expected), `${unit.name}: ${expected} in ${row}`).toBe(true);
      }
    });
  });

  test('repeats the units table header row on every page it runs onto', () => {
    const header = '序号单位类别在领导小组中应交事项及完成情况负责的整改事项';
    const pagesWithRows = rendered.demo.rawPages.filter((p) => units.some((u, i) => p.includes(`${i + 1}${u.name}${u.kind}`)));
    expect(pagesWithRows.length).toBeGreaterThan(1);
    for (const p of pagesWithRows) {
      const first = Math.min(...units.map((u, i) => p.indexOf(`${i + 1}${u.name}${u.kind}`)).filter((x) => x >= 0));
      expect(p.indexOf(header), 'header before the first row of the page').toBeGreaterThanOrEqual(0);
      expect(p.indexOf(header)).toBeLessThan(first);
    }
  });

  test('every roster name and 发文字号 of the demo content', () => {
    const raw = rendered.demo.raw;
    for (const m of yamlOf(DEMO, 'leading-group.yaml').members as { name: string }[]) expect(raw.includes(m.name), m.name).toBe(true);
    const yaml = ['plan.yaml', 'notice.yaml', 'readiness.yaml'].map((f) => readFileSync(join(DEMO, 'content', f), 'utf8')).join('\n');
    const numbers = [...new Set([...yaml.matchAll(/[\u4e00-\u9fa5]+〔\d{4}〕\d+号/g)].map((m) => m[0]))];
    expect(numbers.length).toBeGreaterThan(3);
    for (const n of numbers) expect(raw.includes(n), n).toBe(true);
  });
});
