// No editor or developer text on a public page: a parent reading the site
// should never meet a file path, a YAML key, a command or a program's
// identifier. Every built page of the real site (at the root and under a
// portal sub-path) and of the demo county is scanned: its text, its <title>,
// its description and the alt, title and aria-label attributes a screen reader
// reads out. A failure names the page and the text.
//
// One exception, on purpose: the 数据开放 page documents the column names of
// the files it offers for download (leadingGroupMember, personalDataAllowed.reason, …).
// Those names are the data itself: a reader opening the CSV sees exactly them
// in its first row, so the page must show them as they are. They are marked
// <code class="column-name"> (src/components/DataColumns.astro) and only they
// are skipped.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { baseSite, demoSite, pagesOrFail, rootSite } from './built-site.ts';
import { parseHtml } from './html.ts';

/** What gives developer text away, each with the words a failure reports. */
const PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['a folder of the repository', /\b(?:content|docs|src|schemas|tests|scripts|seeds|node_modules|dist)\/[\w./-]*/g],
  ['a source file name', /[\w-]*\.(?:ya?ml|mdx?|tsx?|astro|mjs|json5)\b/gi],
  ['a command', /\bnpm\b|\bnpx\b|\bpnpm\b|(?<![\w-])--[a-z][a-z-]+/g],
  ['a developer word', /\b(?:YAML|MDX|frontmatter|Zod|Astro|GitHub|Git|schema)\b/g],
  ['a camelCase identifier', /\b[a-z]+[A-Z][A-Za-z0-9]*\b/g],
  ['a snake_case identifier', /\b[a-z]+_[a-z0-9_]+\b/g],
  ['a dotted key', /\b[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*\b/g],
  ['a YAML key', /(?<![\w/:.-])[a-z][A-Za-z0-9]*:(?=\s)/g],
];

/** Web and e-mail addresses are what a reader may type: not developer text. */
const ADDRESSES = /https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** The text of a page a reader sees or hears, with the data page's column names left out. */
export function readerText(html: string): string {
  const withoutColumns = html.replace(/<code class="column-name"[^>]*>[^<]*<\/code>/g, '');
  const { text, tags } = parseHtml(withoutColumns);
  const heard = tags.flatMap((t) => {
    const out: string[] = [];
    if (t.name === 'title') out.push(t.body);
    if (t.name === 'meta' && t.attrs.get('name') === 'description') out.push(t.attrs.get('content') ?? '');
    for (const a of ['alt', 'title', 'aria-label', 'placeholder']) if (t.attrs.has(a)) out.push(t.attrs.get(a)!);
    return out;
  });
  return [text, ...heard].join('\n').replace(ADDRESSES, ' ');
}

export function developerText(text: string): string[] {
  const found: string[] = [];
  for (const [what, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const around = text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20).replace(/\s+/g, ' ');
      found.push(`${what} “${m[0]}” in “…${around}…”`);
    }
  }
  return found;
}

describe('the scanner', () => {
  test('finds what the pages used to say, and passes plain Chinese', () => {
    expect(developerText('来源：content/plan.yaml')).toHaveLength(3);
    expect(developerText('可运行 npm run indicators -- 数据文件 --include-teaching-points')).toHaveLength(2);
    expect(developerText('在学校统计数据文件的 splitRule 中改为')).toHaveLength(1);
    expect(developerText('personalDataAllowed.reason 本条目')).toHaveLength(2);
    expect(developerText('status: 已结束')).toHaveLength(1);
    expect(developerText('数据来源：2026年度学校统计数据。师生比（L6）0.058，每名教师对应约 17.2 名学生。JSON 和 CSV 可用 Excel 打开。')).toEqual([]);
    expect(developerText(readerText('<p>电子邮箱 <a href="mailto:a@b.example.org">a@b.example.org</a>，网址 https://www.gov.cn/zhengce/</p>'))).toEqual([]);
  });
});

describe.each([rootSite, baseSite, demoSite])('$label/', (site) => {
  const pages = pagesOrFail(site);
  test.each(pages.map((p) => [p.path, p] as const))('%s has no file path, key, command or identifier', (_path, page) => {
    expect(developerText(readerText(readFileSync(page.file, 'utf8')))).toEqual([]);
  });
});
