// Official formats: 发文字号 per GB/T 9704-2012 §7.2.5.
import type { DocNumberFix } from '../lib/doc-number.ts';
import { defineRule } from './define.ts';

const FIX_TEXT: Readonly<Record<DocNumberFix, string>> = {
  brackets: '年份要用六角括号〔〕',
  di: '序号前不加“第”',
  'leading-zero': '序号不编虚位（不加前导 0）',
  zi: '序号后不加“字”',
};

export const docNumber = defineRule({
  code: 'doc-number',
  severity: 'error',
  group: 'official',
  meaning: '发文字号按 GB/T 9704 写作“机关代字〔年份〕序号号”：年份用六角括号〔〕，序号不加“第”、不加前导 0。',
  message: (p: { value: string; fixes: readonly DocNumberFix[]; suggestion?: string }) =>
    p.suggestion !== undefined
      ? `发文字号“${p.value}”不规范：${p.fixes.map((f) => FIX_TEXT[f]).join('，')}。请写作“${p.suggestion}”`
      : `发文字号“${p.value}”不规范：发文字号应写作“机关代字〔年份〕序号号”，如 教督〔2012〕3号`,
  examples: {
    bad: [{ name: '方括号、“第”和前导 0', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'basis.0' }, code: 'docNumber: 国发[2012]第048号' }],
    good: [{ name: '六角括号', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'basis.0' }, code: 'docNumber: 国发〔2012〕48号' }],
  },
});
