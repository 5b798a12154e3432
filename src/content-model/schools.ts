// Loading school-statistics datasets from content/schools/: YAML written by
// editors, or CSV exported from a spreadsheet (one row per school part, see
// docs/schools-csv.md). Both go through the same schema, so both give the same
// checks; a CSV diagnostic also names its row number and column.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import {
  partFieldKeys,
  partFields,
  SchoolDatasetSchema,
  splitMethods,
  type PartFieldKey,
  type SchoolDataset,
  type SplitMethod,
} from '../../schemas/school.ts';
import { DIMENSIONS, parseQuantity } from '../lib/quantity.ts';
import { parseCsv, type CsvCell, type CsvRecord } from './csv.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { unitDirectory, type RawUnit } from './raw.ts';
import { readSource } from './source.ts';
import { parseYaml, type Locate, type PathSegment } from './yaml.ts';
import { checkSchema, suggest } from './zod-issues.ts';

export interface SchoolDatasetLoad {
  /** Present only when the file has no errors. */
  readonly dataset?: SchoolDataset;
  readonly diagnostics: Diagnostic[];
}

/** Units to check each school's township against (content/units.yaml). */
export interface SchoolContext {
  readonly units?: readonly RawUnit[];
}

/** Turns a data path into a located diagnostic, in the file's own terms. */
type Reporter = (path: readonly PathSegment[], rule: string, message: string) => Diagnostic;

interface Loaded {
  readonly dataset?: SchoolDataset;
  readonly diagnostics: Diagnostic[];
  readonly report: Reporter;
}

const EXAMPLES_DIR = 'examples';

function isExamplePath(relFile: string): boolean {
  return relFile.split('/').slice(0, -1).includes(EXAMPLES_DIR);
}

/** Checks that need more than the schema: folder, townships. */
function contextChecks(dataset: SchoolDataset, relFile: string, context: SchoolContext, report: Reporter): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (isExamplePath(relFile) && dataset.example !== true) {
    out.push(report(['example'], 'example-flag', 'examples 文件夹中的数据是示例，须标明 example: true（CSV 中“示例”列填“是”）'));
  }
  if (context.units) {
    const byId = new Map(context.units.map((u) => [u.id, u]));
    dataset.schools.forEach((s, i) => {
      const unit = byId.get(s.township);
      const kind = unit?.kind;
      if (unit === undefined) {
        out.push(report(['schools', i, 'township'], 'unit-unknown', `单位编号“${s.township}”在 content/units.yaml 中不存在：请填写学校所在乡镇（街道）的编号，如 guicun-township`));
      } else if (unit.role !== undefined && unit.role !== '乡镇') {
        out.push(report(['schools', i, 'township'], 'township-kind', `“${s.township}”是${kind}，不是乡镇（街道）：请填写学校所在乡镇（街道）的编号`));
      }
    });
  }
  return out;
}

function finish(value: unknown, relFile: string, context: SchoolContext, report: Reporter, schemaDiagnostics: Diagnostic[]): Loaded {
  if (schemaDiagnostics.length > 0) return { diagnostics: schemaDiagnostics, report };
  const parsed = z.safeParse(SchoolDatasetSchema, value);
  if (!parsed.success) return { diagnostics: [report([], 'schema', '数据未通过检查')], report };
  const extra = contextChecks(parsed.data, relFile, context, report);
  return extra.length > 0 ? { diagnostics: extra, report } : { dataset: parsed.data, diagnostics: [], report };
}

function loadYaml(text: string, relFile: string, context: SchoolContext): Loaded {
  const parsed = parseYaml(text, relFile);
  const report: Reporter = (path, rule, message) => ({ file: relFile, ...parsed.locate(path), severity: 'error', rule, message });
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics, report };
  const locate: Locate = parsed.value == null ? () => ({ line: 1, column: 1 }) : parsed.locate;
  return finish(parsed.value ?? {}, relFile, context, report, checkSchema(SchoolDatasetSchema, parsed.value ?? {}, relFile, locate));
}

// ---- CSV -------------------------------------------------------------------

