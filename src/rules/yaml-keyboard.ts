// YAML as a Chinese keyboard types it: each mistake is found on its own line
// (src/content-model/yaml-keyboard.ts) and reported once, with what to type
// instead; the parser's errors for the same file are then left out, since
// they are that mistake seen from other lines.
import { defineRule, type RuleExample } from './define.ts';

const UNITS = 'content/units.yaml';
const NOTICE = 'content/notice.yaml';
const ARTICLE = 'content/achievements/2026-09-01-plan-issued.md';

/** A new unit of the demo county with one line replaced. */
const unit = (name: string, line2: string, lines?: readonly number[]): RuleExample => ({
  name,
  file: UNITS,
  lang: 'yaml',
  at: { append: 'units' },
  code: `- id: statistics-bureau\n${line2}\n  kind: 县直部门\n  leadingGroupMember: false`,
  lines: lines ?? [2],
});
const addressees = (name: string, code: string, lines?: readonly number[]): RuleExample => ({
  name,
  file: NOTICE,
  lang: 'yaml',
  at: { append: 'addressees' },
  code,
  ...(lines ? { lines } : {}),
});

/** When one mistake repeats on many lines, the last one reported says how many more there are. */
const more = (n: number | undefined) => (n ? `（下面还有 ${n} 行同样的问题，请一并改正）` : '');

/** The start of a long line, enough to find it. */
const short = (text: string) => ([...text].length > 24 ? `${[...text].slice(0, 24).join('')}…` : text);

/** The value quoted so that YAML reads it as it stands. */
export function quotedValue(value: string): string {
  return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
}

export const yamlFullWidthColon = defineRule({
  code: 'yaml-full-width-colon',
  severity: 'error',
  group: 'yaml',
  meaning: '字段名后面的冒号要用英文冒号“:”再加一个空格；中文输入法打出的全角冒号“：”不算冒号，整行会被当成一段文字。值里面的“：”不受影响。',
  message: (p: { key: string; more?: number }) => `字段名“${p.key}”后面是中文冒号“：”：请改为英文冒号加一个空格，写作“${p.key}: ”${more(p.more)}`,
  examples: {
    bad: [unit('名称后用了中文冒号', '  name：示例县统计局')],
    good: [unit('英文冒号加空格（值里的中文冒号没关系）', '  name: 示例县统计局')],
  },
});

export const yamlColonSpace = defineRule({
  code: 'yaml-colon-space',
  severity: 'error',
  group: 'yaml',
  meaning: '字段名的冒号后面要有一个半角空格：“name:张三”会被当成一段文字，要写作“name: 张三”。',
  message: (p: { key: string; fullWidthSpace: boolean; more?: number }) =>
    `字段名“${p.key}”的冒号后面${p.fullWidthSpace ? '是全角空格' : '缺少空格'}：请在英文冒号后加一个半角空格，写作“${p.key}: ”${more(p.more)}`,
  examples: {
    bad: [unit('冒号后没有空格', '  name:示例县统计局'), unit('冒号后是全角空格', '  name:\u3000示例县统计局')],
    good: [unit('冒号后一个半角空格', '  name: 示例县统计局')],
  },
});

export const yamlColonInValue = defineRule({
  code: 'yaml-colon-in-value',
  severity: 'error',
  group: 'yaml',
  meaning: '值里面不能直接写“英文冒号加空格”（如“通知: 第二批”），YAML 会把它当成又一个字段名：中文里请用中文冒号“：”，或给整个值加上英文双引号。',
  message: (p: { key?: string; value: string; more?: number }) =>
    `${p.key ? `“${p.key}”的值` : '这一项'}里有英文冒号加空格“: ”，YAML 会把它当成字段名的分隔：请改用中文冒号“：”，或给整个值加上英文引号，写作 ${p.key ? `${p.key}: ` : '- '}${quotedValue(p.value)}${more(p.more)}`,
  examples: {
    bad: [
      { name: '标题里有英文冒号', file: ARTICLE, lang: 'yaml', at: { set: '' }, code: 'title: 示例县教育局: 印发实施方案' },
      addressees('列表项里有英文冒号', '- 各学校: 校长'),
    ],
    good: [
      { name: '改用中文冒号', file: ARTICLE, lang: 'yaml', at: { set: '' }, code: 'title: 示例县教育局：印发实施方案' },
      { name: '或加上引号', file: ARTICLE, lang: 'yaml', at: { set: '' }, code: 'title: "示例县教育局: 印发实施方案"' },
    ],
  },
});

