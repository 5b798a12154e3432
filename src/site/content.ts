// The validated content for pages. src/content-model/load.ts checked it before
// Astro stored it (see astro-loader.ts); here it only gets its type. Pages take
// getContent() and viewOptions() and hand them to a view model (src/view/),
// which computes everything the page shows.
import { resolve } from 'node:path';
import { getEntry } from 'astro:content';
import type { SiteContent } from '../content-model/model.ts';
import { publishedDossier } from '../dossier/published.ts';
import { todayInChina } from '../lib/dates.ts';
import { basePathHref, type Href, type ViewOptions } from '../view/options.ts';

/**
 * In a build, content does not change between pages, so it is read once;
 * `astro dev` reloads content on edits, so there each call reads afresh.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (cached ??= load()));
}

/** The whole validated content model. */
export const getContent: () => Promise<SiteContent> = once(async () => {
  const entry = await getEntry('model', 'model');
  if (!entry) throw new Error('missing the content model: the content loader should have failed first');
  return entry.data as unknown as SiteContent;
});

/** A site-relative link that works at a domain root and under a portal sub-path. */
export const href: Href = basePathHref(import.meta.env.BASE_URL);

/**
 * What every view model is given besides the content: the build date
 * (BUILD_DATE from the environment for tests and reproducible builds, else
 * today in China), the link function and the dossier PDF the build published.
 */
export function viewOptions(): ViewOptions {
  const dossier = publishedDossier();
  return { buildDate: process.env.BUILD_DATE ?? todayInChina(), href, ...(dossier ? { dossier } : {}) };
}

/** The absolute path of a file of the content tree (CONTENT_ROOT, else the project), by its path relative to content/. */
export function contentFile(path: string): string {
  return resolve(process.env.CONTENT_ROOT ?? '.', 'content', path);
}
