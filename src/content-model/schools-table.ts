// School statistics as a table exported from a spreadsheet (one row per school
// part, see docs/schools-csv.md), mapped onto the dataset object that
// schemas/school.ts checks; the YAML form needs no mapping. Every data path is
// located at its cell, so a problem the schema or a rule finds names the row
// and the column.
import { allFields, itemFieldKeys, partFieldKeys, partFields, splitMethods, type ItemFieldKey, type PartFieldKey, type SplitMethod } from '../../schemas/school.ts';
import { DIMENSIONS, parseQuantity, type QuantityProblem } from '../lib/quantity.ts';
import type { Args, Rule } from '../rules/define.ts';
import { enumValue } from '../rules/fields.ts';
import type { RuleCode } from '../rules/index.ts';
import { QUANTITY_RULES } from '../rules/quantity.ts';
import {
  csvColumns,
  csvDuplicateRow,
  csvEmpty,
  csvEmptyCell,
  csvHeader,
  csvInconsistent,
  csvSeparator,
  csvSharedRow,
  csvSplitRule,
  csvYear,
} from '../rules/schools-csv.ts';
import { TOTAL_ROW, tableTotalRow } from '../rules/schools-xlsx.ts';
import { parseCsv, type CsvCell, type CsvRecord } from './csv.ts';
import type { Diagnostic } from './diagnostics.ts';
import { suggest } from './suggest.ts';
import type { Locate, PathSegment } from './yaml.ts';

export type SchoolTable =
  | { readonly value?: undefined; readonly diagnostics: Diagnostic[] }
  | {
      readonly value: Record<string, unknown>;
      readonly locate: Locate;
      /** Puts a diagnostic of this file in the table's terms (row, column, CSV words). */
      readonly adapt: (d: Diagnostic) => Diagnostic;
      readonly diagnostics: [];
    };

/** Schema messages name YAML keys; a CSV editor knows rows and columns instead. */
function inCsvTerms(message: string): string {
  return message
    .replaceAll('在 shared 中', '在“共用”行中')
    .replaceAll('primary（小学）', '“小学”行')
    .replaceAll('junior（初中）', '“初中”行')
    .replace(/（[A-Za-z]+）/g, '');
}

type FieldKey = PartFieldKey | ItemFieldKey;

type ColumnKind =
  | { kind: 'meta'; key: 'year' | 'splitRule' }
  | { kind: 'school'; key: 'id' | 'name' | 'township' | 'type' | 'ownership' }
  | { kind: 'boarding' }
  | { kind: 'stage' }
  | { kind: 'quantity'; key: FieldKey };

const TEXT_COLUMNS: Readonly<Record<string, ColumnKind>> = {
  统计年度: { kind: 'meta', key: 'year' },
  分摊方式: { kind: 'meta', key: 'splitRule' },
  学校编号: { kind: 'school', key: 'id' },
  学校名称: { kind: 'school', key: 'name' },
  乡镇编号: { kind: 'school', key: 'township' },
  学校类型: { kind: 'school', key: 'type' },
  办学性质: { kind: 'school', key: 'ownership' },
  寄宿制学校: { kind: 'boarding' },
  学段: { kind: 'stage' },
};
const BOOLEAN_VALUES: Readonly<Record<string, boolean>> = { 是: true, 否: false, true: true, false: false, TRUE: true, FALSE: false };
const OPTIONAL_COLUMNS = ['分摊方式', '寄宿制学校'];

/** Shorter names spreadsheets commonly use for a quantity column. */
const QUANTITY_ALIASES: Readonly<Record<string, PartFieldKey>> = {
  学生数: 'pupils',
  计算机: 'computers',
  图书: 'books',
  网络多媒体教室: 'multimediaClassrooms',
};

/**
 * The quantity columns by header: the indicators' figures (required) and the
 * figures of the 2017 standard's per-school items (optional columns; an empty
 * cell leaves the figure out).
 */
export const CSV_QUANTITY_COLUMNS: Readonly<Record<string, FieldKey>> = {
  ...Object.fromEntries([...partFieldKeys, ...itemFieldKeys].map((k) => [allFields[k].label, k])),
  ...QUANTITY_ALIASES,
};

