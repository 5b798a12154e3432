// Shaping computed assessment results for readers: verdicts in words and
// symbols (never colour alone), figures rounded for display without
// contradicting their verdict, the geometry of the build-time bar charts,
// and the flat rows of the results download. Pure functions, no Astro.
import type { Column } from '../lib/csv.ts';
import type { CountyWords } from './county.ts';
import { INDICATORS, STANDARD_2017, type BalanceResult, type IndicatorKey, type Standard2017Key, type Standard2017Result } from '../lib/indicators.ts';

export type Tone = 'pass' | 'fail' | 'unknown';

export interface Verdict {
  readonly symbol: '✓' | '✗' | '—';
  readonly text: string;
  readonly tone: Tone;
}

/** How a pass/fail reads: 达标 ✓ / 未达标 ✗, or other words for the same. */
export function verdict(pass: boolean | null, words: { yes: string; no: string } = { yes: '达标', no: '未达标' }): Verdict {
  if (pass === null) return { symbol: '—', text: '无法判断', tone: 'unknown' };
  return pass ? { symbol: '✓', text: words.yes, tone: 'pass' } : { symbol: '✗', text: words.no, tone: 'fail' };
}

/** The shortest decimal text of a non-negative finite number, never in exponent form. */
function plainDecimal(abs: number): string {
  const s = String(abs);
  if (!s.includes('e')) return s;
  // Exponent form appears below 1e-6 and from 1e21: toFixed is exact enough for display there.
  return abs < 1 ? abs.toFixed(20).replace(/0+$/, '') : BigInt(Math.round(abs)).toString();
}

/**
 * A figure to exactly `digits` decimals, rounding half away from zero on the
 * decimal the number prints as (the rule of round3, for any digit count), so
 * 1.0005 reads 1.001 where toFixed(3) gives 1.000.
 */
export function roundFixed(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  const [int = '0', frac = ''] = plainDecimal(Math.abs(value)).split('.');
  const kept = `${int}${frac.slice(0, digits).padEnd(digits, '0')}`;
  const roundUp = (frac[digits] ?? '0') >= '5';
  const scaled = (BigInt(kept) + (roundUp ? 1n : 0n)).toString().padStart(digits + 1, '0');
  const body = digits > 0 ? `${scaled.slice(0, -digits)}.${scaled.slice(-digits)}` : scaled;
  const sign = value < 0 && /[1-9]/.test(body) ? '-' : '';
  return sign + body;
}

export const fixed3 = (value: number | null): string => (value === null ? '—' : roundFixed(value, 3));

export interface LineFigure {
  /** The figure at the usual precision. */
  readonly text: string;
  /**
   * Present when `text` reads as exactly on the pass line while the verdict is
   * a fail (0.6504 shows as 0.650 against ≤ 0.65): enough decimals to see why.
   */
  readonly precise?: string;
}

/**
 * A figure judged against a pass line, for display. `scale` turns fractions
 * into percentages (100). A value on the line passes (≤ and ≥ both include it),
 * so a rounded figure equal to the line next to 未达标 needs its finer digits.
 */
export function figureAgainstLine(value: number, line: number, pass: boolean, digits = 3, scale = 1): LineFigure {
  const shown = value * scale;
  const target = line * scale;
  const onLine = (text: string) => Math.abs(Number(text) - target) <= 1e-9 * Math.max(1, Math.abs(target));
  const text = roundFixed(shown, digits);
  if (pass || !onLine(text)) return { text };
  for (let d = digits + 1; d <= 15; d++) {
    const precise = roundFixed(shown, d);
    if (!onLine(precise)) return { text, precise };
  }
  return { text, precise: plainDecimal(Math.abs(shown)) };
}

/** A fraction as a percentage to one decimal: 0.9123 → 91.2%. */
export const percent = (fraction: number, digits = 1): string => `${roundFixed(fraction * 100, digits)}%`;

