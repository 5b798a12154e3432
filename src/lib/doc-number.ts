// 发文字号 per GB/T 9704-2012 §7.2.5: 机关代字 + 〔year〕 + sequence + 号,
// with the hexagonal brackets 〔 U+3014 and 〕 U+3015 and no padding zeros.

export interface DocNumber {
  readonly agency: string;
  readonly year: number;
  readonly sequence: number;
}

export type ParsedDocNumber = { ok: true; value: DocNumber } | { ok: false; message: string };

const VALID = /^([\p{Script=Han}A-Za-z]+)〔(\d{4})〕([1-9]\d*)号$/u;
// Brackets editors commonly type instead of 〔〕.
const WRONG_BRACKETS = /^(.+?)[[【［﹝（(](\d{4})[\]】］﹞）)](.+)$/u;

export function parseDocNumber(value: string): ParsedDocNumber {
  const ok = VALID.exec(value);
  if (ok) {
    return { ok: true, value: { agency: ok[1]!, year: Number(ok[2]), sequence: Number(ok[3]) } };
  }
  const rule = '发文字号应写作“机关代字〔年份〕序号号”，如 教督〔2012〕3号';
  let fixed = value;
  const problems: string[] = [];
  const brackets = WRONG_BRACKETS.exec(fixed);
  if (brackets) {
    fixed = `${brackets[1]}〔${brackets[2]}〕${brackets[3]}`;
    problems.push('年份要用六角括号〔〕');
  }
  const parts = /^(.+〕)(第?)(0*)(\d+)(字?)号$/u.exec(fixed);
  if (parts) {
    if (parts[2]) problems.push('序号前不加“第”');
    if (parts[3]) problems.push('序号不编虚位（不加前导 0）');
    if (parts[5]) problems.push('序号后不加“字”');
    fixed = `${parts[1]}${Number(parts[4])}号`;
  }
  if (problems.length > 0 && VALID.test(fixed)) {
    return { ok: false, message: `发文字号“${value}”不规范：${problems.join('，')}。请写作“${fixed}”` };
  }
  return { ok: false, message: `发文字号“${value}”不规范：${rule}` };
}
