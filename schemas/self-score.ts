// The county government's self-score (县级人民政府推进义务教育均衡发展工作):
// 4 areas, 17 items, 100 points, pass at 85. The item texts and their points
// are not in our reference, so they are data, not code: a file states each
// item's maximum, and the schema checks the structure adds up.
import { z } from 'zod';
import { SELF_SCORE_AREAS, SELF_SCORE_ITEMS, SELF_SCORE_MAX, selfScoreAreas as areasRule, selfScoreItems, selfScorePoints, selfScoreTotal } from '../src/rules/assessment.ts';
import { text, uniqueId } from './common.ts';

export const selfScoreAreas = SELF_SCORE_AREAS;
export { SELF_SCORE_ITEMS, SELF_SCORE_MAX };

/** Points are kept to hundredths, so sums are exact when counted in hundredths. */
function hundredths(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;
}

const points = (what: '分值' | '得分') =>
  z
    .number()
    .min(0)
    .superRefine((value, ctx) => {
      if (!hundredths(value)) selfScorePoints.issue(ctx, { problem: 'decimals', what });
    });

export const SelfScoreItemSchema = z
  .strictObject({
    id: uniqueId('项目编号').describe('项目编号，如 access-1'),
    text: text.describe('评估项目内容，照录评估细则'),
    maxPoints: points('分值').describe('该项分值（满分），如 6'),
    score: points('得分').describe('自评得分，不超过分值，如 5.5'),
  })
  .superRefine((item, ctx) => {
    if (item.score > item.maxPoints) selfScorePoints.issueAt(ctx, ['score'], { problem: 'over', score: item.score, max: item.maxPoints });
  });

export const SelfScoreAreaSchema = z.strictObject({
  name: z.enum(selfScoreAreas).describe('评估方面：入学机会、保障机制、教师队伍、质量与管理'),
  items: z.array(SelfScoreItemSchema).min(1).describe('该方面的评估项目'),
});

export const SelfScoreSchema = z
  .strictObject({
    year: z.int().min(2000).max(2100).describe('自评年度，如 2020'),
    source: text.optional().describe('评估项目和分值的出处（评估细则的名称和文号）'),
    areas: z.array(SelfScoreAreaSchema).describe('四个方面，按 入学机会、保障机制、教师队伍、质量与管理 的顺序'),
  })
  .superRefine((data, ctx) => {
    const names = data.areas.map((a) => a.name);
    data.areas.forEach((a, i) => {
      if (names.indexOf(a.name) !== i) areasRule.issueAt(ctx, ['areas', i, 'name'], { duplicate: a.name });
    });
    const missing = selfScoreAreas.filter((n) => !names.includes(n));
    if (missing.length > 0) areasRule.issueAt(ctx, ['areas'], { missing });
    const items = data.areas.flatMap((a) => a.items);
    if (items.length !== SELF_SCORE_ITEMS) selfScoreItems.issueAt(ctx, ['areas'], { count: items.length });
    const total = items.reduce((sum, item) => sum + Math.round(item.maxPoints * 100), 0) / 100;
    if (total !== SELF_SCORE_MAX) selfScoreTotal.issueAt(ctx, ['areas'], { total });
  });

export type SelfScore = z.output<typeof SelfScoreSchema>;
