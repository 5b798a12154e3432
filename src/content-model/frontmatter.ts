// Markdown files open with a YAML block between two "---" lines.
import { frontmatter } from '../rules/yaml.ts';
import type { Diagnostic } from './diagnostics.ts';

export type Split =
  | { ok: true; yaml: string; body: string; yamlStartLine: number; bodyStartLine: number }
  | { ok: false; diagnostic: Diagnostic };

export function splitFrontmatter(text: string, file: string): Split {
  const lines = text.split('\n');
  const fail = (problem: 'open' | 'close'): Split => ({ ok: false, diagnostic: frontmatter.at(file, { line: 1, column: 1 }, { problem }) });
  if (lines[0]?.trim() !== '---') return fail('open');
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close === -1) return fail('close');
  return {
    ok: true,
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    yamlStartLine: 2,
    bodyStartLine: close + 2,
  };
}