/**
 * Column headings for the wide per-school tables, where 8 or 7 full names
 * would make every heading five lines tall; each table's full names are in
 * the indicator table just above it, under the same key.
 */
export const SHORT_NAMES: Readonly<Record<IndicatorKey | Standard2017Key, string>> = {
  L1: '教学及辅助用房',
  L2: '体育运动场馆',
  L3: '教学仪器设备值',
  L4: '计算机',
  L5: '图书',
  L6: '师生比',
  L7: '高于规定学历教师',
  L8: '中级及以上职称教师',
  Q1: '高于规定学历教师',
  Q2: '县级以上骨干教师',
  Q3: '体育艺术专任教师',
  Q4: '教学及辅助用房',
  Q5: '体育运动场馆',
  Q6: '教学仪器设备值',
  Q7: '网络多媒体教室',
};

// ---------------------------------------------------------------------------
// Bar charts: each school's value of one indicator against the county value.

export interface NiceScale {
  /** Right end of the axis: a multiple of `step`, at least the largest value. */
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly { value: number; label: string }[];
}

/** An axis from 0 with at most `maxTicks` steps of 1, 2, 2.5 or 5 × 10ⁿ. */
export function niceScale(largest: number, maxTicks = 4): NiceScale {
  const top = Number.isFinite(largest) && largest > 0 ? largest : 1;
  const raw = top / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const mantissa = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw * (1 - 1e-12)) ?? 10;
  const step = mantissa * magnitude;
  const count = Math.ceil(top / step - 1e-9);
  // 2.5 × 10ⁿ needs one decimal more than 10ⁿ does.
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) + (mantissa === 2.5 ? 1 : 0);
  const ticks = Array.from({ length: count + 1 }, (_, i) => ({ value: i * step, label: i === 0 ? '0' : (i * step).toFixed(decimals) }));
  return { max: count * step, step, ticks };
}

export interface BarChartOptions {
  readonly width?: number;
  readonly fontSize?: number;
  readonly barHeight?: number;
  /** Space between one row's bar and the next row's label. */
  readonly gap?: number;
}

export interface BarLayout {
  readonly label: string;
  readonly valueText: string;
  /** Baseline of the label line. */
  readonly textY: number;
  readonly barY: number;
  readonly barWidth: number;
}

export interface BarChartLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly barHeight: number;
  /** Left and right ends of the plot: value 0 and the axis maximum. */
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly plotTop: number;
  readonly axisY: number;
  /** End ticks are anchored inward so their labels stay inside the box. */
  readonly ticks: readonly { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  readonly reference: { readonly x: number; readonly label: string; readonly labelY: number; readonly anchor: 'start' | 'middle' | 'end' };
  readonly bars: readonly BarLayout[];
}

/**
 * Horizontal bars from zero (so lengths compare honestly), one row per school:
 * the name and value on a text line, the bar under it, so a long school name
 * never collides with its bar; a vertical line marks the county value.
 */
