// 均衡指标: for one statistics year, the four parts of the assessment, the
// 差异系数 tables, each school's values as tables and charts, the 2017 check,
// the self-score and survey and the assumptions, in the words the page shows;
// and the results downloads. The newest year is /indicators/, older years
// /indicators/<year>/.
import type { SchoolDataset } from '../../schemas/school.ts';
import type { SelfScore } from '../../schemas/self-score.ts';
import type { Survey } from '../../schemas/survey.ts';
import type { SiteContent } from '../content-model/model.ts';
import { checkStandard2017, computeBalance, INDICATORS, SHORTFALL_SHARE_2017, STANDARD_2017, type AppliedOptions, type Stage2017, type StageBalance } from '../lib/indicators.ts';
import { scoreSelfAssessment } from '../lib/self-score.ts';
import { surveyResult, type SurveyPooling, type SurveyResult } from '../lib/survey.ts';
import { atLeast } from '../lib/thresholds.ts';
import { chineseNumber } from '../lib/plan-text.ts';
import { figureAgainstLine, fixed3, layoutBarChart, percent, resultRows, SHORT_NAMES, verdict, type BarChartLayout, type ResultRow, type Verdict } from './indicator-format.ts';
import type { Inline } from './inline.ts';
import type { Href, ViewOptions } from './options.ts';
import type { Crumb } from './layout.ts';
import { unitLookup } from './units.ts';

// ---------------------------------------------------------------------------
// The data of each year

type Sourced<T> = T & { readonly sourceFile: string };

export interface IndicatorData {
  /** Newest year first. */
  readonly datasets: readonly Sourced<SchoolDataset>[];
  readonly selfScores: readonly Sourced<SelfScore>[];
  readonly surveys: readonly Sourced<Survey>[];
}

export function indicatorData(content: SiteContent): IndicatorData {
  return {
    datasets: content.schools.map((s) => ({ ...s.dataset, sourceFile: s.file })).sort((a, b) => b.year - a.year),
    selfScores: content.selfScores.map((s) => ({ ...s.data, sourceFile: s.file })).sort((a, b) => b.year - a.year),
    surveys: content.surveys.map((s) => ({ ...s.data, sourceFile: s.file })).sort((a, b) => b.year - a.year),
  };
}

/** The years that get a page of their own (/indicators/<year>/): all but the newest. */
export function olderYears(content: SiteContent): number[] {
  return indicatorData(content).datasets.slice(1).map((d) => d.year);
}

/** The school data of a year and the self-score and survey of the same year (or, with no school data, the newest of each). */
function forYear(data: IndicatorData, year: number | undefined) {
  return {
    dataset: year === undefined ? undefined : data.datasets.find((d) => d.year === year),
    selfScore: year === undefined ? data.selfScores[0] : data.selfScores.find((s) => s.year === year),
    survey: year === undefined ? data.surveys[0] : data.surveys.find((s) => s.year === year),
  };
}

// ---------------------------------------------------------------------------
// The models of the report's parts

export interface FigureVerdict {
  readonly figure: string;
  readonly verdict: Verdict;
}

export interface SummaryModel {
  readonly balance: { readonly stages: readonly (FigureVerdict & { readonly label: string })[] } | undefined;
  readonly selfScore: { readonly score: number; readonly verdict: Verdict } | undefined;
  readonly survey: { readonly rate: string; readonly verdict: Verdict } | undefined;
  /** What a part without published data says instead of a result: plain words, never a placeholder figure. */
  readonly missing: { readonly balance: string; readonly selfScore: string; readonly survey: string };
}

/** What the site says for a part whose data the county has not published. */
export const NOT_PUBLISHED = { balance: '尚未公布逐校数据。', selfScore: '尚未公布自评结果。', survey: '尚未公布调查结果。' } as const;

export interface StageTableModel {
  readonly stage: string;
  readonly label: string;
  readonly caption: string;
  readonly rows: readonly { readonly key: string; readonly name: string; readonly unit: string; readonly county: string; readonly cv: string }[];
  readonly compositeLabel: string;
  readonly composite: string;
  /** 0.650 with a finer 0.6504 when the rounded figure would read as on the line. */
  readonly precise: string | undefined;
  readonly limit: string;
  readonly verdict: Verdict;
  /** Why no verdict could be given. */
  readonly cannot: string | undefined;
  /** 师生比 in words a parent reads: how many pupils each teacher has. */
  readonly teacherRatio: string | undefined;
}