/** Schema messages name YAML keys; a CSV editor knows rows and columns instead. */
function inCsvTerms(message: string): string {
  return message
    .replaceAll('在 shared 中', '在“共用”行中')
    .replaceAll('primary（小学）', '“小学”行')
    .replaceAll('junior（初中）', '“初中”行')
    .replace(/（[A-Za-z]+）/g, '');
}

type ColumnKind =
  | { kind: 'meta'; key: 'year' | 'example' | 'splitRule' }
  | { kind: 'school'; key: 'id' | 'name' | 'township' | 'type' | 'ownership' }
  | { kind: 'stage' }
  | { kind: 'quantity'; key: PartFieldKey };

const TEXT_COLUMNS: Readonly<Record<string, ColumnKind>> = {
  统计年度: { kind: 'meta', key: 'year' },
  示例: { kind: 'meta', key: 'example' },
  分摊方式: { kind: 'meta', key: 'splitRule' },
  学校编号: { kind: 'school', key: 'id' },
  学校名称: { kind: 'school', key: 'name' },
  乡镇编号: { kind: 'school', key: 'township' },
  学校类型: { kind: 'school', key: 'type' },
  办学性质: { kind: 'school', key: 'ownership' },
  学段: { kind: 'stage' },
};
const OPTIONAL_COLUMNS = ['示例', '分摊方式'];

/** Shorter names spreadsheets commonly use for a quantity column. */
const QUANTITY_ALIASES: Readonly<Record<string, PartFieldKey>> = {
  学生数: 'pupils',
  计算机: 'computers',
  图书: 'books',
  网络多媒体教室: 'multimediaClassrooms',
};

export const CSV_QUANTITY_COLUMNS: Readonly<Record<string, PartFieldKey>> = {
  ...Object.fromEntries(partFieldKeys.map((k) => [partFields[k].label, k])),
  ...QUANTITY_ALIASES,
};

const STAGE_VALUES: Readonly<Record<string, 'primary' | 'junior' | 'shared'>> = { 小学: 'primary', 初中: 'junior', 共用: 'shared' };
const SPLIT_VALUES: Readonly<Record<string, SplitMethod>> = {
  ...Object.fromEntries(splitMethods.map((m) => [m, m])),
  按学生数: 'by-pupils',
  按加权学生数: 'weighted',
  分学段填报: 'as-reported',
};
const BOOLEAN_VALUES: Readonly<Record<string, boolean>> = { 是: true, 否: false, true: true, false: false, TRUE: true, FALSE: false };

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
  readonly field?: PartFieldKey;
  readonly headerUnit?: string;
}

const HEADER_UNIT = /^(.+?)\s*[（(]\s*([^（()）]*?)\s*[)）]$/u;

