// Public satisfaction (公众满意度): respondents and satisfied answers by group.
import { z } from 'zod';
import { RESPONDENT_CATEGORIES } from '../src/lib/readiness-items.ts';
import { surveyCount } from '../src/rules/assessment.ts';
import { name, text, uniqueId } from './common.ts';

export const SurveyGroupSchema = z
  .strictObject({
    id: uniqueId('群体编号').describe('群体编号，如 parents'),
    name: name.describe('调查对象群体，如 学生家长'),
    category: z
      .enum(RESPONDENT_CATEGORIES)
      .optional()
      .describe(`调查对象类别：${RESPONDENT_CATEGORIES.join('、')}（优质均衡评估按类别统计社会认可度，须填写）`),
    respondents: z.int().min(1).describe('有效答卷人数'),
    satisfied: z.int().min(0).describe('其中表示满意（含比较满意）的人数'),
  })
  .superRefine((g, ctx) => {
    if (g.satisfied > g.respondents) surveyCount.issueAt(ctx, ['satisfied'], { satisfied: g.satisfied, respondents: g.respondents });
  });

export const SurveySchema = z
  .strictObject({
    year: z.int().min(2000).max(2100).describe('调查年度，如 2020'),
    method: text.optional().describe('调查方式，如 问卷（纸质、网络）和入户走访'),
    groups: z.array(SurveyGroupSchema).min(1).describe('各调查对象群体'),
  });

export type Survey = z.output<typeof SurveySchema>;
