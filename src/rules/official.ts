// Official formats: 发文字号 per GB/T 9704-2012 §7.2.5.
import type { DocNumberFix } from '../lib/doc-number.ts';
import { defineRule } from './define.ts';
import { articleBody } from './demo-examples.ts';

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
  meaning: '发文字号按 GB/T 9704 写作“机关代字〔年份〕序号号”：年份用六角括号〔〕，序号不加“第”、不加前导 0。文章正文和其他文字中引用的发文字号同样检查。',
  message: (p: { value: string; fixes: readonly DocNumberFix[]; suggestion?: string }) =>
    p.suggestion !== undefined
      ? `发文字号“${p.value}”不规范：${p.fixes.map((f) => FIX_TEXT[f]).join('，')}。请写作“${p.suggestion}”`
      : `发文字号“${p.value}”不规范：发文字号应写作“机关代字〔年份〕序号号”，如 教督〔2012〕3号`,
  examples: {
    bad: [
      { name: '方括号、“第”和前导 0', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'basis.0' }, code: 'docNumber: 国发[2012]第048号' },
      articleBody('正文里用了方头括号', '根据《国务院关于深入推进义务教育均衡发展的意见》（国发【2012】48号）开展工作。'),
      { name: '通知正文里用了圆括号', file: 'content/notice.yaml', lang: 'yaml', at: { set: '' }, code: 'body: 根据教督（2017）6号文件，现印发给你们，请认真组织实施。' },
    ],
    good: [
      { name: '六角括号', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'basis.0' }, code: 'docNumber: 国发〔2012〕48号' },
      articleBody('正文里也用六角括号；普通的括号不受影响', '根据《国务院关于深入推进义务教育均衡发展的意见》（国发〔2012〕48号）开展工作（2026年）。3号楼（2026）已完工。'),
    ],
  },
});