export interface SchoolTableModel {
  readonly stage: string;
  readonly label: string;
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly { readonly id: string; readonly name: string; readonly township: string; readonly type: string; readonly pupils: number; readonly values: readonly string[] }[];
  readonly county: { readonly pupils: number; readonly values: readonly string[] };
  /** When no school of the 学段 is counted. */
  readonly empty: string | undefined;
  readonly excluded: string | undefined;
}

export interface BarChartModel {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly unit: string;
  readonly title: string;
  readonly desc: string;
  readonly layout: BarChartLayout;
  /** At least 1 px, so a zero still shows. */
  readonly barWidths: readonly number[];
  readonly referenceLabelX: number;
}

export interface Standard2017Model {
  readonly stage: string;
  readonly label: string;
  readonly empty: string | undefined;
  readonly cvLimit: string;
  readonly indicatorCaption: string;
  readonly indicators: readonly { readonly key: string; readonly name: string; readonly unit: string; readonly minimum: number; readonly county: string; readonly cv: string; readonly verdict: Verdict }[];
  readonly schoolCaption: string;
  readonly headers: readonly string[];
  readonly schools: readonly {
    readonly id: string;
    readonly name: string;
    readonly cells: readonly { readonly text: string; readonly met: boolean }[];
    readonly metCount: string;
    readonly verdict: Verdict;
    readonly note: string;
  }[];
  readonly conclusion: string;
  readonly verdict: Verdict;
  readonly excluded: string | undefined;
}

export interface SelfScoreModel {
  readonly intro: readonly Inline[];
  readonly caption: string;
  readonly areas: readonly {
    readonly heading: string;
    readonly items: readonly { readonly text: string; readonly max: number; readonly score: number }[];
    readonly subtotal: { readonly label: string; readonly max: number; readonly score: number };
  }[];
  readonly total: { readonly max: number; readonly score: number };
  readonly score: number;
  readonly passLine: number;
  readonly verdict: Verdict;
}

export interface SurveyModel {
  readonly intro: readonly Inline[];
  readonly caption: string;
  readonly groups: readonly { readonly name: string; readonly respondents: number; readonly satisfied: number; readonly rate: string }[];
  readonly total: { readonly respondents: number; readonly satisfied: number; readonly rate: string };
  readonly pooling: string;
  readonly passLine: string;
  readonly verdict: Verdict;
  readonly alternative: { readonly text: string; readonly verdict: Verdict };
}

export interface ReportModel {
  readonly toc: readonly { readonly href: string; readonly label: string }[];
  readonly summary: SummaryModel;
  readonly balance:
    | {
        readonly sourceFile: string;
        readonly meta: readonly Inline[];
        readonly stages: readonly StageTableModel[];
        readonly schools: readonly SchoolTableModel[];
        readonly charts: readonly { readonly stage: string; readonly label: string; readonly charts: readonly BarChartModel[] }[];
      }
    | undefined;
  readonly standard: { readonly stages: readonly Standard2017Model[] } | undefined;
  /**
   * The per-school tables and charts and the 2017 check are long: each has a
   * page of its own (see indicatorSubPages), linked from the report with a
   * sentence saying what is there.
   */
  readonly more: {
    readonly schools: readonly (readonly Inline[])[];
    readonly standard: readonly Inline[] | undefined;
  };
  readonly selfScore: SelfScoreModel | undefined;
  readonly survey: SurveyModel | undefined;
  readonly assumptions: { readonly split: string | undefined; readonly teachingPoints: string; readonly pooling: string; readonly otherPooling: string };
  readonly downloads: { readonly json: string; readonly csv: string; readonly data: string };
}

