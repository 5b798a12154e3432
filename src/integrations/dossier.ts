// The 迎检资料汇编 PDF is part of every build: rendered when the build starts (from the content the
// site is built from, under the same base path), so the pages can give its size beside the link
// (src/view/dossier.ts), and written to <outDir>/dossier.pdf once Astro has written the site.
// DOSSIER=off skips it (the fixture builds do: they test the site's pages, not the dossier, and a
// render per fixture would cost minutes); the pages then show no link.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildDossier } from '../dossier/build.ts';
import { DOSSIER_PATH } from '../dossier/document.ts';
import { setPublishedDossier } from '../dossier/published.ts';
import { formatDate } from '../lib/dates.ts';

export function dossierIntegration(options: { readonly contentRoot: string; readonly base: string }): AstroIntegration {
  let pdf: Uint8Array | undefined;
  return {
    name: 'junheng-dossier',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        pdf = undefined;
        setPublishedDossier(undefined);
        if (process.env.DOSSIER === 'off') {
          logger.info('DOSSIER=off: no dossier PDF');
          return;
        }
        const built = await buildDossier({ root: options.contentRoot, base: options.base});
        pdf = built.pdf;
        setPublishedDossier({ path: DOSSIER_PATH, bytes: pdf.length, date: formatDate(built.date) });
        logger.info(`${DOSSIER_PATH}: ${(pdf.length / 1024).toFixed(0)} KiB, 资料截至 ${built.date}, rendered in ${built.seconds.toFixed(1)} s`);
      },
      'astro:build:done': ({ dir }) => {
        if (!pdf) return;
        const target = join(fileURLToPath(dir), DOSSIER_PATH);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, pdf);
      },
    },
  };
}