export function layoutBarChart(rows: readonly { label: string; value: number }[], reference: number, options: BarChartOptions = {}): BarChartLayout {
  const width = options.width ?? 360;
  const fontSize = options.fontSize ?? 14;
  const barHeight = options.barHeight ?? 12;
  const gap = options.gap ?? 9;
  const plotLeft = 1;
  const plotRight = width - 2;
  const scale = niceScale(Math.max(reference, ...rows.map((r) => r.value)));
  const x = (v: number) => plotLeft + ((plotRight - plotLeft) * Math.max(0, v)) / scale.max;
  const referenceLabelY = fontSize + 2;
  const plotTop = referenceLabelY + 6;
  const rowHeight = fontSize + 4 + barHeight + gap;
  const bars = rows.map((r, i): BarLayout => {
    const top = plotTop + 4 + i * rowHeight;
    return { label: r.label, valueText: fixed3(r.value), textY: top + fontSize, barY: top + fontSize + 4, barWidth: x(r.value) - plotLeft };
  });
  const axisY = plotTop + 4 + rows.length * rowHeight;
  const refX = x(reference);
  const share = (refX - plotLeft) / (plotRight - plotLeft);
  return {
    width,
    height: axisY + fontSize + 8,
    fontSize,
    barHeight,
    plotLeft,
    plotRight,
    plotTop,
    axisY,
    ticks: scale.ticks.map((t, i, all) => ({ x: x(t.value), label: t.label, anchor: i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle' })),
    reference: { x: refX, label: `县域值 ${fixed3(reference)}`, labelY: referenceLabelY, anchor: share > 0.6 ? 'end' : share < 0.4 ? 'start' : 'middle' },
    bars,
  };
}

// ---------------------------------------------------------------------------
// The results download (/data/indicators/results.csv): one figure per row.

export const RESULT_COLUMNS = [
  'part',
  'year',
  'sourceFile',
  'stage',
  'stageLabel',
  'level',
  'schoolId',
  'schoolName',
  'township',
  'townshipName',
  'schoolType',
  'pupils',
  'indicator',
  'indicatorName',
  'unit',
  'value',
  'minimum',
  'cv',
  'limit',
  'pass',
  'note',
] as const;

export type ResultColumn = (typeof RESULT_COLUMNS)[number];
export type ResultRow = Partial<Record<ResultColumn, string | number | boolean | null>>;

/** What each column means, for the data page and the CSV's readers; `level` names the county's own level (全县). */
export const resultColumnDescriptions = (county: CountyWords): Readonly<Record<ResultColumn, string>> => ({
  part: 'balance-2012：校际间均衡状况（教督〔2012〕3号）；standard-2017：对照教督〔2017〕6号（优质均衡标准，仅供参考）',
  year: '统计年度',
  sourceFile: '计算所用的学校统计数据文件的名称',
  stage: 'primary（小学）或 junior（初中）',
  stageLabel: '学段中文名',
  level: `county：${county.all}；school：一所学校的该学段部分；excluded：不计入计算的学校`,
  schoolId: '学校编号（level 为 school、excluded 时）',
  schoolName: '学校名称',
  township: '所在乡镇（街道）的单位编号',
  townshipName: '所在乡镇（街道）名称',
  schoolType: '学校类型',
  pupils: '在校学生数；level 为 county 时是全部计入学校的合计',
  indicator: `指标代号：${[...INDICATORS, ...STANDARD_2017].map((d) => `${d.key} ${d.name}`).join('、')}（另一列写有指标名称）；composite 为综合差异系数；school-overall 为一所学校 7 项最低标准的结论；overall 为该学段 2017 年标准的总结论`,
  indicatorName: '指标名称',
  unit: '指标单位',
  value: '指标值，完整精度；level 为 county 时是县域值（全部计入学校的合计数 ÷ 在校学生总数）；indicator 为 school-overall 时是达到最低标准的项数',
  minimum: '教督〔2017〕6号规定的每校最低标准',
  cv: '差异系数（按在校学生数加权），完整精度',
  limit: '标准：综合差异系数上限（小学 0.65、初中 0.55），或 2017 年标准的单项差异系数上限（小学 0.50、初中 0.45）',
  pass: 'true 达标（或该项达到），false 未达标，空为无法判断或不适用',
  note: '说明，如不计入的原因',
});

const RESULT_COLUMN_TYPES: Readonly<Record<ResultColumn, string>> = {
  part: 'enum: balance-2012/standard-2017',
  year: 'integer',
  sourceFile: 'string',
  stage: 'enum: primary/junior',
  stageLabel: 'string',
  level: 'enum: county/school/excluded',
  schoolId: 'string',
  schoolName: 'string',
  township: 'string',
  townshipName: 'string',
  schoolType: 'string',
  pupils: 'integer',
  indicator: 'string',
  indicatorName: 'string',
  unit: 'string',
  value: 'number',
  minimum: 'number',
  cv: 'number',
  limit: 'number',
  pass: 'boolean',
  note: 'string',
};

/** The CSV's columns in the shape the /data/ page's field tables (DataColumns) take. */
export const resultCsvColumns = (county: CountyWords): Column[] => {
  const descriptions = resultColumnDescriptions(county);
  return RESULT_COLUMNS.map((key) => ({
    key,
    description: descriptions[key],
    required: ['part', 'year', 'sourceFile', 'stage', 'stageLabel', 'level'].includes(key),
    type: RESULT_COLUMN_TYPES[key],
  }));
};

export interface ResultsInput {
  readonly sourceFile: string;
  readonly balance: BalanceResult;
  readonly standard2017: Standard2017Result;
  /** Township unit id → unit name. */
  readonly townshipNames: ReadonlyMap<string, string>;
}

/** Every computed figure of one dataset as flat rows, full precision. */
export function resultRows(input: ResultsInput): ResultRow[] {
  const { sourceFile, balance, standard2017, townshipNames } = input;
  const rows: ResultRow[] = [];
  const common = { year: balance.year, sourceFile };
  const school = (s: { id: string; name: string; township: string; type: string; pupils: number }) => ({
    level: 'school',
    schoolId: s.id,
    schoolName: s.name,
    township: s.township,
    townshipName: townshipNames.get(s.township) ?? s.township,
    schoolType: s.type,
    pupils: s.pupils,
  });
  for (const st of balance.stages) {
    const base = { part: 'balance-2012', ...common, stage: st.stage, stageLabel: st.label };
    for (const i of st.indicators) {
      rows.push({ ...base, level: 'county', pupils: st.pupils, indicator: i.key, indicatorName: i.name, unit: i.unit, value: i.countyValue, cv: i.cv });
    }
    rows.push({ ...base, level: 'county', pupils: st.pupils, indicator: 'composite', indicatorName: '综合差异系数', cv: st.composite, limit: st.limit, pass: st.pass });
    for (const s of st.schools) {
      for (const i of st.indicators) {
        rows.push({ ...base, ...school(s), indicator: i.key, indicatorName: i.name, unit: i.unit, value: s.values[i.key] });
      }
    }
    for (const e of st.excluded) rows.push({ ...base, level: 'excluded', schoolId: e.id, schoolName: e.name, note: e.reason });
  }
  for (const st of standard2017.stages) {
    const base = { part: 'standard-2017', ...common, stage: st.stage, stageLabel: st.label };
    for (const i of st.indicators) {
      rows.push({ ...base, level: 'county', indicator: i.key, indicatorName: i.name, unit: i.unit, value: i.countyValue, minimum: i.minimum, cv: i.cv, limit: i.cvLimit, pass: i.cvPass });
    }
    rows.push({
      ...base,
      level: 'county',
      indicator: 'overall',
      indicatorName: '全部学校达到最低标准且各项差异系数不超过上限',
      pass: st.pass,
      note: `${st.schools.length} 所学校中 ${st.schoolsPassing} 所达到最低标准`,
    });
    for (const s of st.schools) {
      for (const i of st.indicators) {
        rows.push({ ...base, ...school(s), indicator: i.key, indicatorName: i.name, unit: i.unit, value: s.values[i.key], minimum: i.minimum, pass: s.met[i.key] });
      }
      rows.push({
        ...base,
        ...school(s),
        indicator: 'school-overall',
        indicatorName: '7 项都达到，或 6 项达到且另一项不低于最低标准的 85%',
        value: s.metCount,
        pass: s.pass,
        note: s.shortfalls.map((f) => `${f.key} 为最低标准的 ${f.share}`).join('；'),
      });
    }
    for (const e of st.excluded) rows.push({ ...base, level: 'excluded', schoolId: e.id, schoolName: e.name, note: e.reason });
  }
  return rows;
}

/** Rows in RESULT_COLUMNS order, for toCsv; null and absent cells stay empty. */
export function resultTable(rows: readonly ResultRow[]): unknown[][] {
  return rows.map((r) => RESULT_COLUMNS.map((c) => r[c] ?? ''));
}