export interface IndicatorsPage {
  readonly title: string;
  readonly heading: string;
  readonly description: string;
  readonly sourceFile: string | undefined;
  /** Links to the other years (on the newest year's page). */
  readonly otherYears: readonly { readonly href: string; readonly text: string }[];
  /** The breadcrumb above the page (src/view/layout.ts): an older year sits under /indicators/. */
  readonly trail: readonly Crumb[];
  /** The page's own breadcrumb step: the year, on an older year's page. */
  readonly crumb: string | undefined;
  readonly report: ReportModel;
}

const poolingText = (p: SurveyPooling) => (p === 'pooled' ? '全部满意人数 ÷ 全部有效答卷人数' : '各群体满意度的平均数');

/** A figure with its finer digits when the rounded one would read as on the line. */
const shown = (f: { text: string; precise?: string }) => f.precise ?? f.text;

function summaryModel(balance: ReturnType<typeof computeBalance> | undefined, scored: ReturnType<typeof scoreSelfAssessment> | undefined, surveyed: SurveyResult | undefined): SummaryModel {
  return {
    balance: balance && {
      stages: balance.stages.map((s) => ({
        label: s.label,
        figure: s.composite === null ? '—' : shown(figureAgainstLine(s.composite, s.limit, s.pass === true)),
        verdict: verdict(s.pass),
      })),
    },
    selfScore: scored && { score: scored.score, verdict: verdict(scored.pass) },
    survey: surveyed && { rate: shown(figureAgainstLine(surveyed.rate, surveyed.passLine, surveyed.pass, 1, 100)), verdict: verdict(surveyed.pass) },
    missing: NOT_PUBLISHED,
  };
}

function stageTable(stage: StageBalance, year: number): StageTableModel {
  const composite = stage.composite === null ? null : figureAgainstLine(stage.composite, stage.limit, stage.pass === true);
  const limit = stage.limit.toFixed(2);
  return {
    stage: stage.stage,
    label: stage.label,
    caption: `${stage.label}校际间均衡状况：${stage.schools.length} 所学校，在校学生 ${stage.pupils} 人（${year}年度）`,
    rows: stage.indicators.map((i) => ({ key: i.key, name: i.name, unit: i.unit, county: fixed3(i.countyValue), cv: fixed3(i.cv) })),
    compositeLabel: `综合差异系数（8 项差异系数的平均数，标准 ≤ ${limit}）`,
    composite: composite ? composite.text : '—',
    precise: composite?.precise && `（未四舍五入为 ${composite.precise}）`,
    limit,
    verdict: verdict(stage.pass),
    cannot: stage.pass === null ? '（没有计入的学校，或有指标的县域值为 0，无法计算）' : undefined,
    teacherRatio: teacherRatioText(stage),
  };
}

/**
 * 师生比 0.058（人/生） means 0.058 teachers per pupil: said the other way
 * round, as parents count it, each teacher has about 17.2 pupils.
 */
export function teacherRatioText(stage: Pick<StageBalance, 'label' | 'indicators'>): string | undefined {
  const value = stage.indicators.find((i) => i.key === 'L6')?.countyValue;
  if (value === undefined || value === null || !(value > 0)) return undefined;
  return `师生比 ${fixed3(value)}（人/生）是每名学生平均对应的教师人数；反过来说，${stage.label}每名教师平均对应约 ${(1 / value).toFixed(1)} 名学生。`;
}

function schoolTable(stage: StageBalance, year: number, townshipName: (id: string) => string, multiPart: ReadonlySet<string>): SchoolTableModel {
  return {
    stage: stage.stage,
    label: stage.label,
    caption: `${stage.label}各校 8 项指标值（${year}年度）`,
    headers: INDICATORS.map((d) => `${d.key} ${SHORT_NAMES[d.key]}（${d.unit}）`),
    rows: stage.schools.map((s) => ({
      id: s.id,
      name: s.name,
      township: townshipName(s.township),
      type: `${s.type}${multiPart.has(s.id) ? `（${stage.label}部分）` : ''}`,
      pupils: s.pupils,
      values: INDICATORS.map((d) => fixed3(s.values[d.key])),
    })),
    county: { pupils: stage.pupils, values: stage.indicators.map((i) => fixed3(i.countyValue)) },
    empty: stage.schools.length === 0 ? `${stage.label}没有计入计算的学校。` : undefined,
    excluded: stage.excluded.length > 0 ? `${stage.excluded.map((e) => `${e.name}（${e.reason}）`).join('；')}。` : undefined,
  };
}

