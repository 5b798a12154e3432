// 优质均衡评估准备情况: the readiness page's model, in the words the page
// shows (pure, no Astro): the verdict, the four areas with every item's status
// in words and symbols, what is missing and whose it is, the per-school rule
// with each shortfall, each indicator's 差异系数 against its limit, the
// per-school items, public recognition by respondent group, the vetoes, and
// every threshold with its source. Also the rows of the JSON and CSV
// downloads and the items of a unit's page. The figures come from
// src/lib/readiness.ts; `npm run indicators` prints the same ones.
import type { Evidence } from '../../schemas/readiness.ts';
import type { SchoolDataset } from '../../schemas/school.ts';
import type { Survey } from '../../schemas/survey.ts';
import type { SiteContent } from '../content-model/model.ts';
import { formatDate } from '../lib/dates.ts';
import { STANDARD_2017, type Standard2017Key } from '../lib/indicators.ts';
import { assessReadiness, unitItems, type ItemResult, type MeasureResult, type ReadinessResult, type SchoolRuleResult, type Status, type VetoResult, type VetoStatus } from '../lib/readiness.ts';
import { itemCitation, itemDefinition } from '../lib/readiness-items.ts';
import type { SchoolItemStatus } from '../lib/school-items.ts';
import { applyThresholds, citation, lineText, meets, plainNumber, sourceText, STANDARD_DOCUMENTS, SUMMARY_NOTE_2017, type AppliedThreshold, type ThresholdKey, type Thresholds } from '../lib/standards.ts';
import { round3 } from '../lib/thresholds.ts';

// ---------------------------------------------------------------------------
// Words and symbols

export interface StatusView {
  readonly code: Status | VetoStatus | SchoolItemStatus;
  readonly symbol: string;
  readonly word: string;
}

/** The four statuses of an item, as every table and the legend show them. */
export const STATUS_WORDS: Readonly<Record<Status, StatusView & { readonly meaning: string }>> = {
  pass: { code: 'pass', symbol: '✓', word: '达标', meaning: '实测数值达到标准' },
  fail: { code: 'fail', symbol: '✗', word: '未达标', meaning: '实测数值达不到标准' },
  pending: { code: 'pending', symbol: '○', word: '待填报', meaning: '缺少数值、佐证材料或统计数据，不能判断，不算达标' },
  evidence: { code: 'evidence', symbol: '△', word: '已提供佐证', meaning: '已提供佐证材料（其中的数值已达标），是否达到要求由评估组认定' },
};

const VETO_WORDS: Readonly<Record<VetoStatus, StatusView>> = {
  present: { code: 'present', symbol: '✗', word: '存在，一票否决' },
  clear: { code: 'clear', symbol: '△', word: '已说明不存在（附佐证，由评估组核实）' },
  pending: { code: 'pending', symbol: '○', word: '待填报' },
};

const SCHOOL_WORDS: Readonly<Record<SchoolItemStatus, StatusView>> = {
  pass: { code: 'pass', symbol: '✓', word: '达标' },
  fail: { code: 'fail', symbol: '✗', word: '未达标' },
  pending: { code: 'pending', symbol: '○', word: '待填报' },
  na: { code: 'na', symbol: '—', word: '不涉及' },
};

export function statusView(status: Status): StatusView {
  const { code, symbol, word } = STATUS_WORDS[status];
  return { code, symbol, word };
}

