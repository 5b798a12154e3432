// `npm run new -- achievement` as an editor runs it: in a copy of the real
// content, the new file must pass the validator untouched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';
import { EntryError, run } from '../scripts/new-entry.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const SCRIPT = join(ROOT, 'scripts', 'new-entry.ts');

let project: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'junheng-new-entry-'));
  cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

function newEntry(...args: string[]) {
  // The machine's own time zone must not matter: the date is the date in China.
  const result = spawnSync(NODE, [SCRIPT, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, TZ: 'America/Los_Angeles' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function diagnostics(): string[] {
  return loadContent(project).diagnostics.map(formatDiagnostic);
}

/** The diagnostics other than the placeholders the scaffold leaves on purpose. */
function withoutPlaceholders(lines: readonly string[]): string[] {
  return lines.filter((line) => !line.endsWith('[placeholder]'));
}

/** Fills in what the scaffold left to write, as an editor would. */
function fillIn(file: string): void {
  const abs = join(project, file);
  const text = readFileSync(abs, 'utf8')
    .replace(/title: 待填写：标题/u, 'title: 区财政局落实义务教育经费')
    .replace(/summary: 待填写：.*$/mu, 'summary: 区财政局落实义务教育经费。')
    .replace(/^待填写：正文.*$/mu, '第一批资金已经到位。');
  writeFileSync(abs, text);
}

function achievements(): string[] {
  return readdirSync(join(project, 'content', 'achievements')).filter((f) => f.endsWith('.md'));
}

describe('npm run new -- achievement', () => {
  it('creates an article dated today in China that fails only where it must be filled in, and passes once it is', () => {
    const before = diagnostics();
    const result = newEntry('achievement');
    expect(result.status).toBe(0);
    const created = /^已创建 (content\/achievements\/\S+\.md)$/m.exec(result.stdout)?.[1];
    expect(created).toBeDefined();
    const chinaToday = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(created!.startsWith(`content/achievements/${chinaToday}-`)).toBe(true);
    expect(readFileSync(join(project, created!), 'utf8')).toContain(`date: ${chinaToday}\n`);
    // Title, summary and body are placeholders: each is an error until written.
    const mine = diagnostics().filter((line) => line.startsWith(created!));
    expect(mine.map((line) => `${/:(\d+):/.exec(line)![1]} ${line.slice(line.lastIndexOf('['))}`)).toEqual(['2 [placeholder]', '9 [placeholder]', '12 [placeholder]']);
    fillIn(created!);
    expect(diagnostics()).toEqual(before);
  });

  it('dates by the calendar in China, whatever the machine says', () => {
    // 16:30 UTC on 31 August is already 1 September in China.
    const output = run(['achievement'], project, new Date('2020-08-31T16:30:00Z'));
    expect(output).toMatch(/^已创建 content\/achievements\/2020-09-01-/);
  });

  it('gives two articles created the same day different file names (and so different web addresses)', () => {
    const noon = new Date('2020-09-01T04:00:00Z');
    run(['achievement'], project, noon);
    run(['achievement'], project, noon);
    const sameDay = achievements().filter((f) => f.startsWith('2020-09-01-'));
    expect(sameDay).toHaveLength(2);
    expect(diagnostics().filter((line) => line.includes('[id-duplicate]'))).toEqual([]);
  });

  it('uses the title and unit given', () => {
    run(['achievement', '--title', '区财政局落实义务教育经费：第一批资金到位', '--unit', 'finance-bureau', '--date', '2020-09-02'], project);
    const text = readFileSync(join(project, 'content', 'achievements', '2020-09-02-finance-bureau.md'), 'utf8');
    expect(text).toContain('title: 区财政局落实义务教育经费：第一批资金到位\n');
    expect(text).toContain('unit: finance-bureau\n');
    expect(withoutPlaceholders(diagnostics().filter((line) => line.includes('2020-09-02-finance-bureau')))).toEqual([]);
  });

  it('quotes a title YAML would otherwise misread', () => {
    run(['achievement', '--title', 'true', '--date', '2020-09-03'], project);
    run(['achievement', '--title', '通知: 第二批', '--date', '2020-09-03'], project);
    expect(withoutPlaceholders(diagnostics().filter((line) => line.includes('2020-09-03-')))).toEqual([]);
    expect(readFileSync(join(project, 'content', 'achievements', '2020-09-03-district-government-2.md'), 'utf8')).toContain('title: "通知: 第二批"\n');
  });

  it('refuses a unit that does not exist, suggesting the nearest', () => {
    expect(() => run(['achievement', '--unit', 'finanse-bureau'], project)).toThrow(
      new EntryError('单位编号“finanse-bureau”在 content/units.yaml 中不存在，您是不是想写“finance-bureau”？'),
    );
    expect(achievements()).toEqual(readdirSync(join(ROOT, 'content', 'achievements')).filter((f) => f.endsWith('.md')));
  });

  it('matches the template CONTRIBUTING.md tells editors to paste, which fails only where it must be filled in', () => {
    const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## 五、新增一篇工作动态'));
    const fileName = /文件名写作“日期-单位编号\.md”.*?例如 `([^`]+)`/u.exec(section)?.[1];
    const template = /```markdown\n([\s\S]*?)\n\s*```/u.exec(section)?.[1]?.replace(/^ {4}/gm, '');
    expect(fileName).toBe('2020-09-01-finance-bureau.md');
    expect(template).toBeDefined();
    writeFileSync(join(project, 'content', 'achievements', fileName!), `${template}\n`);
    const pasted = diagnostics().filter((line) => line.includes(fileName!));
    expect(pasted.length).toBeGreaterThan(0);
    expect(withoutPlaceholders(pasted)).toEqual([]);
    // The script writes the same text, apart from naming the unit in a comment.
    run(['achievement', '--unit', 'finance-bureau', '--date', '2020-09-01'], project);
    const generated = readFileSync(join(project, 'content', 'achievements', '2020-09-01-finance-bureau-2.md'), 'utf8');
    expect(generated.replace('（建安区财政局）', '')).toBe(`${template}\n`);
  });

  it('lists the kinds it knows when asked for an unknown one', () => {
    const result = newEntry('rectification');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('没有“rectification”这一类内容。可用的类别：');
    expect(result.stderr).toContain('achievement');
    expect(result.stdout).toBe('');
  });
});
