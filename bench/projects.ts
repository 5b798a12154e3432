// The two projects every benchmark builds, side by side under bench/work/:
// ours (this repository's src/, schemas/, public/ and config) and the bare
// Astro baseline (bench/bare/), both with the same generated content.
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './generate.ts';

export const ROOT = join(import.meta.dirname, '..');
export const WORK = join(import.meta.dirname, 'work');
export const NODE = process.execPath;
export const BIN = join(ROOT, 'node_modules', '.bin');
export const ASTRO = join(BIN, 'astro');
/**
 * Environment of every benchmarked command. DOSSIER=off: the bare baseline renders no PDF, so
 * our build does not either (the dossier's own time is in the build log: "rendered in … s").
 */
export const ENV = { PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: '2020-09-10', DOSSIER: 'off' };

const CACHES = ['.astro', '.vite', '.cache'];

/**
 * A project folder of its own, sharing the installed packages but not their
 * caches: node_modules holds one link per package, so Astro's content cache
 * (node_modules/.astro, where the glob loader keeps rendered Markdown between
 * builds) and Vite's belong to this project and are removed before each build.
 * Every build starts cold, as in CI.
 */
function project(dir: string, files: string[], from: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const f of files) cpSync(join(from, f), join(dir, f), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.includes(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench', private: true, type: 'module' }));
}

/** Removes a project's build output and caches. */
export function clean(dir: string): void {
  for (const d of [join(dir, 'dist'), join(dir, '.astro'), ...CACHES.map((c) => join(dir, 'node_modules', c))]) rmSync(d, { recursive: true, force: true });
}

export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/** HTML pages a build wrote. */
export function countPages(dist: string): number {
  return walk(dist).filter((f) => f.endsWith('.html')).length;
}

/** Both projects for N generated achievements. */
export function setUp(n: number): { ours: string; bare: string } {
  const ours = join(WORK, `ours-${n}`);
  const bare = join(WORK, `bare-${n}`);
  project(ours, ['src', 'schemas', 'public', 'astro.config.mjs', 'tsconfig.json'], ROOT);
  project(bare, ['src', 'astro.config.mjs'], join(import.meta.dirname, 'bare'));
  generate(ours, n);
  cpSync(join(ours, 'content'), join(bare, 'content'), { recursive: true });
  return { ours, bare };
}
