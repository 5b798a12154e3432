// Where a county stands on the 优质均衡 assessment (教督〔2017〕6号): every
// item of the four areas with a status computed from what the county has
// recorded, what is still missing, whose it is, and the vetoes. Pure: the
// validated readiness file, the newest school dataset and survey, and the
// thresholds in force in; a plain serialisable result out (for the page, the
// JSON and CSV downloads, the unit pages and the CLI).
//
// Statuses, and what may produce them:
// - pass      达标: every measured value meets its line
// - fail      未达标: a measured value misses its line
// - pending   待填报: a value, the evidence or the data behind the item is missing; never a pass
// - evidence  已提供佐证: the evidence is given and any measured part meets its line; the
//             inspectors judge the evidence, so it is never 达标
import type { Evidence, Readiness, ReadinessEntry, SubjectResult, VetoStatement } from '../../schemas/readiness.ts';
import type { SchoolDataset, Stage } from '../../schemas/school.ts';
import type { Survey } from '../../schemas/survey.ts';
import { checkStandard2017, type ComputeOptions, type Standard2017Key, type Standard2017Result } from './indicators.ts';
import { AREAS, ITEMS, RESPONDENT_CATEGORIES, type AreaId, type ItemDefinition, type ItemForm, type ItemKey } from './readiness-items.ts';
import { schoolItems, type SchoolItemKey, type SchoolItemsResult, type SchoolItemsRow, type SchoolItemSummary } from './school-items.ts';
import { LEVELS, meets, NATIONAL, RECOGNITION_VETO_SOURCE, VETOES, type AppliedThreshold, type ThresholdKey, type ThresholdSource, type Thresholds } from './standards.ts';

export type Status = 'pass' | 'fail' | 'pending' | 'evidence';

/** Worst first: the order an area's status is taken in. */
const SEVERITY: readonly Status[] = ['fail', 'pending', 'evidence', 'pass'];

export function worstStatus(statuses: readonly Status[]): Status {
  return SEVERITY.find((s) => statuses.includes(s)) ?? 'pending';
}

export interface MeasureResult {
  readonly key: string;
  readonly label: string;
  /** '%' or '元'. */
  readonly unit: string;
  readonly value: number | null;
  /** The line it is judged against; null for the two salaries of G8, judged as a ratio. */
  readonly threshold: ThresholdKey | null;
  readonly line: number | null;
  readonly pass: boolean | null;
}

export interface ResourceStageResult {
  readonly stage: Stage;
  readonly label: string;
  readonly schools: number;
  readonly minimum: number;
  readonly countyValue: number | null;
  readonly cv: number | null;
  readonly cvLimit: number;
  readonly cvPass: boolean | null;
  /** Schools below this indicator's minimum (allowed for one indicator at ≥ 85 %). */
  readonly belowMinimum: readonly string[];
}

export interface SubjectJudged extends SubjectResult {
  readonly levelPass: boolean;
  readonly gapPass: boolean;
}

export interface ItemResult {
  readonly key: ItemKey;
  readonly area: AreaId;
  readonly name: string;
  readonly form: ItemForm;
  readonly status: Status;
  readonly measures: readonly MeasureResult[];
  /** G8: the teachers' salary as a percentage of the civil servants'. */
  readonly ratio?: MeasureResult;
  readonly evidence: readonly Evidence[];
  /** What the evidence must show, for items judged on evidence. */
  readonly evidenceNeeded: string | null;
  /** Unit ids, lead unit first; empty when nobody is assigned yet. */
  readonly units: readonly string[];
  readonly note: string | null;
  /** What is still missing, in Chinese; empty when nothing is. */
  readonly missing: readonly string[];
  readonly thresholds: readonly ThresholdKey[];
  readonly resource?: readonly ResourceStageResult[];
  readonly schools?: SchoolItemSummary;
  readonly subjects?: readonly SubjectJudged[];
}

