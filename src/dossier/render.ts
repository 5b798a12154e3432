// The dossier's rendering engine: an HTML document in, a printable A4 PDF out, rendered offline by
// Debian's Chromium with its own CSS paged media.
//
// What a document writes, and what it gets:
// - A full HTML document (<html lang="zh-CN"><head>…). print.css comes first in <head>; the
//   document's own styles follow and may override it. Relative URLs (images, stylesheets) resolve
//   against options.baseDir; any other URL fails the render.
// - Every page has the footer "第 N 页 共 M 页" (N and M count every page, the cover included).
// - [data-cover]: the cover, without header or footer.
// - [data-running-header="title"]: a section. It starts on a new page and every page it covers
//   has the title in the header. Make sections siblings, not nested.
// - <a data-toc href="#id">title</a>: a table of contents entry; render.ts sets its data-page to
//   the page on which the element #id begins, and print.css shows it at the right after a dotted
//   leader. ids are ASCII: [A-Za-z][A-Za-z0-9_-]*.
// - <table> with <thead>: the header row repeats on every page the table runs onto; no row is
//   split across pages.
// - h1–h6 become the PDF's bookmarks (nested by level), and the PDF is tagged.
//
// How the table of contents gets its numbers: Chromium has no target-counter(), so the document is
// printed, the page of each entry's target is read from the PDF's named destinations (Chromium
// writes one for every element a link points to), the numbers are put in, and it is printed again
// until the numbers it reads back are the ones it shows (twice, unless a number's width changed how
// the table of contents breaks).
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { launchDossierBrowser } from './chromium.ts';
import { destinationPages, finishPdf, loadPdf, pdfDate } from './pdf.ts';

export interface RenderOptions {
  /** Folder that relative URLs in the document (images, stylesheets) are read from. */
  baseDir: string;
  /** YYYY-MM-DD, from the content (never today): the PDF's creation and modification date. */
  creationDate: string;
  /** The PDF's title (document information and the viewer's title bar). */
  title: string;
  author?: string;
  /** A running Chromium to render in (one launch shared by many renders); launched and closed otherwise. */
  browser?: Browser;
}

/** Printing rounds of the table of contents before giving up: numbers that never settle. */
const MAX_PRINTS = 4;

// The document is served from a name no resolver answers for: every request is answered by
// page.route below, from baseDir or the engine's own files, and any other origin is refused.
const ORIGIN = 'http://dossier.invalid';
const ENGINE_PREFIX = '/_dossier/';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@fontsource/noto-sans-sc/400.css'));
const printCss = readFileSync(new URL('./print.css', import.meta.url), 'utf8');
/** Regular and bold: without a real bold face Chromium would embolden the regular one and draw it as Type 3 paths. */
const FONT_WEIGHTS = ['400', '700'];

const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export async function renderPdf(html: string, options: RenderOptions): Promise<Uint8Array> {
  pdfDate(options.creationDate); // a date that is not a day fails before anything is rendered
  const document = withEngineStyles(html);
  const browser = options.browser ?? (await launchDossierBrowser());
  try {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const failures: string[] = [];
      const stopOnFailures = () => {
        if (failures.length > 0) throw new Error(`the dossier could not be rendered offline:\n${failures.join('\n')}`);
      };
      await context.route('**/*', (route) => serve(route, document, resolve(options.baseDir), failures));
      page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
      await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
      await prepare(page);
      stopOnFailures();
      const pdf = await printWithTableOfContents(page);
      stopOnFailures();
      return await finishPdf(pdf, {
        title: options.title,
        author: options.author,
        creationDate: options.creationDate,
        creator: `Chromium ${browser.version()}`,
      });
    } finally {
      await context.close();
    }
  } finally {
    if (!options.browser) await browser.close();
  }
}

function withEngineStyles(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('the dossier HTML needs a <head> element');
  const links =
    `<link rel="stylesheet" href="${ENGINE_PREFIX}print.css">` +
    FONT_WEIGHTS.map((w) => `<link rel="stylesheet" href="${ENGINE_PREFIX}fonts/${w}.css">`).join('');
  const at = head.index + head[0].length;
  return html.slice(0, at) + links + html.slice(at);
}

