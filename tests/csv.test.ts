import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { columnsFromJsonSchema, csvField, objectsToCsv, toCsv } from '../src/lib/csv.ts';

// A reader written from RFC 4180 §2, independent of the writer under test.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
    i += 1;
  }
  if (field !== '' || row.length > 0) throw new Error('last line not ended by CRLF');
  return rows;
}

describe('CSV cells', () => {
  it('leaves plain text, including Chinese, unquoted', () => {
    expect(csvField('建安区财政局')).toBe('建安区财政局');
    expect(csvField('2020-08-01')).toBe('2020-08-01');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('各乡镇,各有关部门')).toBe('"各乡镇,各有关部门"');
    expect(csvField('制定《方案》"初稿"')).toBe('"制定《方案》""初稿"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('writes missing values as empty cells and booleans as true/false', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
    expect(csvField(3)).toBe('3');
  });
});

describe('CSV files', () => {
  it('start with a UTF-8 BOM so Excel reads Chinese correctly', () => {
    const csv = toCsv(['name'], [['马浩']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('ends every line, the last one too, with CRLF and has no bare LF between rows', () => {
    const csv = toCsv(['id', 'name'], [['a', '甲'], ['b', '乙']]);
    expect(csv).toBe('\uFEFFid,name\r\na,甲\r\nb,乙\r\n');
  });

  it('reads back exactly what was written, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const csv = toCsv(['a', 'b'], rows);
        expect(parseCsv(csv.slice(1))).toEqual([['a', 'b'], ...rows]);
      }),
    );
  });
});

describe('columns from a row schema', () => {
  const row = z.strictObject({
    id: z.string().describe('编号'),
    kind: z.enum(['镇', '乡']).describe('类别'),
    image: z
      .strictObject({ src: z.string().describe('地址'), alt: z.string().describe('说明') })
      .optional()
      .describe('配图'),
    example: z.boolean().describe('是否示例'),
  });
  const columns = columnsFromJsonSchema(z.toJSONSchema(z.array(row), { target: 'draft-7' }) as object);

  it('keeps property order and descriptions, flattening nested objects', () => {
    expect(columns.map((c) => c.key)).toEqual(['id', 'kind', 'image.src', 'image.alt', 'example']);
    expect(columns.find((c) => c.key === 'image.alt')?.description).toBe('配图：说明');
    expect(columns.find((c) => c.key === 'kind')?.type).toBe('enum: 镇/乡');
  });

  it('marks a nested field optional when its parent is optional', () => {
    expect(columns.filter((c) => c.required).map((c) => c.key)).toEqual(['id', 'kind', 'example']);
  });

  it('fills missing nested values with empty cells', () => {
    const csv = objectsToCsv(columns, [
      { id: 'a', kind: '镇', example: true },
      { id: 'b', kind: '乡', image: { src: 'x.svg', alt: '示例配图, 无实景' }, example: false },
    ]);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['id', 'kind', 'image.src', 'image.alt', 'example'],
      ['a', '镇', '', '', 'true'],
      ['b', '乡', 'x.svg', '示例配图, 无实景', 'false'],
    ]);
  });
});
