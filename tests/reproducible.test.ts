// The same commit must build to the same bytes: a reader, an auditor or a
// mirror can then verify that what is served is what the repository holds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

describe('reproducible build', () => {
  it.runIf(existsSync(DIST))('builds byte-identical output twice from the same commit', () => {
    const out = mkdtempSync(join(tmpdir(), 'junheng-repro-'));
    try {
      // Same settings as `npm run build:test` used for dist/.
      const env: NodeJS.ProcessEnv = { ...process.env, BUILD_DATE: '2020-09-10', SITE_OUT_DIR: out };
      delete env.SITE_BASE;
      const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', env });
      expect(build.status, build.stderr.slice(-2000)).toBe(0);
      const first = files(DIST);
      expect(files(out)).toEqual(first);
      const differing = first.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(out, f))));
      expect(differing).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
