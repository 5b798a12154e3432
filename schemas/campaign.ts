// The campaign this site is about: which national standard it works towards,
// and whether it is still running. Pages read its state from here, never from
// the calendar: a campaign is finished when the county says so.
import { z } from 'zod';
import { campaignEnded } from '../src/rules/campaign.ts';
import { dayDate, text } from './common.ts';

/** 基本均衡: 教督〔2012〕3号; 优质均衡: 教督〔2017〕6号. */
export const standards = ['基本均衡', '优质均衡'] as const;
export type Standard = (typeof standards)[number];

export const campaignStatuses = ['进行中', '已结束'] as const;

export const CampaignSchema = z
  .strictObject({
    standard: z.enum(standards).describe('迎接哪一项国家督导评估：基本均衡（教督〔2012〕3号）或 优质均衡（教督〔2017〕6号）'),
    status: z.enum(campaignStatuses).describe('工作状态：进行中，或 已结束（结束后网站作为历史专题保留）'),
    ended: dayDate.optional().describe('结束日期（已结束时必填），如 2020-12-31；进度按这一天计算'),
    note: text.optional().describe('关于工作状态的说明（可选），显示在网站上'),
  })
  .superRefine((c, ctx) => {
    if (c.status === '已结束' && c.ended === undefined) campaignEnded.issueAt(ctx, ['status'], { problem: 'missing' });
    if (c.status === '进行中' && c.ended !== undefined) campaignEnded.issueAt(ctx, ['ended'], { problem: 'not-ended' });
  });

export type Campaign = z.infer<typeof CampaignSchema>;
