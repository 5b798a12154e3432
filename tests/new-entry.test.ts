// `npm run new` as an editor runs it, for each task of the guide: in a copy of
// the real content or of the demo county, the file written keeps everything
// it had (first line, comments), reads through the loader, and passes the
// check once its 待填写 placeholders are filled in (or at once, when every
// value was given on the command line).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';
import { EntryError, run } from '../scripts/new-entry.ts';
import { parseContentYaml, writeYaml } from '../scripts/entries/yaml-edit.ts';

const ROOT = join(import.meta.dirname, '..');
const DEMO = join(ROOT, 'tests', 'fixtures', 'demo');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const SCRIPT = join(ROOT, 'scripts', 'new-entry.ts');
/** The demo county's pinned day, at noon in China. */
const DEMO_NOW = new Date('2026-11-30T04:00:00Z');
const DEMO_TODAY = '2026-11-30';

let projects: string[] = [];
afterEach(() => {
  for (const p of projects) rmSync(p, { recursive: true, force: true });
  projects = [];
});

/** A throwaway project holding a copy of `source`'s content/. */
function copyOf(source: string): string {
  const project = mkdtempSync(join(tmpdir(), 'junheng-new-entry-'));
  cpSync(join(source, 'content'), join(project, 'content'), { recursive: true });
  projects.push(project);
  return project;
}

const read = (project: string, file: string) => readFileSync(join(project, file), 'utf8');

function diagnostics(project: string, today?: string): string[] {
  return loadContent(project, today ? { today } : {}).diagnostics.map(formatDiagnostic);
}

/** The file `run` reports it wrote. */
function written(output: string): string {
  const file = /^已(?:创建|更新) (\S+)$/m.exec(output)?.[1];
  expect(file, output).toBeDefined();
  return file!;
}

/** `b` is `a` with lines added (none removed or changed). */
function onlyAdded(a: string, b: string): boolean {
  const before = a.split('\n');
  let i = 0;
  for (const line of b.split('\n')) if (line === before[i]) i++;
  return i === before.length;
}

/** Runs `npm run new` in a demo copy on its pinned day; returns the project, the file and its diagnostics. */
function inDemo(...args: string[]) {
  const project = copyOf(DEMO);
  const output = run([...args, '--root', project], project, DEMO_NOW);
  const file = written(output);
  const mine = diagnostics(project, DEMO_TODAY).filter((line) => line.startsWith(`${file}:`));
  return { project, output, file, mine, text: read(project, file) };
}

/** Every diagnostic points at a line that still says 待填写. */
function onlyPlaceholders(text: string, file: string, mine: readonly string[]): void {
  const lines = text.split('\n');
  expect(mine.length).toBeGreaterThan(0);
  for (const d of mine) {
    const line = Number(d.slice(file.length + 1).split(':')[0]);
    expect(lines[line - 1], d).toContain('待填写');
  }
}

function achievements(project: string): string[] {
  return readdirSync(join(project, 'content', 'achievements')).filter((f) => f.endsWith('.md'));
}

describe('editing YAML keeps the file as written', () => {
  it('reads and writes back every content file of the real content and the demo county unchanged', () => {
    const files = [ROOT, DEMO].flatMap((root) => {
      const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.yaml') ? [join(dir, d.name)] : []));
      return walk(join(root, 'content'));
    });
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(writeYaml(parseContentYaml(text)), file).toBe(text);
    }
  });
});

