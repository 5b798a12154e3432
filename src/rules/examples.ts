// Example content lives only in the fictional demo county (tests/fixtures/demo,
// site.yaml `example: true`): a site is either a real county or the demo,
// never real content with samples mixed in. An examples/ folder under content/
// is the old convention; its files would now be published as real content.
import { defineRule } from './define.ts';

export const EXAMPLES_DIR = 'examples';
/** Where the demo county's content is, for messages. */
export const DEMO_CONTENT = 'tests/fixtures/demo/content';

/** A valid article of the demo county, the same wherever it is put. */
const ARTICLE = '---\ntitle: 甲镇开展宣传活动\ndate: 2026-11-26\nunit: jia-town\ncategory: 工作动态\nsummary: 甲镇开展义务教育优质均衡宣传活动。\n---\n\n甲镇开展宣传活动。\n';

export const examplesFolder = defineRule({
  code: 'examples-folder',
  severity: 'error',
  group: 'files',
  meaning: `content/ 中不能有 ${EXAMPLES_DIR} 文件夹：网站只发布真实内容，演示用的示例只放在虚构的示例县（${DEMO_CONTENT}）中，整站标明“示例”。`,
  message: () =>
    `content/ 中不能有 ${EXAMPLES_DIR} 文件夹，否则其中的文件会当作真实内容发布：真实内容请移出 ${EXAMPLES_DIR} 文件夹；示例请删除（演示用的示例在 ${DEMO_CONTENT} 中）`,
  examples: {
    bad: [
      {
        name: '示例文章放在 examples 文件夹中',
        file: 'content/achievements/examples/2026-11-26-sample.md',
        lang: 'text',
        code: 'content/achievements/examples/2026-11-26-sample.md',
        write: {
          'content/achievements/examples/2026-11-26-sample.md': ARTICLE,
        },
      },
    ],
    good: [
      {
        name: '真实文章直接放在 achievements 中',
        file: 'content/achievements/2026-11-26-note.md',
        lang: 'text',
        code: 'content/achievements/2026-11-26-note.md',
        write: {
          'content/achievements/2026-11-26-note.md': ARTICLE,
        },
      },
    ],
  },
});
