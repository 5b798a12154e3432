// Astro content collections read the validated content through this loader, so
// pages and `npm run check` never parse content two different ways.
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatDiagnostic } from './diagnostics.ts';
import { loadContent, type LoadResult } from './load.ts';

let cached: LoadResult | undefined;

function load(root: string): LoadResult {
  cached ??= loadContent(root);
  return cached;
}

export type CollectionName =
  | 'site'
  | 'notice'
  | 'plan'
  | 'units'
  | 'members'
  | 'leadingGroup'
  | 'achievements'
  | 'schools'
  | 'selfScores'
  | 'surveys'
  | 'deliverables'
  | 'progressRecords'
  | 'supervision';

export function contentLoader(collection: CollectionName): Loader {
  return {
    name: `junheng-${collection}`,
    load: async (context: LoaderContext) => {
      const root = decodeURIComponent(new URL('.', context.config.root).pathname);
      const result = load(root);
      if (result.errorCount > 0) {
        throw new Error(`内容检查未通过，请修改后重试：\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
      }
      // Warnings are printed once per build, not once per collection.
      if (collection === 'site') for (const w of result.diagnostics) context.logger.warn(formatDiagnostic(w));
      await fill(context, collection, result);
      // In `astro dev`, re-validate on every edit under content/ and refill;
      // a bad edit is reported in the terminal and the last good content stays.
      context.watcher?.add(`${root}content`);
      context.watcher?.on('all', async (_event, path) => {
        if (!path.startsWith(`${root}content`)) return;
        cached = undefined;
        const next = load(root);
        if (next.errorCount > 0) {
          if (collection === 'site') context.logger.error(next.diagnostics.map(formatDiagnostic).join('\n'));
          return;
        }
        await fill(context, collection, next);
      });
    },
  };
}

/** content/progress/examples/finance-bureau.yaml → examples-finance-bureau: unique and stable. */
function idFromFile(file: string): string {
  return file.replace(/^content\/[^/]+\//, '').replace(/\.[a-z]+$/, '').replace(/\//g, '-');
}

async function fill(context: LoaderContext, collection: CollectionName, result: LoadResult): Promise<void> {
  const m = result.model;
  const { store } = context;
  store.clear();
  const single = (id: string, entry: { file: string; data: unknown } | undefined) => {
    if (entry) store.set({ id, data: entry.data as Record<string, unknown>, filePath: entry.file });
  };
  switch (collection) {
    case 'site':
      return single('site', m.site);
    case 'notice':
      return single('notice', m.notice);
    case 'plan':
      return single('plan', m.plan);
    case 'leadingGroup':
      return single('leading-group', m.leadingGroup);
    case 'units':
      m.units?.data.units.forEach((u, order) => store.set({ id: u.id, data: { ...u, order }, filePath: m.units!.file }));
      return;
    case 'members':
      m.leadingGroup?.data.members.forEach((p, order) =>
        store.set({ id: p.id, data: { ...p, order }, filePath: m.leadingGroup!.file }),
      );
      return;
    case 'schools':
      for (const s of m.schools) store.set({ id: idFromFile(s.file), data: { ...s.dataset, sourceFile: s.file }, filePath: s.file });
      return;
    case 'selfScores':
    case 'surveys':
      for (const s of m[collection]) store.set({ id: idFromFile(s.file), data: { ...s.data, isExample: s.isExample, sourceFile: s.file }, filePath: s.file });
      return;
    case 'deliverables': {
      const d = m.progress.deliverables;
      d?.data.deliverables.forEach((x, order) => store.set({ id: x.id, data: { ...x, order, sourceFile: d.file }, filePath: d.file }));
      return;
    }
    case 'progressRecords':
      for (const r of m.progress.records) store.set({ id: idFromFile(r.file), data: { ...r.data, isExample: r.isExample, sourceFile: r.file }, filePath: r.file });
      return;
    case 'supervision':
      for (const r of m.progress.supervision) store.set({ id: idFromFile(r.file), data: { ...r.data, isExample: r.isExample, sourceFile: r.file }, filePath: r.file });
      return;
    case 'achievements':
      for (const a of m.achievements) {
        const data = { ...a.data, isExample: a.isExample, sourceFile: a.file };
        const digest = context.generateDigest(a.body + JSON.stringify(a.data));
        if (a.format === 'mdx') {
          // MDX is compiled by @astrojs/mdx when the page renders it.
          store.set({ id: a.id, data, body: a.body, filePath: a.file, digest, deferredRender: true });
        } else {
          store.set({ id: a.id, data, body: a.body, filePath: a.file, digest, rendered: await context.renderMarkdown(a.body) });
        }
      }
      return;
  }
}
