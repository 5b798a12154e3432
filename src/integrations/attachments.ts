// Attachments are published beside the page of the article that links to
// them: ./plan.pdf in content/achievements/x.md is dist/news/x/plan.pdf, the
// address a browser resolves the body's link to on /news/x/ (under any base
// path). The content loader, which runs in the build's process, hands over
// the list (PUBLISHED_ATTACHMENTS); the files are copied once Astro has
// written dist/.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface PublishedAttachment {
  /** The article's id: its page is news/<id>/. */
  readonly id: string;
  /** Absolute path of the file. */
  readonly source: string;
  /** As written in the body, relative to the article (./plan.pdf). */
  readonly href: string;
}

/** Where the content loader leaves the list for this integration (same process, another module graph). */
export const PUBLISHED_ATTACHMENTS = Symbol.for('junheng.published-attachments');

type Registry = { [PUBLISHED_ATTACHMENTS]?: PublishedAttachment[] };

export function setPublishedAttachments(list: PublishedAttachment[]): void {
  (globalThis as Registry)[PUBLISHED_ATTACHMENTS] = list;
}

export function attachmentsIntegration(): AstroIntegration {
  return {
    name: 'junheng-attachments',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const list = (globalThis as Registry)[PUBLISHED_ATTACHMENTS] ?? [];
        const out = fileURLToPath(dir);
        for (const a of list) {
          const page = join(out, 'news', a.id);
          const target = normalize(join(page, a.href));
          // The loader only passes files below the article's folder; never write outside the page.
          if (!target.startsWith(page + sep)) throw new Error(`attachment ${a.href} of ${a.id} would leave its page`);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(a.source, target);
        }
        if (list.length > 0) logger.info(`published ${list.length} attachment(s)`);
      },
    },
  };
}
