// CSV as spreadsheets export it (RFC 4180): comma-separated, fields optionally
// in double quotes, "" for a quote inside quotes, line breaks inside quotes.
// Every cell keeps its line and column so a diagnostic can point at it.
import { csvSyntax } from '../rules/schools-csv.ts';
import type { Diagnostic } from './diagnostics.ts';

export interface CsvCell {
  /** The cell's text, unquoted, untrimmed. */
  readonly value: string;
  /** 1-based line and column where the cell starts. */
  readonly line: number;
  readonly column: number;
}

export interface CsvRecord {
  /** 1-based record number as a spreadsheet shows it: the header is row 1. */
  readonly row: number;
  readonly line: number;
  readonly cells: CsvCell[];
}

export interface ParsedCsv {
  readonly records: CsvRecord[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Parse CSV text (BOM already removed, line ends already \n). Blank lines and
 * rows of only empty cells (what spreadsheets write for empty rows) are
 * skipped but still counted, so row numbers match the spreadsheet.
 */
export function parseCsv(text: string, file: string): ParsedCsv {
  const records: CsvRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const chars = [...text];
  let line = 1;
  let column = 1;
  let i = 0;
  let row = 0;

  const error = (at: { line: number; column: number }, problem: 'unclosed' | 'after-quote') => diagnostics.push(csvSyntax.at(file, at, { row, problem }));

  while (i < chars.length) {
    row++;
    const recordLine = line;
    const cells: CsvCell[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      const start = { line, column };
      let value = '';
      if (chars[i] === '"') {
        i++;
        column++;
        let closed = false;
        while (i < chars.length) {
          const c = chars[i]!;
          if (c === '"' && chars[i + 1] === '"') {
            value += '"';
            i += 2;
            column += 2;
          } else if (c === '"') {
            i++;
            column++;
            closed = true;
            break;
          } else {
            value += c;
            i++;
            if (c === '\n') {
              line++;
              column = 1;
            } else {
              column++;
            }
          }
        }
        if (!closed) {
          error(start, 'unclosed');
          return { records, diagnostics };
        }
        if (i < chars.length && chars[i] !== ',' && chars[i] !== '\n') {
          error({ line, column }, 'after-quote');
          while (i < chars.length && chars[i] !== ',' && chars[i] !== '\n') {
            i++;
            column++;
          }
        }
      } else {
        while (i < chars.length && chars[i] !== ',' && chars[i] !== '\n') {
          value += chars[i];
          i++;
          column++;
        }
      }
      cells.push({ value, line: start.line, column: start.column });
      if (i >= chars.length) {
        endOfRecord = true;
      } else if (chars[i] === ',') {
        i++;
        column++;
      } else {
        i++;
        line++;
        column = 1;
        endOfRecord = true;
      }
    }
    if (cells.every((c) => c.value.trim() === '')) continue;
    records.push({ row, line: recordLine, cells });
  }
  return { records, diagnostics };
}
