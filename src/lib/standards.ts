// The pass lines of the two national standards, as data: each threshold with
// its national value and the document it comes from. A county's campaign
// (content/campaign.yaml) names its standard, and may raise a threshold by
// citing its province's 实施细则; a value weaker than the national one is
// reported (src/rules/thresholds.ts) and not used, because the national
// assessment judges by the national line.
//
// Sources: each item is located by area and by its position in the
// document's own lists, as the project's domain reference (assessment.md
// §2–§3) sets them out. That reference summarises the 2017 办法 rather than
// quoting it and gives no article numbers (第X条), so none are claimed here. Where the reference marks a
// reading UNVERIFIED, the source says so in `unverified`, and pages show it.
import { atLeast, atMost } from './thresholds.ts';

/** 基本均衡: 教督〔2012〕3号; 优质均衡: 教督〔2017〕6号 (schemas/campaign.ts). */
export type Standard = '基本均衡' | '优质均衡';

export interface ThresholdSource {
  /** 发文字号. */
  readonly number: string;
  /** The document's title, with its book-title marks. */
  readonly title: string;
  /** Where in the document: area and position in its list, and what is measured. */
  readonly item: string;
  /** What is not confirmed from the official text, in Chinese; absent when nothing is flagged. */
  readonly unverified?: string;
}

/**
 * How a value is judged against the line: atLeast (≥), atMost (≤), below (<),
 * or a parameter of a computation (rooms per N classes), not a pass line.
 */
export type Comparison = 'atLeast' | 'atMost' | 'below' | 'parameter';

export interface ThresholdDefinition {
  readonly key: string;
  readonly standard: Standard;
  /** What is limited, in Chinese, e.g. 小学综合差异系数. */
  readonly name: string;
  readonly value: number;
  /** Unit of the value ('%' for percentages: 85 is 85 %); '' for a pure number. */
  readonly unit: string;
  readonly compare: Comparison;
  /** Which way a province may move it: a higher or a lower value is the stricter standard. */
  readonly stricter: 'higher' | 'lower';
  readonly source: ThresholdSource;
}

const DOC_2012 = { number: '教督〔2012〕3号', title: '《县域义务教育均衡发展督导评估暂行办法》' } as const;
const DOC_2017 = { number: '教督〔2017〕6号', title: '《县域义务教育优质均衡发展督导评估办法》' } as const;

const min = (compare: Comparison = 'atLeast') => ({ compare, stricter: 'higher' as const });
const max = (compare: Comparison = 'atMost') => ({ compare, stricter: 'lower' as const });

const CV_2017_UNVERIFIED = '差异系数按 2012 年办法的学生数加权公式计算：未核实 2017 年办法的附件是否另有规定；教学点是否计入也未核实，默认不计入';
const POOLING_UNVERIFIED = '总体比例按“全部满意人数 ÷ 全部有效答卷人数”合并计算：这种合并算法是否为评估所用尚未核实';

/** The seven resource indicators of 2017, in the order of the 办法 (src/lib/indicators.ts computes them). */
const RESOURCE_2017 = [
  { q: 'q1', name: '每百名学生拥有高于规定学历教师数', unit: '人', primary: 4.2, junior: 5.3, unverified: '“高于规定学历”通常理解为小学专科及以上、初中本科及以上：未核实' },
  { q: 'q2', name: '每百名学生拥有县级以上骨干教师数', unit: '人', primary: 1, junior: 1 },
  { q: 'q3', name: '每百名学生拥有体育、艺术（美术、音乐）专任教师数', unit: '人', primary: 0.9, junior: 0.9 },
  { q: 'q4', name: '生均教学及辅助用房面积', unit: '㎡', primary: 4.5, junior: 5.8 },
  { q: 'q5', name: '生均体育运动场馆面积', unit: '㎡', primary: 7.5, junior: 10.2 },
  { q: 'q6', name: '生均教学仪器设备值', unit: '元', primary: 2000, junior: 2500 },
  { q: 'q7', name: '每百名学生拥有网络多媒体教室数', unit: '间', primary: 2.3, junior: 2.4 },
] as const;

