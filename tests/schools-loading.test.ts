import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/content-model/csv.ts';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { loadSchoolDatasetFile } from '../src/content-model/dataset-file.ts';
import { loadContent } from '../src/content-model/load.ts';
import { parseQuantity } from '../src/lib/quantity.ts';

const root = join(import.meta.dirname, '..');
/** Every dataset of a project, with the diagnostics about school data. */
function loadSchoolDatasets(projectRoot: string) {
  const { model, diagnostics } = loadContent(projectRoot);
  return { datasets: model.schools, diagnostics: diagnostics.filter((d) => d.file.startsWith('content/schools/')) };
}

const fixture = (path: string) => {
  const rel = `tests/fixtures/${path}`;
  return loadSchoolDatasetFile(join(root, rel));
};
const messages = (path: string) => fixture(path).diagnostics.map(formatDiagnostic);

describe('万元 converts to 元 exactly', () => {
  it('scales the decimal digits, not a binary float', () => {
    // 4.56 × 10000 in binary floating point is 45599.99999999999; the data means 45600 元.
    expect(4.56 * 10000).not.toBe(45600);
    expect(parseQuantity('4.56 万元', 'money')).toEqual({ ok: true, value: 45600, unit: '万元' });
    // 0.07 万元 = 700 元 (0.07 × 10000 in floating point is 700.0000000000001).
    expect(0.07 * 10000).not.toBe(700);
    expect(parseQuantity('0.07 万元', 'money')).toEqual({ ok: true, value: 700, unit: '万元' });
    // 0.0001 万元 = 1 元; 1,234.56789 万元 = 12345678.9 元 (the decimal point moves 4 places).
    expect(parseQuantity('0.0001 万元', 'money')).toEqual({ ok: true, value: 1, unit: '万元' });
    expect(parseQuantity('1,234.56789 万元', 'money')).toEqual({ ok: true, value: 12345678.9, unit: '万元' });
  });

  it('gives the same dataset whether a value is written in 元 or 万元', () => {
    // The weighted-CV fixture writes 20 万元 for one school and 600000 元 for the other.
    const { dataset } = fixture('schools-weighted-cv/dataset.yaml');
    expect(dataset?.schools.map((s) => s.parts.primary?.equipmentValue)).toEqual([200000, 600000]);
  });
});

describe('bad quantities in YAML', () => {
  it('a quantity without a unit', () => {
    expect(messages('schools-no-unit/dataset.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/schools-no-unit/dataset.yaml:23:16  图书册数缺少单位：请写作“15000 册”（数值后加空格和单位）  [quantity-unit-missing]",
      ]
    `);
  });
  it('an unknown unit', () => {
    expect(messages('schools-unknown-unit/dataset.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/schools-unknown-unit/dataset.yaml:23:16  不认识的单位“本”：图书册数的单位用“册”  [quantity-unit-unknown]",
      ]
    `);
  });
  it('a unit of the wrong dimension', () => {
    expect(messages('schools-wrong-dimension/dataset.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/schools-wrong-dimension/dataset.yaml:23:16  单位“㎡”是面积的单位，而这里是图书册数：请用“册”  [quantity-unit-dimension]",
      ]
    `);
  });
  it('a negative number', () => {
    expect(messages('schools-negative/dataset.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/schools-negative/dataset.yaml:22:20  计算机台数不能为负数（“-60 台”）：请填写 0 或正数  [quantity-negative]",
      ]
    `);
  });
  it('a part with zero pupils', () => {
    expect(messages('schools-zero-pupils/dataset.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/schools-zero-pupils/dataset.yaml:13:17  在校学生数为 0：没有学生的学段不参与计算，请删除这一学段  [pupils-zero]",
      ]
    `);
  });
});

describe('bad quantities in CSV name the row and column', () => {
  it('a quantity without a unit, in a column whose header gives none', () => {
    expect(messages('schools-no-unit/dataset.csv')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/schools-no-unit/dataset.csv:2:90  第 2 行“图书册数”列：图书册数缺少单位：请写作“15000 册”（数值后加空格和单位）；也可在表头注明整列的单位，如“图书册数（册）”  [quantity-unit-missing]",
      ]
    `);
  });
  it('an unknown unit', () => {
    expect(messages('schools-unknown-unit/dataset.csv')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/schools-unknown-unit/dataset.csv:2:90  第 2 行“图书册数（册）”列：不认识的单位“本”：图书册数的单位用“册”  [quantity-unit-unknown]",
      ]
    `);
  });
  it('a unit of the wrong dimension', () => {
    expect(messages('schools-wrong-dimension/dataset.csv')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/schools-wrong-dimension/dataset.csv:2:90  第 2 行“图书册数（册）”列：单位“㎡”是面积的单位，而这里是图书册数：请用“册”  [quantity-unit-dimension]",
      ]
    `);
  });
  it('a negative number', () => {
    expect(messages('schools-negative/dataset.csv')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/schools-negative/dataset.csv:2:87  第 2 行“计算机台数（台）”列：计算机台数不能为负数（“-60 台”）：请填写 0 或正数  [quantity-negative]",
      ]
    `);
  });
  it('a part with zero pupils', () => {
    expect(messages('schools-zero-pupils/dataset.csv')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/schools-zero-pupils/dataset.csv:2:56  第 2 行“在校学生数（人）”列：在校学生数为 0：没有学生的学段不参与计算，请删除这一学段  [pupils-zero]",
      ]
    `);
  });
});