/** A figure rounded half away from zero on its decimal digits (not toFixed's binary rounding). */
export function fixed(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  if (digits === 3) return round3(value);
  const scaled = Math.round(Number(`${Math.abs(value)}e${digits}`));
  const text = String(scaled).padStart(digits + 1, '0');
  const sign = value < 0 && scaled !== 0 ? '-' : '';
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * A computed figure to `digits` decimals, with more when the rounded figure
 * would read as meeting the line while the figure does not (84.96 % is not
 * "85.0%", it is "84.96%").
 */
export function againstLine(value: number, line: Pick<AppliedThreshold, 'compare' | 'value'>, digits: number): string {
  const pass = meets(line, value);
  for (let d = digits; d <= digits + 6; d++) {
    const text = fixed(value, d);
    if (meets(line, Number(text)) === pass) return text;
  }
  return String(value);
}

const withUnit = (number: string, unit: string) => (unit === '' ? number : unit === '%' ? `${number}%` : `${number} ${unit}`);

/** "标准 ≥ 6000 元", "省定标准 ≥ 8000 元，国家标准 ≥ 6000 元" */
function lineWords(t: AppliedThreshold): string {
  return t.province ? `省定标准 ${lineText(t)}，国家标准 ${lineText({ ...t, value: t.national })}` : `标准 ${lineText(t)}`;
}

// ---------------------------------------------------------------------------
// The page model

export interface EvidenceView {
  /** 《示例县…规划》（示政〔2026〕8号，2026年6月30日） */
  readonly text: string;
  /** Relative to content/, e.g. attachments/g1-layout-plan.pdf: the page links the published copy. */
  readonly file: string | undefined;
  readonly link: string | undefined;
}

export interface UnitRef {
  readonly id: string;
  readonly name: string;
}

export interface ItemView {
  readonly key: string;
  readonly name: string;
  readonly status: StatusView;
  /** Measured figures against their lines, one line each. */
  readonly figures: readonly string[];
  readonly evidence: readonly EvidenceView[];
  /** What the inspectors judge, for items with evidence. */
  readonly judged: string | undefined;
  readonly missing: readonly string[];
  readonly units: readonly UnitRef[];
  /** 教育局（牵头）、财政局; 未指定 when nobody is. */
  readonly whose: string;
  readonly note: string | undefined;
  /** Where each line comes from. */
  readonly sources: readonly string[];
}

export interface AreaView {
  readonly id: string;
  readonly title: string;
  readonly count: string;
  readonly status: StatusView;
  /** 7 项中：达标 5 项，… */
  readonly summary: string;
  readonly items: readonly ItemView[];
  /** 资源配置 only: the per-school rule and the schools that fail it. */
  readonly schoolRule?: { readonly status: StatusView; readonly text: string };
}

export interface CvRow {
  readonly key: string;
  readonly name: string;
  readonly unit: string;
  readonly minimum: string;
  readonly county: string;
  readonly cv: string;
  readonly limit: string;
  readonly status: StatusView;
  /** Schools below the minimum: 1 所（丙乡中心小学） */
  readonly below: string;
}

export interface SchoolRuleRow {
  readonly id: string;
  readonly name: string;
  /** One cell per indicator Q1–Q7: the value and whether it meets the minimum. */
  readonly cells: readonly { readonly text: string; readonly met: boolean }[];
  readonly metCount: string;
  readonly status: StatusView;
  /** Each shortfall: “生均体育运动场馆面积”5.962 ㎡/生，为最低标准 7.5 的 79.5% */
  readonly shortfalls: readonly string[];
}

export interface StageView {
  readonly stage: string;
  readonly label: string;
  readonly cvCaption: string;
  readonly cvRows: readonly CvRow[];
  readonly schoolCaption: string;
  readonly headers: readonly string[];
  readonly schools: readonly SchoolRuleRow[];
  /** 7 所学校中 6 所达标 */
  readonly schoolSummary: string;
  readonly excluded: string | undefined;
}

export interface SchoolItemsView {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly { readonly id: string; readonly name: string; readonly cells: readonly { readonly status: StatusView; readonly text: string }[] }[];
  readonly excluded: string | undefined;
  readonly note: string;
}

export interface RecognitionView {
  readonly caption: string;
  readonly rows: readonly { readonly category: string; readonly groups: string; readonly respondents: string; readonly satisfied: string; readonly rate: string }[];
  readonly total: { readonly respondents: number; readonly satisfied: number; readonly rate: string };
  readonly status: StatusView;
  readonly method: string;
  readonly missing: readonly string[];
}

export interface VetoView {
  readonly key: string;
  readonly name: string;
  readonly status: StatusView;
  readonly statement: string | undefined;
  readonly evidence: readonly EvidenceView[];
  readonly whose: string;
  readonly units: readonly UnitRef[];
  readonly missing: readonly string[];
  readonly source: string;
}

export interface ThresholdView {
  readonly key: string;
  readonly name: string;
  /** The line in force. */
  readonly line: string;
  /** The national line, when a province's is in force. */
  readonly national: string | undefined;
  readonly source: string;
}

export interface ReadinessPage {
  readonly title: string;
  readonly example: boolean;
  /** 数据截至 2026年11月30日 */
  readonly asOf: string;
  readonly standard: string;
  readonly verdict: { readonly status: ReadinessResult['verdict']['status']; readonly symbol: string; readonly headline: string; readonly sentence: string; readonly counts: string };
  readonly legend: readonly (StatusView & { readonly meaning: string })[];
  readonly areas: readonly AreaView[];
  readonly stages: readonly StageView[];
  readonly schoolItems: SchoolItemsView | undefined;
  readonly recognition: RecognitionView;
  readonly vetoes: readonly VetoView[];
  readonly thresholds: readonly ThresholdView[];
  readonly notes: readonly string[];
  /** File names of the downloads (the data pages serve them). */
  readonly downloads: { readonly json: string; readonly csv: string; readonly schoolsCsv: string };
}

/** What the readiness model is computed from: the newest school data and survey, the campaign's thresholds. */
export function readinessInputOf(content: SiteContent, asOf: string) {
  const newest = <T extends { year: number }>(list: readonly T[]) => [...list].sort((a, b) => b.year - a.year)[0];
  const dataset: SchoolDataset | undefined = newest(content.schools.map((s) => s.dataset));
  const survey: Survey | undefined = newest(content.surveys.map((s) => s.data));
  const thresholds: Thresholds = applyThresholds(content.campaign.data.thresholds as Parameters<typeof applyThresholds>[0]);
  return { readiness: content.readiness?.data, dataset, survey, thresholds, asOf, example: content.site.data.example === true };
}

/** The readiness result for a county's content (a 优质均衡 campaign). */
export function readinessOf(content: SiteContent, asOf: string): ReadinessResult {
  return assessReadiness(readinessInputOf(content, asOf));
}

function unitNames(content: SiteContent): (id: string) => string {
  const byId = new Map(content.units.data.units.map((u) => [u.id, u.shortName ?? u.name]));
  return (id) => byId.get(id) ?? id;
}

function whose(units: readonly string[], name: (id: string) => string): string {
  if (units.length === 0) return '未指定';
  return units.map((id, i) => (i === 0 && units.length > 1 ? `${name(id)}（牵头）` : name(id))).join('、');
}

export function evidenceView(e: Evidence): EvidenceView {
  const details = [e.number, e.date ? formatDate(e.date) : undefined].filter((x) => x !== undefined);
  return { text: `${e.title}${details.length > 0 ? `（${details.join('，')}）` : ''}`, file: e.file, link: e.link };
}

function measureText(m: MeasureResult, t: Thresholds, recorded: boolean): string {
  if (m.value === null) return `${m.label}：待填报`;
  const line = m.threshold ? t[m.threshold] : undefined;
  // A recorded value is shown as written; a computed one to one decimal (more on the line).
  const number = recorded || !line ? plainNumber(m.value) : againstLine(m.value, line, 1);
  return `${m.label} ${withUnit(number, m.unit)}${line ? `（${lineWords(line)}）` : ''}`;
}

const SCHOOL_ITEM_NOTES: Readonly<Record<string, (r: ReadinessResult) => string | undefined>> = {
  G6: (r) => (r.schoolItems?.items.G6.notApplicable ? '本县没有不足 100 名学生的小学和教学点，本项不涉及' : undefined),
};

function itemFigures(item: ItemResult, result: ReadinessResult, t: Thresholds): string[] {
  switch (item.form) {
    case 'resources':
      return (item.resource ?? []).map((s) => {
        const def = STANDARD_2017.find((d) => d.key === item.key)!;
        const cvLine = { compare: 'atMost' as const, value: s.cvLimit };
        const cv = s.cv === null ? '—' : againstLine(s.cv, cvLine, 3);
        const below = s.belowMinimum.length > 0 ? `；${s.belowMinimum.length} 所学校低于最低标准 ${plainNumber(s.minimum)}` : '';
        return `${s.label}：差异系数 ${cv}（标准 ≤ ${s.cvLimit.toFixed(2)}），县域值 ${s.countyValue === null ? '—' : round3(s.countyValue)} ${def.unit}${below}`;
      });
    case 'schools': {
      const summary = item.schools;
      if (!summary) return [];
      const note = SCHOOL_ITEM_NOTES[item.key]?.(result);
      if (note) return [note];
      const name = (id: string) => result.schoolItems!.schools.find((s) => s.id === id)!.name;
      const passing = summary.concerned - summary.failing.length - summary.pending.length;
      return [
        `${summary.concerned} 所学校中 ${passing} 所达标${summary.failing.length > 0 ? `，${summary.failing.length} 所未达标（${summary.failing.map(name).join('、')}）` : ''}${summary.pending.length > 0 ? `，${summary.pending.length} 所待填报（${summary.pending.map(name).join('、')}）` : ''}`,
      ];
    }
    case 'values':
    case 'values+evidence':
      return [...item.measures.map((m) => measureText(m, t, true)), ...(item.ratio && item.ratio.value !== null ? [measureText(item.ratio, t, false)] : [])];
    case 'subjects':
      return (item.subjects ?? []).map(
        (s) =>
          `${s.subject}${s.year ? `（${s.year} 年监测）` : ''}：学业水平 ${s.level} 级${s.levelPass ? '' : `（标准 ${lineText(t['e9-level'])}，未达标）`}，校际差异率 ${plainNumber(s.gapRate)}${s.gapPass ? '' : `（标准 ${lineText(t['e9-gap'])}，未达标）`}`,
      );
    case 'survey':
      return item.measures.map((m) => (m.value === null ? '社会认可度：待填报' : `社会认可度 ${withUnit(againstLine(m.value, t.recognition, 1), '%')}（${lineWords(t.recognition)}），有效答卷 ${result.recognition.respondents} 份`));
    case 'evidence':
      return [];
  }
}

function itemView(item: ItemResult, result: ReadinessResult, t: Thresholds, name: (id: string) => string): ItemView {
  const definition = itemDefinition(item.key)!;
  const keys: ThresholdKey[] = [...definition.thresholds];
  return {
    key: item.key,
    name: item.name,
    status: statusView(item.status),
    figures: itemFigures(item, result, t),
    evidence: item.evidence.map(evidenceView),
    judged: item.evidenceNeeded ?? undefined,
    missing: item.missing,
    units: item.units.map((id) => ({ id, name: name(id) })),
    whose: whose(item.units, name),
    note: item.note ?? undefined,
    sources: [...new Set([itemCitation(definition), ...keys.map((k) => sourceText(t[k]))])],
  };
}

function schoolRuleLine(rule: SchoolRuleResult, t: Thresholds): { status: StatusView; text: string } {
  const what = `每所学校 7 项指标至少 6 项达到最低标准、余项不低于最低标准的 ${plainNumber(t['shortfall-share'].value)}%`;
  const text =
    rule.status === 'pending'
      ? `${what}：待填报（没有学校统计数据）`
      : rule.failing.length === 0
        ? `${what}：所有学校达标`
        : `${what}：${rule.failing.length} 所学校不达标（${rule.failing.map((f) => `${f.name}：${f.shortfalls.join('、')} 未达到`).join('；')}）`;
  return { status: statusView(rule.status), text };
}

function countsText(statuses: readonly Status[], total: number, unit: string): string {
  const parts = (['pass', 'fail', 'pending', 'evidence'] as const).map((s) => [STATUS_WORDS[s].word, statuses.filter((x) => x === s).length] as const).filter(([, n]) => n > 0);
  return `${total} ${unit}中：${parts.map(([w, n]) => `${w} ${n} 项`).join('，')}`;
}

function stageViews(result: ReadinessResult, t: Thresholds): StageView[] {
  const standard = result.standard2017;
  if (!standard) return [];
  const q = (key: Standard2017Key) => result.areas[0]!.items.find((i) => i.key === key)!;
  return standard.stages.map((s): StageView => {
    const limit = s.indicators[0]?.cvLimit ?? t[s.stage === 'primary' ? 'cv-primary' : 'cv-junior'].value;
    const nameOf = (id: string) => s.schools.find((x) => x.id === id)?.name ?? id;
    return {
      stage: s.stage,
      label: s.label,
      cvCaption: `${s.label}：资源配置 7 项指标的县域值和差异系数（每项 ≤ ${limit.toFixed(2)}）`,
      cvRows: s.indicators.map((i) => {
        const below = q(i.key).resource?.find((r) => r.stage === s.stage)?.belowMinimum ?? [];
        return {
          key: i.key,
          name: i.name,
          unit: i.unit,
          minimum: plainNumber(i.minimum),
          county: i.countyValue === null ? '—' : round3(i.countyValue),
          cv: i.cv === null ? '—' : againstLine(i.cv, { compare: 'atMost', value: i.cvLimit }, 3),
          limit: `≤ ${i.cvLimit.toFixed(2)}`,
          status: statusView(i.cvPass === null ? 'pending' : i.cvPass ? 'pass' : 'fail'),
          below: below.length === 0 ? '无' : `${below.length} 所（${below.map(nameOf).join('、')}）`,
        };
      }),
      schoolCaption: `${s.label}：每所学校 7 项指标的达标情况（至少 6 项达到最低标准，余项不低于最低标准的 ${plainNumber(t['shortfall-share'].value)}%）`,
      headers: ['学校', ...STANDARD_2017.map((d) => `${d.key} ${d.name}（${d.unit}）`), '达到项数', '结果'],
      schools: s.schools.map((school) => ({
        id: school.id,
        name: school.name,
        cells: STANDARD_2017.map((d) => ({ text: round3(school.values[d.key]), met: school.met[d.key] })),
        metCount: `${school.metCount} / ${STANDARD_2017.length}`,
        status: statusView(school.pass ? 'pass' : 'fail'),
        shortfalls: school.shortfalls.map((f) => {
          const d = STANDARD_2017.find((x) => x.key === f.key)!;
          const share = againstLine(f.share * 100, t['shortfall-share'], 1);
          return `“${d.name}”${round3(school.values[f.key])} ${d.unit}，为最低标准 ${plainNumber(s.indicators.find((i) => i.key === f.key)!.minimum)} 的 ${share}%`;
        }),
      })),
      schoolSummary: `${s.schools.length} 所学校中 ${s.schoolsPassing} 所达标`,
      excluded: s.excluded.length > 0 ? `不计入：${s.excluded.map((e) => `${e.name}（${e.reason}）`).join('；')}` : undefined,
    };
  });
}

function schoolItemsView(result: ReadinessResult): SchoolItemsView | undefined {
  const items = result.schoolItems;
  if (!items) return undefined;
  const room = (c: { rooms: number | null; minArea: number | null }) => (c.rooms === null ? '—' : `${c.rooms} 间${c.minArea === null ? '' : `，最小 ${plainNumber(c.minArea)} ㎡`}`);
  return {
    caption: '按学校核对的指标（政府保障程度 G3–G6、教育质量 E4）',
    headers: ['学校', 'G3 音乐、美术专用教室', 'G4 学校规模', 'G5 班额', 'G6 核定公用经费', 'E4 教师培训经费'],
    rows: items.schools.map((s) => ({
      id: s.id,
      name: s.name,
      cells: [
        { status: SCHOOL_WORDS[s.G3.status], text: `${s.G3.classes === null ? '班级数待填报' : `${s.G3.classes} 个班，应各 ${s.G3.required} 间`}；音乐 ${room(s.G3.music)}；美术 ${room(s.G3.art)}` },
        { status: SCHOOL_WORDS[s.G4.status], text: `${s.G4.pupils} 人（≤ ${s.G4.limit}）` },
        {
          status: SCHOOL_WORDS[s.G5.status],
          text: s.G5.parts
            .map((p) => `${p.label}${p.largest !== null ? `最大班额 ${p.largest} 人` : p.oversized !== null ? `超标准班额 ${p.oversized} 个班` : '待填报'}（≤ ${p.limit}）`)
            .join('；'),
        },
        { status: SCHOOL_WORDS[s.G6.status], text: s.G6.status === 'na' ? `${s.G6.pupils} 人，不涉及` : `${s.G6.pupils} 人，按 ${s.G6.funded ?? '—'} 人核定（≥ ${s.G6.line}）` },
        { status: SCHOOL_WORDS[s.E4.status], text: s.E4.percent === null ? '待填报' : `${againstLine(s.E4.percent, { compare: 'atLeast', value: s.E4.line }, 1)}%（≥ ${plainNumber(s.E4.line)}%）` },
      ],
    })),
    excluded: items.excluded.length > 0 ? `不计入：${items.excluded.map((e) => `${e.name}（${e.reason}）`).join('；')}（与资源配置指标的算法一致，是否如此尚未核实）` : undefined,
    note: '一贯制学校的班级数为各学段之和，专用教室和经费按全校计；不足 100 名学生的小学都按村小学核对（数据中不区分村小学）。',
  };
}

function recognitionView(result: ReadinessResult): RecognitionView {
  const r = result.recognition;
  const rate = (v: number | null) => (v === null ? '未调查' : `${fixed(v, 1)}%`);
  return {
    caption: `社会认可度（${r.year === null ? '尚无调查' : `${r.year} 年调查`}），按调查对象类别`,
    rows: r.categories.map((c) => ({
      category: c.category,
      groups: c.groups.join('、') || '—',
      respondents: c.rate === null ? '—' : String(c.respondents),
      satisfied: c.rate === null ? '—' : String(c.satisfied),
      rate: rate(c.rate),
    })),
    total: { respondents: r.respondents, satisfied: r.satisfied, rate: r.rate === null ? '—' : `${againstLine(r.rate, { compare: 'atLeast', value: r.line }, 1)}%` },
    status: statusView(r.status),
    method: '总体认可度 = 全部满意人数 ÷ 全部有效答卷人数（这种合并算法是否为评估所用尚未核实）；各类别的认可度供参考。',
    missing: r.missingCategories.length > 0 ? [`未调查的对象：${r.missingCategories.join('、')}`] : [],
  };
}

function vetoView(v: VetoResult, name: (id: string) => string): VetoView {
  const status = v.kind === 'recognition' && v.status === 'clear' ? { code: 'clear' as const, symbol: '✓', word: '不存在（按调查结果计算）' } : VETO_WORDS[v.status];
  const source = 'item' in v.source ? citation(v.source) : `省级实施细则 ${v.source.number}`;
  return {
    key: v.key,
    name: v.name,
    status,
    statement: v.statement ?? undefined,
    evidence: v.evidence.map(evidenceView),
    whose: whose(v.units, name),
    units: v.units.map((id) => ({ id, name: name(id) })),
    missing: v.missing,
    source,
  };
}

function verdictView(result: ReadinessResult, county: string) {
  const v = result.verdict;
  const counts = countsText(
    result.areas.flatMap((a) => a.items.map((i) => i.status)),
    v.total,
    '项指标',
  );
  switch (v.status) {
    case 'veto':
      return { status: v.status, symbol: '✗', headline: '一票否决', sentence: `存在一票否决情形（${v.vetoes.join('、')}）：按评估办法，${county}不能通过优质均衡发展督导评估认定。`, counts };
    case 'fail':
      return { status: v.status, symbol: '✗', headline: '尚未达标', sentence: `有 ${v.failing.length} 项未达标：${v.failing.map((f) => (f.key === 'schools' ? f.name : `${f.key} ${f.name}`)).join('；')}。全部达标前不能申请评估认定。`, counts };
    case 'pending':
      return { status: v.status, symbol: '○', headline: '尚未填报完整', sentence: '已填报的各项都达到标准，但还有待填报的指标或一票否决情形，暂不能判断能否申请评估认定。', counts };
    case 'ready':
      return { status: v.status, symbol: '△', headline: '各项已达标或已提供佐证', sentence: '各项数据均达到标准，需要佐证的各项都已提供佐证；佐证材料是否达到要求由评估组认定。', counts };
  }
}

/** The readiness page of a 优质均衡 campaign. */
export function readinessPage(content: SiteContent, asOf: string): ReadinessPage {
  const input = readinessInputOf(content, asOf);
  const result = assessReadiness(input);
  const t = input.thresholds;
  const name = unitNames(content);
  const county = `本${content.site.data.county.word}`;
  const doc = STANDARD_DOCUMENTS['优质均衡'];
  return {
    title: '优质均衡评估准备情况',
    example: input.example,
    asOf: `数据截至 ${formatDate(result.asOf)}`,
    standard: `依据 ${doc.number}${doc.title}`,
    verdict: verdictView(result, county),
    legend: (['pass', 'fail', 'pending', 'evidence'] as const).map((s) => STATUS_WORDS[s]),
    areas: result.areas.map((a) => ({
      id: a.id,
      title: a.title,
      count: a.count,
      status: statusView(a.status),
      // The area's status also counts the per-school rule (资源配置), so the counts say so:
      // "7 项中：达标 7 项" beside ✗ 未达标 would read as a contradiction.
      summary:
        countsText(
          a.items.map((i) => i.status),
          a.items.length,
          '项',
        ) + (a.schoolRule ? `；另有按学校核对的一项要求：${STATUS_WORDS[a.schoolRule.status].word}` : ''),
      items: a.items.map((i) => itemView(i, result, t, name)),
      ...(a.schoolRule ? { schoolRule: schoolRuleLine(a.schoolRule, t) } : {}),
    })),
    stages: stageViews(result, t),
    schoolItems: schoolItemsView(result),
    recognition: recognitionView(result),
    vetoes: result.vetoes.map((v) => vetoView(v, name)),
    thresholds: result.thresholds.map((x) => ({ key: x.key, name: x.name, line: lineText(x), national: x.province ? lineText({ ...x, value: x.national }) : undefined, source: sourceText(x) })),
    notes: [
      SUMMARY_NOTE_2017,
      '差异系数按在校学生数加权计算（县域值 = 各校合计 ÷ 全县学生数），不是各校数值的简单平均。',
      '民办学校不计入；教学点默认不计入差异系数（是否计入尚未核实）。',
    ],
    downloads: { json: 'readiness.json', csv: 'readiness.csv', schoolsCsv: 'readiness-schools.csv' },
  };
}

// ---------------------------------------------------------------------------
// Downloads: the rows of the JSON and CSV files (the data pages serve them)

/** The JSON download: the whole result, full precision, with the standard it follows. */
export function readinessJson(result: ReadinessResult): { readonly standard: string; readonly document: string } & ReadinessResult {
  const doc = STANDARD_DOCUMENTS['优质均衡'];
  return { standard: '优质均衡', document: doc.number, ...result };
}

export const READINESS_CSV_HEADER = ['方面', '编号', '指标', '状态', '实测数值', '缺少', '责任单位', '标准出处'] as const;

/** One row per item and per veto, in the order of the page. */
export function readinessCsvRows(result: ReadinessResult, content: SiteContent): string[][] {
  const t = applyThresholds(content.campaign.data.thresholds as Parameters<typeof applyThresholds>[0]);
  const name = unitNames(content);
  const items = result.areas.flatMap((a) =>
    a.items.map((i) => {
      const view = itemView(i, result, t, name);
      return [a.title, i.key, i.name, view.status.word, view.figures.join('；'), i.missing.join('；'), i.units.map(name).join('、'), view.sources.join('；')];
    }),
  );
  const vetoes = result.vetoes.map((v) => {
    const view = vetoView(v, name);
    return ['一票否决情形', v.key, v.name, view.status.word, v.statement ?? '', v.missing.join('；'), v.units.map(name).join('、'), view.source];
  });
  return [...items, ...vetoes];
}

export const READINESS_SCHOOLS_CSV_HEADER = [
  '学校编号',
  '学校名称',
  '学段',
  ...STANDARD_2017.map((d) => `${d.key} ${d.name}（${d.unit}）`),
  '资源配置达到项数',
  '资源配置结果',
  'G3 专用教室',
  'G4 学校规模',
  'G5 班额',
  'G6 核定公用经费',
  'E4 教师培训经费',
] as const;

/** One row per school part: the 7 resource values and result, and the school's G3–G6 and E4 statuses. */
export function readinessSchoolRows(result: ReadinessResult): (string | number)[][] {
  const items = new Map((result.schoolItems?.schools ?? []).map((s) => [s.id, s]));
  return (result.standard2017?.stages ?? []).flatMap((stage) =>
    stage.schools.map((s) => {
      const row = items.get(s.id);
      const word = (status: SchoolItemStatus | undefined) => (status === undefined ? '' : SCHOOL_WORDS[status].word);
      return [
        s.id,
        s.name,
        stage.label,
        ...STANDARD_2017.map((d) => s.values[d.key]),
        s.metCount,
        s.pass ? '达标' : '未达标',
        word(row?.G3.status),
        word(row?.G4.status),
        word(row?.G5.status),
        word(row?.G6.status),
        word(row?.E4.status),
      ];
    }),
  );
}

// ---------------------------------------------------------------------------
// A unit's page

export interface UnitItemView {
  readonly key: string;
  readonly name: string;
  readonly area: string;
  readonly status: StatusView;
  /** 牵头 or 配合. */
  readonly role: string;
  readonly missing: readonly string[];
}

/** The 优质均衡 items and vetoes a unit is responsible for, with their status. */
export function unitReadiness(content: SiteContent, unitId: string, asOf: string): UnitItemView[] {
  return unitItems(readinessOf(content, asOf), unitId).map((i) => ({
    key: i.key,
    name: i.name,
    area: i.area,
    status: i.status in STATUS_WORDS ? statusView(i.status as Status) : VETO_WORDS[i.status as VetoStatus],
    role: i.lead ? '牵头' : '配合',
    missing: i.missing,
  }));
}
