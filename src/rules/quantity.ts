// Quantities with units in school statistics ("1200 人", "35.5 万元"); parsed by
// src/lib/quantity.ts, checked in schemas/school.ts.
import type { QuantityProblem } from '../lib/quantity.ts';
import { defineRule, type RuleExample } from './define.ts';

const SCHOOLS = 'content/schools/2026.yaml';
/** A figure of the first school's primary part, set to `value`. */
const figure = (name: string, key: string, value: string): RuleExample => ({
  name,
  file: SCHOOLS,
  lang: 'yaml',
  at: { set: 'schools.0.parts.primary' },
  code: `${key}: ${value}`,
});

type Problem<K extends QuantityProblem['kind']> = Extract<QuantityProblem, { kind: K }>;

export const quantityEmpty = defineRule({
  code: 'quantity-empty',
  severity: 'error',
  group: 'schools',
  meaning: '数量没有填写：请填写“数值 单位”；确实没有的填 0 加单位。',
  message: (p: Problem<'empty'>) => `${p.what}未填写：请填写数量和单位，如“${p.example}”；确实没有请填“0 ${p.base}”`,
  examples: { bad: [figure('空着没填', 'computers', '""')], good: [figure('没有就填 0', 'computers', '0 台')] },
});

export const quantityFormat = defineRule({
  code: 'quantity-format',
  severity: 'error',
  group: 'schools',
  meaning: '数量写法不对：应写作“数值 单位”，数值用半角数字。',
  message: (p: Problem<'format'>) =>
    p.text === undefined ? `${p.what}应填写数量和单位，如“${p.example}”` : p.fullWidth ? `“${p.text}”含全角数字或符号：请改用半角，如“${p.example}”` : `“${p.text}”不是数量：请写作“数值 单位”，如“${p.example}”`,
  examples: { bad: [figure('用汉字写数', 'books', '三万六千册')], good: [figure('数值 单位', 'books', '36000 册')] },
});

export const quantityUnitMissing = defineRule({
  code: 'quantity-unit-missing',
  severity: 'error',
  group: 'schools',
  meaning: '数量缺少单位：在数值后加空格和单位，如 1200 人、5400 ㎡、260 万元。',
  message: (p: Problem<'unit-missing'> & { columnHint?: string }) =>
    `${p.what}缺少单位：请写作“${p.text} ${p.base}”（数值后加空格和单位）${p.columnHint ? `；也可在表头注明整列的单位，如“${p.columnHint}”` : ''}`,
  examples: { bad: [figure('只写了数', 'pupils', '1200')], good: [figure('数值后加单位', 'pupils', '1200 人')] },
});

export const quantityUnitUnknown = defineRule({
  code: 'quantity-unit-unknown',
  severity: 'error',
  group: 'schools',
  meaning: '不认识的单位：人数用 人，面积用 ㎡ 或 平方米，金额用 元 或 万元，另有 台、册、间。',
  message: (p: Problem<'unit-unknown'>) => `不认识的单位“${p.unit}”：${p.what}的单位用${p.units}`,
  examples: { bad: [figure('面积写成了亩', 'teachingArea', '5400 亩')], good: [figure('用平方米', 'teachingArea', '5400 ㎡')] },
});

export const quantityUnitDimension = defineRule({
  code: 'quantity-unit-dimension',
  severity: 'error',
  group: 'schools',
  meaning: '单位与字段不符，多半是填错了列：如图书册数写成了“台”。',
  message: (p: Problem<'unit-dimension'>) => `单位“${p.unit}”是${p.unitOf}的单位，而这里是${p.what}：请用${p.units}`,
  examples: { bad: [figure('图书写成了台', 'books', '36000 台')], good: [figure('图书用册', 'books', '36000 册')] },
});

export const quantityNegative = defineRule({
  code: 'quantity-negative',
  severity: 'error',
  group: 'schools',
  meaning: '数量不能为负数。',
  message: (p: Problem<'negative'>) => `${p.what}不能为负数（“${p.text}”）：请填写 0 或正数`,
  examples: { bad: [figure('负数', 'multimediaClassrooms', '-3 间')], good: [figure('正数', 'multimediaClassrooms', '3 间')] },
});

export const quantityInteger = defineRule({
  code: 'quantity-integer',
  severity: 'error',
  group: 'schools',
  meaning: '人数、台数、册数、间数须为整数：多半是填错了列或小数点。',
  message: (p: Problem<'integer'>) => `${p.what}应为整数（“${p.text}”）：请检查是否填错了列或小数点`,
  examples: { bad: [figure('人数有小数', 'teachers', '92.5 人')], good: [figure('整数', 'teachers', '92 人')] },
});

export const quantityPrecision = defineRule({
  code: 'quantity-precision',
  severity: 'error',
  group: 'schools',
  meaning:
    '数值的位数多得不像填写的（多半是电子表格计算留下的尾数，如 412.49999999999994），或金额比 1 分还细：网站不替您四舍五入，以免发布的数与您写的不同；请按消息写出要发布的数。',
  message: (p: Problem<'precision'>) =>
    p.reason === 'artefact'
      ? `${p.what}“${p.text}”的小数位多得不像是填写的，多半是电子表格计算留下的尾数：请写作“${p.suggestion ?? '核对后的数值'}”（在表格中可用 ROUND 函数保留需要的小数位）`
      : p.reason === 'fen'
        ? `${p.what}“${p.text}”折合 ${p.yuan} 元，比 1 分还细：金额最多写到分，请写作“${p.suggestion}”`
        : `${p.what}“${p.text}”太大，无法精确保存：请核对数值和单位`,
  examples: {
    bad: [figure('表格计算留下的尾数', 'equipmentValue', '420.00000000000006 万元'), figure('比 1 分还细', 'equipmentValue', '420.1234567 万元')],
    good: [figure('写出要发布的数', 'equipmentValue', '420 万元'), figure('写到分', 'equipmentValue', '420.1235 万元')],
  },
});

/** The rule of each problem a quantity can have. */
export const QUANTITY_RULES = {
  empty: quantityEmpty,
  format: quantityFormat,
  'unit-missing': quantityUnitMissing,
  'unit-unknown': quantityUnitUnknown,
  'unit-dimension': quantityUnitDimension,
  negative: quantityNegative,
  integer: quantityInteger,
  precision: quantityPrecision,
} as const;
