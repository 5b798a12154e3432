// content/campaign.yaml `thresholds:`: a province may raise a national
// threshold by citing its 实施细则; a weaker value is not used, and a
// threshold of the other standard is never used.
import { row, str } from '../content-model/raw.ts';
import { isStricter, lineText, plainNumber, thresholdDefinition } from '../lib/standards.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';

const CAMPAIGN = 'content/campaign.yaml';

export const thresholdLaxer = defineRule({
  code: 'threshold-laxer',
  severity: 'warning',
  group: 'quality',
  meaning: '省定标准只能比国家标准更严（如最低标准更高、班额上限更低）。比国家标准宽的数值不采用：国家督导评估按国家标准认定，计算和页面仍用国家标准。',
  message: (p: { name: string; value: number; national: string }) =>
    `“${p.name}”的省定数值 ${plainNumber(p.value)} 比国家标准（${p.national}）宽：不采用，仍按国家标准计算。请核对实施细则中的数值`,
  examples: {
    bad: [{ name: '省定经费标准低于国家标准', file: CAMPAIGN, lang: 'yaml', at: { set: 'thresholds' }, code: 'g7-special-school-funding:\n  value: 5000\n  source: 示教督〔2025〕2号', lines: [2] }],
    good: [{ name: '省定标准高于国家标准', file: CAMPAIGN, lang: 'yaml', at: { set: 'thresholds' }, code: 'g7-special-school-funding:\n  value: 8000\n  source: 示教督〔2025〕2号' }],
  },
});

export const thresholdStandard = defineRule({
  code: 'threshold-standard',
  severity: 'warning',
  group: 'quality',
  meaning: '只有本次工作所依据的评估标准（content/campaign.yaml 的 standard）中的标准才会用到；另一标准的省定数值不起作用。',
  message: (p: { name: string; standard: string; campaign: string }) =>
    `“${p.name}”是${p.standard}评估的标准，本次工作依据的是${p.campaign}评估：这一项不会用到，请删除或核对 standard`,
  examples: {
    bad: [{ name: '优质均衡工作写了基本均衡的标准', file: CAMPAIGN, lang: 'yaml', at: { set: 'thresholds' }, code: 'composite-cv-primary:\n  value: 0.6\n  source: 示教督〔2025〕2号' }],
    good: [{ name: '写本次依据的标准', file: CAMPAIGN, lang: 'yaml', at: { set: 'thresholds' }, code: 'cv-primary:\n  value: 0.45\n  source: 示教督〔2025〕2号' }],
  },
});

export const checkThresholds: Check = (context) => {
  const campaign = context.one('campaign');
  const thresholds = row(row(campaign?.data)?.thresholds);
  if (!campaign || !thresholds) return [];
  const standard = str(row(campaign.data)?.standard);
  const out: Finding[] = [];
  for (const [key, value] of Object.entries(thresholds)) {
    const definition = thresholdDefinition(key);
    const override = row(value);
    if (!definition || !override) continue;
    if (standard !== undefined && definition.standard !== standard) {
      out.push(thresholdStandard.findingAtKey(campaign.file, ['thresholds', key], { name: definition.name, standard: definition.standard, campaign: standard }));
      continue;
    }
    const v = override.value;
    if (typeof v === 'number' && v !== definition.value && !isStricter(definition, v, definition.value)) {
      out.push(thresholdLaxer.finding(campaign.file, ['thresholds', key, 'value'], { name: definition.name, value: v, national: lineText(definition) }));
    }
  }
  return out;
};
