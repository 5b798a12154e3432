// What every kind of `npm run new` entry shares: what it may read, what it
// returns, and the checks of its arguments (each answered in Chinese, with
// the nearest valid value where there is one).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentDate } from '../../src/lib/dates.ts';
import type { ContentModel } from '../../src/content-model/model.ts';
import { suggest } from '../../src/content-model/suggest.ts';
import { ID } from '../../src/rules/ids.ts';

/** What a placeholder says: exactly this text, so the check can tell it from content. */
export const PLACEHOLDER = '待填写';

/** The options a kind takes, by name, each with its Chinese description for the usage text. */
export type OptionSpec = Readonly<Record<string, string>>;

export type EntryOptions = Readonly<Record<string, string | undefined>>;

export interface UnitSummary {
  readonly id: string;
  readonly name: string;
}

/** What a kind may read from the project while deciding what to write. */
export interface EntryContext {
  /** Project root (the folder holding content/). */
  readonly root: string;
  /** The entry's date: --date, else today in China (YYYY-MM-DD). */
  readonly today: string;
  /** content/units.yaml, in file order; empty when it cannot be read. */
  readonly units: readonly UnitSummary[];
  /** Every file that passed the check, as the loader read it. */
  readonly content: ContentModel;
}

export interface EntryResult {
  /** Path relative to the root, with forward slashes. */
  readonly file: string;
  /** The whole new text of the file (a kind that adds to an existing file returns all of it). */
  readonly text: string;
  /** Chinese: what to do next. */
  readonly next: readonly string[];
}

export interface EntryKind {
  /** Chinese: what this kind creates, for the list of kinds. */
  readonly title: string;
  /** The options this kind reads (besides --date and --root, which every kind has). */
  readonly options: OptionSpec;
  /** One command line, for the usage text. */
  readonly example: string;
  readonly create: (context: EntryContext, options: EntryOptions) => EntryResult;
}

export class EntryError extends Error {}

/** The unit to credit: the one asked for (checked), else the first in the register. */
export function pickUnit(context: EntryContext, wanted: string | undefined): UnitSummary {
  if (context.units.length === 0) throw new EntryError('读不到 content/units.yaml 中的单位：请先运行 npm run check 修正单位名录');
  if (wanted === undefined) return context.units[0]!;
  const unit = context.units.find((u) => u.id === wanted);
  if (unit) return unit;
  const byName = context.units.find((u) => u.name === wanted || u.name.endsWith(wanted));
  if (byName) throw new EntryError(`单位要写编号，不写名称：“${wanted}”的编号是 ${byName.id}（${byName.name}），请写 --unit ${byName.id}`);
  const guess = suggest(wanted, context.units.map((u) => u.id));
  throw new EntryError(`单位编号“${wanted}”在 content/units.yaml 中不存在${guess ? `，您是不是想写“${guess}”？` : '：请查看 content/units.yaml 中各单位的 id'}`);
}

/** The unit named by --unit, which this kind cannot guess. */
export function requireUnit(context: EntryContext, wanted: string | undefined): UnitSummary {
  if (wanted === undefined) throw new EntryError('请用 --unit 写明是哪个单位，如 --unit finance-bureau（单位编号见 content/units.yaml）');
  return pickUnit(context, wanted);
}

/** A required option, with the hint of how to write it. */
export function required(options: EntryOptions, name: string, hint: string): string {
  const value = options[name]?.trim();
  if (!value) throw new EntryError(`请用 --${name} 写明${hint}`);
  return value;
}

/** An id given on the command line: checked before it is written. */
export function checkId(value: string, what: string): string {
  if (!ID.test(value)) throw new EntryError(`${what}“${value}”不合规：只能用小写英文字母、数字和连字符，如 canteen-samples`);
  return value;
}

/** A day date given on the command line. */
export function checkDay(value: string, option: string): string {
  const parsed = parseContentDate(value);
  if (!parsed.ok || parsed.date.precision !== 'day') throw new EntryError(`--${option} 须写作 2020-09-01 这样的日期，这里是“${value}”`);
  return value;
}

/** A day or month date (a deadline may be "2020-12", the end of that month). */
export function checkDate(value: string, option: string): string {
  if (!parseContentDate(value).ok) throw new EntryError(`--${option} 须写作 2020-09-01（某一天）或 2020-12（某月底）这样的日期，这里是“${value}”`);
  return value;
}

/** The one id that begins with what was typed (a shortened id). */
export function nearest(value: string, ids: readonly string[]): string | undefined {
  const starting = ids.filter((id) => id.startsWith(value));
  return starting.length === 1 ? starting[0] : undefined;
}

/** One of a fixed list of ids, with the nearest when misspelt. */
export function oneOf(value: string, ids: readonly string[], what: string, where: string): string {
  if (ids.includes(value)) return value;
  const guess = suggest(value, ids) ?? nearest(value, ids);
  throw new EntryError(
    `${where}中没有${what}“${value}”${guess ? `，您是不是想写“${guess}”？` : '。'}${ids.length > 0 ? `可选：${ids.join('、')}` : ''}`,
  );
}

/** The text of a file under the root, or undefined when there is none. */
export function readText(root: string, file: string): string | undefined {
  const abs = join(root, file);
  return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
}

/** The first line of a new YAML file: the JSON Schema editors' VS Code uses (see .vscode/settings.json). */
export function modeline(file: string, schema: string): string {
  const depth = file.split('/').length - 1;
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/json/${schema}.schema.json`;
}

/** A YAML plain scalar when safe, else a double-quoted one. */
export function yamlString(value: string): string {
  const plain = /^[^\s#:'"{}[\],&*!|>%@`?-][^#:]*$/u.test(value) && !/\s$/u.test(value) && !/^(true|false|null|~|[-+.\d][\d.eE+-]*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}
