// The items of the 优质均衡 assessment (教督〔2017〕6号), four areas, as the
// project's domain reference summarises them (assessment.md §3): what each
// item asks, and how it is checked: from the school data, from measured
// values the county records (content/readiness.yaml), from evidence only
// (the inspectors judge), or from the survey. The wording is a summary for
// the data model, not the official text (see SUMMARY_NOTE_2017).
import type { Dimension } from './quantity.ts';
import { STANDARD_DOCUMENTS, type ThresholdKey } from './standards.ts';

export const AREAS = [
  { id: 'resources', title: '资源配置', count: '7 项指标' },
  { id: 'government', title: '政府保障程度', count: '15 项指标' },
  { id: 'quality', title: '教育质量', count: '9 项指标' },
  { id: 'recognition', title: '社会认可度', count: '1 项' },
] as const;

export type AreaId = (typeof AREAS)[number]['id'];

/**
 * How an item is checked:
 * - resources: the 差异系数 of one resource indicator, from the school data
 * - schools: judged school by school from the school data (src/lib/school-items.ts)
 * - values: measured values the county records, each against its threshold
 * - values+evidence: values as above, plus a part only evidence can show
 * - evidence: evidence only; the inspectors judge it
 * - subjects: E9, a level and a gap rate per monitored subject
 * - survey: R1, from the survey of content/survey/
 */
export type ItemForm = 'resources' | 'schools' | 'values' | 'values+evidence' | 'evidence' | 'subjects' | 'survey';

export interface MeasureDefinition {
  /** Key under the item's `values:` in content/readiness.yaml. */
  readonly key: string;
  readonly label: string;
  readonly dimension: Extract<Dimension, 'percent' | 'money'>;
  /** The line this value is judged against; absent when the item judges values together (G8). */
  readonly threshold?: ThresholdKey;
}

export interface ItemDefinition {
  readonly key: string;
  readonly area: AreaId;
  /** What the item asks, in a few words. */
  readonly name: string;
  readonly form: ItemForm;
  readonly measures?: readonly MeasureDefinition[];
  /** For evidence forms: what the evidence must show. */
  readonly evidence?: string;
  /** Thresholds the item is judged by, for the sources a page shows. */
  readonly thresholds: readonly ThresholdKey[];
}

const pct = (key: string, label: string, threshold: ThresholdKey): MeasureDefinition => ({ key, label, dimension: 'percent', threshold });

const RESOURCE_NAMES = [
  '每百名学生拥有高于规定学历教师数',
  '每百名学生拥有县级以上骨干教师数',
  '每百名学生拥有体育、艺术（美术、音乐）专任教师数',
  '生均教学及辅助用房面积',
  '生均体育运动场馆面积',
  '生均教学仪器设备值',
  '每百名学生拥有网络多媒体教室数',
] as const;

