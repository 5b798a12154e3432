// The school figures of the 2017 standard's per-school items (schemas/school.ts
// itemFields): counts of classes that fit the pupils, training funds within
// the public funds they are a share of.
import { defineRule } from './define.ts';

const SCHOOLS = 'content/schools/2026.yaml';

export const classCounts = defineRule({
  code: 'class-counts',
  severity: 'error',
  group: 'schools',
  meaning: '班级数、最大班额和超标准班额班级数要对得上：班级数不为 0，也不多于学生数；最大班额不多于本学段学生数；超标准班额的班级不多于班级数。',
  message: (
    p:
      | { problem: 'zero' }
      | { problem: 'classes-over-pupils'; classes: number; pupils: number }
      | { problem: 'largest-over-pupils'; largest: number; pupils: number }
      | { problem: 'oversized-over-classes'; oversized: number; classes: number },
  ) =>
    p.problem === 'zero'
      ? '班级数为 0：有学生的学段至少有 1 个班，请核对'
      : p.problem === 'classes-over-pupils'
        ? `班级数（${p.classes} 个）多于学生数（${p.pupils} 人）：请核对`
        : p.problem === 'largest-over-pupils'
          ? `最大班额（${p.largest} 人）多于本学段学生数（${p.pupils} 人）：请核对是否填成了全校人数`
          : `超标准班额班级数（${p.oversized} 个）多于班级数（${p.classes} 个）：请核对`,
  examples: {
    bad: [{ name: '最大班额填成了全校人数', file: SCHOOLS, lang: 'yaml', at: { set: 'schools.0.parts.primary' }, code: 'largestClass: 1700 人' }],
    good: [{ name: '人数最多的一个班', file: SCHOOLS, lang: 'yaml', at: { set: 'schools.0.parts.primary' }, code: 'largestClass: 45 人' }],
  },
});

export const fundsSubset = defineRule({
  code: 'funds-subset',
  severity: 'error',
  group: 'schools',
  meaning: '教师培训经费从公用经费中安排，不能多于年度公用经费预算总额。',
  message: () => '教师培训经费多于年度公用经费预算总额：请核对两个数的单位（元、万元）',
  examples: {
    bad: [{ name: '单位写错', file: SCHOOLS, lang: 'yaml', at: { set: 'schools.0.parts.primary' }, code: 'publicFunds: 160 万元\ntrainingFunds: 90000 万元', lines: [2] }],
    good: [{ name: '不多于公用经费', file: SCHOOLS, lang: 'yaml', at: { set: 'schools.0.parts.primary' }, code: 'publicFunds: 160 万元\ntrainingFunds: 9 万元' }],
  },
});
