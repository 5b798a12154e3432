// Every built page of the real and the demo site is valid, accessible-by-markup
// HTML under the repository's html-validate settings (.htmlvalidate.mjs).
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { ConfigData } from 'html-validate';
import { describe, expect, test } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { fullSites, pagesOrFail, type BuiltSite } from './built-site.ts';

// Loaded explicitly rather than found from the file's folder, so the same rules apply
// when SITE_TEST_DIST points at a build outside the repository.
const htmlvalidate = new HtmlValidate(new StaticConfigLoader(config as ConfigData));

describe.each(fullSites.map((s) => [s.label, s] as const))('%s', (_label, site: BuiltSite) => {
  test.each(pagesOrFail(site).map((p) => [p.rel, p] as const))('%s is valid HTML', async (_rel, page) => {
    const report = await htmlvalidate.validateFile(page.file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${site.label}/${page.rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    );
    expect(messages, `html-validate found problems in ${site.label}/${page.rel}`).toEqual([]);
  });
});
