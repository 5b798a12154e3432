// The reviewer's summary of a pull request: what the change does to the site,
// in plain words. Each case is the demo county (or the real content) before
// and after an editor's change, both loaded by the real loader; the expected
// sentences are written out by hand.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFs, overlayFs, type ContentFs } from '../src/content-model/content-fs.ts';
import { loadContent } from '../src/content-model/load.ts';
import { diffContent, fromModel, renderMarkdown, renderText, withoutFiles, type ReviewContent } from '../src/review/content-diff.ts';
import { review } from '../scripts/review-summary.ts';

const ROOT = join(import.meta.dirname, '..');
const DEMO = join(ROOT, 'tests', 'fixtures', 'demo');
const TODAY = '2026-11-30';
const decoder = new TextDecoder();

function contentOf(root: string, fs: ContentFs): ReviewContent {
  return fromModel(loadContent(root, { fs, today: TODAY }).model);
}

type Edit = Readonly<Record<string, ((text: string) => string) | string | null>>;

/** The changes an edit of the demo county (or the real content) makes, as the reviewer reads them. */
function changes(edit: Edit, root = DEMO): string[] {
  const disk = diskFs(root);
  const files = Object.fromEntries(
    Object.entries(edit).map(([file, how]) => [file, typeof how === 'function' ? how(decoder.decode(disk.read(file))) : how]),
  );
  return diffContent(contentOf(root, disk), contentOf(root, overlayFs(disk, files))).map((c) => `${c.area}｜${c.text}`);
}

/** Replaces exactly one occurrence, so a test cannot pass by editing nothing. */
const once = (from: string, to: string) => (text: string) => {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
};

