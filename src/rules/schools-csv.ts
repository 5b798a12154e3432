// School statistics as a CSV table exported from a spreadsheet
// (src/content-model/schools-table.ts maps it onto the dataset; docs/schools-csv.md).
import { defineRule, type RuleExample } from './define.ts';

const FILE = 'content/schools/2025.csv';
export const CSV_EXAMPLE_HEADER =
  '统计年度,学校编号,学校名称,乡镇编号,学校类型,办学性质,学段,在校学生数（人）,专任教师数（人）,高于规定学历教师数（人）,中级及以上专业技术职务教师数（人）,县级以上骨干教师数（人）,体育艺术专任教师数（人）,教学及辅助用房面积（㎡）,体育运动场馆面积（㎡）,教学仪器设备值（万元）,计算机台数（台）,图书（册）,网络多媒体教室数（间）';
const ROW = '2025,jia-primary-2025,甲镇第二小学,jia-town,小学,公办,小学,420,26,22,13,5,3,2350,3700,86.1,52,13400,10';
export const CSV_EXAMPLE_ROW = ROW;

/** A CSV file in the demo county; reported lines count from the header (line 1). */
const table = (name: string, lines: readonly string[], reported?: readonly number[]): RuleExample => ({
  name,
  file: FILE,
  lang: 'csv',
  code: lines.join('\n'),
  ...(reported ? { lines: reported } : {}),
});

export const csvSyntax = defineRule({
  code: 'csv-syntax',
  severity: 'error',
  group: 'schools-csv',
  meaning: 'CSV 格式错误（如引号不成对）：请在电子表格中重新“另存为 CSV UTF-8（逗号分隔）”。',
  message: (p: { row: number; problem: 'unclosed' | 'after-quote' }) =>
    p.problem === 'unclosed'
      ? `第 ${p.row} 行的引号没有配对：以“"”开头的单元格须以“"”结束（单元格内的引号要写成两个 ""）`
      : `第 ${p.row} 行：引号结束后、逗号之前还有内容：整个单元格都要放在引号内，单元格内的引号要写成两个 ""`,
  examples: {
    bad: [table('引号不成对', [CSV_EXAMPLE_HEADER, ROW.replace('甲镇第二小学', '"甲镇第二小学')], [2])],
    good: [table('引号成对', [CSV_EXAMPLE_HEADER, ROW.replace('甲镇第二小学', '"甲镇第二小学"')])],
  },
});

export const csvEmpty = defineRule({
  code: 'csv-empty',
  severity: 'error',
  group: 'schools-csv',
  meaning: 'CSV 文件是空的，或只有表头没有数据行：每所学校的每个学段占一行。',
  message: (p: { problem: 'empty' | 'header-only' }) =>
    p.problem === 'empty' ? 'CSV 文件是空的：第 1 行应为表头，如“统计年度,学校编号,学校名称,…”，详见 docs/schools-csv.md' : '只有表头，没有数据行：每所学校的每个学段占一行',
  examples: { bad: [table('只有表头', [CSV_EXAMPLE_HEADER])], good: [table('表头和数据行', [CSV_EXAMPLE_HEADER, ROW])] },
});

export const csvSeparator = defineRule({
  code: 'csv-separator',
  severity: 'error',
  group: 'schools-csv',
  meaning: '表格是用制表符或分号分隔的：请另存为“CSV UTF-8（逗号分隔）”。',
  message: () => '表头看起来是用制表符或分号分隔的：请在电子表格中另存为“CSV UTF-8（逗号分隔）”',
  examples: {
    bad: [table('用分号分隔', [CSV_EXAMPLE_HEADER.replaceAll(',', ';'), ROW.replaceAll(',', ';')])],
    good: [table('用逗号分隔', [CSV_EXAMPLE_HEADER, ROW])],
  },
});

export const csvHeader = defineRule({
  code: 'csv-header',
  severity: 'error',
  group: 'schools-csv',
  meaning: '表头有问题：列名为空、不认识、重复，或缺少必需的列（列名见 docs/schools-csv.md）。',
  message: (
    p:
      | { problem: 'empty' }
      | { problem: 'unit-on-text'; column: string }
      | { problem: 'unknown'; header: string; guess?: string }
      | { problem: 'twice'; header: string; first: string }
      | { problem: 'missing'; columns: readonly string[] },
  ) => {
    switch (p.problem) {
      case 'empty':
        return '表头有空的列名：请填写列名，或删除这一列';
      case 'unit-on-text':
        return `“${p.column}”列不带单位：请把列名改为“${p.column}”`;
      case 'unknown':
        return `不认识的列名“${p.header}”${p.guess ? `，您是不是想写“${p.guess}”？` : '：可用的列名见 docs/schools-csv.md'}`;
      case 'twice':
        return `“${p.header}”与前面的“${p.first}”是同一列：请删除其中一列`;
      case 'missing':
        return `表头缺少列：${p.columns.map((c) => `“${c}”`).join('、')}（列的顺序不限，详见 docs/schools-csv.md）`;
    }
  },
  examples: {
    bad: [table('列名写错', [CSV_EXAMPLE_HEADER.replace('学校编号', '学校编码'), ROW])],
    good: [table('列名照写', [CSV_EXAMPLE_HEADER, ROW])],
  },
});

