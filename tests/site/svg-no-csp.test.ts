// A published SVG opened on its own (a browser tab on /_astro/x.svg) is a
// document that can run script, and hosts such as GitHub Pages send no CSP
// header. Served here by a static server that sends no CSP either, every SVG
// of the builds must run nothing. A hostile picture shows the test can see a
// script run: as written it sets window.__pwned; as the build publishes it,
// it does not.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../src/lib/svg-sanitize.ts';
import { serveDist, type RunningServer } from '../helpers/serve.ts';
import { distBaseDir, distDir, repoRoot } from './built-site.ts';
import { launchChromium } from './chromium.ts';

const HOSTILE = join(repoRoot, 'tests/fixtures/svg-hostile/content/achievements/hostile.svg');
const FIXTURE_BUILDS = join(repoRoot, process.env.FIXTURE_BUILDS_DIR ?? 'dist-fixtures');

/** Every distinct .svg of the builds that exist, copied under one folder to serve (path kept for the report). */
function collect(into: string): string[] {
  const roots = [distDir, distBaseDir, FIXTURE_BUILDS].filter(existsSync);
  const found: string[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!file.toLowerCase().endsWith('.svg')) continue;
      // The same picture in several builds is opened once.
      const text = readFileSync(join(root, file), 'utf8');
      if (seen.has(text)) continue;
      seen.add(text);
      const rel = `${root.slice(repoRoot.length + 1)}/${file}`;
      cpSync(join(root, file), join(into, 'published', rel));
      found.push(`published/${rel}`);
    }
  }
  return found;
}

describe('SVG files on a host without a CSP header', () => {
  let browser: Browser;
  let server: RunningServer;
  let dir: string;
  let published: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'junheng-svg-'));
    published = collect(dir);
    const raw = readFileSync(HOSTILE, 'utf8');
    writeFileSync(join(dir, 'hostile-as-written.svg'), raw);
    writeFileSync(join(dir, 'hostile-as-published.svg'), sanitizeSvg(raw).svg);
    server = await serveDist({ root: dir });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * What ran when the file was opened on its own: every assignment to
   * window.__pwned (reported as it happens, so a script that then navigates
   * away cannot hide it), dialogs, and whether the file still renders as SVG.
   */
  async function open(path: string): Promise<{ pwned: string[]; dialogs: number; svg: boolean }> {
    const page = await browser.newPage();
    const pwned: string[] = [];
    let dialogs = 0;
    await page.exposeBinding('__report', (_source, value: string) => void pwned.push(value));
    await page.addInitScript(() => {
      Object.defineProperty(window, '__pwned', { set: (v: unknown) => void (window as unknown as { __report(v: string): void }).__report(String(v)), configurable: false });
    });
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    try {
      const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], 'the server sends no CSP').toBeUndefined();
      const svg = await page.evaluate(() => document.documentElement.localName === 'svg');
      // Hover and click too: handlers and links that need a reader's action.
      await page.mouse.move(20, 20);
      await page.mouse.click(20, 20);
      await page.waitForTimeout(100);
      return { pwned, dialogs, svg };
    } finally {
      await page.close();
    }
  }

  it('can see a script run: the hostile picture as written sets window.__pwned', async () => {
    expect((await open('hostile-as-written.svg')).pwned).toContain('onload');
  });

  it('runs nothing in the hostile picture as the build publishes it, which still renders', async () => {
    expect(await open('hostile-as-published.svg')).toEqual({ pwned: [], dialogs: 0, svg: true });
  });

  it('runs nothing in any SVG the site publishes', async () => {
    expect(published.length).toBeGreaterThan(0);
    const ran: string[] = [];
    for (const path of published) {
      const result = await open(path);
      if (result.pwned.length > 0 || result.dialogs > 0 || !result.svg) ran.push(`${path}: ${JSON.stringify(result)}`);
    }
    expect(ran).toEqual([]);
  });
});