describe('CSV as spreadsheets export it', () => {
  it('reads UTF-8 with BOM, CRLF, quoted thousands separators and per-cell units into the same data as the YAML', () => {
    const csv = fixture('schools-csv/schools-example.csv');
    const yaml = loadSchoolDatasetFile(join(root, 'tests/fixtures/schools-csv/schools-example.yaml'));
    expect(csv.diagnostics).toEqual([]);
    expect(yaml.diagnostics).toEqual([]);
    expect(isDeepStrictEqual(csv.dataset, yaml.dataset)).toBe(true);
  });

  it('handles quotes, commas and line breaks inside quoted cells', () => {
    const { records, diagnostics } = parseCsv('名称,备注\n"示例""希望""小学","一, 二\n三"\n', 'x.csv');
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => r.cells.map((c) => c.value))).toEqual([
      ['名称', '备注'],
      ['示例"希望"小学', '一, 二\n三'],
    ]);
  });

  it('reports an unclosed quote where it opens', () => {
    const { diagnostics } = parseCsv('学校编号,学校名称\nexample-a,"示例小学\n', 'x.csv');
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "x.csv:2:11  第 2 行的引号没有配对：以“"”开头的单元格须以“"”结束（单元格内的引号要写成两个 ""）  [csv-syntax]",
      ]
    `);
  });
});

describe('whole folder', () => {
  it('loads the demo county’s dataset with no problems; the real county has published none', () => {
    const demo = loadSchoolDatasets(join(root, 'tests/fixtures/demo'));
    expect(demo.diagnostics).toEqual([]);
    expect(demo.datasets.map((d) => [d.file, d.dataset.year])).toEqual([['content/schools/2026.yaml', 2026]]);
    expect(loadSchoolDatasets(root).datasets).toEqual([]);
  });

  it('rejects two datasets of the same year', () => {
    const { datasets, diagnostics } = loadSchoolDatasets(join(root, 'tests/fixtures/schools-duplicate-year'));
    expect(datasets).toHaveLength(1);
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "content/schools/2020.yaml:2:7  统计年度 2020 已有数据（content/schools/2020-export.csv）：同一年度只能有一份学校统计数据，请删除或合并其中一份  [dataset-year-duplicate]",
      ]
    `);
  });

  it('checks each township against content/units.yaml', () => {
    const { diagnostics } = loadSchoolDatasets(join(root, 'tests/fixtures/schools-unknown-township'));
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "content/schools/2020.yaml:9:15  单位编号“no-such-town”在 content/units.yaml 中不存在：请填写学校所在乡镇（街道）的编号  [unit-unknown]",
        "content/schools/2020.yaml:28:15  “education-sports-bureau”是县直部门，不是乡镇（街道）：请填写学校所在乡镇（街道）的编号  [township-kind]",
      ]
    `);
  });
});

describe('structure', () => {
  it('checks a CSV header: names, units, missing columns', () => {
    expect(messages('schools-csv-header/dataset.csv')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/schools-csv-header/dataset.csv:1:11  第 1 行“学校名”列：不认识的列名“学校名”，您是不是想写“学校名称”？  [csv-header]",
        "tests/fixtures/schools-csv-header/dataset.csv:1:133  第 1 行“教学仪器设备值（㎡）”列：单位“㎡”是面积的单位，而这里是教学仪器设备值：请用“元”或“万元”  [quantity-unit-dimension]",
        "tests/fixtures/schools-csv-header/dataset.csv:1:153  第 1 行“图书（本）”列：不认识的单位“本”：图书册数的单位用“册”  [quantity-unit-unknown]",
      ]
    `);
  });

  it('checks each school has the 学段 parts of its type, and each shared figure is in one place', () => {
    expect(messages('schools-parts/dataset.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/schools-parts/dataset.yaml:12:7  九年一贯制学校须同时填写 primary（小学） 和 junior（初中）两部分，缺少 junior（初中）  [school-parts]",
        "tests/fixtures/schools-parts/dataset.yaml:45:9  小学只有 primary（小学）部分，不能有 junior（初中）：请删除这一部分，或改正学校类型  [school-parts]",
        "tests/fixtures/schools-parts/dataset.yaml:76:16  图书册数已在 shared 中填写全校合计，这里不要再填：请删除其中一处  [school-shared]",
        "tests/fixtures/schools-parts/dataset.yaml:79:9  缺少“教学及辅助用房面积”（teachingArea）、“体育运动场馆面积”（sportsArea）、“教学仪器设备值”（equipmentValue）、“计算机台数”（computers）、“网络多媒体教室数”（multimediaClassrooms）：请补上，或在 shared 中填写全校合计  [required]",
      ]
    `);
  });
});