export const csvColumns = defineRule({
  code: 'csv-columns',
  severity: 'error',
  group: 'schools-csv',
  meaning: '某行的单元格比表头多：多半是内容中有没加引号的逗号（如 52,000）。',
  message: (p: { extra: number }) => `比表头多出 ${p.extra} 个单元格：请检查是否有未加引号的逗号`,
  examples: {
    bad: [table('千分位逗号没加引号', [CSV_EXAMPLE_HEADER, ROW.replace(',13400,', ',13,400,')], [2])],
    good: [table('加引号', [CSV_EXAMPLE_HEADER, ROW.replace(',13400,', ',"13,400",')])],
  },
});

export const csvEmptyCell = defineRule({
  code: 'csv-empty-cell',
  severity: 'error',
  group: 'schools-csv',
  meaning: '必填的单元格是空的（年度、学校编号、学段等）。',
  message: () => '不能为空：请填写',
  examples: {
    bad: [table('学校编号空着', [CSV_EXAMPLE_HEADER, ROW.replace('jia-primary-2025', '')], [2])],
    good: [table('填上编号', [CSV_EXAMPLE_HEADER, ROW])],
  },
});

export const csvInconsistent = defineRule({
  code: 'csv-inconsistent',
  severity: 'error',
  group: 'schools-csv',
  meaning: '同一文件的年度须相同，同一学校各行的名称、乡镇、类型等须相同。',
  message: (p: { value: string; row: number; column: string; before?: string }) =>
    p.before === undefined
      ? `“${p.value}”与第 ${p.row} 行不同：一个文件只能有一个${p.column}`
      : `“${p.value}”与第 ${p.row} 行的“${p.before}”不同：同一学校各行的${p.column}须相同`,
  examples: {
    bad: [table('两行年度不同', [CSV_EXAMPLE_HEADER, ROW, ROW.replace('2025,jia-primary-2025,甲镇第二小学', '2024,jia-primary-2026,甲镇第三小学')], [3])],
    good: [table('年度相同', [CSV_EXAMPLE_HEADER, ROW, ROW.replace('jia-primary-2025,甲镇第二小学', 'jia-primary-2026,甲镇第三小学')])],
  },
});

export const csvYear = defineRule({
  code: 'csv-year',
  severity: 'error',
  group: 'schools-csv',
  meaning: '统计年度须是四位数字的年份，如 2025。',
  message: (p: { value: string }) => `“${p.value}”不是年份：请填写四位数字，如 2025`,
  examples: { bad: [table('年份带“年”字', [CSV_EXAMPLE_HEADER, ROW.replace('2025,', '2025年,')], [2])], good: [table('四位数字', [CSV_EXAMPLE_HEADER, ROW])] },
});

const COMBINED_HEADER = CSV_EXAMPLE_HEADER.replace('统计年度,', '统计年度,分摊方式,');
const combined = (shared: string) => [
  COMBINED_HEADER,
  '2025,by-pupils,bing-combined-2025,丙乡第二九年一贯制学校,bing-township,九年一贯制,公办,小学,300,20,18,8,3,2,,,,,,',
  '2025,by-pupils,bing-combined-2025,丙乡第二九年一贯制学校,bing-township,九年一贯制,公办,初中,200,18,17,7,3,2,,,,,,',
  `2025,by-pupils,bing-combined-2025,丙乡第二九年一贯制学校,bing-township,九年一贯制,公办,共用,${shared},,,,,,3000,5200,180,60,12000,16`,
];

export const csvSharedRow = defineRule({
  code: 'csv-shared-row',
  severity: 'error',
  group: 'schools-csv',
  meaning: '“共用”行只填两个学段共用的校舍、场地、设备、计算机、图书和教室，学生数和教师数填在小学、初中行。',
  message: () => '“共用”行只填两个学段共用的校舍、场地、设备、计算机、图书和教室，学生数和教师数请填在小学、初中行：请清空这一格',
  examples: { bad: [table('共用行填了学生数', combined('500'), [4])], good: [table('共用行学生数空着', combined(''))] },
});

export const csvDuplicateRow = defineRule({
  code: 'csv-duplicate-row',
  severity: 'error',
  group: 'schools-csv',
  meaning: '同一学校的同一学段只能占一行：请合并或删除重复的行。',
  message: (p: { school: string; stage: string }) => `学校“${p.school}”已有“${p.stage}”行：每所学校每个学段只占一行，请合并或删除重复的行`,
  examples: { bad: [table('同一行写了两遍', [CSV_EXAMPLE_HEADER, ROW, ROW], [3])], good: [table('每学段一行', [CSV_EXAMPLE_HEADER, ROW])] },
});

export const csvSplitRule = defineRule({
  code: 'csv-split-rule',
  severity: 'error',
  group: 'schools-csv',
  meaning: '有“共用”行时须加“分摊方式”列：填 按学生数（by-pupils）或 按加权学生数（weighted）。',
  message: () => '有“共用”行时须加“分摊方式”列，说明共用资源如何分到小学和初中：填 按学生数（by-pupils）或 按加权学生数（weighted）',
  examples: {
    bad: [table('有共用行，没有分摊方式列', combined('').map((l) => l.replace(/^(统计年度|2025),(分摊方式|by-pupils),/, '$1,')), [4])],
    good: [table('加上分摊方式列', combined(''))],
  },
});