export const yamlBullet = defineRule({
  code: 'yaml-bullet',
  severity: 'error',
  group: 'yaml',
  meaning: '列表的每一项以英文减号加一个空格“- ”开头；全角减号“－”、圆点“•”“·”、破折号等都不算，减号后没有空格也不算。',
  message: (p: { bullet: string; text: string; more?: number }) =>
    p.bullet === '-'
      ? `“-”后面缺少空格：列表项要以英文减号加一个空格开头，请写作“- ${short(p.text)}”${more(p.more)}`
      : `列表项要以英文减号加一个空格“- ”开头，这里是“${p.bullet}”：请写作“- ${short(p.text)}”${more(p.more)}`,
  examples: {
    bad: [addressees('全角减号', '－ 各学校'), addressees('圆点', '• 各学校'), addressees('减号后没有空格', '-各学校')],
    good: [addressees('英文减号加空格', '- 各学校')],
  },
});

const INDENT_WORDS = { tab: ' Tab 键（制表符）', 'full-width-space': '全角空格', nbsp: '不换行空格（多半是从网页或 Word 复制来的）' } as const;

export const yamlIndent = defineRule({
  code: 'yaml-indent',
  severity: 'error',
  group: 'yaml',
  meaning: 'YAML 的缩进只能用半角空格：Tab 键和中文输入法的全角空格都不行，而且看上去与空格一样，不易察觉。',
  message: (p: { char: keyof typeof INDENT_WORDS; more?: number }) =>
    `这一行的缩进里有${INDENT_WORDS[p.char]}：YAML 只认半角空格，请删掉行首的空白，改用半角空格与上下行对齐${more(p.more)}`,
  examples: {
    bad: [unit('用 Tab 缩进（⇥ 表示 Tab）', '\tname: 示例县统计局'), unit('用全角空格缩进', '\u3000name: 示例县统计局')],
    good: [unit('用半角空格缩进', '  name: 示例县统计局')],
  },
});

export const yamlListDash = defineRule({
  code: 'yaml-list-dash',
  severity: 'error',
  group: 'yaml',
  supersedes: ['yaml-duplicate-key'],
  meaning: '列表的每一项都以“- ”开头。漏写“- ”时，这一项会被并入上一项（文字连成一句，或字段重复），内容就丢了。',
  message: (p: ({ problem: 'joined' } | { problem: 'key'; key: string } | { problem: 'column'; key: string }) & { more?: number }) => {
    switch (p.problem) {
      case 'joined':
        return `这一行前面没有“- ”，会被并入上一项，连成一句话：如是新的一项，请在行首加“- ”，与上一项的“- ”对齐；如本是上一项的一部分，请把它接到上一行末尾${more(p.more)}`;
      case 'key':
        return `“${p.key}”在这一项中已经写过：这里像是新的一项漏写了开头的“- ”，请写作“- ${p.key}: …”，与上一项的“- ”对齐${more(p.more)}`;
      case 'column':
        return `这一行与上面各项的“- ”对齐，却没有“- ”：如是新的一项，请写作“- ${p.key}: …”；如属于上一项，请与上一项的字段名对齐${more(p.more)}`;
    }
  },
  examples: {
    bad: [
      addressees('第二项漏了“- ”', '- 各学校\n  各幼儿园', [2]),
      {
        name: '新单位漏了“- ”',
        file: UNITS,
        lang: 'yaml',
        at: { append: 'units' },
        code: '- id: statistics-bureau\n  name: 示例县统计局\n  kind: 县直部门\n  leadingGroupMember: false\n  id: audit-office\n  name: 示例县审计局\n  kind: 县直部门\n  leadingGroupMember: false',
        lines: [5],
      },
    ],
    good: [
      addressees('每项都有“- ”', '- 各学校\n- 各幼儿园'),
      {
        name: '每个单位都以“- ”开头',
        file: UNITS,
        lang: 'yaml',
        at: { append: 'units' },
        code: '- id: statistics-bureau\n  name: 示例县统计局\n  kind: 县直部门\n  leadingGroupMember: false\n- id: audit-office\n  name: 示例县审计局\n  kind: 县直部门\n  leadingGroupMember: false',
      },
    ],
  },
});

export const yamlLineJoined = defineRule({
  code: 'yaml-line-joined',
  severity: 'error',
  group: 'yaml',
  meaning: '一个值要写在一行里。没有“字段名: ”的下一行会被接到上一行的值后面（中间多出一个空格），多半是回车按多了，或漏写了字段名。',
  message: (p: { key: string; more?: number }) =>
    `这一行没有“字段名: ”，会被接到上一行“${p.key}”的值后面（中间多一个空格）：如是同一段文字，请把它接到上一行末尾；如要写新的字段，请写成“字段名: 值”${more(p.more)}`,
  examples: {
    bad: [{ name: '一段话分成了两行', file: NOTICE, lang: 'yaml', at: { set: '' }, code: 'body: 《实施方案》已经县政府研究同意，\n  现印发给你们，请认真组织实施。', lines: [2] }],
    good: [{ name: '写在一行里', file: NOTICE, lang: 'yaml', at: { set: '' }, code: 'body: 《实施方案》已经县政府研究同意，现印发给你们，请认真组织实施。' }],
  },
});
