// What `npm run check` accepts must build: every accepted fixture tree is built
// by `npm run build:fixtures` (run by `npm test` before this) with the site's
// own code. Here: the builds are of exactly the trees that are accepted now,
// all succeeded, and each published every article of its tree.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/content-model/load.ts';
import { acceptedFixtures, removeCopies, REPO } from './helpers/fixture-builds.ts';

const BUILDS = join(REPO, process.env.FIXTURE_BUILDS_DIR ?? 'dist-fixtures');
const MANIFEST = join(BUILDS, 'fixtures.json');

describe.skipIf(!existsSync(MANIFEST))('the fixtures npm run check accepts', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { builds: { name: string; ok: boolean }[] };
  const accepted = acceptedFixtures();
  afterAll(() => removeCopies(accepted));

  it('were all built, and no others (else run npm run build:fixtures)', () => {
    expect(manifest.builds.map((b) => b.name)).toEqual(accepted.map((t) => t.name));
    expect(manifest.builds.filter((b) => !b.ok).map((b) => b.name)).toEqual([]);
  });

  it.each(accepted.map((t) => [t.name, t] as const))('%s: every article has its page, with its body rendered and its attachments beside it', (_name, tree) => {
    const { model } = loadContent(tree.root, { today: tree.today });
    for (const article of model.achievements) {
      const page = join(BUILDS, tree.name, 'news', article.id, 'index.html');
      expect(existsSync(page), page).toBe(true);
      const html = readFileSync(page, 'utf8');
      // A body picture the image service did not resolve is published as a bare marker, with no src.
      expect(html).not.toContain('__ASTRO_IMAGE_');
      // Each attachment is published where the body's link resolves on the page, and listed with type and size.
      for (const a of article.attachments) {
        expect(existsSync(join(BUILDS, tree.name, 'news', article.id, a.href)), `${article.id}: ${a.href}`).toBe(true);
        expect(html).toContain(`>${a.title}</a>（${a.label}）`);
      }
    }
  });
});