type ResourceKey = `${(typeof RESOURCE_2017)[number]['q']}-${'primary' | 'junior'}`;

const resourceThresholds = RESOURCE_2017.flatMap((r, i) =>
  (['primary', 'junior'] as const).map((stage) => ({
    key: `${r.q}-${stage}` as ResourceKey,
    standard: '优质均衡' as const,
    name: `${stage === 'primary' ? '小学' : '初中'}${r.name}`,
    value: r[stage],
    unit: r.unit,
    ...min(),
    source: { ...DOC_2017, item: `资源配置第 ${i + 1} 项：${r.name}（${stage === 'primary' ? '小学' : '初中'}）`, ...('unverified' in r ? { unverified: r.unverified } : {}) },
  })),
);

const gov = (n: number, what: string, unverified?: string): ThresholdSource => ({ ...DOC_2017, item: `政府保障程度第 ${n} 项：${what}`, ...(unverified ? { unverified } : {}) });
const quality = (n: number, what: string, unverified?: string): ThresholdSource => ({ ...DOC_2017, item: `教育质量第 ${n} 项：${what}`, ...(unverified ? { unverified } : {}) });

/** Every threshold of both standards, with its national value. */
export const THRESHOLD_DEFINITIONS = [
  // 基本均衡 (2012)
  { key: 'composite-cv-primary', standard: '基本均衡', name: '小学综合差异系数', value: 0.65, unit: '', ...max(), source: { ...DOC_2012, item: '校际间均衡状况：小学 8 项指标差异系数的平均数（综合差异系数）' } },
  { key: 'composite-cv-junior', standard: '基本均衡', name: '初中综合差异系数', value: 0.55, unit: '', ...max(), source: { ...DOC_2012, item: '校际间均衡状况：初中 8 项指标差异系数的平均数（综合差异系数）' } },
  { key: 'self-score', standard: '基本均衡', name: '县级人民政府推进义务教育均衡发展工作得分', value: 85, unit: '分', ...min(), source: { ...DOC_2012, item: '县级人民政府推进义务教育均衡发展工作：4 个方面 17 项，满分 100 分' } },
  { key: 'satisfaction', standard: '基本均衡', name: '公众满意度', value: 85, unit: '%', ...min(), source: { ...DOC_2012, item: '公众满意度', unverified: POOLING_UNVERIFIED } },
  // 优质均衡 (2017): 资源配置
  ...resourceThresholds,
  { key: 'shortfall-share', standard: '优质均衡', name: '学校未达标的一项指标不低于标准的比例', value: 85, unit: '%', ...min(), source: { ...DOC_2017, item: '资源配置：每所学校至少 6 项指标达到标准，余项不低于标准的 85%' } },
  { key: 'cv-primary', standard: '优质均衡', name: '小学每项资源配置指标的校际差异系数', value: 0.5, unit: '', ...max(), source: { ...DOC_2017, item: '资源配置：所有指标的校际差异系数（小学）', unverified: CV_2017_UNVERIFIED } },
  { key: 'cv-junior', standard: '优质均衡', name: '初中每项资源配置指标的校际差异系数', value: 0.45, unit: '', ...max(), source: { ...DOC_2017, item: '资源配置：所有指标的校际差异系数（初中）', unverified: CV_2017_UNVERIFIED } },
  // 政府保障程度
  { key: 'g3-classes-per-room', standard: '优质均衡', name: '每多少个班级配备音乐、美术专用教室各 1 间', value: 12, unit: '个班', ...max('parameter'), source: gov(3, '每 12 个班级配备音乐、美术专用教室 1 间以上') },
  { key: 'g3-music-room-area', standard: '优质均衡', name: '每间音乐专用教室面积', value: 96, unit: '㎡', ...min(), source: gov(3, '音乐专用教室面积') },
  { key: 'g3-art-room-area', standard: '优质均衡', name: '每间美术专用教室面积', value: 90, unit: '㎡', ...min(), source: gov(3, '美术专用教室面积') },
  { key: 'g4-school-size', standard: '优质均衡', name: '小学、初中学校规模', value: 2000, unit: '人', ...max(), source: gov(4, '小学、初中规模') },
  { key: 'g4-combined-school-size', standard: '优质均衡', name: '九年一贯制、十二年一贯制学校义务教育阶段规模', value: 2500, unit: '人', ...max(), source: gov(4, '九年一贯制、十二年一贯制学校义务教育阶段规模') },
  { key: 'g5-class-size-primary', standard: '优质均衡', name: '小学班额', value: 45, unit: '人', ...max(), source: gov(5, '小学所有班级班额') },
  { key: 'g5-class-size-junior', standard: '优质均衡', name: '初中班额', value: 50, unit: '人', ...max(), source: gov(5, '初中所有班级班额') },
  { key: 'g6-funded-pupils', standard: '优质均衡', name: '不足 100 名学生的村小学和教学点核定公用经费的学生数', value: 100, unit: '人', ...min(), source: gov(6, '不足 100 名学生的村小学和教学点按 100 名学生核定公用经费') },
  { key: 'g7-special-school-funding', standard: '优质均衡', name: '特殊教育学校生均公用经费', value: 6000, unit: '元', ...min(), source: gov(7, '特殊教育学校生均公用经费') },
  { key: 'g8-salary-ratio', standard: '优质均衡', name: '教师平均工资收入与当地公务员平均工资收入之比', value: 100, unit: '%', ...min(), source: gov(8, '教师平均工资收入水平不低于当地公务员平均工资收入水平') },
  { key: 'g9-training', standard: '优质均衡', name: '教师 5 年 360 学时培训完成率', value: 100, unit: '%', ...min(), source: gov(9, '教师 5 年 360 学时培训完成率') },
  { key: 'g11-exchange', standard: '优质均衡', name: '每年交流轮岗教师占符合交流条件教师的比例', value: 10, unit: '%', ...min(), source: gov(11, '交流轮岗教师比例') },
  { key: 'g11-backbone', standard: '优质均衡', name: '骨干教师占交流轮岗教师的比例', value: 20, unit: '%', ...min(), source: gov(11, '交流轮岗教师中骨干教师比例') },
  { key: 'g12-certified', standard: '优质均衡', name: '专任教师持教师资格证上岗率', value: 100, unit: '%', ...min(), source: gov(12, '专任教师持证上岗率') },
  { key: 'g13-urban', standard: '优质均衡', name: '城区公办小学、初中（不含寄宿制学校）就近划片入学比例', value: 100, unit: '%', ...min(), source: gov(13, '城区就近划片入学比例') },
  { key: 'g13-town', standard: '优质均衡', name: '镇区公办小学、初中（不含寄宿制学校）就近划片入学比例', value: 95, unit: '%', ...min(), source: gov(13, '镇区就近划片入学比例') },
  { key: 'g14-quota', standard: '优质均衡', name: '优质高中招生名额分配比例', value: 50, unit: '%', ...min(), source: gov(14, '优质高中招生名额分配比例') },
  { key: 'g15-migrant', standard: '优质均衡', name: '符合条件的随迁子女在公办学校和政府购买服务的民办学校就读比例', value: 85, unit: '%', ...min(), source: gov(15, '随迁子女在公办学校和政府购买服务的民办学校就读比例') },
  // 教育质量
  { key: 'e1-retention', standard: '优质均衡', name: '初中三年巩固率', value: 95, unit: '%', ...min(), source: quality(1, '初中三年巩固率') },
  { key: 'e2-disabled-enrollment', standard: '优质均衡', name: '残疾儿童少年入学率', value: 95, unit: '%', ...min(), source: quality(2, '残疾儿童少年入学率') },
  { key: 'e4-training-funds', standard: '优质均衡', name: '教师培训经费占年度公用经费预算总额的比例', value: 5, unit: '%', ...min(), source: quality(4, '每所学校按不低于年度公用经费预算总额 5% 安排教师培训经费') },
  { key: 'e9-level', standard: '优质均衡', name: '国家义务教育质量监测相关科目学生学业水平等级', value: 3, unit: '级', ...min(), source: quality(9, '相关科目学生学业水平达到 Ⅲ 级以上') },
  { key: 'e9-gap', standard: '优质均衡', name: '国家义务教育质量监测相关科目校际差异率', value: 0.15, unit: '', ...max('below'), source: quality(9, '校际差异率低于 0.15') },
  // 社会认可度
  { key: 'recognition', standard: '优质均衡', name: '社会认可度', value: 85, unit: '%', ...min(), source: { ...DOC_2017, item: '社会认可度：学生、家长、教师、校长、人大代表、政协委员及其他群众的调查', unverified: POOLING_UNVERIFIED } },
] as const satisfies readonly ThresholdDefinition[];

