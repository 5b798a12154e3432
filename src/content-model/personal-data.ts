// Personal data that must not be published by accident: 居民身份证号, mobile
// numbers and private e-mail addresses. Pasted name lists and contact sheets
// are the usual way these reach a government site.
//
// The rules lean towards few false alarms, since each one blocks a merge:
// - 身份证号: 18 characters passing the GB 11643 check digit, with a real
//   birth date and a province code that exists; never inside a longer run of
//   digits or letters (统一社会信用代码, order and account numbers).
// - 手机号: 1[3-9] and 9 more digits, optionally +86/86 and 3-4-4 spaces or
//   hyphens; never inside a longer run of digits or letters, a decimal, or an
//   amount followed by its unit (元, 万, 人 …).
// - 个人邮箱: an address at a free-mail provider (FREE_MAIL_DOMAINS, or a
//   subdomain of one), or any address whose local part is all digits (a QQ
//   number or a phone number), except at official domains (OFFICIAL_SUFFIXES:
//   *.gov.cn, *.edu.cn …), which are published on purpose.
// Chinese input methods type digits, letters, "@", dots and dashes in their
// full-width forms (１３８－１２３４－５６７８, ｘｘ＠ｑｑ．ｃｏｍ), with ideographic
// spaces between groups: the text is searched with those read as their ASCII
// counterparts (normalizeWidth), and what is found is masked in that form.
// An entry that must publish such data says so, with a reason, through
// `personalDataAllowed` (see PersonalDataAllowance).
import { piiEmail, piiIdCard, piiMobile } from '../rules/personal.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Locate, PathSegment } from './yaml.ts';

export type PersonalDataKind = 'id-card' | 'mobile' | 'email';

export interface PersonalDataFinding {
  readonly kind: PersonalDataKind;
  /** UTF-16 offset and length in the searched text. */
  readonly index: number;
  readonly length: number;
  /** As written (perhaps in full-width digits). */
  readonly value: string;
  /** As ASCII: what was matched, and what the message masks. */
  readonly normalized: string;
}

// Dashes and minus signs of Chinese text: ‐ ‑ ‒ – — ― − ﹣.
const DASHES = /[\u2010-\u2015\u2212\ufe63]/u;

/**
 * Full-width ASCII forms (！ to ～, U+FF01–FF5E) as ASCII, ideographic and
 * no-break spaces as a space, and Chinese dashes as "-". Each character maps
 * to one character, so offsets into the result are offsets into `text`.
 */
const WIDE = /[\uff01-\uff5e\u3000\u00a0\u2010-\u2015\u2212\ufe63]/u;

export function normalizeWidth(text: string): string {
  // Most text has none of these: no copy then.
  if (!WIDE.test(text)) return text;
  return text.replace(/[\uff01-\uff5e\u3000\u00a0\u2010-\u2015\u2212\ufe63]/gu, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    return DASHES.test(c) ? '-' : ' ';
  });
}

export const FREE_MAIL_DOMAINS: readonly string[] = [
  'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', '188.com', 'netease.com', 'sina.com', 'sina.cn',
  'sohu.com', 'aliyun.com', '139.com', '189.cn', 'wo.cn', 'tom.com', '21cn.com', '263.net', 'gmail.com',
  'outlook.com', 'hotmail.com', 'live.com', 'live.cn', 'msn.com', 'yahoo.com', 'icloud.com', 'me.com',
  'proton.me', 'protonmail.com',
];

export const OFFICIAL_SUFFIXES: readonly string[] = ['gov.cn', 'edu.cn', 'org.cn', 'ac.cn', 'mil.cn', 'gov', 'edu'];

/** Province-level codes that open every 居民身份证号 (GB/T 2260), plus 港澳台居民居住证 81–83. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64,
  65, 71, 81, 82, 83,
]);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_DIGITS = '10X98765432';

/** GB 11643 check: the 18th character from the first 17 digits. */
export function isValidIdCardNumber(id: string, latestYear = new Date().getFullYear()): boolean {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || year > latestYear || month < 1 || month > 12 || day < 1) return false;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]!;
  return CHECK_DIGITS[sum % 11] === id[17]!.toUpperCase();
}

function domainIn(domain: string, list: readonly string[]): boolean {
  return list.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Whether an address is someone's own rather than an office's. */
export function isPersonalEmail(address: string): boolean {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  if (domainIn(domain, OFFICIAL_SUFFIXES)) return false;
  return domainIn(domain, FREE_MAIL_DOMAINS) || /^\d+$/.test(local);
}

const ID_CARD = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
// 3-4-4 grouping with one space, hyphen or dot at most between groups; a country code only as +86, 0086 or 86.
// Not part of a decimal, and not an amount or a count: 15000000000元 is 150 亿, not a phone.
const MOBILE = /(?<![0-9A-Za-z+]|\d\.)(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ .-]?\d{4}){2}(?![0-9A-Za-z]|\.\d|\s?(?:元|万|亿|人|平方|㎡|米|册|台|套|件|个|所|间|名|户|次|吨|公里|千克|kg|km))/g;
const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w-])/g;