describe('npm run new -- achievement', () => {
  it('creates an article dated today in China whose only problems are its 待填写 placeholders', () => {
    const project = copyOf(ROOT);
    const before = diagnostics(project);
    // The machine's own time zone must not matter: the date is the date in China.
    const result = spawnSync(NODE, [SCRIPT, 'achievement'], { cwd: project, encoding: 'utf8', env: { ...process.env, TZ: 'America/Los_Angeles' } });
    expect(result.status).toBe(0);
    const created = /^已创建 (content\/achievements\/\S+\.md)$/m.exec(result.stdout)?.[1];
    expect(created).toBeDefined();
    const chinaToday = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(created!.startsWith(`content/achievements/${chinaToday}-`)).toBe(true);
    const text = read(project, created!);
    expect(text).toContain(`date: ${chinaToday}\n`);
    const mine = diagnostics(project).filter((line) => line.startsWith(`${created}:`));
    if (mine.length > 0) onlyPlaceholders(text, created!, mine);
    expect(diagnostics(project).filter((line) => !line.startsWith(`${created}:`))).toEqual(before);
  });

  it('dates by the calendar in China, whatever the machine says', () => {
    const project = copyOf(ROOT);
    // 16:30 UTC on 31 August is already 1 September in China.
    expect(run(['achievement'], project, new Date('2020-08-31T16:30:00Z'))).toMatch(/^已创建 content\/achievements\/2020-09-01-/);
  });

  it('gives two articles created the same day different file names (and so different web addresses)', () => {
    const project = copyOf(ROOT);
    const noon = new Date('2020-09-01T04:00:00Z');
    run(['achievement'], project, noon);
    run(['achievement'], project, noon);
    expect(achievements(project).filter((f) => f.startsWith('2020-09-01-'))).toHaveLength(2);
    expect(diagnostics(project, '2020-09-01').filter((line) => line.includes('[id-duplicate]'))).toEqual([]);
  });

  it('uses the title and unit given, and passes the check once the summary and body are written', () => {
    const project = copyOf(ROOT);
    run(['achievement', '--title', '区财政局落实义务教育经费：第一批资金到位', '--unit', 'finance-bureau', '--date', '2020-09-02'], project);
    const file = 'content/achievements/2020-09-02-finance-bureau.md';
    const text = read(project, file);
    expect(text).toContain('title: 区财政局落实义务教育经费：第一批资金到位\n');
    expect(text).toContain('unit: finance-bureau\n');
    writeFileSync(join(project, file), text.replace(/待填写：[^\n]*/gu, '第一批资金已拨付到各学校。'));
    expect(diagnostics(project).filter((line) => line.includes('2020-09-02-finance-bureau'))).toEqual([]);
  });

  it('quotes a title YAML would otherwise misread', () => {
    const project = copyOf(ROOT);
    run(['achievement', '--title', 'true', '--date', '2020-09-03'], project);
    run(['achievement', '--title', '通知: 第二批', '--date', '2020-09-03'], project);
    const titles = loadContent(project).model.achievements.filter((a) => a.id.startsWith('2020-09-03-')).map((a) => a.data.title);
    expect(titles.sort()).toEqual(['true', '通知: 第二批']);
  });

  it('refuses a unit that does not exist, suggesting the nearest, and a unit written by name, giving its id', () => {
    const project = copyOf(ROOT);
    expect(() => run(['achievement', '--unit', 'finanse-bureau'], project)).toThrow(new EntryError('单位编号“finanse-bureau”在 content/units.yaml 中不存在，您是不是想写“finance-bureau”？'));
    expect(() => run(['achievement', '--unit', '建安区财政局'], project)).toThrow(/单位要写编号，不写名称：“建安区财政局”的编号是 finance-bureau/u);
    expect(achievements(project)).toEqual(achievements(ROOT));
  });

  it('refuses a date that has not come yet', () => {
    const project = copyOf(ROOT);
    expect(() => run(['achievement', '--date', '2020-09-02'], project, new Date('2020-09-01T04:00:00Z'))).toThrow(/--date 2020-09-02 还没有到/u);
  });
});

