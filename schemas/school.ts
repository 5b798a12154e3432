// A school-statistics dataset: one file per statistics year, each school with
// its 小学 and/or 初中 part. Quantities are strings with their unit
// ("12000 册", "35.5 万元"); the schema checks them and turns them into numbers
// in base units (人, ㎡, 元, 台, 册, 间), so computations never see a unit.
import { z } from 'zod';
import { parseQuantity, type Dimension } from '../src/lib/quantity.ts';
import type { Rule } from '../src/rules/define.ts';
import { required } from '../src/rules/fields.ts';
import type { RuleCode } from '../src/rules/index.ts';
import { QUANTITY_RULES } from '../src/rules/quantity.ts';
import { pupilsZero, schoolParts, schoolShared, splitRule, teachersSubset } from '../src/rules/schools.ts';
import { classCounts, fundsSubset } from '../src/rules/school-items.ts';
import { name, townshipRef, uniqueId } from './common.ts';

export const stages = ['primary', 'junior'] as const;
export type Stage = (typeof stages)[number];
export const stageLabels: Readonly<Record<Stage, string>> = { primary: '小学', junior: '初中' };

export const schoolTypes = ['小学', '初中', '九年一贯制', '十二年一贯制', '完全中学', '教学点'] as const;
export type SchoolType = (typeof schoolTypes)[number];

/**
 * The compulsory-education parts each type of school has. A 完全中学's 高中 and
 * a 十二年一贯制 school's 高中 are outside compulsory education and not recorded.
 */
export const stagesOfType: Readonly<Record<SchoolType, readonly Stage[]>> = {
  小学: ['primary'],
  初中: ['junior'],
  九年一贯制: ['primary', 'junior'],
  十二年一贯制: ['primary', 'junior'],
  完全中学: ['junior'],
  教学点: ['primary'],
};

export const ownerships = ['公办', '民办'] as const;

export interface PartField {
  /** Chinese name, used in messages and as the CSV column name. */
  readonly label: string;
  readonly dimension: Dimension;
  /**
   * Buildings, grounds and equipment of a 一贯制 school are often counted for
   * the whole school; teachers and pupils are reported per 学段 in the
   * statistics returns (基础基312/313), so they are never shared.
   */
  readonly shareable: boolean;
  readonly description: string;
}

export const partFields = {
  pupils: { label: '在校学生数', dimension: 'people', shareable: false, description: '在校学生数（学年初学籍统计），如 "1200 人"；为 0 的学段请删除' },
  teachers: { label: '专任教师数', dimension: 'people', shareable: false, description: '专任教师数（师生比的分子），如 "68 人"' },
  qualifiedTeachers: { label: '高于规定学历教师数', dimension: 'people', shareable: false, description: '高于规定学历的专任教师数（小学通常指专科及以上，初中指本科及以上），如 "60 人"' },
  seniorTeachers: { label: '中级及以上专业技术职务教师数', dimension: 'people', shareable: false, description: '具有中级及以上专业技术职务的专任教师数，如 "30 人"' },
  backboneTeachers: { label: '县级以上骨干教师数', dimension: 'people', shareable: false, description: '县级及以上骨干教师数（2017 年标准用），如 "15 人"' },
  artsPeTeachers: { label: '体育艺术专任教师数', dimension: 'people', shareable: false, description: '体育、艺术（美术、音乐）专任教师数（2017 年标准用），如 "12 人"' },
  teachingArea: { label: '教学及辅助用房面积', dimension: 'area', shareable: true, description: '教学及辅助用房面积，如 "5400 ㎡"' },
  sportsArea: { label: '体育运动场馆面积', dimension: 'area', shareable: true, description: '体育运动场馆面积，如 "9000 ㎡"' },
  equipmentValue: { label: '教学仪器设备值', dimension: 'money', shareable: true, description: '教学仪器设备资产值，如 "2600000 元" 或 "260 万元"' },
  computers: { label: '计算机台数', dimension: 'computers', shareable: true, description: '教学用计算机台数，如 "150 台"' },
  books: { label: '图书册数', dimension: 'books', shareable: true, description: '图书册数，如 "36000 册"' },
  multimediaClassrooms: { label: '网络多媒体教室数', dimension: 'rooms', shareable: true, description: '网络多媒体教室数，如 "30 间"' },
} as const satisfies Record<string, PartField>;

