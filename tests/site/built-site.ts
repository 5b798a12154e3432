// Where the built sites are and which pages they contain. The tests never build
// the sites themselves: `npm test` builds them first (see BUILD_HINT), so a
// missing build is a setup error with a clear message, not a mystery. Three
// builds: the real county at the domain root (dist/) and under a portal
// sub-path (dist-base/), and the fictional demo county (dist-demo/).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { test } from 'vitest';

export const repoRoot = resolve(import.meta.dirname, '../..');

/** The portal sub-path the second build is made under (SITE_BASE). */
export const testBase = process.env.SITE_TEST_BASE ?? '/zt/junheng/';

// Overridable so a developer can test a private build while others rebuild dist/.
export const distDir = resolve(repoRoot, process.env.SITE_TEST_DIST ?? 'dist');
export const distBaseDir = resolve(repoRoot, process.env.SITE_TEST_DIST_BASE ?? 'dist-base');
export const distDemoDir = resolve(repoRoot, process.env.SITE_TEST_DIST_DEMO ?? 'dist-demo');
/** The demo county's content root (CONTENT_ROOT of its build). */
export const demoRoot = resolve(repoRoot, 'tests/fixtures/demo');

export const BUILD_HINT = {
  dist: 'BUILD_DATE=2020-09-10 npm run build',
  distBase: `BUILD_DATE=2020-09-10 SITE_BASE=${testBase} SITE_OUT_DIR=dist-base npm run build`,
  distDemo: 'BUILD_DATE=2026-11-30 npm run build:demo',
};

export interface BuiltSite {
  /** Absolute folder. */
  readonly dir: string;
  /** URL path the site is served under, '/' or e.g. '/zt/junheng/'. */
  readonly base: string;
  readonly label: string;
  /** The project root whose content/ it was built from. */
  readonly contentRoot: string;
  /** The command that builds it. */
  readonly hint: string;
}

export const rootSite: BuiltSite = { dir: distDir, base: '/', label: relative(repoRoot, distDir) || distDir, contentRoot: repoRoot, hint: BUILD_HINT.dist };
export const baseSite: BuiltSite = { dir: distBaseDir, base: testBase, label: relative(repoRoot, distBaseDir) || distBaseDir, contentRoot: repoRoot, hint: BUILD_HINT.distBase };
export const demoSite: BuiltSite = { dir: distDemoDir, base: '/', label: relative(repoRoot, distDemoDir) || distDemoDir, contentRoot: demoRoot, hint: BUILD_HINT.distDemo };

/** The sites every page-level test runs on: the real county and the demo county, each at its own root. */
export const fullSites: readonly BuiltSite[] = [rootSite, demoSite];

export interface Page {
  /** Absolute path of the .html file. */
  readonly file: string;
  /** Path inside the build folder, with '/' separators: 'plan/index.html'. */
  readonly rel: string;
  /** URL path without base: '/', '/plan/', '/404.html'. */
  readonly path: string;
  /** URL path with base: '/zt/junheng/plan/'. */
  readonly urlPath: string;
}

export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

export function toRel(site: BuiltSite, file: string): string {
  return relative(site.dir, file).split(sep).join('/');
}

function pagePath(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Why the build is unusable, or undefined when it looks built. */
export function missingBuild(site: BuiltSite): string | undefined {
  const hint = site.hint;
  if (!existsSync(site.dir) || !statSync(site.dir).isDirectory()) {
    return `${site.label}/ does not exist. Build it first: \`${hint}\` (with node_modules/.bin on PATH; \`npm test\` does this).`;
  }
  if (!existsSync(join(site.dir, 'index.html'))) {
    return `${site.label}/index.html is missing: the build in ${site.label}/ is incomplete. Rebuild: \`${hint}\`.`;
  }
  return undefined;
}

/** Every .html file in the build, in a stable order. */
export function listPages(site: BuiltSite): Page[] {
  return walk(site.dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = toRel(site, file);
      const path = pagePath(rel);
      return { file, rel, path, urlPath: site.base.replace(/\/$/, '') + path };
    });
}

/**
 * Pages of a built site for test generation at collection time. When the
 * build is missing, registers one failing test that says which command builds
 * it, and returns no pages.
 */
export function pagesOrFail(site: BuiltSite): Page[] {
  const problem = missingBuild(site);
  if (problem) {
    test(`${site.label}/ is built`, () => {
      throw new Error(problem);
    });
    return [];
  }
  return listPages(site);
}

/** Pages that may (and do) ship JavaScript: only the search page. */
export function isSearchPage(page: Pick<Page, 'path'>): boolean {
  return page.path === '/search/';
}
