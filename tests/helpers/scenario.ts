// Validator scenarios: tests/fixtures/base/ is a small valid content tree; a
// scenario folder holds only the files it changes (and an optional REMOVE list).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDiagnostic } from '../../src/content-model/diagnostics.ts';
import { loadContent } from '../../src/content-model/load.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Base + the scenario's overlay, copied into a fresh temporary project root. */
export function scenarioRoot(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `junheng-${name}-`));
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  const dir = join(FIXTURES, name);
  if (existsSync(join(dir, 'content'))) cpSync(join(dir, 'content'), join(root, 'content'), { recursive: true });
  const remove = join(dir, 'REMOVE');
  if (existsSync(remove)) {
    for (const line of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(join(root, line));
  }
  return root;
}

/**
 * What `npm run check` prints for the scenario, one diagnostic per line, with
 * "today" pinned so date rules give the same answer on any day.
 */
export function check(name: string, today = '2020-11-20'): string {
  const root = scenarioRoot(name);
  try {
    const { diagnostics } = loadContent(root, { today });
    return diagnostics.map(formatDiagnostic).join('\n');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
