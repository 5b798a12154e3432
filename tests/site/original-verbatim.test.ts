// 原文 (/original/) is the source document as issued: the notice, the plan and
// the roster attachment, character for character. The expected text is the seed
// file itself (named by the built county's notice.yaml `source`), never the
// site's own rendering; only whitespace is ignored, since the seed aligns the
// roster with spaces and the page lays it out with CSS. A failure names the
// first character that differs, with the seed's line and both texts around it.
// On 实施方案 (/plan/), the readable version, every heading and list item is the
// seed's words unless it is marked 编者加 (or sits under a heading so marked),
// and a legend says what the mark means and where the original is.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { BuiltSite } from './built-site.ts';
import { baseSite, demoSite, missingBuild, rootSite } from './built-site.ts';

const squash = (s: string) => s.replace(/\s+/gu, '');

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const childrenOf = (n: Node): Node[] => ('childNodes' in n ? (n.childNodes as Node[]) : []);
const classes = (el: Element) => (el.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/u);
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Every element under a node, in document order. */
function elements(n: Node): Element[] {
  return childrenOf(n).flatMap((c) => (isElement(c) ? [c, ...elements(c)] : []));
}

/** The text a reader gets from an element, as DOM textContent. */
function textOf(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(n) && (n.tagName === 'template' || n.tagName === 'script' || n.tagName === 'style')) return '';
  return childrenOf(n).map(textOf).join('');
}

function builtPage(site: BuiltSite, path: string): Node {
  return parseHtml(readFileSync(join(site.dir, path, 'index.html'), 'utf8'));
}

const mainOf = (doc: Node) => elements(doc).find((e) => e.tagName === 'main');

/** The seed named by a content root's notice.yaml, or why there is none. */
function seedOf(site: BuiltSite): { file: string; text: string } | { none: string } {
  const notice = parse(readFileSync(join(site.contentRoot, 'content', 'notice.yaml'), 'utf8')) as { source?: string };
  if (!notice.source) return { none: 'its notice.yaml names no source document' };
  const file = join(site.contentRoot, notice.source);
  if (!existsSync(file)) return { none: `${notice.source} does not exist` };
  return { file: notice.source, text: readFileSync(file, 'utf8') };
}

/** The document on a built /original/ page: the one .gongwen block inside <main>, without the site's notes around it. */
function documentText(site: BuiltSite): string {
  const main = mainOf(builtPage(site, 'original'));
  const blocks = main ? elements(main).filter((e) => classes(e).includes('gongwen')) : [];
  expect(blocks, 'the page has one document block (main .gongwen)').toHaveLength(1);
  return textOf(blocks[0]!);
}

/**
 * Where the page text first parts from the seed, both whitespace-free, told as
 * the seed's line number and a stretch of each text; undefined when they are the same.
 */
export function firstDifference(page: string, seed: string): string | undefined {
  const a = squash(page);
  const b = squash(seed);
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // The seed line holding the i-th non-space character.
  let seen = 0;
  let line = 1;
  for (const ch of seed) {
    if (ch === '\n') line++;
    else if (!/\s/u.test(ch)) {
      if (seen === i) break;
      seen++;
    }
  }
  const around = (s: string) => `…${s.slice(Math.max(0, i - 15), i)}⟦${s.slice(i, i + 25)}⟧`;
  const what = i >= a.length ? 'the page ends early' : i >= b.length ? 'the page has more than the seed' : `character ${i + 1} differs`;
  return `${what} (seed line ${line}):\n  seed: ${around(b)}\n  page: ${around(a)}`;
}

describe('firstDifference', () => {
  test('points at the first differing character and the seed line it is on', () => {
    const seed = '第一阶段\n宣传发动（2020年8月1日—8月15日）\n';
    expect(firstDifference('第一阶段 宣传发动（2020年8月1日 — 8月15日）', seed)).toBeUndefined();
    const diff = firstDifference('第一阶段宣传发动（2020年8月1日至8月15日）', seed)!;
    expect(diff).toContain('seed line 2');
    expect(diff).toContain('seed: …段宣传发动（2020年8月1日⟦—8月15日）⟧');
    expect(diff).toContain('page: …段宣传发动（2020年8月1日⟦至8月15日）⟧');
    expect(firstDifference('第一阶段', seed)).toContain('the page ends early');
  });
});

for (const site of [rootSite, baseSite, demoSite]) {
  const seed = seedOf(site);
  // The demo county is fictional: its notice has no original text to compare with.
  if ('none' in seed) continue;
  describe(`${site.label}/original/`, () => {
    test(`reads as ${seed.file}, character for character (whitespace aside)`, () => {
      const problem = missingBuild(site);
      if (problem) throw new Error(problem);
      expect(firstDifference(documentText(site), seed.text)).toBeUndefined();
    });
  });
}

/** The built /plan/ page's plan article. */
function planArticle(site: BuiltSite): Element {
  const main = mainOf(builtPage(site, 'plan'));
  const article = main && elements(main).find((e) => e.tagName === 'article' && classes(e).includes('plan'));
  expect(article, '/plan/ has the plan article').toBeDefined();
  return article!;
}

const HEADING = /^h[1-4]$/u;

const MARK = '（编者加）';

for (const site of [rootSite, demoSite]) {
  const seed = seedOf(site);
  describe(`${site.label}/plan/`, () => {
    test('explains the 编者加 mark and links to the original', () => {
      const problem = missingBuild(site);
      if (problem) throw new Error(problem);
      const article = planArticle(site);
      const legend = elements(article).find((p) => p.tagName === 'p' && textOf(p).includes('编者加'));
      expect(legend && textOf(legend)).toMatch(/标有“编者加”的标题和列表是本网站为便于阅读而加的，原文没有/u);
      expect(elements(legend!).filter((a) => a.tagName === 'a').map((a) => attr(a, 'href'))).toContain(`${site.base}original/`);
      // The mark is words (read out in brackets), not a colour: the added 制定依据 heading carries it.
      const headings = elements(article).filter((h) => h.tagName === 'h2').map((h) => squash(textOf(h)));
      expect(headings).toContain(`制定依据${MARK}`);
    });

    if ('none' in seed) return;
    test(`has no heading or list item of its own that is not marked 编者加 (the rest is in ${seed.file})`, () => {
      const problem = missingBuild(site);
      if (problem) throw new Error(problem);
      const article = planArticle(site);
      const original = squash(seed.text);
      const marked = (el: Element | undefined) => Boolean(el && squash(textOf(el)).includes(MARK));
      const kids = (el: Element) => el.childNodes.filter(isElement);
      const headingOf = (el: Element) => kids(el).find((c) => HEADING.test(c.tagName));
      const unmarked: string[] = [];
      /** Walks the article with the elements above the current one, to find a list's marked lead or section heading. */
      const walk = (el: Element, above: readonly Element[]) => {
        const text = squash(textOf(el));
        if (HEADING.test(el.tagName) && !text.includes(MARK) && !original.includes(text)) unmarked.push(`<${el.tagName}> ${text}`);
        if (el.tagName === 'li' && !original.includes(text)) {
          const list = above.at(-1)!;
          const listParent = above.at(-2);
          const lead = listParent && kids(listParent)[kids(listParent).indexOf(list) - 1];
          const container = [...above].reverse().find((a) => a.tagName === 'section' || a.tagName === 'nav');
          if (!marked(lead) && !(container && marked(headingOf(container)))) unmarked.push(`<li> ${text}`);
        }
        for (const c of kids(el)) walk(c, [...above, el]);
      };
      walk(article, []);
      expect(unmarked).toEqual([]);
    });
  });
}
