// Between-school balance (校际间均衡状况), as 教督〔2012〕3号 measures it, and
// the per-school minimums of 教督〔2017〕6号. Pure functions: a validated
// dataset in, a plain serialisable result out (for pages, the CLI and JSON).
// Full precision throughout; round only for display (round3).
import {
  DEFAULT_JUNIOR_WEIGHT,
  shareableKeys,
  stageLabels,
  stages,
  type PartFieldKey,
  type SchoolDataset,
  type SchoolType,
  type SplitMethod,
  type Stage,
} from '../../schemas/school.ts';
import { NATIONAL, type ThresholdKey, type Thresholds } from './standards.ts';
import { atLeast, atMost, round3 } from './thresholds.ts';

export { round3 };

export type IndicatorKey = 'L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'L6' | 'L7' | 'L8';

export interface IndicatorDefinition<K extends string> {
  readonly key: K;
  readonly name: string;
  /** Unit of the per-school value. */
  readonly unit: string;
  /** The raw total aᵢ the value is computed from. */
  readonly field: PartFieldKey;
  /** 100 for "per hundred pupils" indicators, else 1. */
  readonly scale: number;
}

/** The eight indicators of 教督〔2012〕3号, in published order. */
export const INDICATORS: readonly IndicatorDefinition<IndicatorKey>[] = [
  { key: 'L1', name: '生均教学及辅助用房面积', unit: '㎡/生', field: 'teachingArea', scale: 1 },
  { key: 'L2', name: '生均体育运动场馆面积', unit: '㎡/生', field: 'sportsArea', scale: 1 },
  { key: 'L3', name: '生均教学仪器设备值', unit: '元/生', field: 'equipmentValue', scale: 1 },
  { key: 'L4', name: '每百名学生拥有计算机台数', unit: '台/百生', field: 'computers', scale: 100 },
  { key: 'L5', name: '生均图书册数', unit: '册/生', field: 'books', scale: 1 },
  // UNVERIFIED: 专任教师 is the most likely reading of 师生比's numerator.
  { key: 'L6', name: '师生比', unit: '人/生', field: 'teachers', scale: 1 },
  { key: 'L7', name: '生均高于规定学历教师数', unit: '人/生', field: 'qualifiedTeachers', scale: 1 },
  { key: 'L8', name: '生均中级及以上专业技术职务教师数', unit: '人/生', field: 'seniorTeachers', scale: 1 },
];

/** 综合差异系数 must not exceed these (national values; a campaign's thresholds may lower them). */
export const COMPOSITE_LIMITS: Readonly<Record<Stage, number>> = { primary: NATIONAL['composite-cv-primary'].value, junior: NATIONAL['composite-cv-junior'].value };
const compositeKey = (stage: Stage): ThresholdKey => (stage === 'primary' ? 'composite-cv-primary' : 'composite-cv-junior');

export type Standard2017Key = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6' | 'Q7';

export interface Standard2017Definition extends IndicatorDefinition<Standard2017Key> {
  readonly minimum: Readonly<Record<Stage, number>>;
}

/** The threshold (src/lib/standards.ts) of a 2017 indicator's minimum for a 学段: Q1 → q1-primary. */
export function minimumKey(key: Standard2017Key, stage: Stage): ThresholdKey {
  return `${key.toLowerCase()}-${stage}` as ThresholdKey;
}

const definitions2017: readonly Omit<Standard2017Definition, 'minimum'>[] = [
  { key: 'Q1', name: '每百名学生拥有高于规定学历教师数', unit: '人/百生', field: 'qualifiedTeachers', scale: 100 },
  { key: 'Q2', name: '每百名学生拥有县级以上骨干教师数', unit: '人/百生', field: 'backboneTeachers', scale: 100 },
  { key: 'Q3', name: '每百名学生拥有体育、艺术（美术、音乐）专任教师数', unit: '人/百生', field: 'artsPeTeachers', scale: 100 },
  { key: 'Q4', name: '生均教学及辅助用房面积', unit: '㎡/生', field: 'teachingArea', scale: 1 },
  { key: 'Q5', name: '生均体育运动场馆面积', unit: '㎡/生', field: 'sportsArea', scale: 1 },
  { key: 'Q6', name: '生均教学仪器设备值', unit: '元/生', field: 'equipmentValue', scale: 1 },
  { key: 'Q7', name: '每百名学生拥有网络多媒体教室数', unit: '间/百生', field: 'multimediaClassrooms', scale: 100 },
];