function loadCsv(text: string, relFile: string, context: SchoolContext): Loaded {
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
  const prefix = (info: CellInfo | undefined) =>
    info === undefined ? '' : info.header === undefined ? `第 ${info.row} 行：` : `第 ${info.row} 行“${info.header}”列：`;
  const at = (info: CellInfo | undefined, rule: string, message: string): Diagnostic => ({
    file: relFile,
    line: info?.line ?? 1,
    column: info?.column ?? 1,
    severity: 'error',
    rule,
    message: `${prefix(info)}${message}`,
  });
  const report: Reporter = (path, rule, message) => at(locateInfo(path), rule, message);

  const parsed = parseCsv(text, relFile);
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics, report };
  const [headerRecord, ...rows] = parsed.records;
  if (!headerRecord) {
    return { diagnostics: [at(undefined, 'csv-empty', 'CSV 文件是空的：第 1 行应为表头，如“统计年度,学校编号,学校名称,…”，详见 docs/schools-csv.md')], report };
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
    return { diagnostics: [at(info, 'csv-separator', '表头看起来是用制表符或分号分隔的：请在电子表格中另存为“CSV UTF-8（逗号分隔）”')], report };
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
      errors.push(at(info, 'csv-header', '表头有空的列名：请填写列名，或删除这一列'));
    } else if (textKind) {
      if (unit !== undefined) errors.push(at(info, 'csv-header', `“${base}”列不带单位：请把列名改为“${base}”`));
      else column = { header, kind: textKind };
    } else if (field) {
      const label = partFields[field].label;
      const checked = unit === undefined || unit === '' ? undefined : parseQuantity(`1 ${unit}`, partFields[field].dimension, label);
      if (checked && !checked.ok) {
        errors.push(at(info, checked.rule, checked.message));
        reported.add(`q:${field}`); // reported here; not "missing" as well
      } else {
        column = { header, kind: { kind: 'quantity', key: field }, unit: unit || undefined };
      }
    } else {
      const guess = suggest(base, knownNames);
      // A likely misspelling is reported here; not "missing" as well.
      if (guess !== undefined) reported.add(CSV_QUANTITY_COLUMNS[guess] ? `q:${CSV_QUANTITY_COLUMNS[guess]}` : `t:${guess}`);
      errors.push(at(info, 'csv-header', `不认识的列名“${header}”${guess ? `，您是不是想写“${guess}”？` : '：可用的列名见 docs/schools-csv.md'}`));
    }
    if (column) {
      const id = column.kind.kind === 'quantity' ? `q:${column.kind.key}` : `t:${base}`;
      const first = seen.get(id);
      if (first !== undefined) {
        errors.push(at(info, 'csv-header', `“${header}”与前面的“${first}”是同一列：请删除其中一列`));
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
  const missingColumns = requiredNames.filter((r) => !seen.has(r.id) && !reported.has(r.id)).map((r) => `“${r.name}”`);
  if (missingColumns.length > 0) {
    errors.push(at(cellInfo(headerRecord, headerRecord.cells[0]!), 'csv-header', `表头缺少列：${missingColumns.join('、')}（列的顺序不限，详见 docs/schools-csv.md）`));
  }
  if (errors.length > 0) return { diagnostics: errors, report };
  if (rows.length === 0) {
    return { diagnostics: [at(cellInfo(headerRecord, headerRecord.cells[0]!), 'csv-empty', '只有表头，没有数据行：每所学校的每个学段占一行')], report };
  }
  register([], cellInfo(headerRecord, headerRecord.cells[0]!));
  register(['schools'], cellInfo(headerRecord, headerRecord.cells[0]!));

  // Rows: one per school part (or per 一贯制 school's 共用 figures).
  const meta: { year?: { value: number; row: number }; example?: { value: boolean; row: number }; splitRule?: { value: SplitMethod; row: number } } = {};
  type RawSchool = Record<string, unknown> & { parts: Record<string, unknown> };
  const schools: RawSchool[] = [];
  const schoolIndex = new Map<string, { index: number; row: number; values: Map<string, string> }>();
  let hasSharedRows = false;

  for (const record of rows) {
    const rowErrors: Diagnostic[] = [];
    const extra = record.cells.slice(columns.length).filter((c) => c.value.trim() !== '');
    if (extra.length > 0) {
      rowErrors.push(at(cellInfo(record, extra[0]!), 'csv-columns', `比表头多出 ${extra.length} 个单元格：请检查是否有未加引号的逗号`));
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
      if (c.value === '') rowErrors.push(at(c.info, 'csv-empty-cell', '不能为空：请填写'));
      return c;
    };

    const year = requireText('统计年度');
    const stageCell = requireText('学段');
    const idCell = requireText('学校编号');
    const schoolCells = (['学校名称', '乡镇编号', '学校类型', '办学性质'] as const).map((n) => requireText(n));

    const sameAsBefore = <T>(slot: 'year' | 'example' | 'splitRule', value: T, c: ReturnType<typeof textCell>) => {
      const before = meta[slot] as { value: T; row: number } | undefined;
      if (before === undefined) {
        (meta as Record<string, unknown>)[slot] = { value, row: record.row };
        register(slot === 'splitRule' ? ['splitRule', 'method'] : [slot], c.info);
        if (slot === 'splitRule') register(['splitRule'], c.info);
      }
      else if (before.value !== value) rowErrors.push(at(c.info, 'csv-inconsistent', `“${c.value}”与第 ${before.row} 行不同：一个文件只能有一个${c.column.header}`));
    };
    if (year.value !== '') {
      if (/^\d{4}$/.test(year.value)) sameAsBefore('year', Number(year.value), year);
      else rowErrors.push(at(year.info, 'csv-year', `“${year.value}”不是年份：请填写四位数字，如 2020`));
    }
    if (columns.some((c) => c?.kind === TEXT_COLUMNS['示例'])) {
      const c = textCell('示例');
      const value = BOOLEAN_VALUES[c.value];
      if (c.value === '') rowErrors.push(at(c.info, 'csv-empty-cell', '不能为空：示例数据填“是”，真实数据填“否”'));
      else if (value === undefined) rowErrors.push(at(c.info, 'enum', `“${c.value}”不是可选值。可选：是、否`));
      else sameAsBefore('example', value, c);
    }
    if (columns.some((c) => c?.kind === TEXT_COLUMNS['分摊方式'])) {
      const c = textCell('分摊方式');
      const value = SPLIT_VALUES[c.value];
      if (value === undefined) rowErrors.push(at(c.info, 'enum', `“${c.value}”不是可选值。可选：按学生数（by-pupils）、按加权学生数（weighted）、分学段填报（as-reported）`));
      else sameAsBefore('splitRule', value, c);
    }
    const stage = STAGE_VALUES[stageCell.value];
    if (stageCell.value !== '' && stage === undefined) {
      rowErrors.push(at(stageCell.info, 'enum', `“${stageCell.value}”不是可选值。可选：小学、初中、共用（一贯制学校两个学段共用的资源）`));
    }
    if (stage === 'shared') {
      hasSharedRows = true;
      for (const key of partFieldKeys.filter((k) => !partFields[k].shareable)) {
        const c = get((col) => col.kind.kind === 'quantity' && col.kind.key === key);
        if (c.value !== '') rowErrors.push(at(c.info, 'csv-shared-row', '“共用”行只填两个学段共用的校舍、场地、设备、计算机、图书和教室，学生数和教师数请填在小学、初中行：请清空这一格'));
      }
    }

    // The same school on several rows: its own columns must agree.
    let entry = schoolIndex.get(idCell.value);
    if (idCell.value !== '' && entry !== undefined) {
      for (const c of schoolCells) {
        const before = entry.values.get(c.column.header);
        if (c.value !== '' && before !== c.value) {
          rowErrors.push(at(c.info, 'csv-inconsistent', `“${c.value}”与第 ${entry.row} 行的“${before ?? ''}”不同：同一学校各行的${c.column.header}须相同`));
        }
      }
      const slot = stage === 'shared' ? 'shared' : stage;
      const taken = slot === undefined ? undefined : slot === 'shared' ? schools[entry.index]!.shared : schools[entry.index]!.parts[slot];
      if (slot !== undefined && taken !== undefined) {
        rowErrors.push(at(stageCell.info, 'csv-duplicate-row', `学校“${idCell.value}”已有“${stageCell.value}”行：每所学校每个学段只占一行，请合并或删除重复的行`));
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
    const base: PathSegment[] = stage === 'shared' ? ['schools', entry.index, 'shared'] : ['schools', entry.index, 'parts', stage!];
    const figures: Record<string, string> = {};
    register(base, cellInfo(record, record.cells[0]!));
    for (const [index, column] of columns.entries()) {
      if (column?.kind.kind !== 'quantity') continue;
      const key = column.kind.key;
      if (stage === 'shared' && !partFields[key].shareable) continue;
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
  if (errors.length > 0) return { diagnostics: errors, report };
  if (hasSharedRows && meta.splitRule === undefined) {
    const first = rows.find((r) => r.cells.some((c) => c.value.trim() === '共用'))!;
    return {
      diagnostics: [at(cellInfo(first, first.cells[0]!), 'csv-split-rule', '有“共用”行时须加“分摊方式”列，说明共用资源如何分到小学和初中：填 按学生数（by-pupils）或 按加权学生数（weighted）')],
      report,
    };
  }

  const raw: Record<string, unknown> = {
    year: meta.year?.value,
    ...(meta.example !== undefined ? { example: meta.example.value } : {}),
    splitRule: { method: meta.splitRule?.value ?? 'as-reported' },
    schools,
  };
  const locate: Locate = (path) => {
    const info = locateInfo(path);
    return { line: info?.line ?? 1, column: info?.column ?? 1 };
  };
  // Schema messages are worded for any format; in a CSV they also name the row and column.
  const schemaDiagnostics = checkSchema(SchoolDatasetSchema, raw, relFile, locate).map((d): Diagnostic => {
    const info = byPosition.get(`${d.line}:${d.column}`);
    let message = d.message;
    if (d.rule === 'quantity-unit-missing' && info?.field !== undefined) {
      const field = partFields[info.field];
      message += `；也可在表头注明整列的单位，如“${field.label}（${DIMENSIONS[field.dimension].base}）”`;
    }
    return { ...d, message: `${prefix(info)}${inCsvTerms(message)}` };
  });
  return finish(raw, relFile, context, report, schemaDiagnostics);
}

// ---- Files -----------------------------------------------------------------

function loadInternal(absPath: string, relFile: string, context: SchoolContext): Loaded {
  const fallback: Reporter = (_path, rule, message) => ({ file: relFile, line: 1, column: 1, severity: 'error', rule, message });
  const ext = extname(absPath).toLowerCase();
  if (!['.yaml', '.yml', '.csv'].includes(ext)) {
    return { diagnostics: [fallback([], 'file-unknown', '学校统计数据须为 .yaml 或 .csv 文件：请检查文件名和扩展名')], report: fallback };
  }
  if (!existsSync(absPath) || !statSync(absPath).isFile()) {
    return { diagnostics: [fallback([], 'file-missing', `找不到文件 ${relFile}`)], report: fallback };
  }
  const source = readSource(absPath, relFile);
  if (!source.ok) return { diagnostics: [source.diagnostic], report: fallback };
  return ext === '.csv' ? loadCsv(source.text, relFile, context) : loadYaml(source.text, relFile, context);
}

/**
 * Load one dataset (.yaml, .yml or .csv). Never throws on bad content: every
 * problem is a diagnostic, and `dataset` is present only when there is none.
 */
export function loadSchoolDataset(absPath: string, relFile: string, context: SchoolContext = {}): SchoolDatasetLoad {
  const { dataset, diagnostics } = loadInternal(absPath, relFile, context);
  return dataset ? { dataset, diagnostics: [] } : { diagnostics: sortDiagnostics(diagnostics) };
}

export interface SchoolDatasetsLoad {
  /** Valid datasets, by file (relative to the root), in file-name order. */
  readonly datasets: { file: string; dataset: SchoolDataset }[];
  readonly diagnostics: Diagnostic[];
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    return d.isDirectory() ? walk(full) : [full];
  });
}

/** Township-level units from content/units.yaml, read leniently: the main check reports a broken file. */
export function readUnits(root: string): RawUnit[] | undefined {
  const abs = join(root, 'content', 'units.yaml');
  if (!existsSync(abs)) return undefined;
  const source = readSource(abs, 'content/units.yaml');
  if (!source.ok) return undefined;
  const value = parseYaml(source.text, 'content/units.yaml').value as { units?: unknown } | undefined;
  return Array.isArray(value?.units) ? unitDirectory(value) : undefined;
}

/**
 * Load every dataset under `<root>/content/schools/` (recursively), checking
 * townships against content/units.yaml and that no two datasets share a year.
 */
export function loadSchoolDatasets(root: string): SchoolDatasetsLoad {
  const dir = join(root, 'content', 'schools');
  const context: SchoolContext = { units: readUnits(root) };
  const datasets: { file: string; dataset: SchoolDataset }[] = [];
  const diagnostics: Diagnostic[] = [];
  const years = new Map<number, string>();
  for (const abs of walk(dir).sort()) {
    if (abs.endsWith(`${sep}README.md`)) continue;
    const file = relative(root, abs).split(sep).join('/');
    const loaded = loadInternal(abs, file, context);
    diagnostics.push(...loaded.diagnostics);
    if (!loaded.dataset) continue;
    const other = years.get(loaded.dataset.year);
    if (other !== undefined) {
      diagnostics.push(loaded.report(['year'], 'dataset-year-duplicate', `统计年度 ${loaded.dataset.year} 已有数据（${other}）：同一年度只能有一份学校统计数据；有了真实数据后请删除示例数据`));
      continue;
    }
    years.set(loaded.dataset.year, file);
    datasets.push({ file, dataset: loaded.dataset });
  }
  return { datasets, diagnostics: sortDiagnostics(diagnostics) };
}
