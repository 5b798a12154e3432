// Ids: how they are written, and that each is used once. Fields that must be
// unique are marked in the schemas (`.meta({ unique: '编号' })`); one check
// walks every file for them.
import { walkSchema } from '../content-model/schema-walk.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';

/** ASCII kebab-case: what URLs and file names can carry unchanged. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idFormat = defineRule({
  code: 'id-format',
  severity: 'error',
  group: 'ids',
  meaning: '编号（和文章文件名）只能用小写英文字母、数字和连字符，如 finance-bureau。',
  message: (p: { value: string; file?: string; ext?: string }) =>
    p.ext !== undefined
      ? `文件名“${p.value}${p.ext}”不合规：只能用小写英文字母、数字和连字符，如 2026-09-01-plan-issued${p.ext}`
      : `编号“${p.value}”不合规：只能用小写英文字母、数字和连字符（如 finance-bureau）`,
  examples: {
    bad: [{ name: '大写字母和下划线', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: Tax_Bureau\n  name: 示例县统计局\n  kind: 县直部门\n  leadingGroupMember: false' }],
    good: [{ name: '小写字母和连字符', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: statistics-bureau\n  name: 示例县统计局\n  kind: 县直部门\n  leadingGroupMember: false' }],
  },
});

export const idDuplicate = defineRule({
  code: 'id-duplicate',
  severity: 'error',
  group: 'ids',
  meaning: '编号（或文章文件名）重复：同一类内容中每个编号只能用一次。两人同名时，编号加上单位区分。',
  message: (p: { what: string; value: string } | { article: string; other: string }) =>
    'article' in p
      ? `文件名“${p.article}”与 ${p.other} 重复：文章网址由文件名生成，请改用另一个文件名`
      : `${p.what}“${p.value}”重复：前面已用过，请改用另一个${p.what}`,
  examples: {
    bad: [
      {
        name: '两人同名，编号也一样',
        file: 'content/leading-group.yaml',
        lang: 'yaml',
        at: { append: 'members' },
        code: '- id: he-jia\n  name: 何甲\n  role: 成员\n  unit: finance-bureau\n- id: he-jia\n  name: 何甲\n  role: 成员\n  unit: hr-bureau',
        lines: [5],
      },
    ],
    good: [
      {
        name: '编号加上单位区分',
        file: 'content/leading-group.yaml',
        lang: 'yaml',
        at: { append: 'members' },
        code: '- id: he-jia-finance\n  name: 何甲\n  role: 成员\n  unit: finance-bureau\n- id: he-jia-hr\n  name: 何甲\n  role: 成员\n  unit: hr-bureau',
      },
    ],
  },
});

/** Every field marked unique is unique within its file, among the fields of the same label. */
export const checkUniqueIds: Check = (context) => {
  const out: Finding[] = [];
  for (const parsed of context.files) {
    const seen = new Set<string>();
    walkSchema(parsed.schema, parsed.data, (meta, value, path) => {
      if (meta.unique === undefined || typeof value !== 'string') return;
      const key = `${meta.unique}\u0000${value}`;
      if (seen.has(key)) out.push(idDuplicate.finding(parsed.file, path, { what: meta.unique, value }));
      seen.add(key);
    });
  }
  return out;
};
