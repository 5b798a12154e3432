// The campaign this site is about: which national standard it works towards,
// and whether it is still running. Pages read its state from here, never from
// the calendar: a campaign is finished when the county says so.
import { z } from 'zod';
import { lineText, THRESHOLD_DEFINITIONS } from '../src/lib/standards.ts';
import { campaignEnded } from '../src/rules/campaign.ts';
import { dayDate, docNumber, text } from './common.ts';

/** 基本均衡: 教督〔2012〕3号; 优质均衡: 教督〔2017〕6号. */
export const standards = ['基本均衡', '优质均衡'] as const;
export type Standard = (typeof standards)[number];

export const campaignStatuses = ['进行中', '已结束'] as const;

/** A province's 实施细则 raising one threshold: the value and the document that sets it. */
export const ThresholdOverrideSchema = z.strictObject({
  value: z.number().describe('省定标准的数值，单位与国家标准相同'),
  source: docNumber.describe('规定这一标准的省级实施细则的发文字号，如 示教督〔2025〕2号'),
  title: text.optional().describe('实施细则的名称，如 《示例省县域义务教育优质均衡发展督导评估实施细则》'),
  item: text.optional().describe('在实施细则中的位置，如 第二部分第 7 项'),
});

const thresholdShape = Object.fromEntries(
  THRESHOLD_DEFINITIONS.map((d) => [
    d.key,
    ThresholdOverrideSchema.optional().describe(`${d.name}（${d.standard}；国家标准 ${lineText(d)}；出处：${d.source.number} ${d.source.item}）`),
  ]),
) as { [K in (typeof THRESHOLD_DEFINITIONS)[number]['key']]: z.ZodOptional<typeof ThresholdOverrideSchema> };

export const CampaignSchema = z
  .strictObject({
    standard: z.enum(standards).describe('迎接哪一项国家督导评估：基本均衡（教督〔2012〕3号）或 优质均衡（教督〔2017〕6号）'),
    status: z.enum(campaignStatuses).describe('工作状态：进行中，或 已结束（结束后网站作为历史专题保留）'),
    ended: dayDate.optional().describe('结束日期（已结束时必填），如 2020-12-31；进度按这一天计算'),
    note: text.optional().describe('关于工作状态的说明（可选），显示在网站上'),
    thresholds: z
      .strictObject(thresholdShape)
      .optional()
      .describe('本省实施细则提高了的标准（可选）：每项写省定数值和实施细则的发文字号；低于国家标准的不采用'),
  })
  .superRefine((c, ctx) => {
    if (c.status === '已结束' && c.ended === undefined) campaignEnded.issueAt(ctx, ['status'], { problem: 'missing' });
    if (c.status === '进行中' && c.ended !== undefined) campaignEnded.issueAt(ctx, ['ended'], { problem: 'not-ended' });
  });

export type Campaign = z.infer<typeof CampaignSchema>;