export type ThresholdKey = (typeof THRESHOLD_DEFINITIONS)[number]['key'];
export const THRESHOLD_KEYS = THRESHOLD_DEFINITIONS.map((d) => d.key) as ThresholdKey[];

const DEFINITIONS = new Map<string, ThresholdDefinition>(THRESHOLD_DEFINITIONS.map((d) => [d.key, d]));

export function thresholdDefinition(key: string): ThresholdDefinition | undefined {
  return DEFINITIONS.get(key);
}

/** A province's raised value, as content/campaign.yaml cites it. */
export interface ThresholdOverride {
  readonly value: number;
  /** 发文字号 of the province's 实施细则. */
  readonly source: string;
  readonly title?: string;
  readonly item?: string;
}

export interface AppliedThreshold extends ThresholdDefinition {
  readonly key: ThresholdKey;
  /** The line in force: the province's when stricter, else the national one. */
  readonly value: number;
  readonly national: number;
  /** The province's raise, when it is in force. */
  readonly province?: ThresholdOverride;
}

export type Thresholds = Readonly<Record<ThresholdKey, AppliedThreshold>>;

/** Whether `value` is a stricter line than `than` for this threshold (equal is not stricter). */
export function isStricter(definition: Pick<ThresholdDefinition, 'stricter'>, value: number, than: number): boolean {
  return definition.stricter === 'higher' ? value > than : value < than;
}

