// How a YAML file (or an article's frontmatter) is written: problems the parser
// finds before any field is looked at. src/content-model/yaml.ts emits them.
import { defineRule } from './define.ts';

/** More aliases than this is an attack (billion laughs), not content. */
export const MAX_ALIASES = 50;
/** Content files nest a few levels; far deeper is a mistake or an attack. */
export const MAX_DEPTH = 40;

/** What the parser's error codes mean for an editor, and what to do. */
export const SYNTAX_HINTS: Readonly<Partial<Record<string, string>>> = {
  BAD_INDENT: '缩进不对：同一层级的行要对齐，请用空格（不要用 Tab）缩进',
  TAB_AS_INDENT: '缩进里有 Tab：请改用空格',
  MISSING_CHAR: '缺少配对的引号或括号：请检查这一行的引号、方括号或花括号是否成对',
  BLOCK_AS_IMPLICIT_KEY: '冒号后的内容格式不对：字段名后要跟“: ”（英文冒号加空格）',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行：请检查上一行是否漏了冒号或引号',
  UNEXPECTED_TOKEN: '这里有无法识别的符号：请检查冒号、引号和列表的“- ”',
  BAD_SCALAR_START: '值不能以这个符号开头：请给这个值加上引号',
  BAD_DQ_ESCAPE: '双引号内有无效的转义符“\\”：请删除它，或改用单引号',
  BAD_ALIAS: '引用了不存在的锚点（*名称）：请改为直接写出内容',
  MULTIPLE_DOCS: '一个文件只能有一份内容：请删除多余的“---”分隔行',
  KEY_OVER_1024_CHARS: '字段名过长：请检查是否漏写了冒号',
  RESOURCE_EXHAUSTION: '文件使用了过多的锚点引用（*名称）：请直接写出内容',
};
const GENERIC_HINT = 'YAML 格式错误：请检查这一行的缩进、冒号（后面要有空格）和引号';

