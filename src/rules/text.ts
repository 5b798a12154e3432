// Text fields: names, free text, links. The checks sit in schemas/common.ts,
// which every entity schema builds its fields from.
import { defineRule } from './define.ts';

// Zero-width and direction-control characters: invisible in every editor,
// yet they make two equal-looking names or ids differ.
export const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

export const textEmpty = defineRule({
  code: 'text-empty',
  severity: 'error',
  group: 'fields',
  meaning: '文字内容不能为空：请填写内容；可选字段不用时，整行删除。',
  message: (p: { what: 'text' | 'name' }) => (p.what === 'name' ? '名称不能为空' : '内容不能为空：请填写内容，或删除此项'),
  examples: {
    bad: [{ name: '标题是空的', file: 'content/plan.yaml', lang: 'yaml', at: { set: '' }, code: 'goal: ""' }],
    good: [{ name: '写上内容', file: 'content/plan.yaml', lang: 'yaml', at: { set: '' }, code: 'goal: 全县义务教育学校达到优质均衡发展要求。' }],
  },
});

export const textWhitespace = defineRule({
  code: 'text-whitespace',
  severity: 'error',
  group: 'fields',
  meaning: '文字首尾不能有空格或换行（常见于从 Word 复制粘贴）。',
  message: () => '首尾不能有空格或换行：请删除多余的空白',
  examples: {
    bad: [{ name: '开头多了空格', file: 'content/plan.yaml', lang: 'yaml', at: { set: '' }, code: 'goal: " 全县义务教育学校达到优质均衡发展要求。"' }],
    good: [{ name: '不加空格', file: 'content/plan.yaml', lang: 'yaml', at: { set: '' }, code: 'goal: 全县义务教育学校达到优质均衡发展要求。' }],
  },
});

export const nameWhitespace = defineRule({
  code: 'name-whitespace',
  severity: 'error',
  group: 'fields',
  meaning: '人名、单位名中间不能有空格：原文排版对齐用的空格不属于名称。',
  message: (p: { value: string }) => `名称中不能有空格：请写作“${p.value.replace(/\s+/gu, '')}”（排版对齐用的空格不属于名称）`,
  examples: {
    bad: [{ name: '照原文排版写了空格', file: 'content/leading-group.yaml', lang: 'yaml', at: { append: 'members' }, code: '- id: he-jia\n  name: 何  甲\n  role: 成员\n  unit: finance-bureau', lines: [2] }],
    good: [{ name: '名称不含空格', file: 'content/leading-group.yaml', lang: 'yaml', at: { append: 'members' }, code: '- id: he-jia\n  name: 何甲\n  role: 成员\n  unit: finance-bureau' }],
  },
});

export const invisibleChar = defineRule({
  code: 'invisible-char',
  severity: 'error',
  group: 'fields',
  meaning: '文字中有看不见的字符（零宽空格、方向控制符等，常见于从网页或 Word 复制的文字），会让看起来相同的名称或编号实际不同。',
  message: (p: { position: number; codePoint: string }) =>
    `第 ${p.position} 个字符处有看不见的字符（U+${p.codePoint}，常见于从网页或 Word 复制的文字）：请删除后重新输入这一段`,
  examples: {
    bad: [{ name: '名称末尾有零宽空格', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: statistics-bureau\n  name: 示例县统计局\u200b\n  kind: 县直部门\n  leadingGroupMember: false', lines: [2] }],
    good: [{ name: '删除后重新输入', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: statistics-bureau\n  name: 示例县统计局\n  kind: 县直部门\n  leadingGroupMember: false' }],
  },
});

/** A link: a site-relative path (one "/": "//host" and "/\\host" are another site, see link-protocol-relative) or an http(s) URL, no whitespace. */
export const LINK = /^(https?:\/\/[^\s]+|\/(?![/\\])[^\s]*)$/u;

export const linkFormat = defineRule({
  code: 'link-format',
  severity: 'error',
  group: 'fields',
  meaning: '链接须以 https://、http:// 或 /（本站页面）开头，且不含空格。',
  message: () => '链接须以 https:// 、http:// 或 / 开头，且不含空格',
  examples: {
    bad: [
      {
        name: '网址缺少 https://',
        file: 'content/progress/jia-town.yaml',
        lang: 'yaml',
        at: { append: 'rectifications' },
        code: '- id: example-link\n  problem: 图书登记不完整\n  found: 2026-10-10\n  deadline: 2026-11-30\n  status: 已整改\n  closed: 2026-11-10\n  evidence: www.example.gov.cn/news/1.html',
        lines: [7],
      },
    ],
    good: [
      {
        name: '写完整网址或站内路径',
        file: 'content/progress/jia-town.yaml',
        lang: 'yaml',
        at: { append: 'rectifications' },
        code: '- id: example-link\n  problem: 图书登记不完整\n  found: 2026-10-10\n  deadline: 2026-11-30\n  status: 已整改\n  closed: 2026-11-10\n  evidence: /news/2026-11-10-jia-town-library-rectified/',
      },
    ],
  },
});
