// 发文字号 written in running text (an article body, a free-text field): the
// form GB/T 9704 prescribes is checked wherever a number is cited, not only in
// the structured docNumber fields. A candidate is an issuing authority's code,
// a four-digit year in brackets of any kind, a sequence and 号 (教督[2012]3号,
// 国发【2012】48号, 豫政办（2012）131号); ordinary brackets are left alone,
// since a year in brackets is a citation only when a sequence and 号 follow it.
import { z } from 'zod';
import { parseDocNumber } from '../lib/doc-number.ts';
import { docNumber } from '../rules/official.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Locate, PathSegment } from './yaml.ts';
import { someString } from './raw.ts';
import { schemaAt } from './zod-issues.ts';

// 3号楼, 5号线 and the like are not document numbers.
const CANDIDATE = /([\p{Script=Han}A-Za-z]{1,10})([[【［﹝（(〔])\s*((?:19|20)\d{2})\s*([\]】］﹞）)〕])(第?)(\d{1,5})(字?)号(?![楼院线门房室位牌码机车馆厅场馆])/gu;
// Words that stand before a citation and are not part of the authority's code.
const LEADING_WORDS = /^(?:.*?(?:根据|依据|按照|依照|参照|对照|落实|贯彻|执行|印发|转发|关于|见|即|按|据|照|的|和|及|与|或))+/u;

export interface DocNumberInText {
  /** UTF-16 offset and length of the citation in the text. */
  readonly index: number;
  readonly value: string;
  readonly fixes: ReturnType<typeof parseDocNumber> & { ok: false };
}

/** The wrongly written 发文字号 in a piece of text. */
export function findDocNumbers(text: string): DocNumberInText[] {
  const out: DocNumberInText[] = [];
  if (!text.includes('号')) return out;
  for (const m of text.matchAll(CANDIDATE)) {
    const [whole, run, open, , close, di, sequence, zi] = m as unknown as [string, string, string, string, string, string, string, string];
    const agency = run.replace(LEADING_WORDS, '');
    if (agency === '') continue;
    if (open === '〔' && close === '〕' && di === '' && zi === '' && !sequence.startsWith('0')) continue;
    const value = whole.slice(run.length - agency.length);
    const parsed = parseDocNumber(value);
    if (!parsed.ok) out.push({ index: m.index + run.length - agency.length, value, fixes: parsed });
  }
  return out;
}

function positionIn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** In an article body, located exactly. */
export function docNumbersInBody(body: string, file: string, bodyStartLine: number): Diagnostic[] {
  return findDocNumbers(body).map((f) => {
    const { line, column } = positionIn(body, f.index);
    return docNumber.at(file, { line: bodyStartLine + line - 1, column }, f.fixes);
  });
}

/** A docNumber field is checked by its schema already. */
function isDocNumberField(schema: z.core.$ZodType, path: readonly PathSegment[]): boolean {
  let current: z.core.$ZodType | undefined = schemaAt(schema, path);
  while (current) {
    const rules = (z.globalRegistry.get(current) as { rules?: Record<string, string> } | undefined)?.rules;
    if (rules && Object.values(rules).includes('doc-number')) return true;
    current = (current._zod.def as { innerType?: z.core.$ZodType }).innerType;
  }
  return false;
}

/** In every string of parsed YAML except the docNumber fields; `text` is the file as read. */
export function docNumbersInYaml(data: unknown, schema: z.core.$ZodType, file: string, text: string, locate: Locate): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!someString(data, (s) => s.includes('号'))) return out;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: data, path: [] }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const found = findDocNumbers(value);
      if (found.length === 0 || isDocNumberField(schema, path)) continue;
      const start = locate(path, 'value');
      const from = (starts[start.line - 1] ?? text.length) + start.column - 1;
      for (const f of found) {
        const exact = text.indexOf(f.value, from);
        out.push(docNumber.at(file, exact !== -1 ? positionIn(text, exact) : start, f.fixes));
      }
    } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      const entries: [PathSegment, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
      for (const [key, v] of entries.reverse()) stack.push({ value: v, path: [...path, key] });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