describe('what a change does to the site', () => {
  it('says nothing when only comments and layout change', () => {
    expect(changes({ 'content/progress/yi-town.yaml': (t) => `${t.replace('# 乙镇（虚构）', '# 乙镇（虚构，已核对）')}\n` })).toEqual([]);
  });

  it('names a closed rectification item by unit and id, with the day it was closed', () => {
    expect(
      changes({
        'content/progress/yi-town.yaml': once('    status: 整改中\n', '    status: 已整改\n    closed: 2026-11-27\n    evidence: /news/2026-11-20-supervision-visit/\n'),
      }),
    ).toEqual(['整改｜乙镇 整改 dropout-ledger：整改中 → 已整改（2026年11月27日完成）；佐证材料 （无） → /news/2026-11-20-supervision-visit/']);
  });

  it('reads a member leaving and another arriving in the same unit and role as one replacing the other', () => {
    expect(changes({ 'content/leading-group.yaml': once('  - id: zhao-ding\n    name: 赵丁\n', '  - id: li-mou\n    name: 李某\n') })).toEqual(['领导小组｜财政局 成员 赵丁 → 李某']);
  });

  it('tells a new member, a change of role and a new office head apart', () => {
    expect(
      changes({
        'content/leading-group.yaml': (t) =>
          once('  - id: qian-wu\n    name: 钱戊\n    role: 成员\n', '  - id: qian-wu\n    name: 钱戊\n    role: 副组长\n')(t)
            .replace('office:\n  unit: education-bureau\n  head: wang-bing\n', 'office:\n  unit: education-bureau\n  head: li-yi\n')
            .replace('  - id: chen-jia\n', '  - id: he-mou\n    name: 何某\n    role: 成员\n    unit: wu-subdistrict\n  - id: chen-jia\n'),
      }),
    ).toEqual(['领导小组｜新增 戊街道 成员 何某', '领导小组｜人社局 钱戊：成员 → 副组长', '领导小组｜办公室主任 王丙 → 李乙']);
  });

  it('lists a new article with its date, unit and address, a new title, and an edited body', () => {
    const article = '---\ntitle: 丁乡召开均衡发展推进会\ndate: 2026-11-28\nunit: ding-township\ncategory: 工作动态\nsummary: 丁乡部署整改工作。\n---\n\n丁乡召开推进会。\n';
    expect(
      changes({
        'content/achievements/2026-11-28-ding-township.md': article,
        'content/achievements/2026-09-10-publicity-week.md': (t) => t.replace(/^title: .*$/mu, 'title: 示例县均衡发展宣传周'),
        'content/achievements/2026-10-15-self-check-done.md': (t) => `${t}\n补充一段。\n`,
        'content/achievements/2026-11-20-supervision-visit.md': null,
      }),
    ).toEqual([
      '工作动态｜新增《丁乡召开均衡发展推进会》（2026年11月28日，丁乡，工作动态），网址 /news/2026-11-28-ding-township/',
      expect.stringMatching(/^工作动态｜删除《.+》（\/news\/2026-11-20-supervision-visit\/）$/u),
      expect.stringMatching(/^工作动态｜《.+》→《示例县均衡发展宣传周》$/u),
      expect.stringMatching(/^工作动态｜《.+》：正文有改动$/u),
    ]);
  });

  it('records submissions added and re-dated, per unit', () => {
    expect(
      changes({
        'content/progress/ding-township.yaml': 'unit: ding-township\nsubmissions:\n  - deliverable: self-check\n    date: 2026-11-29\n',
        'content/progress/yi-town.yaml': once('    date: 2026-10-15\n', '    date: 2026-10-14\n'),
      }),
    ).toEqual(['完成报送｜乙镇 “完成自查”：完成日期 2026年10月15日 → 2026年10月14日', '完成报送｜丁乡 完成“完成自查”（2026年11月29日）']);
  });

  it('lists a new rectification item and a new finding, and a finding now circulated', () => {
    expect(
      changes({
        'content/progress/wu-subdistrict.yaml': (t) => `${t}  - id: wall\n    problem: 戊街道实验小学围墙破损\n    found: 2026-11-29\n    deadline: 2026-12\n    status: 待整改\n`,
        'content/progress/supervision.yaml': (t) =>
          once('finding: 乙镇初级中学网络多媒体教室数量不足，责令于12月20日前补齐。\n    circulated: false', 'finding: 乙镇初级中学网络多媒体教室数量不足，责令于12月20日前补齐。\n    circulated: true')(t) +
          '  - id: 2026-11-29-ding\n    date: 2026-11-29\n    unit: ding-township\n    finding: 丁乡尚未报送自查报告。\n    circulated: true\n',
      }),
    ).toEqual([
      '整改｜戊街道 新增整改 wall：戊街道实验小学围墙破损（待整改，时限 2026年12月底）',
      '督导意见｜新增督导意见 2026-11-29-ding（丁乡，2026年11月29日，通报批评）：丁乡尚未报送自查报告。',
      '督导意见｜督导意见 2026-11-18-yi-town：通报批评 否 → 是',
    ]);
  });

  it('says which schools changed and how, in the units of the figures', () => {
    expect(changes({ 'content/schools/2026.yaml': once('        pupils: 1650 人\n', '        pupils: 1700 人\n') })).toEqual(['学校数据｜戊街道实验小学（2026 年）：小学在校学生数 1650 人 → 1700 人']);
  });

  it('gives the dates of the plan that moved, in Chinese', () => {
    const plan = readFileSync(join(DEMO, 'content/plan.yaml'), 'utf8');
    const end = /^ {4}end: (\S+)$/mu.exec(plan)![1]!;
    const result = changes({ 'content/plan.yaml': once(`    end: ${end}\n`, `    end: 2026-09-20\n`) });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^实施方案｜第一阶段“.+”：结束日期 2026年\d+月\d+日 → 2026年9月20日$/u);
  });

  it('names the unit changed, the site setting changed and the campaign state', () => {
    expect(
      changes({
        'content/units.yaml': once('    name: 示例县财政局\n', '    name: 示例县财政局（国资局）\n'),
        'content/site.yaml': (t) => t.replace(/^organizer: .*$/mu, 'organizer: 示例县教育局（示例）'),
        'content/campaign.yaml': (t) => t.replace('status: 进行中', 'status: 已结束\nended: 2026-11-30'),
      }),
    ).toEqual(['单位名录｜财政局：全称 示例县财政局 → 示例县财政局（国资局）', '工作状态｜状态 进行中 → 已结束', '工作状态｜结束日期 （无） → 2026年11月30日', expect.stringMatching(/^网站配置｜主办单位 .+ → 示例县教育局（示例）$/u)]);
  });

  it('gives the overall satisfaction before and after', () => {
    expect(changes({ 'content/survey/2026.yaml': once('    satisfied: 551\n', '    satisfied: 560\n') })).toEqual(['满意度调查｜2026 年满意度调查：总满意度 89.3% → 89.7%']);
  });
});

