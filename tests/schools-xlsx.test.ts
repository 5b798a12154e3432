// School statistics saved from Excel or WPS as .xlsx: read directly, into the
// same dataset as the CSV and YAML forms, every problem named by its sheet and
// cell. And what a spreadsheet does to a table whatever its format: a 合计 row,
// a stored float such as 412.49999999999994, a 万元 column holding 元.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { parseCsv } from '../src/content-model/csv.ts';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';
import { readSchoolRecords, readSchoolTable } from '../src/content-model/schools-table.ts';
import { buildXlsx, columnLetters, readXlsxTable, xlsxCellName } from '../src/content-model/xlsx.ts';
import { CSV_EXAMPLE_HEADER, CSV_EXAMPLE_ROW } from '../src/rules/schools-csv.ts';

const ROOT = join(import.meta.dirname, '..');
const DEMO = join(import.meta.dirname, 'fixtures', 'demo');
const HEADER = CSV_EXAMPLE_HEADER.split(',');
/** A row as a spreadsheet holds it: numbers as numbers. */
const cells = (csvRow: string): unknown[] => csvRow.split(',').map((v) => (/^\d+(\.\d+)?$/.test(v) ? Number(v) : v));

function load(root: string, files: Record<string, string | Uint8Array>) {
  const fs = overlayFs(diskFs(root), files);
  return loadContent(root, { fs, today: root === DEMO ? '2026-11-30' : '2020-12-31' });
}
const lines = (root: string, files: Record<string, string | Uint8Array>) => load(root, files).diagnostics.map(formatDiagnostic);

describe('a workbook', () => {
  it('gives the same dataset as the CSV it was saved from', () => {
    const csvText = readFileSync(join(ROOT, 'tests/fixtures/schools-csv/schools-example.csv'), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    const rows = parseCsv(csvText, 'x.csv').records.map((r) => r.cells.map((c) => (/^\d+(\.\d+)?$/.test(c.value) ? Number(c.value) : c.value)));
    const fromCsv = readSchoolTable(csvText, 'x.csv');
    const sheet = readXlsxTable(buildXlsx({ 学校: rows }), 'x.xlsx');
    expect(sheet.diagnostics).toEqual([]);
    const fromXlsx = readSchoolRecords(sheet.records, 'x.xlsx', xlsxCellName(sheet.sheet));
    expect(fromCsv.value).toBeDefined();
    expect(isDeepStrictEqual(fromXlsx.value, fromCsv.value)).toBe(true);
  });

  it('names a problem by sheet and cell', () => {
    const row = cells(CSV_EXAMPLE_ROW);
    row[3] = '甲镇';
    expect(lines(DEMO, { 'content/schools/2025.xlsx': buildXlsx({ 学校: [HEADER, row] }) })).toEqual([
      `content/schools/2025.xlsx:2:4  工作表“学校”${columnLetters(4)}2 单元格（“乡镇编号”列）：“甲镇”是单位名称：这里请写单位编号 jia-town（甲镇）  [unit-unknown]`,
    ]);
  });

  it('refuses the float a formula stored, naming the figure to write, though the cell shows 86.1', () => {
    const row = cells(CSV_EXAMPLE_ROW);
    row[15] = 86.10000000000001;
    expect(lines(DEMO, { 'content/schools/2025.xlsx': buildXlsx({ 学校: [HEADER, row] }) })).toEqual([
      'content/schools/2025.xlsx:2:16  工作表“学校”P2 单元格（“教学仪器设备值（万元）”列）：教学仪器设备值“86.10000000000001 万元”的小数位多得不像是填写的，多半是电子表格计算留下的尾数：请写作“86.1 万元”（在表格中可用 ROUND 函数保留需要的小数位）  [quantity-precision]',
    ]);
  });
});

describe('a 合计 row', () => {
  it('is one message with its own hint, in a CSV', () => {
    const total = '2025,,合计,,,,,420,26,22,13,5,3,2350,3700,86.1,52,13400,10';
    expect(lines(DEMO, { 'content/schools/2025.csv': [CSV_EXAMPLE_HEADER, CSV_EXAMPLE_ROW, total].join('\n') })).toEqual([
      'content/schools/2025.csv:3:7  第 3 行：这一行是合计行（“合计”）：表中只填各校各学段的数据，合计由网站计算，请删除合计行  [table-total-row]',
    ]);
  });
  it('and in a workbook', () => {
    const total = cells('2025,,全县总计,,,,,420,26,22,13,5,3,2350,3700,86.1,52,13400,10');
    expect(lines(DEMO, { 'content/schools/2025.xlsx': buildXlsx({ 学校: [HEADER, cells(CSV_EXAMPLE_ROW), total] }) })).toEqual([
      'content/schools/2025.xlsx:3:3  工作表“学校”第 3 行：这一行是合计行（“全县总计”）：表中只填各校各学段的数据，合计由网站计算，请删除合计行  [table-total-row]',
    ]);
  });
});

describe('implausible magnitudes', () => {
  it('260.5元 under a 万元 header is warned: 10,000 times too small', () => {
    const row = CSV_EXAMPLE_ROW.replace(',86.1,', ',260.5元,');
    const result = load(DEMO, { 'content/schools/2025.csv': [CSV_EXAMPLE_HEADER, row].join('\n') });
    expect(result.errorCount).toBe(0);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `content/schools/2025.csv:2:${row.indexOf('260.5元') + 1}  警告：第 2 行“教学仪器设备值（万元）”列：甲镇第二小学的教学仪器设备值“260.5元”折合每生约 0.62 元，不到 10 元：多半是单位写错了（万元写成了元）或填错了列，请核对；核对无误的可以保留  [school-magnitude]`,
    ]);
  });
  it('an area 10,000 times too large is warned too; plausible figures are not', () => {
    const big = CSV_EXAMPLE_ROW.replace(',2350,3700,', ',23500000,3700,');
    expect(lines(DEMO, { 'content/schools/2025.csv': [CSV_EXAMPLE_HEADER, big].join('\n') }).map((l) => l.slice(l.lastIndexOf('[')))).toEqual(['[school-magnitude]']);
    expect(lines(DEMO, { 'content/schools/2025.csv': [CSV_EXAMPLE_HEADER, CSV_EXAMPLE_ROW].join('\n') })).toEqual([]);
  });
});