/** Personal data in a piece of text, in order of position; full-width digits and separators count as ASCII. */
export function findPersonalData(original: string): PersonalDataFinding[] {
  const text = normalizeWidth(original);
  const found: PersonalDataFinding[] = [];
  const add = (kind: PersonalDataKind, index: number, normalized: string) =>
    found.push({ kind, index, length: normalized.length, value: original.slice(index, index + normalized.length), normalized });
  // Characters already claimed by an address or an ID: a phone number used as a mailbox
  // name is reported once, as the address, and an official address hides its digits.
  const claimed = new Uint8Array(text.length);
  const claim = (index: number, length: number) => claimed.fill(1, index, index + length);
  const free = (index: number, length: number) => claimed.subarray(index, index + length).every((c) => c === 0);
  for (const m of text.matchAll(EMAIL)) {
    claim(m.index, m[0].length);
    if (isPersonalEmail(m[0])) add('email', m.index, m[0]);
  }
  for (const m of text.matchAll(ID_CARD)) {
    if (!isValidIdCardNumber(m[0]) || !free(m.index, m[0].length)) continue;
    claim(m.index, m[0].length);
    add('id-card', m.index, m[0]);
  }
  for (const m of text.matchAll(MOBILE)) {
    if (free(m.index, m[0].length)) add('mobile', m.index, m[0]);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Enough to find it in the file, not enough to leak it again through CI logs. */
export function maskPersonalData(finding: Pick<PersonalDataFinding, 'kind' | 'value'> & { readonly normalized?: string }): string {
  const v = finding.normalized ?? finding.value;
  if (finding.kind === 'id-card') return `${v.slice(0, 6)}********${v.slice(-4)}`;
  if (finding.kind === 'mobile') {
    const digits = v.replace(/\D/g, '').slice(-11);
    return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  }
  const at = v.lastIndexOf('@');
  return `${v.slice(0, 1)}***${v.slice(at)}`;
}

const RULE = { 'id-card': piiIdCard, mobile: piiMobile, email: piiEmail } as const;

function diagnostic(finding: PersonalDataFinding, file: string, position: { line: number; column: number }, where: 'entry' | 'article'): Diagnostic {
  return RULE[finding.kind].at(file, position, { masked: maskPersonalData(finding), where });
}

/**
 * How an entry (a YAML mapping, or an article's frontmatter) says it publishes
 * personal data on purpose:
 *
 *     personalDataAllowed:
 *       reason: 办公室对外联系电话，经单位同意公开
 *       kinds: [mobile]        # optional; default: all three kinds
 *
 * It covers the mapping it sits in and everything below it.
 */
export interface PersonalDataAllowance {
  readonly reason: string;
  readonly kinds?: readonly PersonalDataKind[];
}

export const ALLOWANCE_KEY = 'personalDataAllowed';

/** The kinds an allowance permits; an allowance without a non-empty reason permits nothing. */
export function allowedKinds(allowance: unknown): Set<PersonalDataKind> {
  if (allowance === null || typeof allowance !== 'object') return new Set();
  const { reason, kinds } = allowance as { reason?: unknown; kinds?: unknown };
  if (typeof reason !== 'string' || reason.trim() === '') return new Set();
  const all: PersonalDataKind[] = ['id-card', 'mobile', 'email'];
  if (!Array.isArray(kinds)) return new Set(all);
  return new Set(all.filter((k) => kinds.includes(k)));
}

function positionIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/**
 * Personal data in an article body, located exactly. Code blocks are searched
 * too: they are published like everything else. `allowed` comes from the
 * frontmatter's personalDataAllowed (see allowedKinds).
 */
export function personalDataInBody(body: string, file: string, bodyStartLine: number, allowed: ReadonlySet<PersonalDataKind> = new Set()): Diagnostic[] {
  const at = positionIn(body);
  return findPersonalData(body)
    .filter((f) => !allowed.has(f.kind))
    .map((f) => {
      const { line, column } = at(f.index);
      return diagnostic(f, file, { line: bodyStartLine + line - 1, column }, 'article');
    });
}

/**
 * Personal data in every string of parsed YAML. `text` is the whole file as
 * read (the same text `locate` counts lines in); each finding is pointed at
 * its own characters when they appear verbatim after the value's start, else
 * at the value. An article's frontmatter passes `where: 'article'`.
 */
export function personalDataInYaml(
  data: unknown,
  file: string,
  text: string,
  locate: Locate,
  where: 'entry' | 'article' = 'entry',
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offsetOf = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
  const positionOf = positionIn(text);

  // Iterative: parsed YAML may be deep, and aliases may share (not repeat) nodes.
  const stack: { value: unknown; path: PathSegment[]; allowed: Set<PersonalDataKind> }[] = [{ value: data, path: [], allowed: new Set() }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, path, allowed } = stack.pop()!;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
      const start = locate(path, 'value');
      const from = offsetOf(start.line, start.column);
      // An unquoted 13812345678 or 410102199001011234 is a number to YAML (the latter already
      // rounded): read what the editor typed instead.
      const searched = typeof value === 'string' ? value : (/^[^\s,\]}#]+/.exec(text.slice(from, from + 64))?.[0] ?? String(value));
      const findings = findPersonalData(searched).filter((f) => !allowed.has(f.kind));
      for (const f of findings) {
        // Escapes, quotes and indentation only ever make the source longer than the value.
        const exact = text.indexOf(f.value, from + f.index);
        out.push(diagnostic(f, file, exact !== -1 && exact - from <= searched.length * 2 + 64 ? positionOf(exact) : start, where));
      }
    } else if (value !== null && typeof value === 'object') {
      if (seen.has(value)) continue;
      seen.add(value);
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i], allowed });
      } else {
        const record = value as Record<string, unknown>;
        const own = allowedKinds(record[ALLOWANCE_KEY]);
        const here = own.size > 0 ? new Set([...allowed, ...own]) : allowed;
        const keys = Object.keys(record).filter((k) => k !== ALLOWANCE_KEY);
        for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: record[keys[i]!], path: [...path, keys[i]!], allowed: here });
      }
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