function barCharts(stage: StageBalance): BarChartModel[] {
  return stage.indicators.map((i) => {
    const rows = stage.schools.map((s) => ({ label: s.name, value: s.values[i.key] }));
    const county = i.countyValue ?? 0;
    const layout = layoutBarChart(rows, county, { width: 320, fontSize: 14 });
    const ref = layout.reference;
    return {
      id: `chart-${stage.stage}-${i.key}`,
      key: i.key,
      name: i.name,
      unit: i.unit,
      title: `${stage.label} ${i.key} ${i.name}（${i.unit}）：各校与县域值`,
      desc: `县域值 ${fixed3(county)}。${rows.map((r) => `${r.label} ${fixed3(r.value)}`).join('，')}。`,
      layout,
      barWidths: layout.bars.map((b) => Math.max(b.barWidth, 1)),
      referenceLabelX: ref.anchor === 'end' ? ref.x - 3 : ref.anchor === 'start' ? ref.x + 3 : ref.x,
    };
  });
}

function standardStage(stage: Stage2017, year: number): Standard2017Model {
  const cvLimit = (stage.indicators[0]?.cvLimit ?? 0).toFixed(2);
  const shortfall = (f: { key: keyof typeof SHORT_NAMES; share: number }) =>
    `${f.key} ${SHORT_NAMES[f.key]}为最低标准的 ${shown(figureAgainstLine(f.share, SHORTFALL_SHARE_2017, atLeast(f.share, SHORTFALL_SHARE_2017), 1, 100))}%`;
  const cvFigure = (cv: number, limit: number, pass: boolean | null) => {
    const f = figureAgainstLine(cv, limit, pass === true);
    return f.precise ? `${f.text}（未四舍五入为 ${f.precise}）` : f.text;
  };
  const words = { yes: '符合', no: '不符合' };
  const cvsPass = stage.indicators.every((i) => i.cvPass === true);
  return {
    stage: stage.stage,
    label: stage.label,
    empty: stage.schools.length === 0 ? `${stage.label}没有计入计算的学校。` : undefined,
    cvLimit,
    indicatorCaption: `${stage.label}：7 项指标的最低标准、县域值和差异系数（${year}年度）`,
    indicators: stage.indicators.map((i) => ({
      key: i.key,
      name: i.name,
      unit: i.unit,
      minimum: i.minimum,
      county: fixed3(i.countyValue),
      cv: i.cv === null ? '—' : cvFigure(i.cv, i.cvLimit, i.cvPass),
      verdict: verdict(i.cvPass, words),
    })),
    schoolCaption: `${stage.label}各校对照 7 项最低标准（✓ 达到，✗ 未达到）`,
    headers: STANDARD_2017.map((d) => `${d.key} ${SHORT_NAMES[d.key]}（≥ ${d.minimum[stage.stage]} ${d.unit}）`),
    schools: stage.schools.map((s) => ({
      id: s.id,
      name: s.name,
      cells: STANDARD_2017.map((d) => ({ text: shown(figureAgainstLine(s.values[d.key], d.minimum[stage.stage], s.met[d.key])), met: s.met[d.key] })),
      metCount: `${s.metCount} / 7`,
      verdict: verdict(s.pass, words),
      note: s.shortfalls.length === 0 ? '7 项都达到' : s.shortfalls.map(shortfall).join('；'),
    })),
    conclusion: `${stage.label}：${stage.schools.length} 所学校中 ${stage.schoolsPassing} 所符合每校最低标准；${cvsPass ? `7 项差异系数都不超过 ${cvLimit}` : `有指标的差异系数超过 ${cvLimit} 或无法计算`}。按 2017 年优质均衡标准：`,
    verdict: verdict(stage.pass, words),
    excluded: stage.excluded.length > 0 ? `${stage.label}不计入：${stage.excluded.map((e) => `${e.name}（${e.reason}）`).join('；')}。` : undefined,
  };
}