async function serve(route: Route, html: string, baseDir: string, failures: string[]): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN) {
    failures.push(`refused a request off this machine: ${url.href}`);
    return route.abort('blockedbyclient');
  }
  const path = decodeURIComponent(url.pathname);
  if (path === '/') {
    return route.fulfill({ status: 200, contentType: contentTypes['.html'], body: html });
  }
  if (path === `${ENGINE_PREFIX}print.css`) {
    return route.fulfill({ status: 200, contentType: contentTypes['.css'], body: printCss });
  }
  const file = path.startsWith(`${ENGINE_PREFIX}fonts/`)
    ? inside(fontDir, path.slice(`${ENGINE_PREFIX}fonts/`.length))
    : inside(baseDir, path.slice(1));
  if (file && (await stat(file).catch(() => undefined))?.isFile()) {
    return route.fulfill({
      status: 200,
      contentType: contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      body: await readFile(file),
    });
  }
  failures.push(`not found: ${path}${file ? ` (${file})` : ''}`);
  return route.fulfill({ status: 404, body: '' });
}

/** root/relativePath if it stays inside root, else undefined. */
function inside(root: string, relativePath: string): string | undefined {
  const file = resolve(join(root, relativePath));
  const rel = relative(root, file);
  return rel === '' || rel.startsWith('..') || rel.startsWith(sep) ? undefined : file;
}

/**
 * Names a page for every section, with its title in the header; checks the table of contents'
 * targets; loads every font face the text needs, the header and footer included (they are laid
 * out only when printing, when it is too late to fetch a font).
 */
async function prepare(page: Page): Promise<void> {
  const problems = await page.evaluate(async (weights) => {
    const problems: string[] = [];
    const cssString = (text: string) =>
      `"${Array.from(text.replace(/\s+/g, ' ').trim(), (c) => (/[\w ]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
    const rules: string[] = [];
    let headerText = '';
    document.querySelectorAll<HTMLElement>('[data-running-header]').forEach((section, index) => {
      const title = section.dataset.runningHeader?.trim() ?? '';
      if (!title) problems.push(`empty data-running-header on <${section.localName}> number ${index + 1}`);
      const name = `dossier-section-${index + 1}`;
      section.dataset.dossierPage = name;
      rules.push(`[data-dossier-page="${name}"] { page: ${name}; }`);
      rules.push(`@page ${name} { @top-center { content: ${cssString(title)}; border-bottom: 0.5pt solid #666; } }`);
      headerText += title;
    });
    const style = document.createElement('style');
    style.textContent = rules.join('\n');
    document.head.append(style);

    document.querySelectorAll<HTMLAnchorElement>('a[data-toc]').forEach((link) => {
      const href = link.getAttribute('href') ?? '';
      const id = href.startsWith('#') ? href.slice(1) : '';
      if (!/^[A-Za-z][\w-]*$/.test(id)) problems.push(`table of contents entry "${link.textContent}" needs href="#id" with an ASCII id, has "${href}"`);
      else if (!document.getElementById(id)) problems.push(`table of contents entry "${link.textContent}" points to #${id}, which is not in the document`);
      link.dataset.page = '';
    });

    const text = `${document.body.innerText}${headerText}第页共0123456789`;
    const families = new Set<string>();
    document.fonts.forEach((face) => families.add(face.family.replace(/^["']|["']$/g, '')));
    for (const family of families) {
      for (const weight of weights) await document.fonts.load(`${weight} 16px "${family}"`, text);
    }
    await document.fonts.ready;
    return problems;
  }, FONT_WEIGHTS);
  if (problems.length > 0) throw new Error(`the dossier HTML has problems:\n${problems.join('\n')}`);
}

async function printWithTableOfContents(page: Page) {
  let shown = new Map<string, number>();
  for (let round = 1; round <= MAX_PRINTS; round++) {
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    const doc = await loadPdf(bytes);
    const found = destinationPages(doc);
    const wanted = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-toc]'), (a) => a.getAttribute('href')!.slice(1)),
    );
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) throw new Error(`no page found in the PDF for #${missing.join(', #')} (hidden or empty?)`);
    if (wanted.every((id) => shown.get(id) === found.get(id))) return doc;
    shown = found;
    await page.evaluate((pages) => {
      const pageOf = new Map(pages);
      document.querySelectorAll<HTMLAnchorElement>('a[data-toc]').forEach((a) => {
        a.dataset.page = String(pageOf.get(a.getAttribute('href')!.slice(1)));
      });
    }, [...found]);
  }
  throw new Error(`the table of contents' page numbers did not settle after ${MAX_PRINTS} prints`);
}
