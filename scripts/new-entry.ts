// `npm run new -- <kind> [--title 标题] [--unit 单位编号] [--date 2020-09-01]`:
// creates a new content entry that already passes `npm run check`, dated today
// (China time), with an id no other entry has, and says where it went.
//
// Kinds are a table (KINDS below): another kind of entry is added by writing
// one EntryKind and registering it there.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { categories } from '../schemas/achievement.ts';
import { parseContentDate, todayInChina } from '../src/lib/dates.ts';
import { diskFs } from '../src/content-model/content-fs.ts';
import { loadContent } from '../src/content-model/load.ts';
import { suggest } from '../src/content-model/suggest.ts';
import { PLACEHOLDER } from '../src/rules/date-bounds.ts';

export interface EntryOptions {
  readonly title?: string;
  readonly unit?: string;
}

export interface UnitSummary {
  readonly id: string;
  readonly name: string;
}

/** What a kind may read from the project while deciding what to write. */
export interface EntryContext {
  /** Project root (the folder holding content/). */
  readonly root: string;
  /** YYYY-MM-DD, China time unless --date was given. */
  readonly today: string;
  /** content/units.yaml, in file order; empty when it cannot be read. */
  readonly units: readonly UnitSummary[];
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
  readonly create: (context: EntryContext, options: EntryOptions) => EntryResult;
}

export class EntryError extends Error {}

/** The unit to credit: the one asked for (checked), else the first in the register. */
export function pickUnit(context: EntryContext, wanted: string | undefined): UnitSummary {
  if (context.units.length === 0) throw new EntryError('读不到 content/units.yaml 中的单位：请先运行 npm run check 修正单位名录');
  if (wanted === undefined) return context.units[0]!;
  const unit = context.units.find((u) => u.id === wanted);
  if (unit) return unit;
  const guess = suggest(wanted, context.units.map((u) => u.id));
  throw new EntryError(`单位编号“${wanted}”在 content/units.yaml 中不存在${guess ? `，您是不是想写“${guess}”？` : '：请查看 content/units.yaml 中各单位的 id'}`);
}

/** A YAML plain scalar when safe, else a double-quoted one. */
function yamlString(value: string): string {
  const plain = /^[^\s#:'"{}[\],&*!|>%@`?-][^#:]*$/u.test(value) && !/\s$/u.test(value) && !/^(true|false|null|~|[-+.\d][\d.eE+-]*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

const achievement: EntryKind = {
  title: '工作动态（新闻、成果展示、宣传报道、通知公告），一篇一个文件',
  create(context, options) {
    const unit = pickUnit(context, options.unit);
    // The URL comes from the file name, so it must be unique across the folder, examples included.
    const files = diskFs(context.root).files('content/achievements');
    const taken = new Set(files.filter((f) => ['.md', '.mdx'].includes(extname(f))).map((f) => f.slice(f.lastIndexOf('/') + 1).replace(/\.mdx?$/, '')));
    let id = `${context.today}-${unit.id}`;
    for (let n = 2; taken.has(id); n++) id = `${context.today}-${unit.id}-${n}`;
    const title = options.title?.trim() || `${PLACEHOLDER}：标题`;
    const text = [
      '---',
      `title: ${yamlString(title)}`,
      '# 发布日期：年-月-日',
      `date: ${context.today}`,
      `# 发布单位：content/units.yaml 中的编号（${unit.name}）`,
      `unit: ${unit.id}`,
      `# 栏目：${categories.join('、')}`,
      `category: ${categories[0]}`,
      `summary: ${PLACEHOLDER}：一两句话的摘要，显示在文章列表中。`,
      '---',
      '',
      `${PLACEHOLDER}：正文。段落之间空一行；小标题以“## ”开头。`,
      '',
    ].join('\n');
    return {
      file: `content/achievements/${id}.md`,
      text,
      next: [
        `把“${PLACEHOLDER}”的标题、摘要和正文换成实际内容（不换就通不过检查）；需要时改 unit（发布单位）和 category（栏目）。`,
        '文件名就是文章网址的一部分，可以改（只能用小写英文字母、数字和连字符）。',
        '改完运行 npm run check。',
      ],
    };
  },
};

/**
 * Every kind of entry this script can create, by the name typed on the
 * command line. Register a new kind here.
 */
export const KINDS: Readonly<Record<string, EntryKind>> = {
  achievement,
};

/** The units, read through the same loader as npm run check (empty while units.yaml does not pass it). */
export function readUnits(root: string): UnitSummary[] {
  return (loadContent(root).model.units?.data.units ?? []).map((u) => ({ id: u.id, name: u.name }));
}

function kindList(): string {
  return Object.entries(KINDS).map(([name, kind]) => `  ${name}  ${kind.title}`).join('\n');
}

const USAGE = `用法：npm run new -- <类别> [--title 标题] [--unit 单位编号] [--date 2020-09-01]\n可用的类别：\n${kindList()}`;

/** Creates the entry; returns what to print. Throws EntryError for anything the user can fix. */
export function run(argv: readonly string[], cwd: string, now: Date = new Date()): string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        unit: { type: 'string' },
        date: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new EntryError(`参数有误（${error instanceof Error ? error.message : String(error)}）\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return USAGE;
  const name = positionals[0];
  if (name === undefined) throw new EntryError(`请写明要新建哪一类内容。\n${USAGE}`);
  if (positionals.length > 1) throw new EntryError(`多余的参数：${positionals.slice(1).join(' ')}（标题含空格时请加引号）\n${USAGE}`);
  const kind = Object.hasOwn(KINDS, name) ? KINDS[name] : undefined;
  if (!kind) throw new EntryError(`没有“${name}”这一类内容。可用的类别：\n${kindList()}`);
  const today = values.date ?? todayInChina(now);
  const date = parseContentDate(today);
  if (!date.ok || date.date.precision !== 'day') throw new EntryError(`--date 须写作 2020-09-01 这样的日期，这里是“${today}”`);
  const root = resolve(cwd, values.root ?? '.');
  if (!existsSync(join(root, 'content'))) throw new EntryError(`在 ${root} 中找不到 content 文件夹：请在仓库根目录运行`);

  const result = kind.create({ root, today, units: readUnits(root) }, { title: values.title, unit: values.unit });
  const abs = join(root, result.file);
  const existed = existsSync(abs);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, result.text);
  const shown = relative(cwd, abs).split(sep).join('/') || result.file;
  return [`${existed ? '已更新' : '已创建'} ${shown}`, ...result.next.map((line) => `- ${line}`)].join('\n');
}

if (import.meta.main) {
  try {
    console.log(run(process.argv.slice(2), process.cwd()));
  } catch (error) {
    if (!(error instanceof EntryError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