export interface SchoolRuleResult {
  /** Every school meets 6 of the 7 minimums with the seventh at ≥ 85 %; pending without school data. */
  readonly status: 'pass' | 'fail' | 'pending';
  readonly failing: readonly { readonly id: string; readonly name: string; readonly stage: Stage; readonly shortfalls: readonly Standard2017Key[] }[];
}

export interface AreaResult {
  readonly id: AreaId;
  readonly title: string;
  readonly count: string;
  readonly status: Status;
  readonly items: readonly ItemResult[];
  /** 资源配置 only: the per-school rule. */
  readonly schoolRule?: SchoolRuleResult;
}

export interface RecognitionGroup {
  readonly category: string;
  /** Names of the surveyed groups in this category. */
  readonly groups: readonly string[];
  readonly respondents: number;
  readonly satisfied: number;
  /** Percent; null when the category was not surveyed. */
  readonly rate: number | null;
}

export interface RecognitionResult {
  readonly status: 'pass' | 'fail' | 'pending';
  readonly year: number | null;
  readonly respondents: number;
  readonly satisfied: number;
  /** Percent, pooled over every group (UNVERIFIED pooling, as in src/lib/survey.ts). */
  readonly rate: number | null;
  readonly line: number;
  readonly categories: readonly RecognitionGroup[];
  readonly missingCategories: readonly string[];
  /** Surveyed groups without a category (the rule survey-category reports them). */
  readonly uncategorized: readonly string[];
}

export type VetoStatus = 'clear' | 'present' | 'pending';

export interface VetoResult {
  readonly key: string;
  readonly name: string;
  readonly kind: 'national' | 'provincial' | 'recognition';
  readonly source: ThresholdSource | { readonly number: string };
  /** clear: recorded as not present, with evidence (the inspectors verify it). */
  readonly status: VetoStatus;
  readonly statement: string | null;
  readonly evidence: readonly Evidence[];
  readonly units: readonly string[];
  readonly missing: readonly string[];
}

export interface ReadinessVerdict {
  /** veto: a veto is present; fail: an item fails; pending: something is missing; ready: all met or evidenced. */
  readonly status: 'veto' | 'fail' | 'pending' | 'ready';
  readonly vetoes: readonly string[];
  /** Items (and the per-school rule) that fail, by key and name. */
  readonly failing: readonly { readonly key: string; readonly name: string }[];
  readonly counts: Readonly<Record<Status, number>>;
  readonly total: number;
}

export interface ReadinessResult {
  readonly asOf: string;
  readonly datasetYear: number | null;
  readonly surveyYear: number | null;
  readonly example: boolean;
  readonly areas: readonly AreaResult[];
  readonly vetoes: readonly VetoResult[];
  readonly verdict: ReadinessVerdict;
  readonly recognition: RecognitionResult;
  /** The resource check with the thresholds in force; null without school data. */
  readonly standard2017: Standard2017Result | null;
  readonly schoolItems: SchoolItemsResult | null;
  /** Every 2017 threshold in force, with its source. */
  readonly thresholds: readonly AppliedThreshold[];
}

export interface ReadinessInput {
  readonly readiness?: Readiness;
  /** The newest school dataset. */
  readonly dataset?: SchoolDataset;
  /** The newest survey. */
  readonly survey?: Survey;
  readonly thresholds?: Thresholds;
  /** When the readiness file gives no date: the day the figures are as of. */
  readonly asOf: string;
  /** How the resource check counts 一贯制 and 教学点 (UNVERIFIED practices). */
  readonly compute?: Omit<ComputeOptions, 'thresholds'>;
  /** Whether the data is fictional (the demo county). */
  readonly example?: boolean;
}

const SCHOOL_DATA = '学校统计数据（content/schools/）';

function entryOf(readiness: Readiness | undefined, key: ItemKey): ReadinessEntry | undefined {
  return (readiness?.items as Readonly<Record<string, ReadinessEntry | undefined>> | undefined)?.[key];
}

