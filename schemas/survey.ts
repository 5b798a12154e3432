// Public satisfaction (公众满意度): respondents and satisfied answers by group.
import { z } from 'zod';
import { id, name, text } from './common.ts';

export const SurveyGroupSchema = z
  .strictObject({
    id: id.describe('群体编号，如 parents'),
    name: name.describe('调查对象群体，如 学生家长'),
    respondents: z.int().min(1).describe('有效答卷人数'),
    satisfied: z.int().min(0).describe('其中表示满意（含比较满意）的人数'),
  })
  .superRefine((g, ctx) => {
    if (g.satisfied > g.respondents) {
      ctx.addIssue({ code: 'custom', path: ['satisfied'], message: `满意人数 ${g.satisfied} 多于答卷人数 ${g.respondents}：请核对`, params: { rule: 'survey-count' }, input: g.satisfied });
    }
  });

export const SurveySchema = z
  .strictObject({
    year: z.int().min(2000).max(2100).describe('调查年度，如 2020'),
    example: z.boolean().optional().describe('是否为示例数据（examples 文件夹中的必须为 true）'),
    method: text.optional().describe('调查方式，如 问卷（纸质、网络）和入户走访'),
    groups: z.array(SurveyGroupSchema).min(1).describe('各调查对象群体'),
  })
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.groups.forEach((g, i) => {
      if (seen.has(g.id)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: `群体编号“${g.id}”重复：请改用另一个编号`, params: { rule: 'id-duplicate' }, input: g.id });
      seen.add(g.id);
    });
  });

export type Survey = z.output<typeof SurveySchema>;
