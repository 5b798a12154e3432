// `npm run new -- <kind> [--选项 值 …]`: adds a content entry for one of the
// editors' tasks (see CONTRIBUTING.md), dated today (China time) unless
// --date says otherwise, and says where it went and what to fill in.
//
// A new file is written whole; an entry added to an existing YAML file goes in
// through the `yaml` Document API, so the file keeps its first line, comments
// and layout (scripts/entries/yaml-edit.ts). Values nobody can know yet are
// left as 待填写, which the check reports until they are replaced. After
// writing, the project is checked by the same loader as `npm run check`, and
// what it says about the file is printed.
//
// Kinds are a table (KINDS below): another kind of entry is added by writing
// one EntryKind in scripts/entries/ and registering it there.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';
import { parseContentDate, todayInChina } from '../src/lib/dates.ts';
import { ARTICLE_KINDS } from './entries/achievement.ts';
import { ASSESSMENT_KINDS } from './entries/assessment.ts';
import { EntryError, PLACEHOLDER, type EntryKind } from './entries/entry.ts';
import { LEADING_GROUP_KINDS } from './entries/leading-group.ts';
import { PROGRESS_KINDS } from './entries/progress.ts';

export { EntryError, pickUnit, type EntryContext, type EntryKind, type EntryOptions, type EntryResult, type UnitSummary } from './entries/entry.ts';

/**
 * Every kind of entry this script can create, by the name typed on the
 * command line, in the order of the guide's tasks. Register a new kind here.
 */
export const KINDS: Readonly<Record<string, EntryKind>> = {
  ...ARTICLE_KINDS,
  ...PROGRESS_KINDS,
  ...LEADING_GROUP_KINDS,
  ...ASSESSMENT_KINDS,
};

/** Options every kind takes. */
const COMMON = {
  date: '日期（可选，默认今天），如 2020-09-01',
  root: '项目文件夹（可选，默认当前文件夹）',
} as const;

function kindList(): string {
  return Object.entries(KINDS)
    .map(([name, kind]) => `  ${name}  ${kind.title}`)
    .join('\n');
}

function kindUsage(name: string, kind: EntryKind): string {
  const options = Object.entries({ ...kind.options, ...COMMON }).map(([option, text]) => `  --${option}  ${text}`);
  return [`${name}：${kind.title}`, `例：${kind.example}`, '选项：', ...options].join('\n');
}

const USAGE = `用法：npm run new -- <类别> [--选项 值 …]（npm run new -- <类别> --help 列出该类的选项）\n可用的类别：\n${kindList()}`;

const optionNames = [...new Set([...Object.values(KINDS).flatMap((k) => Object.keys(k.options)), ...Object.keys(COMMON)])];

/** Creates the entry; returns what to print. Throws EntryError for anything the user can fix. */
export function run(argv: readonly string[], cwd: string, now: Date = new Date()): string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ...Object.fromEntries(optionNames.map((name) => [name, { type: 'string' as const }])),
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new EntryError(`参数有误（${error instanceof Error ? error.message : String(error)}）\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const name = positionals[0];
  if (name === undefined) {
    if (values.help) return USAGE;
    throw new EntryError(`请写明要新建哪一类内容。\n${USAGE}`);
  }
  const kind = Object.hasOwn(KINDS, name) ? KINDS[name] : undefined;
  if (!kind) throw new EntryError(`没有“${name}”这一类内容。可用的类别：\n${kindList()}`);
  if (values.help) return kindUsage(name, kind);
  if (positionals.length > 1) throw new EntryError(`多余的参数：${positionals.slice(1).join(' ')}（值含空格时请加引号）\n${kindUsage(name, kind)}`);
  const foreign = Object.keys(values).filter((option) => option !== 'help' && !(option in kind.options) && !(option in COMMON));
  if (foreign.length > 0) throw new EntryError(`${name} 没有选项 ${foreign.map((o) => `--${o}`).join('、')}\n${kindUsage(name, kind)}`);
  const options = values as Record<string, string | undefined>;

  const today = todayInChina(now);
  const date = options.date ?? today;
  const parsedDate = parseContentDate(date);
  if (!parsedDate.ok || parsedDate.date.precision !== 'day') throw new EntryError(`--date 须写作 2020-09-01 这样的日期，这里是“${date}”`);
  if (date > today) throw new EntryError(`--date ${date} 还没有到：只能记已经发生的事（今天是 ${today}）`);
  const root = resolve(cwd, options.root ?? '.');
  if (!existsSync(join(root, 'content'))) throw new EntryError(`在 ${root} 中找不到 content 文件夹：请在仓库根目录运行`);

  const before = loadContent(root, { today });
  const content = before.model;
  const units = (content.units?.data.units ?? []).map((u) => ({ id: u.id, name: u.name }));
  const result = kind.create({ root, today: date, units, content }, options);
  const abs = join(root, result.file);
  const existed = existsSync(abs);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, result.text);

  const shown = relative(cwd, abs).split(sep).join('/') || result.file;
  const lines = [`${existed ? '已更新' : '已创建'} ${shown}`, ...result.next.map((line) => `- ${line}`)];
  // What the check says about the file written, and any problem the change made elsewhere.
  const known = new Set(before.diagnostics.filter((d) => d.file !== result.file).map(formatDiagnostic));
  const problems = loadContent(root, { today }).diagnostics.map(formatDiagnostic).filter((line) => !known.has(line));
  if (problems.length > 0) {
    const placeholders = result.text.includes(PLACEHOLDER);
    lines.push('', `检查的结果（${placeholders ? '“待填写”换成实际内容后，相应的提示随之消失；' : ''}请按提示修改）：`, ...problems);
  }
  return lines.join('\n');
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