function measure(t: Thresholds, key: string, label: string, unit: string, value: number | undefined, threshold: ThresholdKey | null): MeasureResult {
  const line = threshold === null ? null : t[threshold];
  return { key, label, unit, value: value ?? null, threshold, line: line?.value ?? null, pass: value === undefined || line === null ? null : meets(line, value) };
}

/** Fields of a school's row that leave an item 待填报. */
function missingFields(row: SchoolItemsRow, key: SchoolItemKey): string[] {
  switch (key) {
    case 'G3': {
      const out: string[] = [];
      if (row.G3.classes === null) out.push('班级数');
      for (const [kind, check] of [['音乐', row.G3.music], ['美术', row.G3.art]] as const) {
        if (check.rooms === null) out.push(`${kind}专用教室数`);
        else if (check.status === 'pending' && check.minArea === null) out.push(`最小${kind}专用教室面积`);
      }
      return out;
    }
    case 'G5':
      return row.G5.parts.filter((p) => p.status === 'pending').map((p) => `${p.label}最大班额或超标准班额班级数`);
    case 'G6':
      return ['核定公用经费学生数'];
    case 'E4':
      return [row.E4.publicFunds === null ? '年度公用经费预算总额' : '', row.E4.trainingFunds === null ? '教师培训经费' : ''].filter((s) => s !== '');
    case 'G4':
      return [];
  }
}

function baseResult(item: ItemDefinition, entry: ReadinessEntry | undefined) {
  return {
    key: item.key as ItemKey,
    area: item.area,
    name: item.name,
    form: item.form,
    evidence: entry?.evidence ?? [],
    evidenceNeeded: item.evidence ?? null,
    units: entry?.units ?? [],
    note: entry?.note ?? null,
    thresholds: item.thresholds,
  };
}

function unitsMissing(entry: ReadinessEntry | undefined): string[] {
  return entry === undefined || entry.units.length === 0 ? ['责任单位'] : [];
}

function judgeResource(item: ItemDefinition, entry: ReadinessEntry | undefined, standard: Standard2017Result | null): ItemResult {
  const key = item.key as Standard2017Key;
  const stages: ResourceStageResult[] = (standard?.stages ?? [])
    .filter((s) => s.schools.length > 0)
    .map((s) => {
      const i = s.indicators.find((x) => x.key === key)!;
      return {
        stage: s.stage,
        label: s.label,
        schools: s.schools.length,
        minimum: i.minimum,
        countyValue: i.countyValue,
        cv: i.cv,
        cvLimit: i.cvLimit,
        cvPass: i.cvPass,
        belowMinimum: s.schools.filter((school) => !school.met[key]).map((school) => school.id),
      };
    });
  const missing = [...(standard === null ? [SCHOOL_DATA] : stages.length === 0 ? ['计入差异系数的学校'] : stages.some((s) => s.cvPass === null) ? ['差异系数（县域值为 0，无法计算）'] : []), ...unitsMissing(entry)];
  const status: Status = stages.some((s) => s.cvPass === false) ? 'fail' : standard === null || stages.length === 0 || stages.some((s) => s.cvPass === null) ? 'pending' : 'pass';
  return { ...baseResult(item, entry), status, measures: [], missing, resource: stages };
}

function judgeSchools(item: ItemDefinition, entry: ReadinessEntry | undefined, items: SchoolItemsResult | null): ItemResult {
  const key = item.key as SchoolItemKey;
  const summary = items?.items[key];
  const missing: string[] = [];
  if (!items) missing.push(SCHOOL_DATA);
  else if (items.schools.length === 0) missing.push('公办学校的统计数据');
  for (const id of summary?.pending ?? []) {
    const row = items!.schools.find((s) => s.id === id)!;
    missing.push(`${row.name}的${missingFields(row, key).join('、')}`);
  }
  missing.push(...unitsMissing(entry));
  const status: Status = summary?.status ?? 'pending';
  return { ...baseResult(item, entry), status, measures: [], missing, ...(summary ? { schools: summary } : {}) };
}

