import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SelfScoreSchema, type SelfScore } from '../schemas/self-score.ts';
import { SurveySchema, type Survey } from '../schemas/survey.ts';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { parseYaml } from '../src/content-model/yaml.ts';
import { checkSchema } from '../src/content-model/zod-issues.ts';
import { scoreSelfAssessment } from '../src/lib/self-score.ts';
import { surveyResult } from '../src/lib/survey.ts';

const root = join(import.meta.dirname, '..');
function check(schema: z.core.$ZodType, rel: string, edit: (text: string) => string = (t) => t) {
  const parsed = parseYaml(edit(readFileSync(join(root, rel), 'utf8')), rel);
  return { value: parsed.value, diagnostics: checkSchema(schema, parsed.value, rel, parsed.locate).map(formatDiagnostic) };
}
// The demo county's files: the real county has published neither.
const selfScoreFile = 'tests/fixtures/demo/content/self-score/2026.yaml';
const surveyFile = 'tests/fixtures/demo/content/survey/2026.yaml';

describe('self-score (县级人民政府工作)', () => {
  it('the demo county’s has 4 areas, 17 items, 100 points', () => {
    const { value, diagnostics } = check(SelfScoreSchema, selfScoreFile);
    expect(diagnostics).toEqual([]);
    const result = scoreSelfAssessment(z.parse(SelfScoreSchema, value));
    expect(result.areas.map((a) => [a.name, a.items])).toEqual([['入学机会', 4], ['保障机制', 5], ['教师队伍', 4], ['质量与管理', 4]]);
    expect(result.max).toBe(100);
  });

  it('passes at exactly 85 points even when the scores have decimals', () => {
    // These 17 scores add up to 85.0 on paper (running total: 10.3, 15.6, 20.0, 25.9, 30.8, 35.1, 40.6, 45.7,
    // 50.8, 56.8, 62.7, 68.3, 72.1, 76.7, 81.2, 85.0), but to 84.99999999999999 in floating point.
    const scores = [4.8, 5.5, 5.3, 4.4, 5.9, 4.9, 4.3, 5.5, 5.1, 5.1, 6, 5.9, 5.6, 3.8, 4.6, 4.5, 3.8];
    expect(scores.reduce((s, x) => s + x, 0)).not.toBe(85);
    const data: SelfScore = {
      year: 2020,
      areas: [{ name: '入学机会', items: scores.map((score, i) => ({ id: `i${i}`, text: '示例', maxPoints: 6, score })) }],
    };
    expect(scoreSelfAssessment(data)).toMatchObject({ score: 85, pass: true });
    data.areas[0]!.items[0]!.score = 4.7; // 85.0 − 0.1 = 84.9
    expect(scoreSelfAssessment(data)).toMatchObject({ score: 84.9, pass: false });
  });

  it('says when the points do not add up to 100 or a score exceeds its item', () => {
    const { diagnostics } = check(SelfScoreSchema, selfScoreFile, (t) => t.replace('maxPoints: 5\n        score: 5\n', 'maxPoints: 4\n        score: 5\n'));
    expect(diagnostics).toMatchInlineSnapshot(`
      [
        "tests/fixtures/demo/content/self-score/2026.yaml:11:16  得分 5 超过了该项分值 4：请核对  [self-score-points]",
        "tests/fixtures/demo/content/self-score/2026.yaml:6:3  各项分值合计 99 分，应为 100 分：请核对各项分值  [self-score-total]",
      ]
    `);
  });
});

describe('satisfaction survey (公众满意度)', () => {
  it('the demo county’s passes with its pooled rate', () => {
    const { value, diagnostics } = check(SurveySchema, surveyFile);
    expect(diagnostics).toEqual([]);
    // Satisfied 551 + 803 + 262 + 11 + 27 + 168 = 1822 of 600 + 900 + 300 + 11 + 30 + 200 = 2041 → 89.27 %.
    const result = surveyResult(z.parse(SurveySchema, value));
    expect(result).toMatchObject({ respondents: 2041, satisfied: 1822, pass: true });
    expect(result.rate).toBeCloseTo(1822 / 2041, 12);
  });

  it('passes at exactly 85 % and fails just below', () => {
    const data = (satisfied: number): Survey => ({ year: 2020, groups: [{ id: 'parents', name: '学生家长', respondents: 200, satisfied }] });
    // 170 / 200 = 85 %; 169 / 200 = 84.5 %.
    expect(surveyResult(data(170)).pass).toBe(true);
    expect(surveyResult(data(169)).pass).toBe(false);
  });

  it('rejects more satisfied answers than respondents', () => {
    const { diagnostics } = check(SurveySchema, surveyFile, (t) => t.replace('satisfied: 11', 'satisfied: 12'));
    expect(diagnostics).toMatchInlineSnapshot(`
      [
        "tests/fixtures/demo/content/survey/2026.yaml:27:16  满意人数 12 多于答卷人数 11：请核对  [survey-count]",
      ]
    `);
  });
});
