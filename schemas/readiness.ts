// content/readiness.yaml: where a county stands on each item of the 优质均衡
// assessment (教督〔2017〕6号). Per item: the units responsible, the measured
// values (with their units, "96.5%", "6500 元") and/or the evidence (a
// document with its 发文字号, an attachment, a link). Items judged from the
// school data (Q1–Q7, G3–G6, E4) or the survey (R1) take only units, evidence
// and a note here. The vetoes are statements with evidence. What is not
// recorded is 待填报; src/lib/readiness.ts judges the rest.
import { z } from 'zod';
import { ITEMS, type ItemDefinition, type ItemKey } from '../src/lib/readiness-items.ts';
import { LEVELS, VETOES } from '../src/lib/standards.ts';
import { evidenceEmpty } from '../src/rules/readiness.ts';
import { dayDate, docNumber, link, name, text, uniqueId, unitRef } from './common.ts';
import { quantity } from './school.ts';

export const EvidenceSchema = z
  .strictObject({
    title: text.describe('佐证材料的名称，如 《示例县义务教育学校布局专项规划（2026—2035年）》'),
    number: docNumber.optional().describe('文件的发文字号，如 示政办〔2026〕15号'),
    date: dayDate.optional().describe('印发或形成日期，如 2026-06-30'),
    file: text.optional().describe('附件：content/attachments/ 中的文件，写 attachments/ 开头的路径，如 attachments/g1-layout-plan.pdf'),
    link: link.optional().describe('网上的原文链接，如 https://www.example.gov.cn/…'),
  })
  .superRefine((e, ctx) => {
    if (e.number === undefined && e.file === undefined && e.link === undefined) evidenceEmpty.issue(ctx);
  })
  .describe('一份佐证材料：名称，加上发文字号、附件或链接中的至少一项');

const evidenceList = z.array(EvidenceSchema).min(1).optional().describe('佐证材料（可选），每份一项');
const units = z.array(unitRef).min(1).describe('责任单位的编号（见 content/units.yaml），牵头单位写在最前');
const note = text.optional().describe('说明（可选），显示在网站上');

const levels = z.enum(LEVELS);

export const SubjectResultSchema = z.strictObject({
  subject: name.describe('监测学科和年级，如 四年级数学'),
  year: z.int().min(2000).max(2100).optional().describe('监测年度（可选），如 2025'),
  level: levels.describe('学生学业水平等级：Ⅰ、Ⅱ、Ⅲ、Ⅳ（达到Ⅲ级以上为达标）'),
  gapRate: z.number().min(0).describe('校际差异率，如 0.12（低于 0.15 为达标）'),
});

function entrySchema(item: ItemDefinition) {
  const shape: Record<string, z.core.$ZodType> = { units, evidence: evidenceList, note };
  if (item.measures) {
    const values = Object.fromEntries(item.measures.map((m) => [m.key, quantity(m.dimension, m.label, m.key).optional().describe(`${m.label}，如 ${m.dimension === 'percent' ? '"96.5%"' : '"6500 元"'}`)]));
    shape.values = z.strictObject(values).optional().describe('实测数值（可选；未填的一项显示为待填报）');
  }
  if (item.form === 'subjects') shape.subjects = z.array(SubjectResultSchema).min(1).optional().describe('各监测学科的结果，每个学科一项');
  const form =
    item.form === 'evidence'
      ? `凭佐证材料，由评估组认定：${item.evidence}`
      : item.form === 'values+evidence'
        ? `填写实测数值，并提供佐证：${item.evidence}`
        : item.form === 'values' || item.form === 'subjects'
          ? '填写实测数值'
          : item.form === 'survey'
            ? '按社会认可度调查（content/survey/）计算'
            : '按学校统计数据（content/schools/）计算';
  return z.strictObject(shape).optional().describe(`${item.key} ${item.name}（${form}）`);
}

const itemShape = Object.fromEntries(ITEMS.map((item) => [item.key, entrySchema(item)])) as Record<ItemKey, z.ZodOptional<z.ZodObject>>;

export const VetoStatementSchema = z.strictObject({
  present: z.boolean().describe('是否存在这一情形：false 为经核查不存在；true 为存在（一票否决）'),
  statement: text.describe('核查情况的说明，如 经逐校核查，全县义务教育学校均未以考试方式招生'),
  units: units.optional(),
  evidence: evidenceList,
});

export const ProvincialVetoSchema = VetoStatementSchema.extend({
  id: uniqueId('否决情形编号').describe('编号，如 fraud'),
  name: text.describe('情形，如 弄虚作假'),
  source: docNumber.describe('规定这一情形的省级实施细则的发文字号'),
});

const vetoShape = Object.fromEntries(VETOES.map((v) => [v.key, VetoStatementSchema.optional().describe(`${v.name}：是否存在，核查说明和佐证`)])) as Record<
  (typeof VETOES)[number]['key'],
  z.ZodOptional<typeof VetoStatementSchema>
>;

export const ReadinessSchema = z.strictObject({
  asOf: dayDate.describe('数据截至日期，如 2026-11-30'),
  items: z.strictObject(itemShape).describe('各项指标：Q1–Q7 资源配置，G1–G15 政府保障程度，E1–E9 教育质量，R1 社会认可度；未写的指标显示为待填报'),
  vetoes: z
    .strictObject({
      ...vetoShape,
      provincial: z.array(ProvincialVetoSchema).min(1).optional().describe('本省实施细则另外规定的一票否决情形（可选）'),
    })
    .optional()
    .describe('一票否决情形：每项写明是否存在、核查说明和佐证；未写的显示为待填报'),
});

export type Readiness = z.output<typeof ReadinessSchema>;
export type Evidence = z.output<typeof EvidenceSchema>;
export type VetoStatement = z.output<typeof VetoStatementSchema>;
export type ProvincialVeto = z.output<typeof ProvincialVetoSchema>;
export type SubjectResult = z.output<typeof SubjectResultSchema>;

/** One item's entry, as the schema gives it (fields an item does not have are absent). */
export interface ReadinessEntry {
  readonly units: readonly string[];
  readonly evidence?: readonly Evidence[];
  readonly note?: string;
  readonly values?: Readonly<Record<string, number | undefined>>;
  readonly subjects?: readonly SubjectResult[];
}
