// Dates that cannot be true, in a copy of the real content: an article dated
// after today (China time) or not on the day its file name says, a placeholder
// left by `npm run new`, anything dated before the plan was issued, phases out
// of order, a rectification before (or about another unit than) its finding.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';

const REAL = join(import.meta.dirname, '..');
const fs = diskFs(REAL);
const decoder = new TextDecoder();
const TODAY = '2020-12-31';

function check(changes: Record<string, [string, string] | string>, today = TODAY): string[] {
  const files = Object.fromEntries(
    Object.entries(changes).map(([file, change]) => {
      if (typeof change === 'string') return [file, change];
      const text = decoder.decode(fs.read(file));
      if (!text.includes(change[0])) throw new Error(`${change[0]} is not in ${file}`);
      return [file, text.replace(change[0], change[1])];
    }),
  );
  const { diagnostics } = loadContent(REAL, { fs: overlayFs(fs, files), today });
  return diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
}

const ARTICLE = 'content/achievements/2020-08-01-plan-issued.md';
const article = (date: string, body = '正文。') => `---\ntitle: 区教体局召开工作会议\ndate: ${date}\nunit: education-sports-bureau\ncategory: 工作动态\nsummary: 区教体局召开工作会议。\n---\n\n${body}\n`;

describe('articles', () => {
  it('dated after today in China is an error at its date', () => {
    expect(check({ 'content/achievements/2021-01-05-meeting.md': article('2021-01-05') })).toEqual([
      'content/achievements/2021-01-05-meeting.md:3:7  发布日期 2021-01-05 晚于今天（2020年12月31日）：文章只能在发布当天或之后登记：请核对年份和月份；提前写好的文章，请到发布当天再提交  [date-future]',
    ]);
  });
  it('dated today is fine', () => {
    expect(check({ 'content/achievements/2020-12-31-meeting.md': article('2020-12-31') })).toEqual([]);
  });
  it('the file name’s date must be the date', () => {
    expect(check({ [ARTICLE]: ['date: 2020-08-01', 'date: 2020-08-02'] })).toEqual([
      `${ARTICLE}:3:7  文件名中的日期 2020-08-01 与 date: 2020-08-02 不一致：请把两处改成同一天（改文件名开头的日期，或改 date）  [article-file-date]`,
    ]);
  });
  it('a placeholder left by npm run new, in the frontmatter or the body', () => {
    expect(check({ 'content/achievements/2020-12-30-meeting.md': article('2020-12-30', '待填写：正文。段落之间空一行。').replace('title: 区教体局召开工作会议', 'title: 待填写：标题') })).toEqual([
      'content/achievements/2020-12-30-meeting.md:2:8  这里还是占位文字“待填写：标题”：请换成实际内容  [placeholder]',
      'content/achievements/2020-12-30-meeting.md:9:1  这里还是占位文字“待填写：正文。”：请换成实际内容  [placeholder]',
    ]);
  });
});

describe('the campaign starts when the plan is issued (2020-08-01)', () => {
  it('an article, a submission and a phase dated before it: one wording for all', () => {
    expect(
      check({
        'content/achievements/2020-07-30-meeting.md': article('2020-07-30'),
        'content/progress/organization-department.yaml': 'unit: organization-department\nsubmissions:\n  - deliverable: self-check\n    date: 2019-08-27\n',
        'content/plan.yaml': ['start: 2020-08-01', 'start: 2020-07-25'],
      }).map((l) => l.replace(/^(\S+?):\d+:\d+ {2}(.*?) \d{4}-\d{2}-\d{2} (早于实施方案的印发日期（2020年8月1日，见 content\/notice\.yaml 的 date）：本专题只记录方案印发之后的工作，请核对日期) {2}\[before-notice\]$/u, '$1 $2 … $3')),
    ).toEqual([
      'content/achievements/2020-07-30-meeting.md 发布日期 … 早于实施方案的印发日期（2020年8月1日，见 content/notice.yaml 的 date）：本专题只记录方案印发之后的工作，请核对日期',
      'content/plan.yaml 阶段“宣传发动”的开始日期 … 早于实施方案的印发日期（2020年8月1日，见 content/notice.yaml 的 date）：本专题只记录方案印发之后的工作，请核对日期',
      'content/progress/organization-department.yaml 完成日期 … 早于实施方案的印发日期（2020年8月1日，见 content/notice.yaml 的 date）：本专题只记录方案印发之后的工作，请核对日期',
    ]);
  });
  it('phases out of order', () => {
    expect(check({ 'content/plan.yaml': ['start: 2020-11-01', 'start: 2020-08-10'] })).toEqual([
      expect.stringMatching(/^content\/plan\.yaml:53:12 {2}阶段“.+”开始于 2020-08-10，早于前一阶段“.+”的开始日期 2020-08-16：各阶段须按时间先后排列，请核对日期或调整顺序 {2}\[phase-order\]$/u),
    ]);
  });
});

describe('a rectification answering a supervision finding (the demo county)', () => {
  const DEMO = join(import.meta.dirname, 'fixtures', 'demo');
  const demo = diskFs(DEMO);
  const FILE = 'content/progress/yi-town.yaml';
  const record = (finding: string, found: string) =>
    `unit: yi-town\nrectifications:\n  - id: multimedia-rooms\n    problem: 乙镇初级中学网络多媒体教室数量不足\n    finding: ${finding}\n    found: ${found}\n    deadline: 2026-12-20\n    status: 整改中\n`;
  const demoCheck = (text: string) =>
    loadContent(DEMO, { fs: overlayFs(demo, { [FILE]: text }), today: '2026-11-30' }).diagnostics.filter((d) => d.file === FILE).map(formatDiagnostic);
  it('cannot be found before the finding', () => {
    expect(demoCheck(record('2026-11-18-yi-town', '2026-11-10'))).toEqual([
      `${FILE}:6:12  发现日期 2026-11-10 早于所依据的督导意见“2026-11-18-yi-town”的督导日期 2026-11-18：问题是督导时发现的，请改为 2026-11-18 或之后  [rectification-finding]`,
    ]);
  });
  it('cannot cite a finding about another unit', () => {
    expect(demoCheck(record('2026-11-19-bing-township', '2026-11-19'))).toEqual([
      `${FILE}:5:14  督导意见“2026-11-19-bing-township”是对 bing-township 的督导，而这项整改的责任单位是 yi-town：请改正 finding 编号；如确是 bing-township 的问题，请写在它的进度记录中  [rectification-finding]`,
    ]);
  });
  it('found on the day of its own finding is fine', () => {
    expect(demoCheck(record('2026-11-18-yi-town', '2026-11-18'))).toEqual([]);
  });
});
