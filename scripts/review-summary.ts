// What a pull request does to the site, for the reviewer (src/review/content-diff.ts):
//   node scripts/review-summary.ts --base <git ref> [--out review.md] [--text review.txt]
// The head is the working tree; the base is the content/ of <ref>, taken with
// `git archive` into a temporary folder. Both are loaded by the loader of
// `npm run check`, on the same day, and compared. Files that fail the check
// on either side are left out and named, so a file with an error is never
// reported as deleted. Never fails the job: when the base cannot be read, the
// summary says so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent, type LoadResult } from '../src/content-model/load.ts';
import { todayInChina } from '../src/lib/dates.ts';
import { diffContent, fromModel, renderMarkdown, renderText, withoutFiles, type ReviewContent, type SummaryNotes } from '../src/review/content-diff.ts';

/** Every file a part of the review content came from. */
function filesOf(content: ReviewContent): Set<string> {
  const singles = [content.site, content.campaign, content.notice, content.plan, content.units, content.leadingGroup, content.deliverables];
  const lists = [content.achievements, content.records, content.supervision, content.schools, content.surveys, content.selfScores];
  return new Set([...singles.flatMap((p) => (p ? [p.file] : [])), ...lists.flatMap((l) => l.map((p) => p.file))]);
}

/** Files with an error that the model left out: they did not pass their schema. */
function broken(result: LoadResult, content: ReviewContent): string[] {
  const present = filesOf(content);
  return [...new Set(result.diagnostics.filter((d) => d.severity === 'error' && d.file.startsWith('content/') && !present.has(d.file)).map((d) => d.file))];
}

function git(cwd: string, args: string[], input?: Buffer) {
  return spawnSync('git', args, { cwd, input, maxBuffer: 2 ** 31 - 1 });
}

/** The base tree's content/ in a temporary folder: the folder, or why it could not be had. */
export function checkoutBase(root: string, ref: string): { dir: string; root: string } | { error: string } {
  const prefix = git(root, ['rev-parse', '--show-prefix']);
  if (prefix.status !== 0) return { error: `不在 git 仓库中，无法比较（${prefix.stderr.toString().trim()}）` };
  const sub = prefix.stdout.toString().trim();
  const commit = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (commit.status !== 0) return { error: `找不到比较基准 ${ref}：CI 需要取得目标分支的提交（如 actions/checkout 的 fetch-depth: 2）` };
  const dir = mkdtempSync(join(tmpdir(), 'junheng-review-base-'));
  const baseRoot = join(dir, sub);
  const listed = git(root, ['ls-tree', '--name-only', ref, '--', `${sub}content`]);
  if (listed.stdout.toString().trim() === '') return { dir, root: baseRoot };
  const archive = git(root, ['archive', '--format=tar', ref, '--', `${sub}content`]);
  if (archive.status !== 0) return { error: `读不到 ${ref} 的内容：${archive.stderr.toString().trim()}` };
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) return { error: `解开 ${ref} 的内容失败：${untar.stderr.toString().trim()}` };
  return { dir, root: baseRoot };
}

export interface Review {
  readonly markdown: string;
  readonly text: string;
}

export function review(root: string, ref: string, today: string = todayInChina()): Review {
  const base = checkoutBase(root, ref);
  if ('error' in base) {
    const notes: SummaryNotes = { unavailable: `无法比较修改前后的网站内容：${base.error}。` };
    return { markdown: renderMarkdown([], notes), text: renderText([], notes) };
  }
  try {
    const headResult = loadContent(root, { today });
    const baseResult = loadContent(base.root, { today });
    const head = fromModel(headResult.model);
    const before = fromModel(baseResult.model);
    const skipped = [...new Set([...broken(baseResult, before), ...broken(headResult, head)])].sort();
    const skip = new Set(skipped);
    const changes = diffContent(withoutFiles(before, skip), withoutFiles(head, skip));
    return { markdown: renderMarkdown(changes, { skipped }), text: renderText(changes, { skipped }) };
  } finally {
    rmSync(base.dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { base: { type: 'string' }, root: { type: 'string' }, out: { type: 'string' }, text: { type: 'string' }, today: { type: 'string' } },
  });
  if (!values.base) {
    console.error('用法：node scripts/review-summary.ts --base <比较基准，如 HEAD^1 或 origin/main> [--out review.md] [--text review.txt]');
    process.exitCode = 2;
  } else {
    const result = review(resolve(values.root ?? '.'), values.base, values.today);
    if (values.out) writeFileSync(values.out, result.markdown);
    else process.stdout.write(result.markdown);
    if (values.text) writeFileSync(values.text, result.text);
    // The plain text also goes to the job log.
    if (values.out) process.stdout.write(result.text);
  }
}
