// Pass/fail of the county government's self-score: ≥ 85 of 100 points.
import type { SelfScore } from '../../schemas/self-score.ts';
import { NATIONAL, type Thresholds } from './standards.ts';

/** The national line of 教督〔2012〕3号 (src/lib/standards.ts `self-score`). */
export const SELF_SCORE_PASS = NATIONAL['self-score'].value;

export interface SelfScoreResult {
  readonly year: number;
  readonly areas: { name: string; items: number; score: number; max: number }[];
  readonly score: number;
  readonly max: number;
  readonly passLine: number;
  readonly pass: boolean;
}

// Points have at most two decimals (the schema checks): summing hundredths
// as integers keeps 84.99999999999999 from failing a county with 85.
const sum = (values: readonly number[]) => values.reduce((s, v) => s + Math.round(v * 100), 0) / 100;

/** The self-score against the line in force (a campaign's thresholds; national by default). */
export function scoreSelfAssessment(data: SelfScore, thresholds: Thresholds = NATIONAL): SelfScoreResult {
  const passLine = thresholds['self-score'].value;
  const areas = data.areas.map((a) => ({
    name: a.name,
    items: a.items.length,
    score: sum(a.items.map((i) => i.score)),
    max: sum(a.items.map((i) => i.maxPoints)),
  }));
  const score = sum(data.areas.flatMap((a) => a.items.map((i) => i.score)));
  const max = sum(data.areas.flatMap((a) => a.items.map((i) => i.maxPoints)));
  return { year: data.year, areas, score, max, passLine, pass: score >= passLine };
}