export const yamlSyntax = defineRule({
  code: 'yaml-syntax',
  severity: 'error',
  group: 'yaml',
  meaning: 'YAML 格式错误：缩进不齐、引号或括号不成对等，文件无法读取。一个文件只报第一处格式错误：后面的多半是同一个错误的连锁反应，改正后再检查即可。',
  message: (p: { parserCode: string } | { quote: string } | { unreadable: true }) =>
    'quote' in p
      ? `这里开头的${p.quote === '"' ? '双引号' : '单引号'}“${p.quote}”没有配对，后面的内容都被当成了这个值：请在这个值的末尾补上“${p.quote}”，或删掉开头的引号`
      : 'unreadable' in p
        ? '文件结构无法读取（嵌套过深或过于复杂）：请检查缩进和括号'
        : (SYNTAX_HINTS[p.parserCode] ?? GENERIC_HINT),
  examples: {
    bad: [{ name: '引号不成对', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: statistics-bureau\n  name: "示例县统计局\n  kind: 县直部门\n  leadingGroupMember: false', lines: [2] }],
    good: [{ name: '引号成对（或不加引号）', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: statistics-bureau\n  name: 示例县统计局\n  kind: 县直部门\n  leadingGroupMember: false' }],
  },
});

export const yamlDuplicateKey = defineRule({
  code: 'yaml-duplicate-key',
  severity: 'error',
  group: 'yaml',
  meaning: '同一层级写了两个同名字段，后一个会悄悄覆盖前一个，因此不允许。',
  message: (p: { key: string; line: number; inList: boolean }) =>
    `字段“${p.key}”在第 ${p.line} 行已经写过，同一层级只能写一次：请核对两行，保留正确的一行${p.inList ? '；如这里是列表的新一项，请在新一项的第一个字段前加“- ”' : ''}`,
  examples: {
    bad: [{ name: '日期写了两遍', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'date: 2026-09-01\ndate: 2026-09-02', lines: [2] }],
    good: [{ name: '只写一遍', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'date: 2026-09-01' }],
  },
});

export const yamlTag = defineRule({
  code: 'yaml-tag',
  severity: 'error',
  group: 'yaml',
  meaning: '不允许使用以 ! 开头的 YAML 标签（如 !!timestamp）：它们会改变值的含义。',
  message: () => 'YAML 标签（以 ! 开头，如 !!timestamp）会改变值的含义：内容文件不使用标签，请删除它',
  examples: {
    bad: [{ name: '日期前加了标签', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'date: !!timestamp 2026-09-01' }],
    good: [{ name: '直接写日期', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'date: 2026-09-01' }],
  },
});

export const yamlAlias = defineRule({
  code: 'yaml-alias',
  severity: 'error',
  group: 'yaml',
  meaning: `锚点引用（&名称 / *名称）用得过多（上限 ${MAX_ALIASES} 次）：内容请直接写出来。`,
  message: () => `文件使用了过多的锚点引用（*名称，上限 ${MAX_ALIASES} 次）：请直接写出内容`,
  examples: {
    bad: [
      {
        name: '层层展开，成倍增长',
        file: 'content/notice.yaml',
        lang: 'yaml',
        code: 'a: &a [甲镇, 乙镇]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]',
      },
    ],
    good: [{ name: '直接写出内容', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'addressees:\n  - 各乡镇人民政府（街道办事处）\n  - 县政府有关部门' }],
  },
});

export const yamlComplexKey = defineRule({
  code: 'yaml-complex-key',
  severity: 'error',
  group: 'yaml',
  meaning: '字段名只能是文字，不能是列表或字段组（多半是冒号、括号写错了位置）。',
  message: () => '字段名只能是文字，不能是列表或字段组：请检查这一行的冒号、方括号和花括号',
  examples: {
    bad: [{ name: '花括号写在了字段名处', file: 'content/site.yaml', lang: 'yaml', at: { set: '' }, code: '{name: 示例县}: 主办单位' }],
    good: [{ name: '字段名: 值', file: 'content/site.yaml', lang: 'yaml', at: { set: '' }, code: 'organizer: 示例县教育局' }],
  },
});

export const yamlDepth = defineRule({
  code: 'yaml-depth',
  severity: 'error',
  group: 'yaml',
  meaning: `层级超过 ${MAX_DEPTH} 层：内容文件用不到这么多层，多半是缩进或括号写错了。`,
  message: () => `层级太深（超过 ${MAX_DEPTH} 层）：内容文件用不到这么多层，请检查缩进和括号`,
  examples: {
    bad: [
      {
        name: '层层嵌套几十层',
        file: 'content/notice.yaml',
        lang: 'yaml',
        code: `a: ${'{b: '.repeat(MAX_DEPTH + 5)}1${'}'.repeat(MAX_DEPTH + 5)}`,
      },
    ],
    good: [{ name: '正常的几层', file: 'content/plan.yaml', lang: 'yaml', at: { set: '' }, code: 'goal: 工作目标。' }],
  },
});

export const frontmatter = defineRule({
  code: 'frontmatter',
  severity: 'error',
  group: 'yaml',
  meaning: 'Markdown 文章须以一行“---”开头，写完标题、日期等信息后再以一行“---”结束。',
  message: (p: { problem: 'open' | 'close' }) =>
    p.problem === 'open' ? '文件须以一行“---”开头，接着写标题、日期等信息，再以一行“---”结束' : '文件开头的信息区没有结束：请在信息之后加一行“---”',
  examples: {
    bad: [
      {
        name: '信息区前后没有“---”',
        file: 'content/achievements/2026-11-26-note.md',
        lang: 'markdown',
        code: 'title: 甲镇开展宣传活动\ndate: 2026-11-26\n\n正文……',
      },
    ],
    good: [
      {
        name: '信息区用“---”围起来',
        file: 'content/achievements/2026-11-26-note.md',
        lang: 'markdown',
        code: '---\ntitle: 甲镇开展宣传活动\ndate: 2026-11-26\nunit: jia-town\ncategory: 工作动态\nsummary: 甲镇开展义务教育优质均衡宣传活动。\n---\n\n正文……',
      },
    ],
  },
});
