// School statistics (schemas/school.ts): parts that match the school's type,
// shared resources of 一贯制 schools, sub-counts within their totals.
import { defineRule } from './define.ts';

const SCHOOLS = 'content/schools/2026.yaml';

export const schoolParts = defineRule({
  code: 'school-parts',
  severity: 'error',
  group: 'schools',
  meaning: '学段与学校类型不符：小学只填 primary，初中只填 junior，九年一贯制两部分都要填。',
  message: (p: { type: string; expected: string; extra: string } | { type: string; expected: string; missing: string; both: boolean }) =>
    'extra' in p
      ? `${p.type}只有 ${p.expected}部分，不能有 ${p.extra}：请删除这一部分，或改正学校类型`
      : p.both
        ? `${p.type}学校须同时填写 ${p.expected}两部分，缺少 ${p.missing}`
        : `${p.type}须填写 ${p.expected}部分的统计数`,
  examples: {
    bad: [{ name: '类型写成初中，数据却是小学部分', file: SCHOOLS, lang: 'yaml', at: { set: 'schools.0' }, code: 'type: 初中', lines: [4, 5] }],
    good: [{ name: '类型与学段一致', file: SCHOOLS, lang: 'yaml', at: { set: 'schools.0' }, code: 'type: 小学' }],
  },
});

export const schoolShared = defineRule({
  code: 'school-shared',
  severity: 'error',
  group: 'schools',
  meaning: 'shared（两个学段共用的资源）只用于一贯制学校，且同一项不能既填在 shared 又填在学段中；splitRule 为 as-reported 时不能有 shared。',
  message: (p: { problem: 'not-combined'; type: string } | { problem: 'twice'; label: string } | { problem: 'as-reported' }) =>
    p.problem === 'not-combined'
      ? `只有同时有小学和初中的一贯制学校才能填写 shared；${p.type}请把这些数填在 parts 中`
      : p.problem === 'twice'
        ? `${p.label}已在 shared 中填写全校合计，这里不要再填：请删除其中一处`
        : 'splitRule 为 as-reported（各学段已分别填报）时不能有 shared：请把共用资源分别填入各学段，或改用 by-pupils / weighted',
  examples: {
    bad: [{ name: '小学填了 shared', file: SCHOOLS, lang: 'yaml', at: { set: 'schools.0' }, code: 'shared:\n  books: 50000 册', lines: [2] }],
    good: [{ name: '小学的数都填在 parts 中', file: SCHOOLS, lang: 'yaml', at: { set: 'schools.0.parts.primary' }, code: 'books: 50000 册' }],
  },
});

export const splitRule = defineRule({
  code: 'split-rule',
  severity: 'error',
  group: 'schools',
  meaning: 'juniorWeight（初中学生权重）只在 method 为 weighted 时使用。',
  message: () => '只有 method 为 weighted 时才用 juniorWeight：请删除这一行，或把 method 改为 weighted',
  examples: {
    bad: [{ name: '按学生数分摊却写了权重', file: SCHOOLS, lang: 'yaml', at: { set: '' }, code: 'splitRule:\n  method: by-pupils\n  juniorWeight: 1.1', lines: [3] }],
    good: [{ name: '按加权学生数分摊', file: SCHOOLS, lang: 'yaml', at: { set: '' }, code: 'splitRule:\n  method: weighted\n  juniorWeight: 1.1' }],
  },
});

export const pupilsZero = defineRule({
  code: 'pupils-zero',
  severity: 'error',
  group: 'schools',
  meaning: '在校学生数为 0 的学段不参与计算：请删除这一学段。',
  message: () => '在校学生数为 0：没有学生的学段不参与计算，请删除这一学段',
  examples: {
    bad: [{ name: '学生数为 0', file: SCHOOLS, lang: 'yaml', at: { set: 'schools.0.parts.primary' }, code: 'pupils: 0 人' }],
    good: [{ name: '实际学生数', file: SCHOOLS, lang: 'yaml', at: { set: 'schools.0.parts.primary' }, code: 'pupils: 860 人' }],
  },
});

export const teachersSubset = defineRule({
  code: 'teachers-subset',
  severity: 'error',
  group: 'schools',
  meaning: '高学历、中级职称、骨干、体育艺术教师都是专任教师的一部分，人数不能多于专任教师数。',
  message: (p: { label: string; value: number; teachers: number }) => `${p.label}（${p.value} 人）多于专任教师数（${p.teachers} 人）：请核对`,
  examples: {
    bad: [{ name: '高学历教师多于专任教师', file: SCHOOLS, lang: 'yaml', at: { set: 'schools.0.parts.primary' }, code: 'qualifiedTeachers: 9999 人' }],
    good: [{ name: '不多于专任教师', file: SCHOOLS, lang: 'yaml', at: { set: 'schools.0.parts.primary' }, code: 'qualifiedTeachers: 1 人' }],
  },
});

export const datasetYearDuplicate = defineRule({
  code: 'dataset-year-duplicate',
  severity: 'error',
  group: 'schools',
  meaning: '同一统计年度只能有一份学校统计数据（YAML 或 CSV 二选一）。',
  message: (p: { year: number; other: string }) => `统计年度 ${p.year} 已有数据（${p.other}）：同一年度只能有一份学校统计数据，请删除或合并其中一份`,
  examples: {
    bad: [
      {
        name: '同一年度两份数据',
        file: 'content/schools/2026b.yaml',
        lang: 'text',
        code: 'content/schools/2026.yaml    year: 2026\ncontent/schools/2026b.yaml   year: 2026',
        write: { 'content/schools/2026b.yaml': 'year: 2026\nsplitRule:\n  method: as-reported\nschools:\n  - id: copy-school\n    name: 甲镇复制小学\n    township: jia-town\n    type: 小学\n    ownership: 公办\n    parts:\n      primary:\n        pupils: 100 人\n        teachers: 8 人\n        qualifiedTeachers: 8 人\n        seniorTeachers: 3 人\n        backboneTeachers: 1 人\n        artsPeTeachers: 1 人\n        teachingArea: 600 ㎡\n        sportsArea: 900 ㎡\n        equipmentValue: 25 万元\n        computers: 12 台\n        books: 3000 册\n        multimediaClassrooms: 4 间\n' },
      },
    ],
    good: [{ name: '一年一份', file: 'content/schools/2026.yaml', lang: 'text', code: 'content/schools/2026.yaml   year: 2026', at: { shown: true } }],
  },
});
