// Nothing of one county in the code: the words of 建安区's own level (区政府,
// 区直部门, 全区, …) must come from content/site.yaml and content/units.yaml, so a
// 县 that forks the repository changes only content/. Comments may cite the
// seed; code, strings and templates may not.
//
// Nor may the ids of the real county's units and people: rule examples and
// descriptions use the fictional demo county's (tests/fixtures/demo).
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const FOLDERS = ['src', 'schemas'];
const WORDS = ['区政府', '区直', '全区', '本区', '区教体局', '县（区）', '建安'];

/** The text with every comment blanked out (newlines kept, so line numbers stay right). */
function withoutTsComments(code: string): string {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const blank = [...code];
  const visit = (node: ts.Node) => {
    if (node.kind <= ts.SyntaxKind.LastToken) {
      // Comments before a token, and those after it on its own line.
      const ranges = [...(ts.getLeadingCommentRanges(code, node.getFullStart()) ?? []), ...(ts.getTrailingCommentRanges(code, node.getEnd()) ?? [])];
      for (const r of ranges) {
        for (let i = r.pos; i < r.end; i++) if (blank[i] !== '\n') blank[i] = ' ';
      }
      return;
    }
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  return blank.join('');
}

const blankOut = (text: string, pattern: RegExp) => text.replace(pattern, (m) => m.replace(/[^\n]/g, ' '));

/** An .astro file: its frontmatter is TypeScript; its template may hold HTML, JSX-expression and CSS comments. */
function withoutAstroComments(code: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(code);
  const front = match ? `---\n${withoutTsComments(match[1]!)}\n---\n` : '';
  const template = code.slice(front.length);
  return front + blankOut(blankOut(template, /<!--[\s\S]*?-->/g), /\/\*[\s\S]*?\*\//g);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    return e.isDirectory() ? files(full) : ['.ts', '.astro', '.mjs', '.js'].includes(extname(e.name)) ? [full] : [];
  });
}

/** file:line  the line, for every line of code that says one of WORDS. */
function hits(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const code = path.endsWith('.astro') ? withoutAstroComments(text) : withoutTsComments(text);
    return code.split('\n').flatMap((line, i) => {
      const words = WORDS.filter((w) => line.includes(w));
      return words.length === 0 ? [] : [`${relative(root, path)}:${i + 1}  ${words.join('、')}：${line.trim()}`];
    });
  });
}

/** Ids of the real county's units and people that the demo county does not also use. */
function realOnlyIds(): string[] {
  const ids = (file: string) => new Set([...readFileSync(join(root, file), 'utf8').matchAll(/^\s*- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]!));
  const demo = new Set([...ids('tests/fixtures/demo/content/units.yaml'), ...ids('tests/fixtures/demo/content/leading-group.yaml')]);
  return [...ids('content/units.yaml'), ...ids('content/leading-group.yaml')].filter((id) => !demo.has(id));
}

describe('no word of one county in the code', () => {
  it('finds a word in code and strings but not in comments (the check itself)', () => {
    const ts = "// 区政府 in a comment\nconst a = '全区'; /* 建安 */\nconst b = `${a}区直部门`;\n";
    expect(withoutTsComments(ts).split('\n').map((l) => WORDS.filter((w) => l.includes(w)))).toEqual([[], ['全区'], ['区直'], []]);
    const astro = "---\n// 全区\nconst x = 1;\n---\n<!-- 区政府 -->\n<p>{/* 本区 */}县（区）</p>\n<style>/* 建安 */</style>\n";
    expect(withoutAstroComments(astro).split('\n').flatMap((l) => WORDS.filter((w) => l.includes(w)))).toEqual(['县（区）']);
  });

  it(`has none of ${WORDS.join('、')} in ${FOLDERS.join(', ')}`, () => {
    expect(hits(FOLDERS.flatMap((f) => files(join(root, f))))).toEqual([]);
  });

  it('names no unit or person of the real county in src/ or schemas/', () => {
    const ids = realOnlyIds();
    expect(ids.length).toBeGreaterThan(30);
    const found = FOLDERS.flatMap((f) => files(join(root, f))).flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return ids.filter((id) => new RegExp(`(?<![a-z0-9-])${id}(?![a-z0-9-])`).test(text)).map((id) => `${relative(root, path)}: ${id}`);
    });
    expect(found).toEqual([]);
  });
});
