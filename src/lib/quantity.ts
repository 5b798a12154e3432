// Quantities with explicit units, as editors type them and spreadsheets export
// them: "12000 册", "35.5 万元", "1,250 人". Scaling between units is done on
// the decimal digits, never by floating-point multiplication, so "1.1 万元" is
// exactly 11000 元 (1.1 * 10000 in binary floating point is 11000.000000000002).

export type Dimension = 'people' | 'area' | 'money' | 'computers' | 'books' | 'rooms' | 'classes' | 'percent';

interface DimensionInfo {
  /** What is being counted, in Chinese, for messages. */
  readonly label: string;
  /** The unit every value is converted to. */
  readonly base: string;
  /** Accepted units and the power of ten that takes them to the base unit. */
  readonly units: Readonly<Record<string, number>>;
  /** Counts of whole things: a fractional value is a data error. */
  readonly integer: boolean;
}

export const DIMENSIONS: Readonly<Record<Dimension, DimensionInfo>> = {
  people: { label: '人数', base: '人', units: { 人: 0 }, integer: true },
  // Editors type square metres in many ways; all of them are the same unit.
  area: { label: '面积', base: '㎡', units: { '㎡': 0, 'm²': 0, m2: 0, 平方米: 0 }, integer: false },
  money: { label: '金额', base: '元', units: { 元: 0, 万元: 4 }, integer: false },
  computers: { label: '计算机台数', base: '台', units: { 台: 0 }, integer: true },
  books: { label: '图书册数', base: '册', units: { 册: 0 }, integer: true },
  rooms: { label: '教室间数', base: '间', units: { 间: 0 }, integer: true },
  classes: { label: '班级数', base: '个', units: { 个: 0, 班: 0 }, integer: true },
  // A share written as a percentage ("96.5%"): the value is the number before the sign.
  percent: { label: '比例', base: '%', units: { '%': 0, '％': 0 }, integer: false },
};

/** Why a value is not a quantity; src/rules/quantity.ts words it for editors. */
export type QuantityProblem =
  | { readonly kind: 'empty'; readonly what: string; readonly example: string; readonly base: string }
  | { readonly kind: 'unit-missing'; readonly what: string; readonly text: string; readonly base: string }
  | { readonly kind: 'format'; readonly what: string; readonly example: string; readonly text?: string; readonly fullWidth?: boolean }
  | { readonly kind: 'unit-dimension'; readonly what: string; readonly unit: string; readonly unitOf: string; readonly units: string }
  | { readonly kind: 'unit-unknown'; readonly what: string; readonly unit: string; readonly units: string }
  | { readonly kind: 'negative'; readonly what: string; readonly text: string }
  | { readonly kind: 'integer'; readonly what: string; readonly text: string }
  | {
      readonly kind: 'precision';
      readonly what: string;
      readonly text: string;
      /** artefact: more digits than anyone types (a spreadsheet's float); fen: money finer than 0.01 元; too-large: beyond 2^53. */
      readonly reason: 'artefact' | 'fen' | 'too-large';
      /** What to write instead, with its unit. */
      readonly suggestion?: string;
      /** fen: the amount in 元, as the digits say. */
      readonly yuan?: string;
    };

export type ParsedQuantity = { ok: true; value: number; unit: string } | { ok: false; problem: QuantityProblem };

/** The dimension a unit belongs to, if any. */
export function dimensionOfUnit(unit: string): Dimension | undefined {
  return (Object.keys(DIMENSIONS) as Dimension[]).find((d) => Object.hasOwn(DIMENSIONS[d].units, unit));
}