function judgeValues(item: ItemDefinition, entry: ReadinessEntry | undefined, t: Thresholds): ItemResult {
  const values = entry?.values ?? {};
  const measures = (item.measures ?? []).map((m) => measure(t, m.key, m.label, m.dimension === 'percent' ? '%' : '元', values[m.key], m.threshold ?? null));
  let ratio: MeasureResult | undefined;
  if (item.key === 'G8') {
    const [teacher, civil] = measures.map((m) => m.value);
    const value = teacher != null && civil != null && civil > 0 ? (100 * teacher) / civil : undefined;
    ratio = measure(t, 'ratio', '教师平均工资收入为当地公务员平均工资收入的', '%', value, 'g8-salary-ratio');
  }
  const judged = ratio ? [ratio] : measures;
  const missing = measures.filter((m) => m.value === null).map((m) => `“${m.label}”的数值`);
  const needsEvidence = item.form === 'values+evidence';
  const evidence = entry?.evidence ?? [];
  if (needsEvidence && evidence.length === 0) missing.push(`佐证材料：${item.evidence}`);
  missing.push(...unitsMissing(entry));
  const status: Status = judged.some((m) => m.pass === false)
    ? 'fail'
    : judged.some((m) => m.pass === null) || (needsEvidence && evidence.length === 0)
      ? 'pending'
      : needsEvidence
        ? 'evidence'
        : 'pass';
  return { ...baseResult(item, entry), status, measures, ...(ratio ? { ratio } : {}), missing };
}

function judgeEvidence(item: ItemDefinition, entry: ReadinessEntry | undefined): ItemResult {
  const evidence = entry?.evidence ?? [];
  const missing = [...(evidence.length === 0 ? [`佐证材料：${item.evidence}`] : []), ...unitsMissing(entry)];
  return { ...baseResult(item, entry), status: evidence.length > 0 ? 'evidence' : 'pending', measures: [], missing };
}

function judgeSubjects(item: ItemDefinition, entry: ReadinessEntry | undefined, t: Thresholds): ItemResult {
  const subjects = (entry?.subjects ?? []).map((s) => ({
    ...s,
    levelPass: meets(t['e9-level'], LEVELS.indexOf(s.level) + 1),
    gapPass: meets(t['e9-gap'], s.gapRate),
  }));
  const missing = [...(subjects.length === 0 ? ['各监测学科的学业水平等级和校际差异率'] : []), ...unitsMissing(entry)];
  const status: Status = subjects.some((s) => !s.levelPass || !s.gapPass) ? 'fail' : subjects.length === 0 ? 'pending' : 'pass';
  return { ...baseResult(item, entry), status, measures: [], missing, subjects };
}

export function recognitionOf(survey: Survey | undefined, t: Thresholds): RecognitionResult {
  const line = t.recognition;
  const groups = survey?.groups ?? [];
  const categories = RESPONDENT_CATEGORIES.map((category): RecognitionGroup => {
    const inCategory = groups.filter((g) => g.category === category);
    const respondents = inCategory.reduce((s, g) => s + g.respondents, 0);
    const satisfied = inCategory.reduce((s, g) => s + g.satisfied, 0);
    return { category, groups: inCategory.map((g) => g.name), respondents, satisfied, rate: respondents > 0 ? (100 * satisfied) / respondents : null };
  });
  const respondents = groups.reduce((s, g) => s + g.respondents, 0);
  const satisfied = groups.reduce((s, g) => s + g.satisfied, 0);
  const rate = respondents > 0 ? (100 * satisfied) / respondents : null;
  const missingCategories = categories.filter((c) => c.rate === null).map((c) => c.category);
  const uncategorized = groups.filter((g) => g.category === undefined).map((g) => g.name);
  // Counts are integers: satisfied ÷ respondents ≥ line/100 compared exactly in integers when the line is.
  const pass = rate === null ? null : Number.isInteger(line.value) ? satisfied * 100 >= line.value * respondents : meets(line, rate);
  const status = pass === false ? 'fail' : pass === null || missingCategories.length > 0 || uncategorized.length > 0 ? 'pending' : 'pass';
  return { status, year: survey?.year ?? null, respondents, satisfied, rate, line: line.value, categories, missingCategories, uncategorized };
}

