// The files the loader reads, behind one small interface: the real disk for
// `npm run check` and the build, or the disk with some files replaced in memory
// for tests (each rule example is the demo county plus one change, and
// copying the tree for every example would dominate the test's time).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface ContentFs {
  /** The project root; paths below are relative to it, with forward slashes. */
  readonly root: string;
  /** Every file below `dir` (recursively), sorted. Empty when `dir` does not exist. */
  files(dir: string): string[];
  isDirectory(path: string): boolean;
  exists(path: string): boolean;
  size(path: string): number;
  read(path: string): Uint8Array;
}

const toPosix = (path: string) => path.split(sep).join('/');

export function diskFs(root: string): ContentFs {
  const abs = (path: string) => join(root, path);
  const walk = (dir: string): string[] =>
    readdirSync(abs(dir), { withFileTypes: true }).flatMap((d) => {
      const path = `${dir}/${d.name}`;
      return d.isDirectory() ? walk(path) : [path];
    });
  return {
    root,
    files: (dir) => (existsSync(abs(dir)) && statSync(abs(dir)).isDirectory() ? walk(dir).sort() : []),
    isDirectory: (path) => existsSync(abs(path)) && statSync(abs(path)).isDirectory(),
    exists: (path) => existsSync(abs(path)),
    size: (path) => statSync(abs(path)).size,
    read: (path) => readFileSync(abs(path)),
  };
}

/**
 * `base` with some files replaced: a string or bytes for new content, null
 * for a removed file. Keys are paths relative to the root.
 */
export function overlayFs(base: ContentFs, changes: Readonly<Record<string, string | Uint8Array | null>>): ContentFs {
  const encoder = new TextEncoder();
  const changed = new Map(Object.entries(changes).map(([path, value]) => [path, typeof value === 'string' ? encoder.encode(value) : value]));
  const under = (dir: string, path: string) => path.startsWith(`${dir}/`);
  return {
    root: base.root,
    files(dir) {
      const list = new Set(base.files(dir).filter((f) => changed.get(f) !== null));
      for (const [path, value] of changed) if (value !== null && under(dir, path)) list.add(path);
      return [...list].sort();
    },
    isDirectory: (path) => base.isDirectory(path) || [...changed].some(([p, v]) => v !== null && under(path, p)),
    exists: (path) => (changed.has(path) ? changed.get(path) !== null : base.exists(path) || [...changed].some(([p, v]) => v !== null && under(path, p))),
    size: (path) => changed.get(path)?.length ?? base.size(path),
    read: (path) => changed.get(path) ?? base.read(path),
  };
}

/** A path relative to the root, with forward slashes, for a path on disk. */
export function relativePath(root: string, abs: string): string {
  return toPosix(relative(root, abs));
}
