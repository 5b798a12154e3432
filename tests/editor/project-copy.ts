// A copy of the project in a temporary folder, for tests that let the form
// editor write files: what a clone has (tracked and new, not ignored files),
// without tests, benchmarks and the seed, and with node_modules linked so the
// copy can build the site.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export function copyProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !/^(tests|bench|seeds)\//.test(f) && existsSync(f));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(file, join(root, file));
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  return root;
}
