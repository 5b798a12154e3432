// Content for the view-model tests, read through the real loader: the real
// content/ (建安区, a 区) and tests/fixtures/base (测试县, a 县).
import { join } from 'node:path';
import { loadContent } from '../../src/content-model/load.ts';
import { toSiteContent, type SiteContent, type ValidContent } from '../../src/content-model/model.ts';
import { basePathHref, type ViewOptions } from '../../src/view/options.ts';

const repo = join(import.meta.dirname, '../..');
const cache = new Map<string, SiteContent>();

/** The validated content of a project root, as pages receive it; fails the test on any content error. */
export function siteContent(root: string): SiteContent {
  let content = cache.get(root);
  if (!content) {
    // Pinned, so a record dated after the real today never fails the tests (the demo county's run to 2026-11-30).
    const result = loadContent(root, { today: '2026-11-30' });
    if (result.errorCount > 0) throw new Error(`${root}: content has errors:\n${result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n')}`);
    content = toSiteContent(result.model as ValidContent);
    cache.set(root, content);
  }
  return content;
}

/** The real site's content (建安区). */
export const real = (): SiteContent => siteContent(repo);
/** The small fixture county (测试县). */
export const county = (): SiteContent => siteContent(join(repo, 'tests/fixtures/base'));
/** The fictional demo county (示例县), a whole 县 marked example: true. */
export const demo = (): SiteContent => siteContent(join(repo, 'tests/fixtures/demo'));

/** A site at the domain root, built on the test build date. */
export const options = (buildDate = '2020-09-10'): ViewOptions => ({ buildDate, href: basePathHref('/') });
/** The same site under a portal sub-path. */
export const underBase = (buildDate = '2020-09-10'): ViewOptions => ({ buildDate, href: basePathHref('/zt/junheng/') });

/** A copy of some content with parts replaced, for cases no fixture has. */
export function withSite(content: SiteContent, site: Partial<SiteContent['site']['data']>): SiteContent {
  return { ...content, site: { ...content.site, data: { ...content.site.data, ...site } } };
}