function judgeSurvey(item: ItemDefinition, entry: ReadinessEntry | undefined, recognition: RecognitionResult, t: Thresholds): ItemResult {
  const missing = [
    ...(recognition.year === null ? ['社会认可度调查（content/survey/）'] : []),
    // Categories not surveyed; while no group names its category, the categories themselves are what is missing.
    ...(recognition.missingCategories.length > 0 && recognition.categories.some((c) => c.rate !== null) ? [`未调查的对象：${recognition.missingCategories.join('、')}`] : []),
    ...(recognition.uncategorized.length > 0 ? [`调查群体的类别（category）：${recognition.uncategorized.join('、')}`] : []),
    ...unitsMissing(entry),
  ];
  const rate = measure(t, 'rate', '社会认可度', '%', recognition.rate ?? undefined, 'recognition');
  // The pooled rate is judged in integers (recognitionOf); the measure shows the same verdict.
  const measures = [{ ...rate, pass: recognition.rate === null ? null : recognition.status !== 'fail' }];
  return { ...baseResult(item, entry), status: recognition.status, measures, missing };
}

function vetoResult(key: string, name: string, kind: 'national' | 'provincial', source: VetoResult['source'], record: VetoStatement | undefined): VetoResult {
  const evidence = record?.evidence ?? [];
  const status: VetoStatus = record === undefined ? 'pending' : record.present ? 'present' : evidence.length > 0 ? 'clear' : 'pending';
  const missing = record === undefined ? ['是否存在这一情形的核查说明和佐证'] : !record.present && evidence.length === 0 ? ['佐证材料'] : [];
  return { key, name, kind, source, status, statement: record?.statement ?? null, evidence, units: record?.units ?? [], missing };
}

function vetoesOf(readiness: Readiness | undefined, recognition: RecognitionResult, t: Thresholds, r1Units: readonly string[]): VetoResult[] {
  const recorded = readiness?.vetoes;
  const national = VETOES.map((v) => vetoResult(v.key, v.name, 'national', v.source, recorded?.[v.key]));
  const provincial = (recorded?.provincial ?? []).map((v) => vetoResult(v.id, v.name, 'provincial', { number: v.source }, v));
  const fromSurvey: VetoResult = {
    key: 'recognition',
    name: `社会认可度低于 ${t.recognition.value}%`,
    kind: 'recognition',
    source: RECOGNITION_VETO_SOURCE,
    status: recognition.status === 'fail' ? 'present' : recognition.rate === null ? 'pending' : 'clear',
    statement: null,
    evidence: [],
    units: r1Units,
    missing: recognition.rate === null ? ['社会认可度调查（content/survey/）'] : [],
  };
  return [...national, ...provincial, fromSurvey];
}

