// Builds content trees with the site's own code, several in one Node process:
// Astro's build() is called once per tree with CONTENT_ROOT pointing at it
// (astro.config.mjs and the content loader read it per build), so module
// loading and Node start-up are paid once. Used by `npm run build:fixtures`
// (every fixture `npm run check` accepts) and by the fuzzer's sample.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent } from '../../src/content-model/load.ts';
import { FIXTURES, scenarioRoot } from './scenario.ts';

export const REPO = resolve(import.meta.dirname, '..', '..');

export interface ContentTree {
  readonly name: string;
  /** Project root of the tree (holding content/). */
  readonly root: string;
  /** The day the tree is checked and built as of. */
  readonly today: string;
  /** A copy made for the build (a scenario layered on the base), removed by removeCopies. */
  readonly copy?: boolean;
}

/** Removes the temporary copies among `trees`. */
export function removeCopies(trees: readonly ContentTree[]): void {
  for (const t of trees) if (t.copy) rmSync(t.root, { recursive: true, force: true });
}

/** The pinned day of full fixture trees; scenario overlays use the scenario helper's day. */
const FULL_TREE_DAY: Readonly<Record<string, string>> = { demo: '2026-11-30' };
const SCENARIO_DAY = '2020-11-20';

/**
 * Every fixture folder that `npm run check` accepts (no errors): full trees
 * (with their own content/site.yaml) as they are, scenario folders layered on
 * tests/fixtures/base as tests/helpers/scenario.ts does.
 */
export function acceptedFixtures(): ContentTree[] {
  const trees: ContentTree[] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, name);
    if (!existsSync(join(dir, 'content')) && !existsSync(join(dir, 'REMOVE'))) continue;
    const full = existsSync(join(dir, 'content', 'site.yaml'));
    const today = FULL_TREE_DAY[name] ?? SCENARIO_DAY;
    const root = full ? dir : scenarioRoot(name);
    const tree = { name, root, today, copy: !full };
    if (loadContent(root, { today }).errorCount === 0) trees.push(tree);
    else removeCopies([tree]);
  }
  return trees;
}

export interface BuildOutcome {
  readonly name: string;
  readonly outDir: string;
  readonly seconds: number;
  /** Undefined when the build succeeded. */
  readonly error?: string;
}

/** Builds each tree into `<outRoot>/<name>/`, one after another in this process. */
export async function buildTrees(trees: readonly ContentTree[], outRoot: string): Promise<BuildOutcome[]> {
  const { build } = await import('astro');
  const outcomes: BuildOutcome[] = [];
  const saved = { CONTENT_ROOT: process.env.CONTENT_ROOT, SITE_OUT_DIR: process.env.SITE_OUT_DIR, BUILD_DATE: process.env.BUILD_DATE, DOSSIER: process.env.DOSSIER };
  for (const tree of trees) {
    const outDir = join(outRoot, tree.name);
    process.env.CONTENT_ROOT = tree.root;
    process.env.SITE_OUT_DIR = outDir;
    process.env.BUILD_DATE = tree.today;
    // The fixtures test the site's pages; the dossier has its own tests (tests/dossier/).
    process.env.DOSSIER = 'off';
    const started = performance.now();
    try {
      await build({ root: REPO, logLevel: 'error' });
      outcomes.push({ name: tree.name, outDir, seconds: (performance.now() - started) / 1000 });
    } catch (error) {
      outcomes.push({ name: tree.name, outDir, seconds: (performance.now() - started) / 1000, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
    }
  }
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  return outcomes;
}
