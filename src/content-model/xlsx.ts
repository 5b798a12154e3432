// School statistics as an Excel workbook (.xlsx, as Excel and WPS save it),
// read with SheetJS Community Edition (the @e965/xlsx package: an automated
// republication on npm of SheetJS's own release tags). SheetJS reads
// synchronously, as the loader does, and reads whatever Excel and WPS write
// (shared and inline strings, rich text, cached formula values). Its first
// sheet with content becomes the same records a CSV gives, each cell with
// its row and column, so src/content-model/schools-table.ts maps both alike.
//
// The library is large (it takes a quarter of a second to load), so it is
// loaded only when a workbook is read.
import { createRequire } from 'node:module';
import type * as Xlsx from '@e965/xlsx';
import { xlsxCell, xlsxFile, xlsxSheets } from '../rules/schools-xlsx.ts';
import type { CsvRecord } from './csv.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { CellName } from './schools-table.ts';

let library: typeof Xlsx | undefined;
function xlsx(): typeof Xlsx {
  library ??= createRequire(import.meta.url)('@e965/xlsx') as typeof Xlsx;
  return library;
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** How a message names a cell of the sheet: 工作表“学校”C3 单元格（“学校名称”列）. */
export function xlsxCellName(sheet: string): CellName {
  return (cell) =>
    cell.header === undefined ? `工作表“${sheet}”第 ${cell.row} 行：` : `工作表“${sheet}”${columnLetters(cell.column)}${cell.row} 单元格（“${cell.header}”列）：`;
}

export interface XlsxTable {
  readonly sheet: string;
  readonly records: CsvRecord[];
  /** Problems of the workbook or its cells; errors stop the table, warnings do not. */
  readonly diagnostics: Diagnostic[];
}

/** The first sheet with content, as records of cells (row and column numbers as the spreadsheet shows them). */
export function readXlsxTable(bytes: Uint8Array, file: string): XlsxTable {
  // An .xlsx is a ZIP archive: anything else (a renamed text file, the old binary .xls) is not one.
  const zip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!zip) return { sheet: '', records: [], diagnostics: [xlsxFile.at(file, { line: 1, column: 1 }, { problem: 'unreadable' })] };
  const XLSX = xlsx();
  let book: Xlsx.WorkBook;
  try {
    book = XLSX.read(bytes, { type: 'buffer', cellFormula: false, cellHTML: false, cellText: false, cellDates: false, cellStyles: false });
  } catch {
    return { sheet: '', records: [], diagnostics: [xlsxFile.at(file, { line: 1, column: 1 }, { problem: 'unreadable' })] };
  }
  const filled = book.SheetNames.filter((name) => {
    const ref = book.Sheets[name]?.['!ref'];
    return ref !== undefined && Object.keys(book.Sheets[name]!).some((k) => !k.startsWith('!'));
  });
  const sheet = filled[0];
  if (sheet === undefined) return { sheet: '', records: [], diagnostics: [xlsxFile.at(file, { line: 1, column: 1 }, { problem: 'empty' })] };
  const diagnostics: Diagnostic[] = [];
  if (filled.length > 1) diagnostics.push(xlsxSheets.at(file, { line: 1, column: 1 }, { read: sheet, others: filled.slice(1) }));
  const ws = book.Sheets[sheet]!;
  const range = XLSX.utils.decode_range(ws['!ref']!);
  const records: CsvRecord[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })] as Xlsx.CellObject | undefined;
      const position = { line: r + 1, column: c + 1 };
      let value = '';
      if (cell?.t === 'e') {
        diagnostics.push(xlsxCell.at(file, position, { sheet, cell: `${columnLetters(c + 1)}${r + 1}`, error: String(cell.w ?? XLSX.utils.format_cell(cell)) }));
      } else if (cell?.t === 'b') {
        value = cell.v ? 'TRUE' : 'FALSE';
      } else if (cell !== undefined && cell.v !== undefined && cell.v !== null) {
        // A number as the spreadsheet stores it: 412.49999999999994, not the 412.5 it displays.
        value = String(cell.v);
      }
      cells.push({ value, ...position });
    }
    if (cells.every((c) => c.value.trim() === '')) continue;
    records.push({ row: r + 1, line: r + 1, cells });
  }
  return { sheet, records, diagnostics };
}

/** A workbook of the given sheets (rows of cell values), for tests and the rule examples. */
export function buildXlsx(sheets: Readonly<Record<string, readonly (readonly unknown[])[]>>): Uint8Array {
  const XLSX = xlsx();
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.map((r) => [...r])), name);
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}