describe('the command line', () => {
  it('lists the kinds it knows when asked for an unknown one, and exits with 1', () => {
    const result = spawnSync(NODE, [SCRIPT, 'rectify'], { cwd: copyOf(ROOT), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('没有“rectify”这一类内容。可用的类别：');
    for (const kind of ['achievement', 'submission', 'rectification', 'close-rectification', 'replace-member', 'survey', 'self-score']) expect(result.stderr).toContain(`  ${kind}  `);
    expect(result.stdout).toBe('');
  });

  it('explains one kind with --help, and refuses an option of another kind', () => {
    const project = copyOf(ROOT);
    expect(run(['close-rectification', '--help'], project)).toContain('--evidence  整改佐证材料链接');
    expect(() => run(['achievement', '--deliverable', 'self-check'], project)).toThrow(/achievement 没有选项 --deliverable/u);
  });
});

describe('npm run new -- submission', () => {
  it('appends to the unit’s record, keeping its first line and comments, and passes the check', () => {
    const original = readFileSync(join(DEMO, 'content/progress/planning-bureau.yaml'), 'utf8');
    const { text, mine, file } = inDemo('submission', '--unit', 'planning-bureau', '--deliverable', 'rectification', '--date', '2026-11-28', '--evidence', '/news/2026-11-20-supervision-visit/');
    expect(file).toBe('content/progress/planning-bureau.yaml');
    expect(onlyAdded(original, text)).toBe(true);
    expect(text).toContain('  - deliverable: rectification\n    date: 2026-11-28\n    evidence: /news/2026-11-20-supervision-visit/\n');
    expect(mine).toEqual([]);
  });

  it('creates the record of a unit that has none, which the loader reads as that unit’s', () => {
    const { project, file, text, mine } = inDemo('submission', '--unit', 'ding-township', '--deliverable', 'self-check', '--date', '2026-11-29');
    expect(file).toBe('content/progress/ding-township.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/json/progress-record.schema.json');
    expect(mine).toEqual([]);
    const record = loadContent(project, { today: DEMO_TODAY }).model.progress.records.find((r) => r.file === file);
    expect(record?.data).toEqual({ unit: 'ding-township', submissions: [{ deliverable: 'self-check', date: '2026-11-29' }] });
  });

  it('refuses what the check would refuse, saying what to write instead', () => {
    const project = copyOf(DEMO);
    const attempt = (...args: string[]) => () => run(['submission', ...args, '--root', project], project, DEMO_NOW);
    expect(attempt('--unit', 'jia-town', '--deliverable', 'selfcheck')).toThrow(/没有事项“selfcheck”，您是不是想写“self-check”？/u);
    expect(attempt('--unit', 'jia-town', '--deliverable', 'self-check')).toThrow(/已有“完成自查”（self-check）的完成记录/u);
    expect(attempt('--unit', 'county-government-office', '--deliverable', 'self-check')).toThrow(/不适用于示例县人民政府办公室/u);
    expect(attempt('--deliverable', 'self-check')).toThrow(/请用 --unit 写明是哪个单位/u);
  });
});

describe('npm run new -- rectification', () => {
  it('adds an item with everything given, which passes the check', () => {
    const original = readFileSync(join(DEMO, 'content/progress/bing-township.yaml'), 'utf8');
    const { text, mine, project } = inDemo(
      'rectification', '--unit', 'bing-township', '--id', 'canteen-ledger', '--problem', '丙乡中心小学食堂台账不全', '--deadline', '2026-12',
      '--finding', '2026-11-19-bing-township', '--status', '整改中', '--date', '2026-11-29',
    );
    expect(onlyAdded(original, text)).toBe(true);
    expect(mine).toEqual([]);
    const item = loadContent(project, { today: DEMO_TODAY }).model.progress.records.find((r) => r.data.unit === 'bing-township')?.data.rectifications?.at(-1);
    expect(item).toEqual({ id: 'canteen-ledger', problem: '丙乡中心小学食堂台账不全', finding: '2026-11-19-bing-township', found: '2026-11-29', deadline: '2026-12', status: '整改中' });
  });

  it('leaves 待填写 for the problem and deadline when not given, and passes once they are filled in', () => {
    const { project, file, text, mine } = inDemo('rectification', '--unit', 'wu-subdistrict');
    onlyPlaceholders(text, file, mine);
    expect(text).toContain(`  - id: ${DEMO_TODAY}\n    problem: 待填写\n    found: ${DEMO_TODAY}\n    deadline: 待填写\n    status: 待整改\n`);
    writeFileSync(join(project, file), text.replace('problem: 待填写', 'problem: 戊街道实验小学围墙破损').replace('deadline: 待填写', 'deadline: 2026-12-31'));
    expect(diagnostics(project, DEMO_TODAY).filter((line) => line.startsWith(file))).toEqual([]);
  });

  it('refuses an id already used and a finding that does not exist', () => {
    const project = copyOf(DEMO);
    const attempt = (...args: string[]) => () => run(['rectification', '--unit', 'jia-town', ...args, '--root', project], project, DEMO_NOW);
    expect(attempt('--id', 'library-register')).toThrow(/已有编号为“library-register”的整改事项/u);
    expect(attempt('--finding', '2026-11-17-jia')).toThrow(/没有督导意见“2026-11-17-jia”，您是不是想写“2026-11-17-jia-town”？/u);
    expect(attempt('--status', '已整改')).toThrow(/--status 只能是 待整改 或 整改中/u);
  });
});

describe('npm run new -- close-rectification', () => {
  it('sets status, closed date and evidence in place, keeping everything else, and passes the check', () => {
    const original = readFileSync(join(DEMO, 'content/progress/yi-town.yaml'), 'utf8');
    const { text, mine, project } = inDemo('close-rectification', '--unit', 'yi-town', '--id', 'dropout-ledger', '--date', '2026-11-27', '--evidence', '/news/2026-11-20-supervision-visit/');
    expect(mine).toEqual([]);
    // Only the item's status changes; closed and evidence come right after it.
    expect(text).toBe(
      original.replace(
        '    deadline: 2026-11-15\n    status: 整改中\n',
        '    deadline: 2026-11-15\n    status: 已整改\n    closed: 2026-11-27\n    evidence: /news/2026-11-20-supervision-visit/\n',
      ),
    );
    expect(text).not.toBe(original);
    const item = loadContent(project, { today: DEMO_TODAY }).model.progress.records.find((r) => r.data.unit === 'yi-town')?.data.rectifications?.[0];
    expect(item?.status).toBe('已整改');
  });

  it('leaves 待填写 for the evidence when not given', () => {
    const { text, file, mine } = inDemo('close-rectification', '--unit', 'bing-township', '--id', 'sports-ground');
    expect(text).toContain('evidence: 待填写\n');
    onlyPlaceholders(text, file, mine);
  });

  it('refuses an item that does not exist (nearest id) or is closed already', () => {
    const project = copyOf(DEMO);
    const attempt = (...args: string[]) => () => run(['close-rectification', ...args, '--root', project], project, DEMO_NOW);
    expect(attempt('--unit', 'yi-town', '--id', 'water-pipes')).toThrow(/没有编号为“water-pipes”的整改事项。可选：dropout-ledger、multimedia-classrooms/u);
    expect(attempt('--unit', 'yi-town', '--id', 'dropout')).toThrow(/您是不是想写“dropout-ledger”？/u);
    expect(attempt('--unit', 'yi-town', '--id', 'dropout-ledgr')).toThrow(/您是不是想写“dropout-ledger”？/u);
    expect(attempt('--unit', 'jia-town', '--id', 'library-register')).toThrow(/已经是“已整改”/u);
    expect(attempt('--unit', 'ding-township', '--id', 'x')).toThrow(/丁乡还没有进度记录/u);
    expect(attempt('--unit', 'yi-town', '--id', 'dropout-ledger', '--date', '2026-10-01')).toThrow(/早于发现问题的日期 2026-10-12/u);
  });
});

describe('npm run new -- replace-member', () => {
  it('puts the new person in the old one’s place, role and unit, and passes the check', () => {
    const original = readFileSync(join(DEMO, 'content/leading-group.yaml'), 'utf8');
    const { text, mine, output, project } = inDemo('replace-member', '--member', 'zhao-ding', '--name', '李某', '--id', 'li-mou');
    expect(mine).toEqual([]);
    expect(output).toContain('财政局 成员 赵丁 → 李某');
    expect(text).toBe(original.replace('  - id: zhao-ding\n    name: 赵丁\n', '  - id: li-mou\n    name: 李某\n'));
    const members = loadContent(project, { today: DEMO_TODAY }).model.leadingGroup?.data.members;
    expect(members?.findIndex((m) => m.id === 'li-mou')).toBe(3);
  });

  it('hands over the office too when the old member headed it', () => {
    const { text, mine, output } = inDemo('replace-member', '--member', 'wang-bing', '--name', '刘某', '--id', 'liu-mou', '--title', '党组书记、局长');
    expect(mine).toEqual([]);
    expect(text).toContain('  head: liu-mou\n');
    expect(text).toContain('  - id: liu-mou\n    name: 刘某\n    role: 副组长\n    unit: education-bureau\n    title: 党组书记、局长\n');
    expect(output).toContain('同时接任领导小组办公室主任');
  });

  it('answers a member given by name with the ids of everyone of that name', () => {
    const project = copyOf(DEMO);
    expect(() => run(['replace-member', '--member', '冯癸', '--name', '李某', '--id', 'li-mou', '--root', project], project, DEMO_NOW)).toThrow(
      new EntryError('成员要写人员编号，不写姓名：“冯癸”的编号是 feng-gui-bing、feng-gui-ding（同名时按单位区分）'),
    );
    expect(() => run(['replace-member', '--member', 'zhao-ding', '--name', '李 某', '--id', 'li-mou', '--root', project], project, DEMO_NOW)).toThrow(/姓名“李 某”中有空格/u);
    expect(() => run(['replace-member', '--member', 'zhao-ding', '--name', '钱某', '--id', 'qian-wu', '--root', project], project, DEMO_NOW)).toThrow(/人员编号“qian-wu”已有人用/u);
  });
});

describe('npm run new -- survey', () => {
  it('lists last year’s groups with 待填写 counts, and passes once the counts are filled in', () => {
    const { project, file, text, mine } = inDemo('survey', '--year', '2027');
    expect(file).toBe('content/survey/2027.yaml');
    onlyPlaceholders(text, file, mine);
    expect([...text.matchAll(/name: (\S+)/gu)].map((m) => m[1])).toEqual(['学生', '学生家长', '教师', '校长', '人大代表', '政协委员', '其他群众']);
    writeFileSync(join(project, file), text.replaceAll('respondents: 待填写', 'respondents: 100').replaceAll('satisfied: 待填写', 'satisfied: 90'));
    expect(diagnostics(project, DEMO_TODAY).filter((line) => line.startsWith(file))).toEqual([]);
    expect(loadContent(project, { today: DEMO_TODAY }).model.surveys.find((s) => s.file === file)?.data.groups).toHaveLength(7);
  });

  it('refuses a year that has its file already', () => {
    const project = copyOf(DEMO);
    expect(() => run(['survey', '--year', '2026', '--root', project], project, DEMO_NOW)).toThrow(/content\/survey\/2026\.yaml 已经有了/u);
  });
});

describe('npm run new -- self-score', () => {
  it('lays out the four areas with the items counted from the 评估细则, and passes once they are filled in', () => {
    const { project, file, text, mine } = inDemo('self-score', '--year', '2027', '--items', '3,5,5,4');
    expect(file).toBe('content/self-score/2027.yaml');
    onlyPlaceholders(text, file, mine);
    expect([...text.matchAll(/- name: (\S+)/gu)].map((m) => m[1])).toEqual(['入学机会', '保障机制', '教师队伍', '质量与管理']);
    expect([...text.matchAll(/- id: (\S+)/gu)]).toHaveLength(17);
    // 16 items of 6 points and one of 4: 100 in all.
    let n = 0;
    const filled = text
      .replace('source: 待填写', 'source: 示例评估细则')
      .replaceAll('text: 待填写', 'text: 示例评估项目')
      .replace(/maxPoints: 待填写/gu, () => `maxPoints: ${++n === 17 ? 4 : 6}`)
      .replaceAll('score: 待填写', 'score: 3.5');
    writeFileSync(join(project, file), filled);
    expect(diagnostics(project, DEMO_TODAY).filter((line) => line.startsWith(file))).toEqual([]);
  });

  it('asks how many items each area has rather than guessing', () => {
    const project = copyOf(DEMO);
    // The demo county's own self-score is invented, so it is no model for the items.
    const attempt = (...args: string[]) => () => run(['self-score', '--year', '2027', ...args, '--root', project], project, DEMO_NOW);
    expect(attempt()).toThrow(/请用 --items 写明四个方面（入学机会、保障机制、教师队伍、质量与管理）各有几个项目，合计 17 个/u);
    expect(attempt('--items', '4,4,4,4')).toThrow(/--items 合计 16 个项目，应为 17 个/u);
    expect(existsSync(join(project, 'content', 'self-score', '2027.yaml'))).toBe(false);
  });

  it('copies the items and points of last year’s real self-score, leaving the scores to fill in', () => {
    // A county of its own (not the demo): last year's self-score is real there.
    const project = copyOf(join(ROOT, 'tests', 'fixtures', 'base'));
    const last = readFileSync(join(DEMO, 'content/self-score/2026.yaml'), 'utf8').replace('year: 2026\n', 'year: 2025\nsource: 示例评估细则\n');
    mkdirSync(join(project, 'content/self-score'));
    writeFileSync(join(project, 'content/self-score/2025.yaml'), last);
    const output = run(['self-score', '--year', '2026', '--root', project], project, DEMO_NOW);
    const text = read(project, 'content/self-score/2026.yaml');
    expect(output).toContain('项目和分值照 content/self-score/2025.yaml 列出');
    expect(text).toContain('source: 示例评估细则\n');
    expect(text).toContain('      - id: access-2\n        text: 评估项目2（虚构）\n        maxPoints: 5\n        score: 待填写\n');
  });
});