function selfScoreModel(data: Sourced<SelfScore>): SelfScoreModel {
  const result = scoreSelfAssessment(data);
  return {
    intro: [
      `${data.source ? `评估项目和分值依据：${data.source}。` : '评估项目和分值的出处尚未注明。'}评估办法规定：4 个方面、17 个项目，满分 100 分，85 分及以上达标。数据来源：${result.year}年度自评表。`,
    ],
    caption: `县级人民政府推进义务教育均衡发展工作自评得分（${result.year}年度）`,
    areas: data.areas.map((area, n) => {
      const sum = result.areas[n]!;
      return {
        heading: `${n < 4 ? chineseNumber(n + 1) : n + 1}、${area.name}（${area.items.length} 项）`,
        items: area.items.map((item) => ({ text: item.text, max: item.maxPoints, score: item.score })),
        subtotal: { label: `${area.name}小计`, max: sum.max, score: sum.score },
      };
    }),
    total: { max: result.max, score: result.score },
    score: result.score,
    passLine: result.passLine,
    verdict: verdict(result.pass),
  };
}

function surveyModel(data: Sourced<Survey>): SurveyModel {
  const result = surveyResult(data);
  const alternative = surveyResult(data, 'mean-of-groups');
  const overall = shown(figureAgainstLine(result.rate, result.passLine, result.pass, 1, 100));
  const other = shown(figureAgainstLine(alternative.rate, alternative.passLine, alternative.pass, 1, 100));
  return {
    intro: [`${data.method ? `调查方式：${data.method}。` : ''}满意人数含“比较满意”。公众满意度须达到 85% 以上。数据来源：${result.year}年度公众满意度调查。`],
    caption: `公众满意度调查结果（${result.year}年度）`,
    groups: result.groups.map((g) => ({ name: g.name, respondents: g.respondents, satisfied: g.satisfied, rate: percent(g.rate) })),
    total: { respondents: result.respondents, satisfied: result.satisfied, rate: `${overall}%` },
    pooling: poolingText(result.pooling),
    passLine: percent(result.passLine, 0),
    verdict: verdict(result.pass),
    alternative: { text: `如按${poolingText(alternative.pooling)}计算，为 ${other}%，`, verdict: verdict(alternative.pass) },
  };
}

function splitText(options: AppliedOptions | undefined): string | undefined {
  if (options === undefined) return undefined;
  const split =
    options.splitMethod === 'weighted'
      ? `按加权学生数分摊（小学每名学生计 1，初中每名学生计 ${options.juniorWeight}）`
      : options.splitMethod === 'by-pupils'
        ? '按两个学段的在校学生数比例分摊'
        : '不分摊：各学段的数据由学校分别填报';
  return `本页${split}。`;
}

