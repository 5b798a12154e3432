// The dossier of a content tree: the content read and checked by the same loader as the site,
// the document made from it (document.ts) and rendered to PDF (render.ts). `npm run dossier` and
// the build (src/integrations/dossier.ts) both call this.
import { loadContent } from '../content-model/load.ts';
import { toSiteContent, type ValidContent } from '../content-model/model.ts';
import { readSiteConfig } from '../content-model/site-config.ts';
import type { Browser } from 'playwright-core';
import { todayInChina } from '../lib/dates.ts';
import { basePathHref } from '../view/options.ts';
import { dossierDocument } from './document.ts';
import { renderPdf } from './render.ts';

export interface DossierBuild {
  readonly pdf: Uint8Array;
  readonly title: string;
  readonly date: string;
  readonly seconds: number;
}

export interface DossierBuildOptions {
  /** The project root whose content/ is read (CONTENT_ROOT). */
  readonly root: string;
  /** The site's base path (SITE_BASE, else site.yaml base). */
  readonly base?: string;
  /** The day the content check takes as today (as the site build: today in China); the dossier's own date comes from the content. */
  readonly today?: string;
  /** A running Chromium to render in; launched and closed otherwise. */
  readonly browser?: Browser;
}

export async function buildDossier(options: DossierBuildOptions): Promise<DossierBuild> {
  const started = performance.now();
  const result = loadContent(options.root, { today: options.today ?? todayInChina() });
  if (result.errorCount > 0) {
    const problems = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.message}`);
    throw new Error(`the content has errors (npm run check):\n${problems.join('\n')}`);
  }
  const content = toSiteContent(result.model as ValidContent);
  const site = readSiteConfig(options.root);
  const doc = dossierDocument(content, { href: basePathHref(options.base ?? site.base), siteUrl: site.url });
  const pdf = await renderPdf(doc.html, { baseDir: options.root, creationDate: doc.date, title: doc.title, author: doc.author, ...(options.browser ? { browser: options.browser } : {}) });
  return { pdf, title: doc.title, date: doc.date, seconds: (performance.now() - started) / 1000 };
}
