// Fields and values as the schemas define them: the generic cases of every
// file (src/content-model/zod-issues.ts turns Zod's issues into these).
import { defineRule } from './define.ts';

export const required = defineRule({
  code: 'required',
  severity: 'error',
  group: 'fields',
  meaning: '缺少必填字段：消息中会写出缺的是哪个字段及其含义。',
  message: (p: { key: string; description?: string } | { fields: string; note?: string }) =>
    'fields' in p ? `缺少${p.fields}：请补上${p.note ?? ''}` : `缺少必填字段“${p.key}”${p.description ? `（${p.description}）` : ''}：请补上`,
  examples: {
    bad: [{ name: '成员没写所在单位', file: 'content/leading-group.yaml', lang: 'yaml', at: { append: 'members' }, code: '- id: he-jia\n  name: 何甲\n  role: 成员' }],
    good: [
      {
        name: '写上所在单位的编号',
        file: 'content/leading-group.yaml',
        lang: 'yaml',
        at: { append: 'members' },
        code: '- id: he-jia\n  name: 何甲\n  role: 成员\n  unit: finance-bureau',
      },
    ],
  },
});

export const unknownKey = defineRule({
  code: 'unknown-key',
  severity: 'error',
  group: 'fields',
  meaning: '不认识的字段名，多半是拼写或大小写错了；消息会提示最接近的正确字段名。',
  message: (p: { key: string; guess?: string; known: readonly string[] }) =>
    `不认识的字段“${p.key}”${p.guess ? `，您是不是想写“${p.guess}”？` : `。可用的字段：${p.known.join('、')}`}`,
  examples: {
    bad: [{ name: '大小写写错', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: statistics-bureau\n  name: 示例县统计局\n  shortname: 统计局\n  kind: 县直部门\n  leadingGroupMember: false', lines: [3] }],
    good: [{ name: '字段名照写', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: statistics-bureau\n  name: 示例县统计局\n  shortName: 统计局\n  kind: 县直部门\n  leadingGroupMember: false' }],
  },
});

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（每项以“- ”开头）',
  object: '字段组（“字段名: 值”）',
};

export const type = defineRule({
  code: 'type',
  severity: 'error',
  group: 'fields',
  meaning: '值的类型不对：如该填文字的填成了数字（12 位代码须加引号），该填 true/false 的填了“是”。',
  message: (p: { expected: string; actual: string; quoted?: string }) =>
    `这里应填${TYPE_NAMES[p.expected] ?? p.expected}，实际是${p.actual}${p.quoted !== undefined ? `；如要写成文字，请加引号："${p.quoted}"` : ''}`,
  examples: {
    bad: [
      {
        name: '代码没加引号，是否写成了“是”',
        file: 'content/units.yaml',
        lang: 'yaml',
        at: { append: 'units' },
        code: '- id: geng-town\n  name: 庚镇\n  kind: 镇\n  divisionCode: 990101102000\n  leadingGroupMember: 是',
        lines: [4, 5],
      },
    ],
    good: [
      {
        name: '代码加引号，是否写 true 或 false',
        file: 'content/units.yaml',
        lang: 'yaml',
        at: { append: 'units' },
        code: '- id: geng-town\n  name: 庚镇\n  kind: 镇\n  divisionCode: "990101102000"\n  leadingGroupMember: false',
      },
    ],
  },
});

export const enumValue = defineRule({
  code: 'enum',
  severity: 'error',
  group: 'fields',
  meaning: '只能从固定的几个值中选一个（如单位类别、文章栏目）；消息会列出全部可选值。',
  message: (p: { value: string; options: readonly string[]; guess?: string }) =>
    `“${p.value}”不是可选值。可选：${p.options.join('、')}${p.guess ? `（是不是“${p.guess}”？）` : ''}`,
  examples: {
    bad: [{ name: '单位类别不在本县的类别中', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: statistics-bureau\n  name: 示例县统计局\n  kind: 部门\n  leadingGroupMember: false', lines: [3] }],
    good: [{ name: '照 kinds 中的名称写', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: statistics-bureau\n  name: 示例县统计局\n  kind: 县直部门\n  leadingGroupMember: false' }],
  },
});

export const schema = defineRule({
  code: 'schema',
  severity: 'error',
  group: 'fields',
  meaning: '其他不符合结构的情况，如列表至少要有一项、数值超出范围。',
  message: (p: { zodMessage: string }) => p.zodMessage,
  examples: {
    bad: [{ name: '列表是空的', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'addressees: []' }],
    good: [{ name: '列表至少一项', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'addressees:\n  - 各乡镇人民政府（街道办事处）' }],
  },
});
