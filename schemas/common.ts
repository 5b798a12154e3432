// Building blocks shared by the entity schemas. Every check here attaches a
// rule code (params.rule) so a diagnostic can name the rule an editor broke.
import { z } from 'zod';
import { parseDocNumber } from '../src/lib/doc-number.ts';
import { parseContentDate } from '../src/lib/dates.ts';

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, rule: string, message: string): void {
  ctx.addIssue({ code: 'custom', message, params: { rule }, input: ctx.value });
}

// Zero-width and direction-control characters: invisible in every editor,
// yet they make two equal-looking names or ids differ.
export const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

function invisible(ctx: Ctx, value: string): boolean {
  const at = value.search(INVISIBLE);
  if (at === -1) return false;
  const code = value.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0');
  fail(ctx, 'invisible-char', `第 ${[...value.slice(0, at)].length + 1} 个字符处有看不见的字符（U+${code}，常见于从网页或 Word 复制的文字）：请删除后重新输入这一段`);
  return true;
}

/** A content id: ASCII kebab-case, unique within its collection. */
export const id = z
  .string()
  .superRefine((value, ctx) => {
    if (invisible(ctx, value)) return;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
      fail(ctx, 'id-format', `编号“${value}”不合规：只能用小写英文字母、数字和连字符（如 finance-bureau）`);
    }
  });

/** Free text: not empty, no leading or trailing whitespace. */
export const text = z.string().superRefine((value, ctx) => {
  if (invisible(ctx, value)) return;
  if (value.length === 0) fail(ctx, 'text-empty', '内容不能为空：请填写内容，或删除此项');
  else if (/^\s|\s$/u.test(value)) fail(ctx, 'text-whitespace', '首尾不能有空格或换行：请删除多余的空白');
});

/** A name (of a person, a unit, a title): text with no whitespace inside either. */
export const name = z.string().superRefine((value, ctx) => {
  if (invisible(ctx, value)) return;
  if (value.length === 0) fail(ctx, 'text-empty', '名称不能为空');
  else if (/\s/u.test(value)) {
    fail(ctx, 'name-whitespace', `名称中不能有空格：请写作“${value.replace(/\s+/gu, '')}”（排版对齐用的空格不属于名称）`);
  }
});

/** A date of day (YYYY-MM-DD) or month (YYYY-MM) precision, as a string. */
export const contentDate = z.string().superRefine((value, ctx) => {
  const parsed = parseContentDate(value);
  if (!parsed.ok) fail(ctx, 'date-invalid', parsed.message);
});

/** A date of day precision only (YYYY-MM-DD). */
export const dayDate = z.string().superRefine((value, ctx) => {
  const parsed = parseContentDate(value);
  if (!parsed.ok) fail(ctx, 'date-invalid', parsed.message);
  else if (parsed.date.precision !== 'day') {
    fail(ctx, 'date-day-required', `此处需要具体到日的日期，如 ${value}-01`);
  }
});

/** A document number (发文字号) in the form of GB/T 9704-2012 §7.2.5, e.g. 教督〔2012〕3号. */
export const docNumber = z.string().superRefine((value, ctx) => {
  const parsed = parseDocNumber(value);
  if (!parsed.ok) fail(ctx, 'doc-number', parsed.message);
});

/** A reference to a unit, by its id in content/units.yaml. */
export const unitRef = id.describe('单位编号（见 content/units.yaml）');

/** A reference to a person, by the id of a leading-group member. */
export const personRef = id.describe('人员编号（见 content/leading-group.yaml）');

/** A link: a site-relative path or an http(s) URL. */
export const link = z.string().superRefine((value, ctx) => {
  if (!/^(https?:\/\/[^\s]+|\/[^\s]*)$/u.test(value)) {
    fail(ctx, 'link-format', '链接须以 https:// 、http:// 或 / 开头，且不含空格');
  }
});

/** Marks an entry whose personal data (ID number, mobile, e-mail) is published on purpose. */
export const personalDataAllowed = z
  .strictObject({
    reason: text.describe('公开的理由，如 本人同意公开的工作联系电话'),
    kinds: z.array(z.enum(['id-card', 'mobile', 'email'])).optional().describe('允许公开的类别：id-card（身份证号）、mobile（手机号）、email（电子邮箱）；省略表示全部'),
  })
  .describe('本条目含有有意公开的个人信息时填写，须写明理由');