describe('a file that fails the check', () => {
  it('is left out of both sides, not reported as deleted', () => {
    const disk = diskFs(DEMO);
    const broken = overlayFs(disk, { 'content/progress/yi-town.yaml': 'unit: yi-town\nsubmissions: [\n' });
    const base = contentOf(DEMO, disk);
    const head = contentOf(DEMO, broken);
    expect(diffContent(base, head).map((c) => c.text)).toEqual(['乙镇 删去“完成自查”的完成记录（原为 2026年10月15日）', '乙镇 删去整改 dropout-ledger（原为整改中）', '乙镇 删去整改 multimedia-classrooms（原为待整改）']);
    const skip = new Set(['content/progress/yi-town.yaml']);
    expect(diffContent(withoutFiles(base, skip), withoutFiles(head, skip))).toEqual([]);
  });
});

describe('the summary as printed', () => {
  const sample = [
    { area: '整改', text: '乙镇 整改 dropout-ledger：整改中 → 已整改' },
    { area: '领导小组', text: '财政局 成员 赵丁 → 李某' },
  ] as const;

  it('groups the changes by part of the site, in Markdown for the pull request page', () => {
    expect(renderMarkdown(sample, { skipped: ['content/plan.yaml'] })).toBe(
      [
        '## 这次修改对网站的影响',
        '',
        '共 2 处变化：',
        '',
        '### 整改',
        '',
        '- 乙镇 整改 dropout-ledger：整改中 → 已整改',
        '',
        '### 领导小组',
        '',
        '- 财政局 成员 赵丁 → 李某',
        '',
        '以下文件未通过内容检查，没有参与比较（改正后再看这里）：`content/plan.yaml`',
        '',
      ].join('\n'),
    );
  });

  it('puts each part of the site on one line as plain text', () => {
    expect(renderText(sample)).toBe('整改：乙镇 整改 dropout-ledger：整改中 → 已整改\n领导小组：财政局 成员 赵丁 → 李某\n');
  });

  it('says when nothing on the site changes', () => {
    expect(renderMarkdown([])).toContain('网站内容没有变化');
  });
});

describe('scripts/review-summary.ts', () => {
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], { cwd, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };

  it('compares the working tree with a commit of the repository, the base taken with git archive', () => {
    const repo = mkdtempSync(join(tmpdir(), 'junheng-review-'));
    try {
      cpSync(join(DEMO, 'content'), join(repo, 'content'), { recursive: true });
      git(repo, 'init', '-q');
      git(repo, 'add', '-A');
      git(repo, 'commit', '-qm', 'base');
      const file = join(repo, 'content', 'leading-group.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('  - id: zhao-ding\n    name: 赵丁\n', '  - id: li-mou\n    name: 李某\n'));
      // A file broken in the head is named, not compared.
      writeFileSync(join(repo, 'content', 'progress', 'yi-town.yaml'), 'unit: yi-town\nsubmissions: [\n');
      const result = review(repo, 'HEAD', TODAY);
      expect(result.markdown).toContain('### 领导小组\n\n- 财政局 成员 赵丁 → 李某\n');
      expect(result.markdown).toContain('没有参与比较（改正后再看这里）：`content/progress/yi-town.yaml`');
      expect(result.markdown).not.toContain('乙镇');
      expect(result.text).toBe('领导小组：财政局 成员 赵丁 → 李某\n未比较（未通过检查）：content/progress/yi-town.yaml\n');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('says it cannot compare when the base commit is not there, instead of failing the job', () => {
    const repo = mkdtempSync(join(tmpdir(), 'junheng-review-'));
    try {
      cpSync(join(DEMO, 'content'), join(repo, 'content'), { recursive: true });
      git(repo, 'init', '-q');
      expect(review(repo, 'origin/main', TODAY).markdown).toContain('无法比较修改前后的网站内容：找不到比较基准 origin/main');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