/** Every column a school table may have, in the order docs/schools-csv.md lists them, with its unit. */
export const CSV_COLUMNS: readonly { readonly header: string; readonly required: boolean }[] = [
  ...Object.keys(TEXT_COLUMNS).map((name) => ({ header: name, required: !OPTIONAL_COLUMNS.includes(name) })),
  ...partFieldKeys.map((k) => ({ header: `${partFields[k].label}（${DIMENSIONS[partFields[k].dimension].base}）`, required: true })),
  ...itemFieldKeys.map((k) => ({ header: `${allFields[k].label}（${DIMENSIONS[allFields[k].dimension].base}）`, required: false })),
];

const STAGE_VALUES: Readonly<Record<string, 'primary' | 'junior' | 'shared'>> = { 小学: 'primary', 初中: 'junior', 共用: 'shared' };
const SPLIT_VALUES: Readonly<Record<string, SplitMethod>> = {
  ...Object.fromEntries(splitMethods.map((m) => [m, m])),
  按学生数: 'by-pupils',
  按加权学生数: 'weighted',
  分学段填报: 'as-reported',
};

interface Column {
  readonly header: string;
  readonly kind: ColumnKind;
  /** Unit given in the header, e.g. 万元 in 教学仪器设备值（万元）. */
  readonly unit?: string;
}

interface CellInfo {
  readonly line: number;
  readonly column: number;
  readonly row: number;
  /** The column's header as written; undefined when the path is a whole row. */
  readonly header?: string;
  readonly field?: FieldKey;
  readonly headerUnit?: string;
}

const HEADER_UNIT = /^(.+?)\s*[（(]\s*([^（()）]*?)\s*[)）]$/u;

/**
 * A CSV table (one row per school part) as the dataset object the schema
 * checks, with a locate function that points every data path at its cell.
 * Problems of the table itself (headers, rows) are reported here; the schema
 * and the rules report the rest through `locate` and `adapt`.
 */
export function readSchoolTable(text: string, relFile: string): SchoolTable {
  const parsed = parseCsv(text, relFile);
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics };
  return readSchoolRecords(parsed.records, relFile, csvCellName);
}

/** How a message names a cell (or a whole row, without header): its row and column, as the editor's program shows them. */
export type CellName = (cell: { readonly row: number; readonly column: number; readonly header?: string }) => string;

const csvCellName: CellName = (cell) => (cell.header === undefined ? `第 ${cell.row} 行：` : `第 ${cell.row} 行“${cell.header}”列：`);