/**
 * The thresholds in force: the national values, with each province override
 * that is at least as strict. A weaker override is not applied (the rule
 * threshold-laxer tells the editor).
 */
export function applyThresholds(overrides: Readonly<Partial<Record<string, ThresholdOverride>>> = {}): Thresholds {
  return Object.fromEntries(
    THRESHOLD_DEFINITIONS.map((d) => {
      const o = overrides[d.key];
      const raised = o !== undefined && (o.value === d.value || isStricter(d, o.value, d.value));
      return [d.key, { ...d, national: d.value, value: raised ? o.value : d.value, ...(raised ? { province: o } : {}) }];
    }),
  ) as unknown as Thresholds;
}

/** The national thresholds, unchanged. */
export const NATIONAL: Thresholds = applyThresholds();

/** Whether a figure meets the line (within binary rounding, see thresholds.ts); a parameter is never judged. */
export function meets(threshold: Pick<ThresholdDefinition, 'compare' | 'value'>, value: number): boolean {
  switch (threshold.compare) {
    case 'atLeast':
      return atLeast(value, threshold.value);
    case 'atMost':
      return atMost(value, threshold.value);
    case 'below':
      // Strictly below: a value on the line (up to binary rounding) does not pass.
      return !atLeast(value, threshold.value);
    case 'parameter':
      throw new Error(`threshold ${JSON.stringify(threshold)} is a parameter, not a pass line`);
  }
}

/** 学业水平 levels of the national quality monitoring, Ⅰ (lowest) to Ⅳ. */
export const LEVELS = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'] as const;
export type Level = (typeof LEVELS)[number];