/**
 * Figures for the 2017 standard's per-school items (G3–G6 of 政府保障程度,
 * E4 of 教育质量). All optional, so a 2012 dataset stays valid; a school
 * without them shows as 待填报 on those items, never as passing.
 */
export const itemFields = {
  classes: { label: '班级数', dimension: 'classes', shareable: false, description: '本学段的班级数，如 "27 个"（优质均衡：按每 12 个班配备音乐、美术专用教室）' },
  largestClass: { label: '最大班额', dimension: 'people', shareable: false, description: '本学段人数最多的班级的人数，如 "44 人"（优质均衡：小学不超过 45 人，初中不超过 50 人）' },
  oversizedClasses: { label: '超标准班额班级数', dimension: 'classes', shareable: false, description: '本学段超过班额标准（小学 45 人、初中 50 人，或省定标准）的班级数，如 "0 个"；不知道最大班额时填写' },
  fundedPupils: { label: '核定公用经费学生数', dimension: 'people', shareable: false, description: '核定公用经费所按的学生数，如 "100 人"（优质均衡：不足 100 名学生的村小学和教学点按 100 名核定）' },
  musicRooms: { label: '音乐专用教室数', dimension: 'rooms', shareable: true, description: '音乐专用教室间数，如 "3 间"' },
  musicRoomMinArea: { label: '最小音乐专用教室面积', dimension: 'area', shareable: true, description: '面积最小的一间音乐专用教室的面积，如 "96 ㎡"（优质均衡：每间不小于 96 ㎡）' },
  artRooms: { label: '美术专用教室数', dimension: 'rooms', shareable: true, description: '美术专用教室间数，如 "3 间"' },
  artRoomMinArea: { label: '最小美术专用教室面积', dimension: 'area', shareable: true, description: '面积最小的一间美术专用教室的面积，如 "90 ㎡"（优质均衡：每间不小于 90 ㎡）' },
  publicFunds: { label: '年度公用经费预算总额', dimension: 'money', shareable: true, description: '本年度公用经费预算总额，如 "120 万元"' },
  trainingFunds: { label: '教师培训经费', dimension: 'money', shareable: true, description: '本年度安排的教师培训经费，如 "6.5 万元"（优质均衡：不低于公用经费预算总额的 5%）' },
} as const satisfies Record<string, PartField>;

export type ItemFieldKey = keyof typeof itemFields;
export const itemFieldKeys = Object.keys(itemFields) as ItemFieldKey[];
export type ShareableItemKey = { [K in ItemFieldKey]: (typeof itemFields)[K]['shareable'] extends true ? K : never }[ItemFieldKey];
export const shareableItemKeys = itemFieldKeys.filter((k): k is ShareableItemKey => itemFields[k].shareable);

/** Every figure a school part may carry: the indicators' and the per-school items'. */
export const allFields: Readonly<Record<PartFieldKey | ItemFieldKey, PartField>> = { ...partFields, ...itemFields };

export type PartFieldKey = keyof typeof partFields;
export const partFieldKeys = Object.keys(partFields) as PartFieldKey[];
export type ShareableKey = { [K in PartFieldKey]: (typeof partFields)[K]['shareable'] extends true ? K : never }[PartFieldKey];
export const shareableKeys = partFieldKeys.filter((k): k is ShareableKey => partFields[k].shareable);

/** A quantity string with its unit, checked and converted to a number in the base unit. */
export function quantity(dimension: Dimension, label: string, key?: string) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      const parsed = parseQuantity(value, dimension, label);
      if (parsed.ok) return;
      if (value === undefined) {
        required.issue(ctx, { fields: `“${label}”${key ? `（${key}）` : ''}` });
        return;
      }
      const problem = parsed.problem;
      (QUANTITY_RULES[problem.kind] as Rule<RuleCode, typeof problem>).issue(ctx, problem);
    })
    .transform((value) => {
      const parsed = parseQuantity(value, dimension, label);
      return parsed.ok ? parsed.value : Number.NaN;
    })
    // Makes the output a required number (z.unknown alone would type it optional).
    .pipe(z.number())
    // For the JSON Schema (io: 'input'): what an editor writes is a string.
    .meta({ type: 'string' });
}

