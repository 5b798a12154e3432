// Pass/fail of public satisfaction: ≥ 85 %.
import type { Survey } from '../../schemas/survey.ts';
import { atLeast } from './thresholds.ts';

export const SATISFACTION_PASS = 0.85;

/**
 * How the overall rate is formed (UNVERIFIED): 'pooled' = all satisfied ÷ all
 * respondents (the default); 'mean-of-groups' = plain mean of group rates.
 */
export type SurveyPooling = 'pooled' | 'mean-of-groups';

export interface SurveyResult {
  readonly year: number;
  readonly pooling: SurveyPooling;
  readonly groups: { id: string; name: string; respondents: number; satisfied: number; rate: number }[];
  readonly respondents: number;
  readonly satisfied: number;
  /** A fraction, e.g. 0.912 for 91.2 %. */
  readonly rate: number;
  readonly passLine: number;
  readonly pass: boolean;
}

export function surveyResult(data: Survey, pooling: SurveyPooling = 'pooled'): SurveyResult {
  const groups = data.groups.map((g) => ({ id: g.id, name: g.name, respondents: g.respondents, satisfied: g.satisfied, rate: g.satisfied / g.respondents }));
  const respondents = groups.reduce((s, g) => s + g.respondents, 0);
  const satisfied = groups.reduce((s, g) => s + g.satisfied, 0);
  const rate = pooling === 'pooled' ? satisfied / respondents : groups.reduce((s, g) => s + g.rate, 0) / groups.length;
  // Pooled counts are integers: compare exactly (satisfied ÷ respondents ≥ 85/100).
  const pass = pooling === 'pooled' ? satisfied * 100 >= 85 * respondents : atLeast(rate, SATISFACTION_PASS);
  return { year: data.year, pooling, groups, respondents, satisfied, rate, passLine: SATISFACTION_PASS, pass };
}