/** The seven per-school minimums of 教督〔2017〕6号, at their national values. */
export const STANDARD_2017: readonly Standard2017Definition[] = definitions2017.map((d) => ({
  ...d,
  minimum: { primary: NATIONAL[minimumKey(d.key, 'primary')].value, junior: NATIONAL[minimumKey(d.key, 'junior')].value },
}));

/** 2017: each indicator's own CV must not exceed these (there is no composite); national values. */
export const CV_LIMITS_2017: Readonly<Record<Stage, number>> = { primary: NATIONAL['cv-primary'].value, junior: NATIONAL['cv-junior'].value };
/** 2017: a school may miss one minimum if it reaches this share of it (national value, as a fraction). */
export const SHORTFALL_SHARE_2017 = NATIONAL['shortfall-share'].value / 100;

/** The 2017 figures in force under a campaign's thresholds. */
function lines2017(thresholds: Thresholds) {
  return {
    minimum: (key: Standard2017Key, stage: Stage) => thresholds[minimumKey(key, stage)].value,
    cvLimit: (stage: Stage) => thresholds[stage === 'primary' ? 'cv-primary' : 'cv-junior'].value,
    shortfallShare: thresholds['shortfall-share'].value / 100,
  };
}

/** How a 一贯制 school's shared figures are divided between its parts. */
export type SplitRuleOption = { method: 'by-pupils' } | { method: 'weighted'; juniorWeight?: number };

export interface ComputeOptions {
  /** Overrides the dataset's splitRule (the practice is UNVERIFIED). */
  readonly splitRule?: SplitRuleOption;
  /** Whether 教学点 count in the CV (UNVERIFIED); default false. */
  readonly includeTeachingPoints?: boolean;
  /** The pass lines in force (a campaign's, src/lib/standards.ts); national by default. */
  readonly thresholds?: Thresholds;
}

export interface AppliedOptions {
  readonly splitMethod: SplitMethod;
  /** Per-pupil weight of 初中 against 小学 = 1 when splitting shared figures. */
  readonly juniorWeight: number;
  readonly includeTeachingPoints: boolean;
}

/** One school part as counted: pupils and raw totals aᵢ after any split. */
export interface CountedPart {
  readonly id: string;
  readonly name: string;
  readonly township: string;
  readonly type: SchoolType;
  readonly pupils: number;
  readonly totals: Readonly<Record<PartFieldKey, number>>;
}

export interface ExcludedPart {
  readonly id: string;
  readonly name: string;
  readonly reason: string;
}

export interface StageParts {
  readonly counted: CountedPart[];
  readonly excluded: ExcludedPart[];
}

function applied(dataset: SchoolDataset, options: ComputeOptions): AppliedOptions {
  const rule = options.splitRule ?? dataset.splitRule;
  const juniorWeight = rule.method === 'weighted' ? (rule.juniorWeight ?? DEFAULT_JUNIOR_WEIGHT) : 1;
  return { splitMethod: rule.method, juniorWeight, includeTeachingPoints: options.includeTeachingPoints ?? false };
}

/**
 * The school parts that count for each 学段, with shared figures split:
 * part s gets shared × Pₛwₛ / Σ Pⱼwⱼ, where w is 1 for 小学 and juniorWeight
 * for 初中 (1 when splitting by pupils).
 */
