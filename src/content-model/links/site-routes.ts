// The pages the site builds, derived from the content model: a link to this
// site is checked against these, so a link that passes `npm run check` is a
// page that exists. Fixed sections come from src/site/sections.ts; articles,
// units and indicator years from the content; anchors of the plan page from
// the plan's own ids (src/lib/plan-text.ts names them). Paths under /data/
// (downloads named by the data page) are checked by their folder only.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ATTACHMENT_ANCHOR, BASIS_ANCHOR, OPENING_ANCHOR, PLAN_SECTIONS, phaseAnchor, requirementAnchor, stepAnchor } from '../../lib/plan-text.ts';
import { ID } from '../../rules/ids.ts';
import type { ParsedFile } from '../../rules/context.ts';
import { items, row, str } from '../raw.ts';
import { suggest } from '../suggest.ts';

/** src/pages/news/[...page].astro: articles per list page. */
export const NEWS_PAGE_SIZE = 10;

/** Files of public/, published at the site's root as they are. */
const PUBLIC_DIR = join(import.meta.dirname, '..', '..', '..', 'public');
const PAGES_DIR = join(import.meta.dirname, '..', '..', 'pages');

/** The pages of src/pages that have one fixed address (not [param] routes), e.g. /plan/. */
function fixedPages(): string[] {
  return readdirSync(PAGES_DIR, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f.endsWith('.astro') && !f.includes('[') && !f.split('/').some((part) => part.startsWith('_')))
    .map((f) => (f === '404.astro' ? '/404.html' : `/${f.replace(/(^|\/)index\.astro$/, '$1').replace(/\.astro$/, '/')}`));
}
let publicFiles: ReadonlySet<string> | undefined;
function publicPaths(): ReadonlySet<string> {
  if (publicFiles) return publicFiles;
  try {
    const files = readdirSync(PUBLIC_DIR, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    publicFiles = new Set(files.map((d) => `/${relative(PUBLIC_DIR, join(d.parentPath, d.name)).split(sep).join('/')}`));
  } catch {
    publicFiles = new Set();
  }
  return publicFiles;
}

export type RouteAnswer =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: 'article'; readonly id: string; readonly nearest?: string }
  | { readonly ok: false; readonly problem: 'slash'; readonly path: string }
  | { readonly ok: false; readonly problem: 'anchor'; readonly anchor: string; readonly page: string }
  | { readonly ok: false; readonly problem: 'page'; readonly path: string; readonly nearest?: string };

export interface SiteRoutes {
  /** `path` starts with "/". */
  check(path: string, fragment: string | undefined): RouteAnswer;
  /** The article of an id, for links written as a file name (./2020-08-01-x.md). */
  article(id: string): true | undefined;
}

/** An article id that does not collide with another page under /news/ (the list's pages are /news/2/, /news/3/ …). */
export function isArticleRouteId(stem: string): boolean {
  return ID.test(stem) && !/^\d+$/.test(stem);
}

export function siteRoutes(files: readonly ParsedFile[]): SiteRoutes {
  const articles = new Set<string>();
  for (const f of files) if (f.kind === 'achievement' && isArticleRouteId(f.stem)) articles.add(f.stem);
  const unitsFile = files.find((f) => f.kind === 'units');
  const units = new Set(items(unitsFile?.data, 'units').flatMap(([u]) => str(u.id) ?? []));
  const years = files
    .filter((f) => f.kind === 'schools')
    .flatMap((f) => (typeof row(f.data)?.year === 'number' ? [row(f.data)!.year as number] : []))
    .sort((a, b) => b - a);

  const pages = new Set<string>(fixedPages());
  pages.add('/news/rss.xml');
  pages.add('/sitemap.xml');
  pages.add('/robots.txt');
  const listPages = Math.max(1, Math.ceil(articles.size / NEWS_PAGE_SIZE));
  for (let n = 2; n <= listPages; n++) pages.add(`/news/${n}/`);
  for (const id of units) pages.add(`/units/${id}/`);
  // src/pages/indicators/[year].astro: the latest year is /indicators/ itself, earlier years have their own page.
  for (const year of years.slice(1)) pages.add(`/indicators/${year}/`);
  for (const p of publicPaths()) pages.add(p);

  const plan = row(files.find((f) => f.kind === 'plan')?.data);
  const planAnchors = new Set<string>([...PLAN_SECTIONS.map((s) => s.id), OPENING_ANCHOR, BASIS_ANCHOR, ATTACHMENT_ANCHOR, 'plan-title']);
  for (const [phase] of items(plan, 'phases')) {
    const id = str(phase.id);
    if (id) planAnchors.add(phaseAnchor(id));
    for (const [step] of items(phase, 'steps')) {
      const stepId = str(step.id);
      if (stepId) planAnchors.add(stepAnchor(stepId));
    }
  }
  for (const [requirement] of items(plan, 'requirements')) {
    const id = str(requirement.id);
    if (id) planAnchors.add(requirementAnchor(id));
  }

  const check = (path: string, fragment: string | undefined): RouteAnswer => {
    const article = /^\/news\/([^/]+)\/?$/.exec(path);
    if (article && !/^\d+$/.test(article[1]!) && article[1] !== 'rss.xml') {
      const id = article[1]!;
      if (!articles.has(id)) return { ok: false, problem: 'article', id, ...withNearest(id, articles.keys()) };
      if (!path.endsWith('/')) return { ok: false, problem: 'slash', path: `${path}/` };
      return { ok: true };
    }
    if (path.startsWith('/data/')) return { ok: true };
    if (!pages.has(path)) {
      if (pages.has(`${path}/`)) return { ok: false, problem: 'slash', path: `${path}/` };
      // A relative link resolved one folder too deep (plan/ on /news/x/) is meant for the page its tail names.
      const segments = path.split('/').filter(Boolean);
      for (let k = 1; k < segments.length; k++) {
        const tail = `/${segments.slice(k).join('/')}/`;
        if (pages.has(tail)) return { ok: false, problem: 'page', path, nearest: tail };
      }
      return { ok: false, problem: 'page', path, ...withNearest(path, pages, (p) => !p.startsWith('/news/') || p === '/news/') };
    }
    if (path === '/plan/' && fragment && !planAnchors.has(decodeFragment(fragment))) return { ok: false, problem: 'anchor', anchor: fragment, page: path };
    return { ok: true };
  };
  return { check, article: (id) => (articles.has(id) ? true : undefined) };
}

function withNearest(value: string, candidates: Iterable<string>, keep: (c: string) => boolean = () => true): { nearest?: string } {
  const found = suggest(value, [...candidates].filter(keep));
  return found === undefined ? {} : { nearest: found };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