export const ITEMS = [
  ...RESOURCE_NAMES.map((name, i) => ({
    key: `Q${i + 1}` as `Q${1 | 2 | 3 | 4 | 5 | 6 | 7}`,
    area: 'resources' as const,
    name,
    form: 'resources' as const,
    thresholds: [`q${i + 1}-primary`, `q${i + 1}-junior`, 'cv-primary', 'cv-junior'] as ThresholdKey[],
  })),
  { key: 'G1', area: 'government', name: '义务教育学校规划布局合理，符合国家规定要求', form: 'evidence', evidence: '学校规划布局合理、符合国家规定要求的文件', thresholds: [] },
  { key: 'G2', area: 'government', name: '城乡学校建设标准、教师编制标准、生均公用经费基准定额、基本装备配置标准“四统一”', form: 'evidence', evidence: '城乡“四统一”的文件', thresholds: [] },
  { key: 'G3', area: 'government', name: '每 12 个班级配备音乐、美术专用教室各 1 间以上，音乐教室不小于 96 ㎡，美术教室不小于 90 ㎡', form: 'schools', thresholds: ['g3-classes-per-room', 'g3-music-room-area', 'g3-art-room-area'] },
  { key: 'G4', area: 'government', name: '小学、初中规模不超过 2000 人，九年一贯制、十二年一贯制学校义务教育阶段不超过 2500 人', form: 'schools', thresholds: ['g4-school-size', 'g4-combined-school-size'] },
  { key: 'G5', area: 'government', name: '小学、初中所有班级班额分别不超过 45 人、50 人', form: 'schools', thresholds: ['g5-class-size-primary', 'g5-class-size-junior'] },
  { key: 'G6', area: 'government', name: '不足 100 名学生的村小学和教学点按 100 名学生核定公用经费', form: 'schools', thresholds: ['g6-funded-pupils'] },
  {
    key: 'G7',
    area: 'government',
    name: '特殊教育学校生均公用经费不低于 6000 元',
    form: 'values',
    measures: [{ key: 'funding', label: '特殊教育学校生均公用经费', dimension: 'money', threshold: 'g7-special-school-funding' }],
    thresholds: ['g7-special-school-funding'],
  },
  {
    key: 'G8',
    area: 'government',
    name: '教师平均工资收入水平不低于当地公务员平均工资收入水平，按规定足额核定教师绩效工资总量',
    form: 'values+evidence',
    measures: [
      { key: 'teacherSalary', label: '教师年平均工资收入', dimension: 'money' },
      { key: 'civilServantSalary', label: '当地公务员年平均工资收入', dimension: 'money' },
    ],
    evidence: '按规定足额核定教师绩效工资总量的文件',
    thresholds: ['g8-salary-ratio'],
  },
  { key: 'G9', area: 'government', name: '教师 5 年 360 学时培训完成率达到 100%', form: 'values', measures: [pct('completion', '教师 5 年 360 学时培训完成率', 'g9-training')], thresholds: ['g9-training'] },
  { key: 'G10', area: 'government', name: '县级教育行政部门在核定的教职工编制总额和岗位总量内统筹分配各校教职工编制和岗位数量', form: 'evidence', evidence: '统筹分配编制和岗位的文件', thresholds: [] },
  {
    key: 'G11',
    area: 'government',
    name: '每年交流轮岗教师不低于符合交流条件教师总数的 10%，其中骨干教师不低于交流轮岗教师总数的 20%',
    form: 'values',
    measures: [pct('exchange', '交流轮岗教师占符合交流条件教师的比例', 'g11-exchange'), pct('backbone', '骨干教师占交流轮岗教师的比例', 'g11-backbone')],
    thresholds: ['g11-exchange', 'g11-backbone'],
  },
  { key: 'G12', area: 'government', name: '专任教师持有教师资格证上岗率达到 100%', form: 'values', measures: [pct('certified', '专任教师持教师资格证上岗率', 'g12-certified')], thresholds: ['g12-certified'] },
  {
    key: 'G13',
    area: 'government',
    name: '城区和镇区公办小学、初中（不含寄宿制学校）就近划片入学比例分别达到 100%、95%',
    form: 'values',
    measures: [pct('urban', '城区就近划片入学比例', 'g13-urban'), pct('town', '镇区就近划片入学比例', 'g13-town')],
    thresholds: ['g13-urban', 'g13-town'],
  },
  {
    key: 'G14',
    area: 'government',
    name: '优质高中招生名额分配比例不低于 50%，并向农村初中倾斜',
    form: 'values+evidence',
    measures: [pct('quota', '优质高中招生名额分配比例', 'g14-quota')],
    evidence: '招生名额分配向农村初中倾斜的文件',
    thresholds: ['g14-quota'],
  },
  {
    key: 'G15',
    area: 'government',
    name: '留守儿童关爱体系健全，符合条件的随迁子女在公办学校和政府购买服务的民办学校就读的比例不低于 85%',
    form: 'values+evidence',
    measures: [pct('migrant', '随迁子女在公办学校和政府购买服务的民办学校就读比例', 'g15-migrant')],
    evidence: '留守儿童关爱体系健全的材料',
    thresholds: ['g15-migrant'],
  },
  { key: 'E1', area: 'quality', name: '全县初中三年巩固率达到 95% 以上', form: 'values', measures: [pct('retention', '初中三年巩固率', 'e1-retention')], thresholds: ['e1-retention'] },
  { key: 'E2', area: 'quality', name: '全县残疾儿童少年入学率达到 95% 以上', form: 'values', measures: [pct('enrollment', '残疾儿童少年入学率', 'e2-disabled-enrollment')], thresholds: ['e2-disabled-enrollment'] },
  { key: 'E3', area: 'quality', name: '所有学校制定章程，实现学校管理与教学信息化', form: 'evidence', evidence: '学校章程和管理、教学信息化的材料', thresholds: [] },
  { key: 'E4', area: 'quality', name: '所有学校按照不低于学校年度公用经费预算总额的 5% 安排教师培训经费', form: 'schools', thresholds: ['e4-training-funds'] },
  { key: 'E5', area: 'quality', name: '教师能熟练运用信息化手段组织教学，设施设备利用率达到较高水平', form: 'evidence', evidence: '信息化教学和设施设备利用的材料', thresholds: [] },
  { key: 'E6', area: 'quality', name: '所有学校德育工作、校园文化建设水平达到良好以上', form: 'evidence', evidence: '德育工作和校园文化建设的材料', thresholds: [] },
  { key: 'E7', area: 'quality', name: '课程开齐开足，教学秩序规范，综合实践活动有效开展', form: 'evidence', evidence: '课程开设、教学秩序和综合实践活动的材料', thresholds: [] },
  { key: 'E8', area: 'quality', name: '无过重课业负担', form: 'evidence', evidence: '课业负担情况的材料', thresholds: [] },
  { key: 'E9', area: 'quality', name: '国家义务教育质量监测相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于 0.15', form: 'subjects', thresholds: ['e9-level', 'e9-gap'] },
  { key: 'R1', area: 'recognition', name: '社会认可度达到 85% 以上', form: 'survey', thresholds: ['recognition'] },
] as const satisfies readonly ItemDefinition[];

export type ItemKey = (typeof ITEMS)[number]['key'];
export const ITEM_KEYS = ITEMS.map((i) => i.key) as ItemKey[];

const BY_KEY = new Map<string, ItemDefinition>(ITEMS.map((i) => [i.key, i]));

export function itemDefinition(key: string): ItemDefinition | undefined {
  return BY_KEY.get(key);
}

/** Where an item sits in the 办法: 教督〔2017〕6号《…》政府保障程度第 3 项 (by position in its area's list). */
export function itemCitation(item: Pick<ItemDefinition, 'key' | 'area'>): string {
  const doc = STANDARD_DOCUMENTS['优质均衡'];
  const area = AREAS.find((a) => a.id === item.area)!;
  const position = ITEMS.filter((i) => i.area === item.area).findIndex((i) => i.key === item.key) + 1;
  return `${doc.number}${doc.title}${area.title}${item.area === 'recognition' ? '' : `第 ${position} 项`}`;
}

/** 社会认可度: the groups surveyed (schemas/survey.ts `category`). */
export const RESPONDENT_CATEGORIES = ['学生', '家长', '教师', '校长', '人大代表', '政协委员', '其他'] as const;
export type RespondentCategory = (typeof RESPONDENT_CATEGORIES)[number];