function fieldSchema(key: PartFieldKey) {
  const field: PartField = partFields[key];
  const schema = quantity(field.dimension, field.label, key);
  return (field.shareable ? schema.optional() : schema).describe(field.description);
}

type Quantity = ReturnType<typeof quantity>;
const partShape = Object.fromEntries(partFieldKeys.map((k) => [k, fieldSchema(k)])) as {
  [K in PartFieldKey]: K extends ShareableKey ? z.ZodOptional<Quantity> : Quantity;
};

function itemSchema(key: ItemFieldKey) {
  const field: PartField = itemFields[key];
  return quantity(field.dimension, field.label, key).optional().describe(`${field.description}（可选）`);
}
const itemShape = Object.fromEntries(itemFieldKeys.map((k) => [k, itemSchema(k)])) as { [K in ItemFieldKey]: z.ZodOptional<Quantity> };

export const SchoolPartSchema = z.strictObject({ ...partShape, ...itemShape }).superRefine((part, ctx) => {
  if (part.pupils === 0) pupilsZero.issueAt(ctx, ['pupils']);
  const { pupils, classes, largestClass, oversizedClasses } = part;
  // A 学段 without pupils is reported as such (pupils-zero); its class counts cannot be judged against it.
  if (pupils !== 0) {
    if (classes === 0) classCounts.issueAt(ctx, ['classes'], { problem: 'zero' });
    else if (classes !== undefined && typeof pupils === 'number' && classes > pupils) classCounts.issueAt(ctx, ['classes'], { problem: 'classes-over-pupils', classes, pupils });
    if (largestClass !== undefined && typeof pupils === 'number' && largestClass > pupils) classCounts.issueAt(ctx, ['largestClass'], { problem: 'largest-over-pupils', largest: largestClass, pupils });
  }
  if (oversizedClasses !== undefined && classes !== undefined && oversizedClasses > classes) classCounts.issueAt(ctx, ['oversizedClasses'], { problem: 'oversized-over-classes', oversized: oversizedClasses, classes });
  if (part.trainingFunds !== undefined && part.publicFunds !== undefined && part.trainingFunds > part.publicFunds) fundsSubset.issueAt(ctx, ['trainingFunds']);
  const teachers = part.teachers;
  for (const key of ['qualifiedTeachers', 'seniorTeachers', 'backboneTeachers', 'artsPeTeachers'] as const) {
    const value = part[key];
    if (typeof value === 'number' && typeof teachers === 'number' && value > teachers) {
      teachersSubset.issueAt(ctx, [key], { label: partFields[key].label, value, teachers });
    }
  }
});

const sharedShape = Object.fromEntries([...shareableKeys.map((k) => [k, fieldSchema(k)]), ...shareableItemKeys.map((k) => [k, itemSchema(k)])]) as {
  [K in ShareableKey | ShareableItemKey]: z.ZodOptional<Quantity>;
};

const SharedSchema = z.strictObject(sharedShape).superRefine((shared, ctx) => {
  if (shared.trainingFunds !== undefined && shared.publicFunds !== undefined && shared.trainingFunds > shared.publicFunds) fundsSubset.issueAt(ctx, ['trainingFunds']);
});

export const splitMethods = ['by-pupils', 'weighted', 'as-reported'] as const;
export type SplitMethod = (typeof splitMethods)[number];

/** The circulated practice (UNVERIFIED): a 初中 pupil weighs 1.1 小学 pupils. */
export const DEFAULT_JUNIOR_WEIGHT = 1.1;

export const SplitRuleSchema = z
  .strictObject({
    method: z
      .enum(splitMethods)
      .describe('一贯制学校共用资源的分摊方式：by-pupils 按学生数；weighted 按加权学生数；as-reported 各学段已分别填报、不得填写 shared'),
    juniorWeight: z
      .number()
      .positive()
      .optional()
      .describe('weighted 时初中每名学生的权重（小学为 1），默认 1.1（流传做法，未核实）'),
  })
  .superRefine((rule, ctx) => {
    if (rule.juniorWeight !== undefined && rule.method !== 'weighted') splitRule.issueAt(ctx, ['juniorWeight']);
  });