/** Every item of the four areas, the vetoes and the verdict. */
export function assessReadiness(input: ReadinessInput): ReadinessResult {
  const t = input.thresholds ?? NATIONAL;
  const { readiness, dataset, survey } = input;
  const standard2017 = dataset ? checkStandard2017(dataset, { ...input.compute, thresholds: t }) : null;
  const perSchool = dataset ? schoolItems(dataset, t) : null;
  const recognition = recognitionOf(survey, t);

  const judge = (item: ItemDefinition): ItemResult => {
    const entry = entryOf(readiness, item.key as ItemKey);
    switch (item.form) {
      case 'resources':
        return judgeResource(item, entry, standard2017);
      case 'schools':
        return judgeSchools(item, entry, perSchool);
      case 'values':
      case 'values+evidence':
        return judgeValues(item, entry, t);
      case 'evidence':
        return judgeEvidence(item, entry);
      case 'subjects':
        return judgeSubjects(item, entry, t);
      case 'survey':
        return judgeSurvey(item, entry, recognition, t);
    }
  };
  const judged = ITEMS.map(judge);

  const failingSchools = (standard2017?.stages ?? []).flatMap((s) =>
    s.schools.filter((school) => !school.pass).map((school) => ({ id: school.id, name: school.name, stage: s.stage, shortfalls: school.shortfalls.map((f) => f.key) })),
  );
  const counted = (standard2017?.stages ?? []).some((s) => s.schools.length > 0);
  const schoolRule: SchoolRuleResult = { status: failingSchools.length > 0 ? 'fail' : counted ? 'pass' : 'pending', failing: failingSchools };

  const areas = AREAS.map((area): AreaResult => {
    const items = judged.filter((i) => i.area === area.id);
    const statuses = [...items.map((i) => i.status), ...(area.id === 'resources' ? [schoolRule.status] : [])];
    return { ...area, status: worstStatus(statuses), items, ...(area.id === 'resources' ? { schoolRule } : {}) };
  });

  const r1 = judged.find((i) => i.key === 'R1')!;
  const vetoes = vetoesOf(readiness, recognition, t, r1.units);
  const counts = { pass: 0, fail: 0, pending: 0, evidence: 0 } as Record<Status, number>;
  for (const i of judged) counts[i.status]++;
  const failing = [
    ...(schoolRule.status === 'fail' ? [{ key: 'schools', name: '每所学校资源配置 7 项指标至少 6 项达到标准、余项不低于 85%' }] : []),
    ...judged.filter((i) => i.status === 'fail').map((i) => ({ key: i.key, name: i.name })),
  ];
  const present = vetoes.filter((v) => v.status === 'present').map((v) => v.name);
  const anyPending = counts.pending > 0 || schoolRule.status === 'pending' || vetoes.some((v) => v.status === 'pending');
  const verdict: ReadinessVerdict = {
    status: present.length > 0 ? 'veto' : failing.length > 0 ? 'fail' : anyPending ? 'pending' : 'ready',
    vetoes: present,
    failing,
    counts,
    total: judged.length,
  };

  return {
    asOf: readiness?.asOf ?? input.asOf,
    datasetYear: dataset?.year ?? null,
    surveyYear: survey?.year ?? null,
    example: input.example ?? false,
    areas,
    vetoes,
    verdict,
    recognition,
    standard2017,
    schoolItems: perSchool,
    thresholds: Object.values(t).filter((x) => x.standard === '优质均衡'),
  };
}

export interface UnitItem {
  readonly key: string;
  readonly name: string;
  readonly area: string;
  readonly status: Status | VetoStatus;
  /** The unit leads the item (it is listed first). */
  readonly lead: boolean;
  readonly missing: readonly string[];
}

/** The items and vetoes a unit is responsible for, in the order of the assessment (for a unit's page). */
export function unitItems(result: ReadinessResult, unitId: string): UnitItem[] {
  const items = result.areas.flatMap((a) =>
    a.items.filter((i) => i.units.includes(unitId)).map((i) => ({ key: i.key, name: i.name, area: a.title, status: i.status, lead: i.units[0] === unitId, missing: i.missing })),
  );
  const vetoes = result.vetoes
    .filter((v) => v.kind !== 'recognition' && v.units.includes(unitId))
    .map((v) => ({ key: `veto-${v.key}`, name: v.name, area: '一票否决情形', status: v.status, lead: v.units[0] === unitId, missing: v.missing }));
  return [...items, ...vetoes];
}

/** Units that are assigned at least one item or veto, in the order first met. */
export function responsibleUnits(result: ReadinessResult): string[] {
  const ids = [...result.areas.flatMap((a) => a.items.flatMap((i) => i.units)), ...result.vetoes.flatMap((v) => v.units)];
  return [...new Set(ids)];
}
