// Astro content collections read the validated content through this loader, so
// pages and `npm run check` never parse content two different ways.
//
// Two collections: `model` holds one entry, the whole validated content model
// as plain data (see toSiteContent); `achievements` holds the articles, whose
// bodies Astro renders. Both are filled from one validation: in `astro dev` a
// save under content/ triggers one reload that both loaders share.
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { setPublishedAttachments } from '../integrations/attachments.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { loadContent, type LoadResult } from './load.ts';
import { toSiteContent, type ValidContent } from './model.ts';

export type CollectionName = 'model' | 'achievements';

/** Saves arriving within this window (an editor writing several files) share one validation. */
const RELOAD_DEBOUNCE_MS = 50;

export interface ContentSource {
  /** The current validation result, validating on first use. */
  current(root: string): LoadResult;
  /** Called by every loader on a change under content/: all callers within the debounce window share one new result. */
  reload(root: string): Promise<LoadResult>;
}

/** One validation shared by all collections; `validate` is injectable so tests can count calls. */
export function createContentSource(validate: (root: string) => LoadResult = (root) => loadContent(root)): ContentSource {
  // Keyed by root: one process may build several content trees (tests/fixture-builds.test.ts).
  const cached = new Map<string, LoadResult>();
  const pending = new Map<string, Promise<LoadResult>>();
  return {
    current(root) {
      let result = cached.get(root);
      if (!result) cached.set(root, (result = validate(root)));
      return result;
    },
    reload(root) {
      let next = pending.get(root);
      if (!next) {
        next = new Promise((resolve) => {
          setTimeout(() => {
            pending.delete(root);
            const result = validate(root);
            cached.set(root, result);
            resolve(result);
          }, RELOAD_DEBOUNCE_MS);
        });
        pending.set(root, next);
      }
      return next;
    },
  };
}

const shared = createContentSource();

export function contentLoader(collection: CollectionName, source: ContentSource = shared): Loader {
  return {
    name: `junheng-${collection}`,
    load: async (context: LoaderContext) => {
      const projectRoot = decodeURIComponent(new URL('.', context.config.root).pathname);
      // CONTENT_ROOT (see astro.config.mjs) builds another content tree, e.g. the demo county.
      const root = process.env.CONTENT_ROOT ? `${resolve(projectRoot, process.env.CONTENT_ROOT)}/` : projectRoot;
      const result = source.current(root);
      if (result.errorCount > 0) {
        throw new Error(`内容检查未通过，请修改后重试：\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
      }
      // Warnings are printed once per build, not once per collection.
      if (collection === 'model') for (const w of result.diagnostics) context.logger.warn(formatDiagnostic(w));
      await fill(context, collection, result, { projectRoot, root });
      // In `astro dev`, re-validate on edits under content/ and refill; a bad
      // edit is reported in the terminal and the last good content stays.
      const contentDir = `${root}content`;
      context.watcher?.add(contentDir);
      context.watcher?.on('all', async (_event, path) => {
        if (!path.startsWith(contentDir)) return;
        const next = await source.reload(root);
        if (next.errorCount > 0) {
          if (collection === 'model') context.logger.error(next.diagnostics.map(formatDiagnostic).join('\n'));
          return;
        }
        await fill(context, collection, next, { projectRoot, root });
      });
    },
  };
}

/** Where the project is (Astro's root) and where the content tree is (CONTENT_ROOT, or the project). */
interface Roots {
  readonly projectRoot: string;
  readonly root: string;
}

async function fill(context: LoaderContext, collection: CollectionName, result: LoadResult, roots: Roots): Promise<void> {
  const model = result.model as ValidContent;
  const { store } = context;
  store.clear();
  if (collection === 'model') {
    store.set({ id: 'model', data: toSiteContent(model) as unknown as Record<string, unknown> });
    return;
  }
  // Copied beside each article's page after the build (src/integrations/attachments.ts).
  setPublishedAttachments(model.achievements.flatMap((a) => a.attachments.map((x) => ({ id: a.id, source: resolve(roots.root, x.file), href: x.href }))));
  for (const a of model.achievements) {
    const absolute = resolve(roots.root, a.file);
    // Relative to Astro's root: the content layer resolves images and MDX modules from there.
    const filePath = relative(roots.projectRoot, absolute).split(sep).join('/');
    // parseData runs the collection's schema: image() resolves the frontmatter picture beside the article.
    const data = await context.parseData({ id: a.id, data: { ...a.data, sourceFile: a.file, attachments: a.attachments }, filePath });
    const digest = context.generateDigest(a.body + JSON.stringify(a.data) + filePath);
    if (a.format === 'mdx') {
      // MDX is compiled by @astrojs/mdx when the page renders it.
      store.set({ id: a.id, data, body: a.body, filePath, digest, deferredRender: true });
    } else {
      // With the file's URL, the renderer resolves the body's own pictures (![…](./x.jpg)) beside
      // the article; as assetImports they are imported and re-encoded by the image service at render.
      const rendered = await context.renderMarkdown(a.body, { fileURL: pathToFileURL(absolute) });
      store.set({ id: a.id, data, body: a.body, filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths ?? [] });
    }
  }
}