export type SplitRule = z.output<typeof SplitRuleSchema>;

export const SchoolSchema = z
  .strictObject({
    id: uniqueId('学校编号').describe('学校编号：小写英文字母、数字和连字符，如 jia-central-primary'),
    name: name.describe('学校名称，如 某某镇中心小学'),
    township: townshipRef.describe('所在乡镇（街道）的单位编号（见 content/units.yaml）'),
    type: z.enum(schoolTypes).describe('学校类型：小学、初中、九年一贯制、十二年一贯制、完全中学、教学点'),
    ownership: z.enum(ownerships).describe('办学性质：公办或民办（民办学校不参与差异系数计算）'),
    boarding: z.boolean().optional().describe('是否寄宿制学校（可选）：true 或 false；就近划片入学比例不含寄宿制学校'),
    shared: SharedSchema
      .optional()
      .describe('一贯制学校两个学段共用、无法分开统计的资源（全校合计），按 splitRule 分摊到各学段'),
    parts: z
      .strictObject({
        primary: SchoolPartSchema.optional().describe('小学部分的统计数'),
        junior: SchoolPartSchema.optional().describe('初中部分的统计数'),
      })
      .describe('各学段的统计数：primary 为小学，junior 为初中'),
  })
  .superRefine((s, ctx) => {
    const expected = stagesOfType[s.type];
    const present = stages.filter((st) => s.parts[st] !== undefined);
    const names = (list: readonly Stage[]) => list.map((st) => `${st}（${stageLabels[st]}）`).join(' 和 ');
    for (const st of present) {
      if (!expected.includes(st)) {
        schoolParts.issueAt(ctx, ['parts', st], { type: s.type, expected: names(expected), extra: `${st}（${stageLabels[st]}）` });
      }
    }
    const missing = expected.filter((st) => s.parts[st] === undefined);
    if (missing.length > 0) {
      schoolParts.issueAt(ctx, ['parts'], { type: s.type, expected: names(expected), missing: names(missing), both: expected.length > 1 });
    }
    if (s.shared !== undefined && expected.length < 2) {
      schoolShared.issueAt(ctx, ['shared'], { problem: 'not-combined', type: s.type });
      return;
    }
    for (const st of present.filter((p) => expected.includes(p))) {
      const part = s.parts[st];
      if (!part) continue;
      const missingFields: string[] = [];
      for (const key of shareableItemKeys) {
        if (s.shared?.[key] !== undefined && part[key] !== undefined) schoolShared.issueAt(ctx, ['parts', st, key], { problem: 'twice', label: itemFields[key].label });
      }
      for (const key of shareableKeys) {
        const inShared = s.shared?.[key] !== undefined;
        if (inShared && part[key] !== undefined) {
          schoolShared.issueAt(ctx, ['parts', st, key], { problem: 'twice', label: partFields[key].label });
        } else if (!inShared && part[key] === undefined) {
          missingFields.push(`“${partFields[key].label}”（${key}）`);
        }
      }
      if (missingFields.length > 0) {
        const orShared = expected.length > 1 ? '，或在 shared 中填写全校合计' : '';
        required.issueAt(ctx, ['parts', st], { fields: missingFields.join('、'), note: orShared });
      }
    }
  });

export const SchoolDatasetSchema = z
  .strictObject({
    year: z.int().min(2000).max(2100).describe('统计年度：学年初学籍统计的年份，如 2020'),
    splitRule: SplitRuleSchema.describe('一贯制学校共用资源（shared）如何分摊到小学和初中（口径未核实，可在计算时改用其他方式）'),
    schools: z.array(SchoolSchema).min(1).describe('全部学校，每校一项'),
  })
  .superRefine((d, ctx) => {
    d.schools.forEach((s, i) => {
      if (d.splitRule.method === 'as-reported' && s.shared !== undefined) schoolShared.issueAt(ctx, ['schools', i, 'shared'], { problem: 'as-reported' });
    });
  });

export type SchoolDataset = z.output<typeof SchoolDatasetSchema>;
export type School = SchoolDataset['schools'][number];
export type SchoolPart = z.output<typeof SchoolPartSchema>;
