// No internal link is broken, at the domain root (dist/), under a portal
// sub-path (dist-base/) and on the demo county's site (dist-demo/): every href/src/url() to the site's own pages and
// assets resolves to a built file, stays under the base path, and every
// #fragment names an element id on the target page. Nothing the page loads
// (image, stylesheet, icon, font) comes from another host, even where the
// browser test would not see the request (lazy images, print styles).
import { describe, expect, test } from 'vitest';
import { readSiteConfig } from '../../src/content-model/site-config.ts';
import type { BuiltSite } from './built-site.ts';
import { baseSite, demoSite, listPages, missingBuild, rootSite } from './built-site.ts';
import { checkLinks } from './links.ts';

function describeLinks(site: BuiltSite) {
  describe(`links and resources in ${site.label}/ (base ${site.base})`, () => {
    const problem = missingBuild(site);
    if (problem) {
      test(`${site.label}/ is built`, () => {
        throw new Error(problem);
      });
      return;
    }
    const result = checkLinks(site, readSiteConfig(site.contentRoot).url);
    test.each(result.files.filter((f) => /\.(?:html|css|xml|json|csv|txt|md|ya?ml|webmanifest|xsl)$/i.test(f)))('%s', (file) => {
      expect(result.problems.get(file) ?? [], `broken references in ${site.label}/${file}`).toEqual([]);
    });
    test('the check found links at all', () => {
      // Every page links home and to the skip target: zero would mean the extractor is broken.
      expect(result.referenceCount).toBeGreaterThan(listPages(site).length);
    });
  });
}

describeLinks(rootSite);
describeLinks(baseSite);
describeLinks(demoSite);

describe('the base-path build', () => {
  test('has the same pages as the root build', () => {
    const problem = missingBuild(rootSite) ?? missingBuild(baseSite);
    if (problem) throw new Error(problem);
    expect(listPages(baseSite).map((p) => p.rel)).toEqual(listPages(rootSite).map((p) => p.rel));
  });
});
