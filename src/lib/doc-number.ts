// 发文字号 per GB/T 9704-2012 §7.2.5: 机关代字 + 〔year〕 + sequence + 号,
// with the hexagonal brackets 〔 U+3014 and 〕 U+3015 and no padding zeros.

export interface DocNumber {
  readonly agency: string;
  readonly year: number;
  readonly sequence: number;
}

/** What is wrong with a 发文字号 that can be put right; src/rules/official.ts words it for editors. */
export type DocNumberFix = 'brackets' | 'di' | 'leading-zero' | 'zi';

export type ParsedDocNumber =
  | { ok: true; value: DocNumber }
  | { ok: false; value: string; fixes: readonly DocNumberFix[]; suggestion?: string };

const VALID = /^([\p{Script=Han}A-Za-z]+)〔(\d{4})〕([1-9]\d*)号$/u;
// Brackets editors commonly type instead of 〔〕 (or one of them right and the other not).
export const OPEN_BRACKETS = '[【［﹝（(〔';
export const CLOSE_BRACKETS = ']】］﹞）)〕';
const WRONG_BRACKETS = /^(.+?)([[【［﹝（(〔])(\d{4})([\]】］﹞）)〕])(.+)$/u;

export function parseDocNumber(value: string): ParsedDocNumber {
  const ok = VALID.exec(value);
  if (ok) {
    return { ok: true, value: { agency: ok[1]!, year: Number(ok[2]), sequence: Number(ok[3]) } };
  }
  let fixed = value;
  const fixes: DocNumberFix[] = [];
  const brackets = WRONG_BRACKETS.exec(fixed);
  if (brackets && !(brackets[2] === '〔' && brackets[4] === '〕')) {
    fixed = `${brackets[1]}〔${brackets[3]}〕${brackets[5]}`;
    fixes.push('brackets');
  }
  const parts = /^(.+〕)(第?)(0*)(\d+)(字?)号$/u.exec(fixed);
  if (parts) {
    if (parts[2]) fixes.push('di');
    if (parts[3]) fixes.push('leading-zero');
    if (parts[5]) fixes.push('zi');
    fixed = `${parts[1]}${Number(parts[4])}号`;
  }
  return fixes.length > 0 && VALID.test(fixed) ? { ok: false, value, fixes, suggestion: fixed } : { ok: false, value, fixes: [] };
}
