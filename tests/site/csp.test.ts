// Every page carries a Content-Security-Policy that allows only the site's own
// files and no inline script; search, the one page with JavaScript, still works
// with the policy enforced, in both builds.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { serveDist } from '../helpers/serve.ts';
import { baseSite, demoSite, pagesOrFail, rootSite, type BuiltSite } from './built-site.ts';
import { launchChromium } from './chromium.ts';

function policyOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

describe.each([rootSite, baseSite, demoSite])('Content-Security-Policy in $label', (site: BuiltSite) => {
  it('is on every page, own origin only, without inline script', () => {
    const problems: string[] = [];
    for (const page of pagesOrFail(site)) {
      const html = readFileSync(page.file, 'utf8');
      const policy = policyOf(html);
      if (!policy) {
        problems.push(`${page.rel}: no policy`);
        continue;
      }
      const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
      if (directives.get('default-src')?.join(' ') !== "'self'") problems.push(`${page.rel}: default-src is not 'self'`);
      const script = directives.get('script-src') ?? [];
      if (script.includes("'unsafe-inline'") || script.includes("'unsafe-eval'")) problems.push(`${page.rel}: script-src allows inline or eval`);
      if (script.some((s) => /^https?:/.test(s) || s === '*')) problems.push(`${page.rel}: script-src names another host`);
      if (/<script(?![^>]*\bsrc=)[^>]*>[^<]/i.test(html)) problems.push(`${page.rel}: inline script`);
    }
    expect(problems).toEqual([]);
  });

  let browser: Browser | undefined;
  afterAll(async () => browser?.close());

  it('lets the search page find 财政局 with the policy enforced', async () => {
    pagesOrFail(site);
    const server = await serveDist({ root: site.dir, base: site.base });
    try {
      browser ??= await launchChromium();
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
      });
      page.on('pageerror', (e) => violations.push(String(e)));
      await page.goto(`${server.url}search/?q=${encodeURIComponent('财政局')}`);
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
      const first = await page.locator('.pagefind-ui__result-link').first().getAttribute('href');
      expect(first?.startsWith(site.base)).toBe(true);
      expect(violations).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
