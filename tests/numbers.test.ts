// Numbers are published as written, or refused with the line: YAML would store
// an unquoted 9007199254740993 as 9007199254740992; a spreadsheet float such as
// 412.49999999999994 万元 is an amount finer than one 分. Nothing is rounded silently.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';
import { parseQuantity } from '../src/lib/quantity.ts';
import { numberProblem } from '../src/rules/numbers.ts';
import { CSV_EXAMPLE_HEADER } from '../src/rules/schools-csv.ts';

const DEMO = join(import.meta.dirname, 'fixtures', 'demo');
const demo = diskFs(DEMO);
const decoder = new TextDecoder();

function check(changes: Record<string, string>): string[] {
  const { diagnostics } = loadContent(DEMO, { fs: overlayFs(demo, changes), today: '2026-11-30' });
  return diagnostics.map(formatDiagnostic);
}
const edited = (file: string, from: string, to: string) => {
  const text = decoder.decode(demo.read(file));
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  return { [file]: text.replace(from, to) };
};

describe('a YAML number as written', () => {
  it('reads back the digits typed, or says why not', () => {
    expect(numberProblem('12', 12)).toBeUndefined();
    expect(numberProblem('35.50', 35.5)).toBeUndefined();
    expect(numberProblem('-3', -3)).toBeUndefined();
    expect(numberProblem('9007199254740991', 9007199254740991)).toBeUndefined();
    expect(numberProblem('9007199254740993', 9007199254740992)).toBe('too-large');
    expect(numberProblem('3.14159265358979323846', 3.141592653589793)).toBe('digits');
    expect(numberProblem('00012', 12)).toBe('leading-zero');
    expect(numberProblem('0x1F', 31)).toBe('notation');
    expect(numberProblem('1e3', 1000)).toBe('notation');
  });
  it('refuses an integer beyond 2^53 with its line, and says what it would become', () => {
    expect(check(edited('content/plan.yaml', 'number: 1\n', 'number: 9007199254740993\n'))).toEqual([
      expect.stringMatching(/^content\/plan\.yaml:\d+:13 {2}数字 9007199254740993 超出了能精确保存的范围（最大 9007199254740991），会被存成 9007199254740992：如是编号或代码，请加英文引号写成文字："9007199254740993" {2}\[number-precision\]$/),
    ]);
  });
  it('an unquoted ID number is reported as personal data only', () => {
    const lines = check(edited('content/leading-group.yaml', '    title: 县长', '    title: 411023198506120033'));
    expect(lines.map((l) => l.slice(l.lastIndexOf('[')))).toEqual(['[pii-id-card]']);
  });
});

describe('a quantity as written', () => {
  it('keeps 万元 exact: 1.1 万元 is 11000 元, 0.07 万元 is 700 元', () => {
    expect(parseQuantity('1.1 万元', 'money')).toEqual({ ok: true, value: 11000, unit: '万元' });
    expect(parseQuantity('0.07 万元', 'money')).toEqual({ ok: true, value: 700, unit: '万元' });
  });
  it('refuses a spreadsheet float in YAML, naming the figure to write', () => {
    expect(check(edited('content/schools/2026.yaml', 'equipmentValue: 420 万元', 'equipmentValue: 412.49999999999994 万元'))).toEqual([
      expect.stringContaining('教学仪器设备值“412.49999999999994 万元”的小数位多得不像是填写的，多半是电子表格计算留下的尾数：请写作“412.5 万元”'),
    ]);
  });
  it('refuses a 万元 cell finer than one 分 in a CSV, at its cell', () => {
    const row = '2025,jia-primary-2025,甲镇第二小学,jia-town,小学,公办,小学,420,26,22,13,5,3,2350,3700,86.1234567,52,13400,10';
    const column = row.indexOf('86.1234567') + 1;
    expect(check({ 'content/schools/2025.csv': `${CSV_EXAMPLE_HEADER}\n${row}\n` })).toEqual([
      `content/schools/2025.csv:2:${column}  第 2 行“教学仪器设备值（万元）”列：教学仪器设备值“86.1234567 万元”折合 861234.567 元，比 1 分还细：金额最多写到分，请写作“86.123457 万元”  [quantity-precision]`,
    ]);
  });
  it('refuses a count that is a float artefact, suggesting the whole number', () => {
    expect(parseQuantity('1199.9999999999998 人', 'people')).toMatchObject({ ok: false, problem: { kind: 'precision', reason: 'artefact', suggestion: '1200 人' } });
  });
});
