// In `astro dev`, one save under content/ must validate the content once, not
// once per collection: every collection's loader shares one reload.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { contentLoader, createContentSource } from '../src/content-model/astro-loader.ts';
import { join } from 'node:path';
import { loadContent, type LoadResult } from '../src/content-model/load.ts';

const ROOT = '/project/';

function fakeContext(watcher: EventEmitter & { add: (path: string) => void }) {
  const entries = new Map<string, unknown>();
  return {
    config: { root: new URL(`file://${ROOT}`) },
    logger: { warn: () => {}, error: () => {} },
    watcher,
    store: { clear: () => entries.clear(), set: (e: { id: string }) => entries.set(e.id, e) },
    generateDigest: (s: string) => String(s.length),
    renderMarkdown: async () => ({ html: '' }),
    // Astro runs the collection's schema here (image() for pictures); the test needs the data as given.
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    entries,
  };
}

// A real, valid model (the demo county), validated once; the test counts how often the loaders ask for it.
const demo: LoadResult = loadContent(join(import.meta.dirname, 'fixtures', 'demo'), { today: '2026-11-30' });

describe('content loaders in astro dev', () => {
  it('validate once at start and once per save, however many collections there are', async () => {
    let validations = 0;
    const source = createContentSource(() => {
      validations++;
      return demo;
    });
    const watcher = Object.assign(new EventEmitter(), { add: () => {} });
    const loaders = (['model', 'achievements'] as const).map((c) => contentLoader(c, source));
    const contexts = loaders.map(() => fakeContext(watcher));
    for (const [i, loader] of loaders.entries()) await loader.load(contexts[i] as never);
    expect(contexts[0]!.entries.has('model')).toBe(true);
    expect(contexts[1]!.entries.size).toBe(demo.model.achievements.length);
    expect(validations).toBe(1);
    watcher.emit('all', 'change', `${ROOT}content/plan.yaml`);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(validations).toBe(2);
    // A burst of saves (an editor writing several files) is one validation too.
    watcher.emit('all', 'change', `${ROOT}content/plan.yaml`);
    watcher.emit('all', 'change', `${ROOT}content/units.yaml`);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(validations).toBe(3);
    // Files outside content/ do not trigger a validation.
    watcher.emit('all', 'change', `${ROOT}src/pages/index.astro`);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(validations).toBe(3);
  });
});