function reportModel(content: SiteContent, href: Href, data: IndicatorData, year: number | undefined, base: string): ReportModel {
  const { dataset, selfScore, survey } = forYear(data, year);
  const site = content.site.data;
  const units = unitLookup(content.units.data);
  const balance = dataset && computeBalance(dataset);
  const standard = dataset && checkStandard2017(dataset);
  const scored = selfScore && scoreSelfAssessment(selfScore);
  const surveyed = survey && surveyResult(survey);
  const multiPart = new Set((dataset?.schools ?? []).filter((s) => Object.keys(s.parts).length > 1).map((s) => s.id));
  const pooling = surveyed?.pooling ?? 'pooled';
  return {
    toc: [
      { href: '#overview', label: '评估认定的四项内容' },
      ...(balance
        ? [
            { href: '#balance', label: '校际间均衡状况（差异系数）' },
            { href: '#schools', label: '各校指标值和指标图' },
          ]
        : []),
      ...(standard ? [{ href: '#standard-2017', label: '对照教督〔2017〕6号' }] : []),
      { href: '#self-score', label: '县级人民政府推进工作（自评）' },
      { href: '#survey', label: '公众满意度' },
      { href: '#assumptions', label: '计算方法' },
      { href: '#downloads', label: '数据下载' },
    ],
    summary: summaryModel(balance, scored, surveyed),
    balance:
      balance && dataset
        ? {
            sourceFile: dataset.sourceFile,
            meta: [`统计年度：${balance.year}年度；数据来源：${balance.year}年度学校统计数据；表中数字保留 3 位小数，完整精度见`, { link: '数据下载', href: '#downloads' }, '；计算方法中尚未核实的几处见', { link: '下文', href: '#assumptions' }, '。'],
            stages: balance.stages.map((s) => stageTable(s, balance.year)),
            schools: balance.stages.map((s) => schoolTable(s, balance.year, units.name, multiPart)),
            charts: balance.stages.filter((s) => s.schools.length > 0).map((s) => ({ stage: s.stage, label: s.label, charts: barCharts(s) })),
          }
        : undefined,
    standard: standard && { stages: standard.stages.map((s) => standardStage(s, standard.year)) },
    more: {
      schools: (balance?.stages ?? [])
        .filter((s) => s.schools.length > 0)
        .map((s) => [`${s.label}每所学校 8 项指标的值（表格）和每项指标的各校横条图，见`, { link: `${s.label}各校指标值和指标图`, href: href(`${base}${s.stage}/`) }, '。']),
      standard: standard && ['每所学校对照 2017 年标准的达标情况和各项指标的差异系数，见', { link: '对照教督〔2017〕6号', href: href(`${base}standard-2017/`) }, '。'],
    },
    selfScore: selfScore && selfScoreModel(selfScore),
    survey: survey && surveyModel(survey),
    assumptions: {
      split: splitText(balance?.options),
      teachingPoints: balance?.options.includeTeachingPoints ? '计入' : '不计入',
      pooling: pooling === 'pooled' ? '全部满意人数除以全部有效答卷人数' : '各群体满意度的平均数',
      otherPooling: pooling === 'pooled' ? '各群体满意度的平均数' : '全部满意人数除以全部有效答卷人数',
    },
    downloads: { json: href('data/indicators/results.json'), csv: href('data/indicators/results.csv'), data: href('data/') },
  };
}

/** The page of `year`, or of the newest year when `year` is undefined. */
export function indicatorsPage(content: SiteContent, options: ViewOptions, year?: number): IndicatorsPage {
  const { href } = options;
  const data = indicatorData(content);
  const region = content.site.data.county.name;
  const newest = year === undefined;
  const shownYear = newest ? data.datasets[0]?.year : year;
  const dataset = shownYear === undefined ? undefined : data.datasets.find((d) => d.year === shownYear);
  return {
    title: newest ? '均衡指标' : `均衡指标（${year}年度）`,
    heading: newest ? `均衡指标${dataset ? `（${dataset.year}年度）` : ''}` : `均衡指标（${year}年度）`,
    description: newest
      ? `${region}义务教育校际间均衡状况：小学、初中 8 项指标的差异系数和综合差异系数，县级人民政府自评和公众满意度。`
      : `${region}${year}年度义务教育校际间均衡状况：8 项指标的差异系数和综合差异系数。`,
    sourceFile: dataset?.sourceFile,
    otherYears: newest ? data.datasets.slice(1).map((d) => ({ href: href(`indicators/${d.year}/`), text: `${d.year}年度` })) : [],
    trail: newest ? [] : [{ label: '均衡指标', path: 'indicators/' }],
    crumb: newest ? undefined : `${year}年度`,
    report: reportModel(content, href, data, shownYear, newest ? 'indicators/' : `indicators/${year}/`),
  };
}

/** A page under /indicators/ (or /indicators/<year>/) with one long part of the report. */
export type IndicatorSubPath =
  | { readonly year: number | undefined; readonly part: 'schools'; readonly stage: string }
  | { readonly year: number | undefined; readonly part: 'standard-2017' };

/** The path under indicators/ of each sub-page: 'primary', '2025/primary', 'standard-2017'. */
export function indicatorSubPages(content: SiteContent): readonly { readonly path: string; readonly sub: IndicatorSubPath }[] {
  const data = indicatorData(content);
  return data.datasets.flatMap((d, i) => {
    const year = i === 0 ? undefined : d.year;
    const prefix = year === undefined ? '' : `${year}/`;
    const balance = computeBalance(d);
    const standard = checkStandard2017(d);
    return [
      ...balance.stages.filter((s) => s.schools.length > 0).map((s) => ({ path: `${prefix}${s.stage}`, sub: { year, part: 'schools' as const, stage: s.stage } })),
      ...(standard ? [{ path: `${prefix}standard-2017`, sub: { year, part: 'standard-2017' as const } }] : []),
    ];
  });
}

