// The county government's self-score (县级人民政府推进义务教育均衡发展工作):
// 4 areas, 17 items, 100 points, pass at 85. The item texts and their points
// are not in our reference, so they are data, not code: a file states each
// item's maximum, and the schema checks the structure adds up.
import { z } from 'zod';
import { id, text } from './common.ts';

export const selfScoreAreas = ['入学机会', '保障机制', '教师队伍', '质量与管理'] as const;
export const SELF_SCORE_ITEMS = 17;
export const SELF_SCORE_MAX = 100;

/** Points are kept to hundredths, so sums are exact when counted in hundredths. */
function hundredths(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;
}

const points = (what: string) =>
  z
    .number()
    .min(0)
    .superRefine((value, ctx) => {
      if (!hundredths(value)) {
        ctx.addIssue({ code: 'custom', message: `${what}最多保留两位小数（如 2.5）`, params: { rule: 'self-score-points' }, input: value });
      }
    });

export const SelfScoreItemSchema = z
  .strictObject({
    id: id.describe('项目编号，如 access-1'),
    text: text.describe('评估项目内容，照录评估细则'),
    maxPoints: points('分值').describe('该项分值（满分），如 6'),
    score: points('得分').describe('自评得分，不超过分值，如 5.5'),
  })
  .superRefine((item, ctx) => {
    if (item.score > item.maxPoints) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: `得分 ${item.score} 超过了该项分值 ${item.maxPoints}：请核对`, params: { rule: 'self-score-points' }, input: item.score });
    }
  });

export const SelfScoreAreaSchema = z.strictObject({
  name: z.enum(selfScoreAreas).describe('评估方面：入学机会、保障机制、教师队伍、质量与管理'),
  items: z.array(SelfScoreItemSchema).min(1).describe('该方面的评估项目'),
});

export const SelfScoreSchema = z
  .strictObject({
    year: z.int().min(2000).max(2100).describe('自评年度，如 2020'),
    example: z.boolean().optional().describe('是否为示例数据（examples 文件夹中的必须为 true）'),
    source: text.optional().describe('评估项目和分值的出处（评估细则的名称和文号）'),
    areas: z.array(SelfScoreAreaSchema).describe('四个方面，按 入学机会、保障机制、教师队伍、质量与管理 的顺序'),
  })
  .superRefine((data, ctx) => {
    const add = (path: (string | number)[], rule: string, message: string) => ctx.addIssue({ code: 'custom', path, message, params: { rule }, input: data });
    const names = data.areas.map((a) => a.name);
    data.areas.forEach((a, i) => {
      if (names.indexOf(a.name) !== i) add(['areas', i, 'name'], 'self-score-areas', `“${a.name}”重复：每个方面只写一次`);
    });
    const missing = selfScoreAreas.filter((n) => !names.includes(n));
    if (missing.length > 0) add(['areas'], 'self-score-areas', `缺少方面：${missing.join('、')}（共四个方面：${selfScoreAreas.join('、')}）`);
    const items = data.areas.flatMap((a, i) => a.items.map((item, j) => ({ item, path: ['areas', i, 'items', j] })));
    const seen = new Set<string>();
    for (const { item, path } of items) {
      if (seen.has(item.id)) add([...path, 'id'], 'id-duplicate', `项目编号“${item.id}”重复：请改用另一个编号`);
      seen.add(item.id);
    }
    if (items.length !== SELF_SCORE_ITEMS) {
      add(['areas'], 'self-score-items', `共有 ${items.length} 个评估项目，评估办法规定为 ${SELF_SCORE_ITEMS} 项：请核对`);
    }
    const max = items.reduce((sum, { item }) => sum + Math.round(item.maxPoints * 100), 0) / 100;
    if (max !== SELF_SCORE_MAX) add(['areas'], 'self-score-total', `各项分值合计 ${max} 分，应为 ${SELF_SCORE_MAX} 分：请核对各项分值`);
  });

export type SelfScore = z.output<typeof SelfScoreSchema>;
