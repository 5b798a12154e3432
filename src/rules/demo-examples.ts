// Building blocks of rule examples: files of the demo county (tests/fixtures/demo)
// that several rules' examples share.
import type { RuleExample } from './define.ts';

/** A new news article of the demo county; its frontmatter is valid. */
export const DEMO_ARTICLE = 'content/achievements/2026-11-26-note.md';
const FRONTMATTER = '---\ntitle: 甲镇开展宣传活动\ndate: 2026-11-26\nunit: jia-town\ncategory: 工作动态\nsummary: 甲镇开展义务教育优质均衡宣传活动。\n---\n\n';
const FRONTMATTER_LINES = FRONTMATTER.split('\n').length - 1;

/**
 * An example about an article's body: the docs show `body`, the test writes a
 * whole article around it. `lines` count within the body.
 */
export function articleBody(name: string, body: string, options: { mdx?: boolean; lines?: readonly number[] } = {}): RuleExample {
  const file = options.mdx ? DEMO_ARTICLE.replace(/\.md$/, '.mdx') : DEMO_ARTICLE;
  return {
    name,
    file,
    lang: 'markdown',
    code: body,
    at: { shown: true },
    write: { [file]: `${FRONTMATTER}${body}\n` },
    lines: (options.lines ?? [1]).map((l) => l + FRONTMATTER_LINES),
  };
}