export interface IndicatorSubPage {
  readonly title: string;
  readonly description: string;
  readonly sourceFile: string | undefined;
  readonly trail: readonly Crumb[];
  readonly crumb: string;
  /** On a stage's page: its per-school table and charts. */
  readonly schools: { readonly table: SchoolTableModel; readonly charts: readonly BarChartModel[]; readonly label: string; readonly stage: string } | undefined;
  /** On the 2017 page. */
  readonly standard: { readonly stages: readonly Standard2017Model[] } | undefined;
}

export function indicatorSubPage(content: SiteContent, options: ViewOptions, sub: IndicatorSubPath): IndicatorSubPage {
  const page = indicatorsPage(content, options, sub.year);
  const { balance, standard } = page.report;
  const yearText = sub.year === undefined ? '' : `（${sub.year}年度）`;
  const trail: Crumb[] = [{ label: '均衡指标', path: 'indicators/' }, ...(sub.year === undefined ? [] : [{ label: `${sub.year}年度`, path: `indicators/${sub.year}/` }])];
  if (sub.part === 'schools') {
    const table = balance?.schools.find((t) => t.stage === sub.stage);
    const charts = balance?.charts.find((c) => c.stage === sub.stage);
    if (!table || !charts) throw new Error(`indicatorSubPage: no school data for stage ${sub.stage}`);
    const title = `${table.label}各校指标值和指标图${yearText}`;
    return {
      title,
      description: `${content.site.data.county.name}${table.label}每所学校 8 项指标的值和各校横条图${yearText}。`,
      sourceFile: page.sourceFile,
      trail,
      crumb: `${table.label}各校指标`,
      schools: { table, charts: charts.charts, label: table.label, stage: sub.stage },
      standard: undefined,
    };
  }
  if (!standard) throw new Error('indicatorSubPage: no 2017 check for this year');
  return {
    title: `对照教督〔2017〕6号${yearText}`,
    description: `${content.site.data.county.name}各校对照教督〔2017〕6号（优质均衡标准）的达标情况${yearText}，仅供参考。`,
    sourceFile: page.sourceFile,
    trail,
    crumb: '对照教督〔2017〕6号',
    schools: undefined,
    standard,
  };
}

// ---------------------------------------------------------------------------
// The downloads (/data/indicators/results.csv and .json)

/** Every computed figure of every school dataset, one per row, full precision. */
export function resultsRows(content: SiteContent): ResultRow[] {
  const units = unitLookup(content.units.data);
  const townshipNames = new Map(units.units.map((u) => [u.id, u.name]));
  return indicatorData(content).datasets.flatMap((d) =>
    resultRows({ sourceFile: d.sourceFile, balance: computeBalance(d), standard2017: checkStandard2017(d), townshipNames }),
  );
}

/** The body of results.json: each dataset's results in the shape `npm run indicators -- --json` prints. */
export function resultsJson(content: SiteContent) {
  const data = indicatorData(content);
  const used = new Set(data.datasets.flatMap((d) => d.schools.map((s) => s.township)));
  return {
    description: `均衡指标计算结果（完整精度）。schools：各年度学校统计数据的校际间均衡状况（教督〔2012〕3号）和对照教督〔2017〕6号的结果；selfScores：县级人民政府自评；surveys：公众满意度。`,
    townships: Object.fromEntries(content.units.data.units.filter((u) => used.has(u.id)).map((u) => [u.id, u.name])),
    schools: data.datasets.map((d) => ({ year: d.year, file: d.sourceFile, balance: computeBalance(d), standard2017: checkStandard2017(d) })),
    selfScores: data.selfScores.map((s) => ({ file: s.sourceFile, ...scoreSelfAssessment(s) })),
    surveys: data.surveys.map((s) => ({ file: s.sourceFile, ...surveyResult(s), meanOfGroupsRate: surveyResult(s, 'mean-of-groups').rate })),
  };
}

