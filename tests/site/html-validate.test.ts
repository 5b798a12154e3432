// Every built page is valid, accessible-by-markup HTML under the repository's
// html-validate settings (.htmlvalidate.mjs).
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { pagesOrFail, rootSite } from './built-site.ts';

// Loaded explicitly rather than found from the file's folder, so the same rules apply
// when SITE_TEST_DIST points at a build outside the repository.
const htmlvalidate = new HtmlValidate(new StaticConfigLoader(config as ConfigData));

test.each(pagesOrFail(rootSite).map((p) => [p.rel, p] as const))('%s is valid HTML', async (_rel, page) => {
  const report = await htmlvalidate.validateFile(page.file);
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => `${rootSite.label}/${page.rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
  );
  expect(messages, `html-validate found problems in ${rootSite.label}/${page.rel}`).toEqual([]);
});