/** 3 → Ⅲ. */
export function levelName(value: number): string {
  return LEVELS[value - 1] ?? String(value);
}

const SIGN: Readonly<Record<Comparison, string>> = { atLeast: '≥', atMost: '≤', below: '<', parameter: '' };

/** A number as the documents write it: no trailing zeros, no exponent. */
export function plainNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** "≥ 4.2 人", "≤ 0.50", "< 0.15", "85%": the line in words a table shows. */
export function lineText(t: Pick<ThresholdDefinition, 'compare' | 'unit' | 'value'>): string {
  const number = t.unit === '' && t.value < 1 ? t.value.toFixed(2) : t.unit === '级' ? levelName(t.value) : plainNumber(t.value);
  const withUnit = t.unit === '' ? number : t.unit === '%' ? `${number}%` : `${number} ${t.unit}`;
  return t.compare === 'parameter' ? withUnit : `${SIGN[t.compare]} ${withUnit}`;
}

/** A national source as one phrase: 教督〔2017〕6号《…》资源配置第 1 项：…（未核实之处）. */
export function citation(source: ThresholdSource): string {
  return `${source.number}${source.title}${source.item}${source.unverified ? `（${source.unverified}）` : ''}`;
}

/** Where the line in force comes from, as one sentence for a page or the CLI. */
export function sourceText(t: AppliedThreshold): string {
  if (!t.province) return citation(t.source);
  const national = citation(t.source);
  const province = `${t.province.source}${t.province.title ?? ''}${t.province.item ? ` ${t.province.item}` : ''}`;
  return `省定标准：${province}；国家标准 ${lineText({ ...t, value: t.national })}：${national}`;
}

/** The thresholds a standard uses, in the order of THRESHOLD_DEFINITIONS. */
export function thresholdsOf(thresholds: Thresholds, standard: Standard): AppliedThreshold[] {
  return THRESHOLD_KEYS.map((k) => thresholds[k]).filter((t) => t.standard === standard);
}

// ---------------------------------------------------------------------------
// 一票否决: the vetoes of 2017, as the reference lists them.

export interface VetoDefinition {
  readonly key: 'examAdmission' | 'schoolChoice' | 'keySchools';
  readonly name: string;
  readonly source: ThresholdSource;
}

const VETO_UNVERIFIED = '据二手资料转述，未与正式文本核对；各省实施细则可能另有增加，如弄虚作假、重大安全责任事故';

/** The vetoes recorded as statements; a recognition below its line is the fourth, computed from the survey. */
export const VETOES: readonly VetoDefinition[] = [
  { key: 'examAdmission', name: '以考试方式招生', source: { ...DOC_2017, item: '一票否决情形：以考试方式招生', unverified: VETO_UNVERIFIED } },
  { key: 'schoolChoice', name: '违规择校', source: { ...DOC_2017, item: '一票否决情形：违规择校', unverified: VETO_UNVERIFIED } },
  { key: 'keySchools', name: '设置重点校或重点班', source: { ...DOC_2017, item: '一票否决情形：重点校、重点班', unverified: VETO_UNVERIFIED } },
];

export const RECOGNITION_VETO_SOURCE: ThresholdSource = { ...DOC_2017, item: '一票否决情形：社会认可度达不到要求', unverified: VETO_UNVERIFIED };

/** Where a threshold's source sentence needs no line of its own: the document, for a page's footnote. */
export const STANDARD_DOCUMENTS: Readonly<Record<Standard, { readonly number: string; readonly title: string }>> = { 基本均衡: DOC_2012, 优质均衡: DOC_2017 };

/** What the reference says of all 2017 wording: pages show it once. */
export const SUMMARY_NOTE_2017 =
  '以上各项按评估办法的内容归纳整理，不是正式文本的原文；条款位置按办法中各部分的列项顺序标注。引用到正式文件前，请与教育部发布的原文逐条核对。';