export function countedParts(dataset: SchoolDataset, options: ComputeOptions = {}): Record<Stage, StageParts> {
  const opts = applied(dataset, options);
  const result: Record<Stage, StageParts> = { primary: { counted: [], excluded: [] }, junior: { counted: [], excluded: [] } };
  const weight = (stage: Stage) => (stage === 'junior' ? opts.juniorWeight : 1);
  for (const school of dataset.schools) {
    const present = stages.filter((st) => school.parts[st] !== undefined);
    const weightedPupils = present.reduce((sum, st) => sum + school.parts[st]!.pupils * weight(st), 0);
    for (const stage of present) {
      const part = school.parts[stage]!;
      const { id, name } = school;
      if (school.ownership === '民办') {
        result[stage].excluded.push({ id, name, reason: '民办学校' });
        continue;
      }
      if (school.type === '教学点' && !opts.includeTeachingPoints) {
        result[stage].excluded.push({ id, name, reason: '教学点，是否计入尚未核实，默认不计入' });
        continue;
      }
      const totals = { ...part } as Record<PartFieldKey, number>;
      const share = (part.pupils * weight(stage)) / weightedPupils;
      for (const key of shareableKeys) {
        const shared = school.shared?.[key];
        if (shared !== undefined) totals[key] = shared * share;
      }
      result[stage].counted.push({ id, name, township: school.township, type: school.type, pupils: part.pupils, totals });
    }
  }
  return result;
}

export interface WeightedCv {
  /** X̄ = scale × Σaᵢ / ΣPᵢ: the county-wide per-pupil value. */
  readonly countyValue: number | null;
  /** S = √(Σ (Pᵢ/P)(xᵢ − X̄)²). */
  readonly standardDeviation: number | null;
  /** S / X̄; null when there are no pupils or X̄ is 0 (undefined). */
  readonly cv: number | null;
}

/** The enrollment-weighted coefficient of variation of assessment.md §2. */
export function weightedCv(rows: readonly { total: number; pupils: number }[], scale = 1): WeightedCv {
  const pupils = rows.reduce((sum, r) => sum + r.pupils, 0);
  if (rows.length === 0 || pupils <= 0) return { countyValue: null, standardDeviation: null, cv: null };
  const county = (scale * rows.reduce((sum, r) => sum + r.total, 0)) / pupils;
  const variance = rows.reduce((sum, r) => sum + (r.pupils / pupils) * ((scale * r.total) / r.pupils - county) ** 2, 0);
  const sd = Math.sqrt(variance);
  return { countyValue: county, standardDeviation: sd, cv: county > 0 ? sd / county : null };
}

function valuesOf<K extends string>(part: CountedPart, defs: readonly IndicatorDefinition<K>[]): Record<K, number> {
  return Object.fromEntries(defs.map((d) => [d.key, (d.scale * part.totals[d.field]) / part.pupils])) as Record<K, number>;
}

export interface IndicatorResult<K extends string> extends WeightedCv {
  readonly key: K;
  readonly name: string;
  readonly unit: string;
}

function indicatorResults<K extends string>(parts: readonly CountedPart[], defs: readonly IndicatorDefinition<K>[]): IndicatorResult<K>[] {
  return defs.map((d) => ({
    key: d.key,
    name: d.name,
    unit: d.unit,
    ...weightedCv(parts.map((p) => ({ total: p.totals[d.field], pupils: p.pupils })), d.scale),
  }));
}

export interface SchoolValues<K extends string> {
  readonly id: string;
  readonly name: string;
  readonly township: string;
  readonly type: SchoolType;
  readonly pupils: number;
  readonly values: Record<K, number>;
}

export interface StageBalance {
  readonly stage: Stage;
  readonly label: string;
  readonly pupils: number;
  readonly indicators: IndicatorResult<IndicatorKey>[];
  /** Plain mean of the eight CVs; null when any CV is undefined. */
  readonly composite: number | null;
  readonly limit: number;
  /** null when there is nothing to judge (no schools, or an undefined CV). */
  readonly pass: boolean | null;
  readonly schools: SchoolValues<IndicatorKey>[];
  readonly excluded: ExcludedPart[];
}

export interface BalanceResult {
  readonly year: number;
  readonly options: AppliedOptions;
  readonly stages: StageBalance[];
}

