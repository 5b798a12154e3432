// Pass/fail of public satisfaction: ≥ 85 %.
import type { Survey } from '../../schemas/survey.ts';
import { NATIONAL, type Thresholds } from './standards.ts';
import { atLeast } from './thresholds.ts';

/** The national line of 教督〔2012〕3号, as a fraction (src/lib/standards.ts `satisfaction`). */
export const SATISFACTION_PASS = NATIONAL.satisfaction.value / 100;

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

/** The survey's result against the line in force (a campaign's thresholds; national by default). */
export function surveyResult(data: Survey, pooling: SurveyPooling = 'pooled', thresholds: Thresholds = NATIONAL): SurveyResult {
  const percent = thresholds.satisfaction.value;
  const groups = data.groups.map((g) => ({ id: g.id, name: g.name, respondents: g.respondents, satisfied: g.satisfied, rate: g.satisfied / g.respondents }));
  const respondents = groups.reduce((s, g) => s + g.respondents, 0);
  const satisfied = groups.reduce((s, g) => s + g.satisfied, 0);
  const rate = pooling === 'pooled' ? satisfied / respondents : groups.reduce((s, g) => s + g.rate, 0) / groups.length;
  // Pooled counts are integers: compare exactly (satisfied ÷ respondents ≥ 85/100).
  const pass = pooling === 'pooled' && Number.isInteger(percent) ? satisfied * 100 >= percent * respondents : atLeast(rate, percent / 100);
  return { year: data.year, pooling, groups, respondents, satisfied, rate, passLine: percent / 100, pass };
}