/** "35.5" scaled by 10^exponent, as an exact decimal string ("355000"). */
export function shiftDecimal(digits: string, exponent: number): string {
  const [intPart = '0', fracPart = ''] = digits.split('.');
  const moved = fracPart.padEnd(exponent, '0');
  const whole = (intPart + moved.slice(0, exponent)).replace(/^0+(?=\d)/, '');
  const rest = moved.slice(exponent).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/** "4124999.9999999994" divided by 10^exponent, as an exact decimal string ("412.49999999999994"). */
export function unshiftDecimal(digits: string, exponent: number): string {
  const [intPart = '0', fracPart = ''] = digits.split('.');
  const padded = intPart.padStart(exponent + 1, '0');
  const whole = padded.slice(0, padded.length - exponent).replace(/^0+(?=\d)/, '');
  const rest = (padded.slice(padded.length - exponent) + fracPart).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/** A decimal string rounded half up to `places` decimals, exactly (no binary floating point). */
export function roundDecimal(digits: string, places: number): string {
  const [intPart = '0', fracPart = ''] = digits.split('.');
  if (fracPart.length <= places) return digits;
  const kept = BigInt(intPart + fracPart.slice(0, places)) + (Number(fracPart[places]) >= 5 ? 1n : 0n);
  const text = kept.toString().padStart(places + 1, '0');
  return unshiftDecimal(text, places);
}

/** Significant digits of a decimal string. */
function significant(digits: string): number {
  return digits.replace('.', '').replace(/^0+/, '').length;
}

/** Digits no one types: a float a spreadsheet computed (412.49999999999994 for 412.5). */
const ARTEFACT_DIGITS = 15;

function unitList(info: DimensionInfo): string {
  return Object.keys(info.units)
    .filter((u) => u === info.base || !/^m/.test(u))
    .map((u) => `“${u}”`)
    .join('或');
}

// A number: digits with an optional decimal part; thousands separators only in
// their proper places ("12,000", never "1,20").
const QUANTITY = /^(-|－)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(.*)$/u;

/**
 * Parse one quantity of a known dimension. `label` names the field in
 * messages, e.g. 在校学生数; it defaults to the dimension's own label.
 */
export function parseQuantity(input: unknown, dimension: Dimension, label?: string): ParsedQuantity {
  const info = DIMENSIONS[dimension];
  const what = label ?? info.label;
  const example = `${dimension === 'money' ? '35.5 万元' : dimension === 'area' ? '5200 ㎡' : dimension === 'percent' ? '96.5%' : `120 ${info.base}`}`;
  const fail = (problem: QuantityProblem): ParsedQuantity => ({ ok: false, problem });

  if (input === null || input === undefined || (typeof input === 'string' && input.trim() === '')) {
    return fail({ kind: 'empty', what, example, base: info.base });
  }
  if (typeof input === 'number') return fail({ kind: 'unit-missing', what, text: String(input), base: info.base });
  if (typeof input !== 'string') return fail({ kind: 'format', what, example });
  const text = input.trim();
  if (/[０-９．，]/u.test(text)) return fail({ kind: 'format', what, example, text, fullWidth: true });
  const match = QUANTITY.exec(text);
  if (!match) return fail({ kind: 'format', what, example, text });
  const negative = match[1] !== undefined;
  const digits = match[2]!.replace(/,/g, '');
  const unit = match[3]!.trim();
  if (unit === '') return fail({ kind: 'unit-missing', what, text, base: info.base });
  const exponent = info.units[unit];
  if (exponent === undefined) {
    const other = dimensionOfUnit(unit);
    if (other !== undefined) return fail({ kind: 'unit-dimension', what, unit, unitOf: DIMENSIONS[other].label, units: unitList(info) });
    return fail({ kind: 'unit-unknown', what, unit, units: unitList(info) });
  }
  const scaled = shiftDecimal(digits, exponent);
  // Nothing an editor wrote is rounded silently: a figure that cannot be what was meant is refused, with what to write.
  if (digits.includes('.') && significant(digits) >= ARTEFACT_DIGITS) {
    const near = Number(digits).toPrecision(12);
    const suggestion = near.includes('e') ? undefined : `${near.includes('.') ? near.replace(/\.?0+$/, '') : near} ${unit}`;
    return fail({ kind: 'precision', what, text, reason: 'artefact', ...(suggestion ? { suggestion } : {}) });
  }
  if (BigInt(scaled.split('.')[0]!) > BigInt(Number.MAX_SAFE_INTEGER)) return fail({ kind: 'precision', what, text, reason: 'too-large' });
  if (dimension === 'money' && (scaled.split('.')[1]?.length ?? 0) > 2) {
    const fen = roundDecimal(scaled, 2);
    return fail({ kind: 'precision', what, text, reason: 'fen', yuan: scaled, suggestion: `${unshiftDecimal(fen, exponent)} ${unit}` });
  }
  const value = Number(scaled);
  if (negative && value !== 0) return fail({ kind: 'negative', what, text });
  if (info.integer && scaled.includes('.')) return fail({ kind: 'integer', what, text });
  return { ok: true, value, unit };
}
