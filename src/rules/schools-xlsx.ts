// School statistics as an Excel workbook (src/content-model/xlsx.ts reads it),
// and a problem of every table however it was saved: a 合计 row.
import { buildXlsx } from '../content-model/xlsx.ts';
import { defineRule, type RuleExample } from './define.ts';
import { CSV_EXAMPLE_HEADER, CSV_EXAMPLE_ROW } from './schools-csv.ts';

const FILE = 'content/schools/2025.xlsx';
const HEADER = CSV_EXAMPLE_HEADER.split(',');
/** The example row, numbers as numbers (as a spreadsheet holds them). */
const ROW: unknown[] = CSV_EXAMPLE_ROW.split(',').map((v) => (/^\d+(\.\d+)?$/.test(v) ? Number(v) : v));

/** A workbook in the demo county, built when the test runs (the docs show `code`). */
const workbook = (name: string, code: string, sheets: () => Readonly<Record<string, readonly (readonly unknown[])[]>>, lines?: readonly number[]): RuleExample => ({
  name,
  file: FILE,
  lang: 'text',
  code,
  write: {
    get [FILE]() {
      return buildXlsx(sheets());
    },
  },
  ...(lines ? { lines } : {}),
});

export const xlsxFile = defineRule({
  code: 'xlsx-file',
  severity: 'error',
  group: 'schools-csv',
  meaning: '.xlsx 文件打不开，或没有任何内容：须是 Excel 或 WPS 保存的“Excel 工作簿（*.xlsx）”，第一个有内容的工作表第 1 行是表头。',
  message: (p: { problem: 'unreadable' | 'empty' }) =>
    p.problem === 'unreadable'
      ? '这个文件不是能打开的 Excel 工作簿：请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（*.xlsx）”（旧的 .xls 格式也请这样另存）'
      : '工作簿中没有任何内容：第一个工作表的第 1 行应为表头，如“统计年度、学校编号、学校名称……”，详见 docs/schools-csv.md',
  examples: {
    bad: [
      { name: '改了扩展名的文本文件', file: FILE, lang: 'text', code: '2025.xlsx（其实是改了扩展名的文本文件）', write: { [FILE]: '统计年度,学校编号\n' } },
      workbook('空工作簿', '只有一个空的工作表', () => ({ Sheet1: [] })),
    ],
    good: [workbook('表头和数据行', '工作表“学校”：第 1 行表头，第 2 行起每校每学段一行', () => ({ 学校: [HEADER, ROW] }))],
  },
});

export const xlsxSheets = defineRule({
  code: 'xlsx-sheets',
  severity: 'warning',
  group: 'schools-csv',
  meaning: '工作簿中有几个工作表有内容时，只读取第一个：数据须放在第一个工作表，说明等请放在别的文件中。这只是警告。',
  message: (p: { read: string; others: readonly string[] }) =>
    `只读取了第一个工作表“${p.read}”，${p.others.map((s) => `“${s}”`).join('、')}未读取：如数据在其他工作表，请把它移到第一个；说明文字请另存`,
  examples: {
    bad: [workbook('第二个工作表有说明', '工作表“学校”（数据）和“填表说明”', () => ({ 学校: [HEADER, ROW], 填表说明: [['数量不带单位，单位见表头']] }))],
    good: [workbook('只有一个工作表', '工作表“学校”', () => ({ 学校: [HEADER, ROW] }))],
  },
});

export const xlsxCell = defineRule({
  code: 'xlsx-cell',
  severity: 'error',
  group: 'schools-csv',
  meaning: '单元格是错误值（如 #DIV/0!、#REF!、#VALUE!）：公式算不出结果，请改正公式或改填数值。',
  message: (p: { sheet: string; cell: string; error: string }) => `工作表“${p.sheet}”${p.cell} 单元格是错误值 ${p.error}：公式算不出结果，请改正公式，或直接填写数值`,
  examples: {
    bad: [
      workbook('除以零', 'R2 单元格：=N2/0（显示 #DIV/0!）', () => {
        const row: unknown[] = [...ROW];
        row[17] = { t: 'e', v: 0x07 };
        return { 学校: [HEADER, row] };
      }, [2]),
    ],
    good: [workbook('填写数值', 'R2 单元格：13400', () => ({ 学校: [HEADER, ROW] }))],
  },
});

/** A row of totals: a cell that is 合计, 总计, 小计 or 共计, perhaps after a few words (全县合计, 小学小计). */
export const TOTAL_ROW = /^[\p{Script=Han}]{0,6}(?:合\s*计|总\s*计|小\s*计|共\s*计)$/u;

export const tableTotalRow = defineRule({
  code: 'table-total-row',
  severity: 'error',
  group: 'schools-csv',
  meaning: '表中有合计（总计、小计）行：表中每行只能是一所学校的一个学段，合计和指标由网站计算，请删除合计行。',
  message: (p: { text: string }) => `这一行是合计行（“${p.text}”）：表中只填各校各学段的数据，合计由网站计算，请删除合计行`,
  examples: {
    bad: [
      {
        name: '表末有全县合计',
        file: 'content/schools/2025.csv',
        lang: 'csv',
        code: [CSV_EXAMPLE_HEADER, CSV_EXAMPLE_ROW, '2025,,全县合计,,,,,420,26,22,13,5,3,2350,3700,86.1,52,13400,10'].join('\n'),
        lines: [3],
      },
    ],
    good: [{ name: '只有各校的行', file: 'content/schools/2025.csv', lang: 'csv', code: [CSV_EXAMPLE_HEADER, CSV_EXAMPLE_ROW].join('\n') }],
  },
});