/** The same mapping for the records of a table from anywhere (a CSV file, a workbook's sheet). */
export function readSchoolRecords(records: readonly CsvRecord[], relFile: string, cellName: CellName): SchoolTable {
  const cells = new Map<string, CellInfo>();
  const byPosition = new Map<string, CellInfo>();
  const register = (path: readonly PathSegment[], info: CellInfo) => {
    const key = JSON.stringify(path);
    if (!cells.has(key)) cells.set(key, info);
    const pos = `${info.line}:${info.column}`;
    if (!byPosition.has(pos)) byPosition.set(pos, info);
  };
  const locateInfo = (path: readonly PathSegment[]): CellInfo | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const info = cells.get(JSON.stringify(path.slice(0, n)));
      if (info) return info;
    }
    return undefined;
  };
  const prefix = (info: CellInfo | undefined) => (info === undefined ? '' : cellName(info));
  const at = <P>(info: CellInfo | undefined, rule: Rule<RuleCode, P>, ...params: Args<P>): Diagnostic => {
    const d = rule.at(relFile, { line: info?.line ?? 1, column: info?.column ?? 1 }, ...params);
    return { ...d, message: `${prefix(info)}${d.message}` };
  };

  const [headerRecord, ...rows] = records;
  if (!headerRecord) {
    return { diagnostics: [at(undefined, csvEmpty, { problem: 'empty' })] };
  }
  const errors: Diagnostic[] = [];
  const cellInfo = (record: CsvRecord, cell: CsvCell, header?: string, extra: Partial<CellInfo> = {}): CellInfo => ({
    line: cell.line,
    column: cell.column,
    row: record.row,
    header,
    ...extra,
  });

  // Header: every column known, no column twice, units valid.
  const columns: (Column | undefined)[] = [];
  const seen = new Map<string, string>();
  const reported = new Set<string>();
  const knownNames = [...Object.keys(TEXT_COLUMNS), ...Object.keys(CSV_QUANTITY_COLUMNS)];
  if (headerRecord.cells.length === 1 && /[\t;]/.test(headerRecord.cells[0]!.value)) {
    const info = cellInfo(headerRecord, headerRecord.cells[0]!);
    return { diagnostics: [at(info, csvSeparator)] };
  }
  for (const cell of headerRecord.cells) {
    const header = cell.value.trim();
    const info = cellInfo(headerRecord, cell, header);
    const unitMatch = HEADER_UNIT.exec(header);
    const base = unitMatch ? unitMatch[1]! : header;
    const unit = unitMatch ? unitMatch[2]! : undefined;
    const textKind = TEXT_COLUMNS[base];
    const field = CSV_QUANTITY_COLUMNS[base];
    let column: Column | undefined;
    if (header === '') {
      errors.push(at(info, csvHeader, { problem: 'empty' }));
    } else if (textKind) {
      if (unit !== undefined) errors.push(at(info, csvHeader, { problem: 'unit-on-text', column: base }));
      else column = { header, kind: textKind };
    } else if (field) {
      const label = allFields[field].label;
      const checked = unit === undefined || unit === '' ? undefined : parseQuantity(`1 ${unit}`, allFields[field].dimension, label);
      if (checked && !checked.ok) {
        errors.push(at(info, QUANTITY_RULES[checked.problem.kind] as Rule<RuleCode, QuantityProblem>, checked.problem));
        reported.add(`q:${field}`); // reported here; not "missing" as well
      } else {
        column = { header, kind: { kind: 'quantity', key: field }, unit: unit || undefined };
      }
    } else {
      const guess = suggest(base, knownNames);
      // A likely misspelling is reported here; not "missing" as well.
      if (guess !== undefined) reported.add(CSV_QUANTITY_COLUMNS[guess] ? `q:${CSV_QUANTITY_COLUMNS[guess]}` : `t:${guess}`);
      errors.push(at(info, csvHeader, { problem: 'unknown', header, ...(guess ? { guess } : {}) }));
    }
    if (column) {
      const id = column.kind.kind === 'quantity' ? `q:${column.kind.key}` : `t:${base}`;
      const first = seen.get(id);
      if (first !== undefined) {
        errors.push(at(info, csvHeader, { problem: 'twice', header, first }));
        column = undefined;
      } else {
        seen.set(id, header);
      }
    }
    columns.push(column);
  }
  const requiredNames = [
    ...Object.keys(TEXT_COLUMNS).filter((n) => !OPTIONAL_COLUMNS.includes(n)).map((n) => ({ id: `t:${n}`, name: n })),
    ...partFieldKeys.map((k) => ({ id: `q:${k}`, name: `${partFields[k].label}（${DIMENSIONS[partFields[k].dimension].base}）` })),
  ];
  const missingColumns = requiredNames.filter((r) => !seen.has(r.id) && !reported.has(r.id)).map((r) => r.name);
  if (missingColumns.length > 0) {
    errors.push(at(cellInfo(headerRecord, headerRecord.cells[0]!), csvHeader, { problem: 'missing', columns: missingColumns }));
  }
  if (errors.length > 0) return { diagnostics: errors };
  if (rows.length === 0) {
    return { diagnostics: [at(cellInfo(headerRecord, headerRecord.cells[0]!), csvEmpty, { problem: 'header-only' })] };
  }
  register([], cellInfo(headerRecord, headerRecord.cells[0]!));
  register(['schools'], cellInfo(headerRecord, headerRecord.cells[0]!));

  // Rows: one per school part (or per 一贯制 school's 共用 figures).
  const meta: { year?: { value: number; row: number }; splitRule?: { value: SplitMethod; row: number } } = {};
  type RawSchool = Record<string, unknown> & { parts: Record<string, unknown> };
  const schools: RawSchool[] = [];
  const schoolIndex = new Map<string, { index: number; row: number; values: Map<string, string> }>();
  let hasSharedRows = false;

  for (const record of rows) {
    // A 合计 row is one mistake, not one per column its totals do not fit.
    const total = record.cells.find((c) => TOTAL_ROW.test(c.value.trim()));
    if (total) {
      errors.push(at(cellInfo(record, total), tableTotalRow, { text: total.value.trim() }));
      continue;
    }
    const rowErrors: Diagnostic[] = [];
    const extra = record.cells.slice(columns.length).filter((c) => c.value.trim() !== '');
    if (extra.length > 0) {
      rowErrors.push(at(cellInfo(record, extra[0]!), csvColumns, { extra: extra.length }));
    }
    const get = (predicate: (c: Column) => boolean) => {
      const index = columns.findIndex((c) => c !== undefined && predicate(c));
      const column = columns[index]!;
      const cell = record.cells[index] ?? { value: '', line: record.line, column: 1 };
      return { column, cell, value: cell.value.trim(), info: cellInfo(record, cell, column.header) };
    };
    const textCell = (name: string) => get((c) => c.kind === TEXT_COLUMNS[name]);
    const requireText = (name: string) => {
      const c = textCell(name);
      if (c.value === '') rowErrors.push(at(c.info, csvEmptyCell));
      return c;
    };

    const year = requireText('统计年度');
    const stageCell = requireText('学段');
    const idCell = requireText('学校编号');
    const schoolCells = (['学校名称', '乡镇编号', '学校类型', '办学性质'] as const).map((n) => requireText(n));

    const sameAsBefore = <T>(slot: 'year' | 'splitRule', value: T, c: ReturnType<typeof textCell>) => {
      const before = meta[slot] as { value: T; row: number } | undefined;
      if (before === undefined) {
        (meta as Record<string, unknown>)[slot] = { value, row: record.row };
        register(slot === 'splitRule' ? ['splitRule', 'method'] : [slot], c.info);
        if (slot === 'splitRule') register(['splitRule'], c.info);
      }
      else if (before.value !== value) rowErrors.push(at(c.info, csvInconsistent, { value: c.value, row: before.row, column: c.column.header }));
    };
    if (year.value !== '') {
      if (/^\d{4}$/.test(year.value)) sameAsBefore('year', Number(year.value), year);
      else rowErrors.push(at(year.info, csvYear, { value: year.value }));
    }
    if (columns.some((c) => c?.kind === TEXT_COLUMNS['分摊方式'])) {
      const c = textCell('分摊方式');
      const value = SPLIT_VALUES[c.value];
      if (value === undefined) rowErrors.push(at(c.info, enumValue, { value: c.value, options: ['按学生数（by-pupils）', '按加权学生数（weighted）', '分学段填报（as-reported）'] }));
      else sameAsBefore('splitRule', value, c);
    }
    const stage = STAGE_VALUES[stageCell.value];
    if (stageCell.value !== '' && stage === undefined) {
      rowErrors.push(at(stageCell.info, enumValue, { value: stageCell.value, options: ['小学', '初中', '共用（一贯制学校两个学段共用的资源）'] }));
    }
    if (stage === 'shared') {
      hasSharedRows = true;
      for (const key of [...partFieldKeys, ...itemFieldKeys].filter((k) => !allFields[k].shareable)) {
        if (!columns.some((col) => col?.kind.kind === 'quantity' && col.kind.key === key)) continue;
        const c = get((col) => col.kind.kind === 'quantity' && col.kind.key === key);
        if (c.value !== '') rowErrors.push(at(c.info, csvSharedRow));
      }
    }
    // 寄宿制学校: optional, 是/否, the same on every row of a school.
    let boarding: { value: boolean; cell: ReturnType<typeof textCell> } | undefined;
    if (columns.some((c) => c?.kind.kind === 'boarding')) {
      const c = get((col) => col.kind.kind === 'boarding');
      const value = BOOLEAN_VALUES[c.value];
      if (c.value !== '' && value === undefined) rowErrors.push(at(c.info, enumValue, { value: c.value, options: ['是', '否'] }));
      else if (value !== undefined) boarding = { value, cell: c };
    }

    // The same school on several rows: its own columns must agree.
    let entry = schoolIndex.get(idCell.value);
    if (idCell.value !== '' && entry !== undefined) {
      for (const c of schoolCells) {
        const before = entry.values.get(c.column.header);
        if (c.value !== '' && before !== c.value) {
          rowErrors.push(at(c.info, csvInconsistent, { value: c.value, row: entry.row, column: c.column.header, before: before ?? '' }));
        }
      }
      const before = schools[entry.index]!.boarding;
      if (boarding !== undefined && before !== undefined && before !== boarding.value) {
        rowErrors.push(at(boarding.cell.info, csvInconsistent, { value: boarding.cell.value, row: entry.row, column: boarding.cell.column.header, before: before ? '是' : '否' }));
      }
      const slot = stage === 'shared' ? 'shared' : stage;
      const taken = slot === undefined ? undefined : slot === 'shared' ? schools[entry.index]!.shared : schools[entry.index]!.parts[slot];
      if (slot !== undefined && taken !== undefined) {
        rowErrors.push(at(stageCell.info, csvDuplicateRow, { school: idCell.value, stage: stageCell.value }));
      }
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }

    if (entry === undefined) {
      const [nameCell, townshipCell, typeCell, ownershipCell] = schoolCells as [typeof idCell, typeof idCell, typeof idCell, typeof idCell];
      const index = schools.length;
      schools.push({ id: idCell.value, name: nameCell.value, township: townshipCell.value, type: typeCell.value, ownership: ownershipCell.value, parts: {} });
      entry = { index, row: record.row, values: new Map(schoolCells.map((c) => [c.column.header, c.value])) };
      schoolIndex.set(idCell.value, entry);
      register(['schools', index], cellInfo(record, record.cells[0]!));
      register(['schools', index, 'parts'], cellInfo(record, record.cells[0]!));
      for (const [key, c] of [['id', idCell], ['name', nameCell], ['township', townshipCell], ['type', typeCell], ['ownership', ownershipCell]] as const) {
        register(['schools', index, key], c.info);
      }
    }
    const school = schools[entry.index]!;
    if (boarding !== undefined && school.boarding === undefined) {
      school.boarding = boarding.value;
      register(['schools', entry.index, 'boarding'], boarding.cell.info);
    }
    const base: PathSegment[] = stage === 'shared' ? ['schools', entry.index, 'shared'] : ['schools', entry.index, 'parts', stage!];
    const figures: Record<string, string> = {};
    register(base, cellInfo(record, record.cells[0]!));
    for (const [index, column] of columns.entries()) {
      if (column?.kind.kind !== 'quantity') continue;
      const key = column.kind.key;
      if (stage === 'shared' && !allFields[key].shareable) continue;
      const cell = record.cells[index] ?? { value: '', line: record.line, column: 1 };
      register([...base, key], cellInfo(record, cell, column.header, { field: key, headerUnit: column.unit }));
      const value = cell.value.trim();
      if (value === '') continue;
      // A bare number takes the column's unit; a cell may carry its own.
      figures[key] = column.unit !== undefined && /^-?[\d,]+(\.\d+)?$/.test(value) ? `${value} ${column.unit}` : value;
    }
    if (stage === 'shared') school.shared = figures;
    else school.parts[stage!] = figures;
  }
  if (errors.length > 0) return { diagnostics: errors };
  if (hasSharedRows && meta.splitRule === undefined) {
    const first = rows.find((r) => r.cells.some((c) => c.value.trim() === '共用'))!;
    return { diagnostics: [at(cellInfo(first, first.cells[0]!), csvSplitRule)] };
  }

  const raw: Record<string, unknown> = {
    year: meta.year?.value,
    splitRule: { method: meta.splitRule?.value ?? 'as-reported' },
    schools,
  };
  const locate: Locate = (path) => {
    const info = locateInfo(path);
    return { line: info?.line ?? 1, column: info?.column ?? 1 };
  };
  // Schema and rule messages are worded for any format; in a CSV they also name the row and column.
  const adapt = (d: Diagnostic): Diagnostic => {
    const info = byPosition.get(`${d.line}:${d.column}`);
    let message = d.message;
    if (d.rule === 'quantity-unit-missing' && info?.field !== undefined) {
      const field = allFields[info.field];
      message += `；也可在表头注明整列的单位，如“${field.label}（${DIMENSIONS[field.dimension].base}）”`;
    }
    return { ...d, message: `${prefix(info)}${inCsvTerms(message)}` };
  };
  return { value: raw, locate, adapt, diagnostics: [] };
}