/** 校际间均衡状况 per 学段: county value and CV of L1–L8, 综合差异系数, pass/fail. */
export function computeBalance(dataset: SchoolDataset, options: ComputeOptions = {}): BalanceResult {
  const parts = countedParts(dataset, options);
  const thresholds = options.thresholds ?? NATIONAL;
  return {
    year: dataset.year,
    options: applied(dataset, options),
    stages: stages.map((stage): StageBalance => {
      const { counted, excluded } = parts[stage];
      const indicators = indicatorResults(counted, INDICATORS);
      const cvs = indicators.map((i) => i.cv);
      const composite = counted.length > 0 && cvs.every((cv) => cv !== null) ? cvs.reduce((s, cv) => s + cv!, 0) / cvs.length : null;
      const limit = thresholds[compositeKey(stage)].value;
      return {
        stage,
        label: stageLabels[stage],
        pupils: counted.reduce((s, p) => s + p.pupils, 0),
        indicators,
        composite,
        limit,
        pass: composite === null ? null : atMost(composite, limit),
        schools: counted.map((p) => ({ id: p.id, name: p.name, township: p.township, type: p.type, pupils: p.pupils, values: valuesOf(p, INDICATORS) })),
        excluded,
      };
    }),
  };
}

export interface School2017 extends SchoolValues<Standard2017Key> {
  readonly met: Record<Standard2017Key, boolean>;
  readonly metCount: number;
  /** Value ÷ minimum of each indicator not met. */
  readonly shortfalls: { key: Standard2017Key; share: number }[];
  /** All 7 met, or 6 met and the seventh at ≥ 85 % of its minimum. */
  readonly pass: boolean;
}

export interface Indicator2017Result extends IndicatorResult<Standard2017Key> {
  readonly minimum: number;
  readonly cvLimit: number;
  readonly cvPass: boolean | null;
}

export interface Stage2017 {
  readonly stage: Stage;
  readonly label: string;
  readonly indicators: Indicator2017Result[];
  readonly schools: School2017[];
  readonly schoolsPassing: number;
  readonly excluded: ExcludedPart[];
  /** Every school passes and every CV is within its limit; null with no schools. */
  readonly pass: boolean | null;
}

export interface Standard2017Result {
  readonly year: number;
  readonly options: AppliedOptions;
  readonly stages: Stage2017[];
}

/** Judge one school part against the seven minimums (national unless a campaign's thresholds are given). */
export function judgeSchool2017(values: Record<Standard2017Key, number>, stage: Stage, thresholds: Thresholds = NATIONAL): Pick<School2017, 'met' | 'metCount' | 'shortfalls' | 'pass'> {
  const lines = lines2017(thresholds);
  const met = {} as Record<Standard2017Key, boolean>;
  const shortfalls: { key: Standard2017Key; share: number }[] = [];
  for (const d of STANDARD_2017) {
    const minimum = lines.minimum(d.key, stage);
    met[d.key] = atLeast(values[d.key], minimum);
    if (!met[d.key]) shortfalls.push({ key: d.key, share: values[d.key] / minimum });
  }
  const metCount = STANDARD_2017.length - shortfalls.length;
  const pass = shortfalls.length === 0 || (shortfalls.length === 1 && atLeast(shortfalls[0]!.share, lines.shortfallShare));
  return { met, metCount, shortfalls, pass };
}

/** The 教督〔2017〕6号 check: per-school minimums and per-indicator CV limits. */
export function checkStandard2017(dataset: SchoolDataset, options: ComputeOptions = {}): Standard2017Result {
  const parts = countedParts(dataset, options);
  const thresholds = options.thresholds ?? NATIONAL;
  const lines = lines2017(thresholds);
  return {
    year: dataset.year,
    options: applied(dataset, options),
    stages: stages.map((stage): Stage2017 => {
      const { counted, excluded } = parts[stage];
      const cvLimit = lines.cvLimit(stage);
      const indicators = indicatorResults(counted, STANDARD_2017).map((r) => ({
        ...r,
        minimum: lines.minimum(r.key, stage),
        cvLimit,
        cvPass: r.cv === null ? null : atMost(r.cv, cvLimit),
      }));
      const schools = counted.map((p): School2017 => {
        const values = valuesOf(p, STANDARD_2017);
        return { id: p.id, name: p.name, township: p.township, type: p.type, pupils: p.pupils, values, ...judgeSchool2017(values, stage, thresholds) };
      });
      const schoolsPassing = schools.filter((s) => s.pass).length;
      const pass = schools.length === 0 || indicators.some((i) => i.cvPass === null) ? null : schoolsPassing === schools.length && indicators.every((i) => i.cvPass);
      return { stage, label: stageLabels[stage], indicators, schools, schoolsPassing, excluded, pass };
    }),
  };
}
