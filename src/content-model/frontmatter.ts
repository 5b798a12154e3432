// Markdown files open with a YAML block between two "---" lines.
import type { Diagnostic } from './diagnostics.ts';

export type Split =
  | { ok: true; yaml: string; body: string; yamlStartLine: number; bodyStartLine: number }
  | { ok: false; diagnostic: Diagnostic };

export function splitFrontmatter(text: string, file: string): Split {
  const lines = text.split('\n');
  const fail = (line: number, message: string): Split => ({
    ok: false,
    diagnostic: { file, line, column: 1, severity: 'error', rule: 'frontmatter', message },
  });
  if (lines[0]?.trim() !== '---') {
    return fail(1, '文件须以一行“---”开头，接着写标题、日期等信息，再以一行“---”结束');
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close === -1) return fail(1, '文件开头的信息区没有结束：请在信息之后加一行“---”');
  return {
    ok: true,
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    yamlStartLine: 2,
    bodyStartLine: close + 2,
  };
}
