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
        'content/progress/examples/finance-bureau.yaml': ['date: 2020-08-', 'date: 2019-08-'],
        'content/plan.yaml': ['start: 2020-08-01', 'start: 2020-07-25'],
      }).map((l) => l.replace(/^(\S+?):\d+:\d+ {2}(.*?) \d{4}-\d{2}-\d{2} (早于实施方案的印发日期（2020年8月1日，见 content\/notice\.yaml 的 date）：本专题只记录方案印发之后的工作，请核对日期) {2}\[before-notice\]$/u, '$1 $2 … $3')),
    ).toEqual([
      'content/achievements/2020-07-30-meeting.md 发布日期 … 早于实施方案的印发日期（2020年8月1日，见 content/notice.yaml 的 date）：本专题只记录方案印发之后的工作，请核对日期',
      'content/plan.yaml 阶段“宣传发动”的开始日期 … 早于实施方案的印发日期（2020年8月1日，见 content/notice.yaml 的 date）：本专题只记录方案印发之后的工作，请核对日期',
      'content/progress/examples/finance-bureau.yaml 完成日期 … 早于实施方案的印发日期（2020年8月1日，见 content/notice.yaml 的 date）：本专题只记录方案印发之后的工作，请核对日期',
    ]);
  });
  it('phases out of order', () => {
    expect(check({ 'content/plan.yaml': ['start: 2020-11-01', 'start: 2020-08-10'] })).toEqual([
      expect.stringMatching(/^content\/plan\.yaml:51:12 {2}阶段“.+”开始于 2020-08-10，早于前一阶段“.+”的开始日期 2020-08-16：各阶段须按时间先后排列，请核对日期或调整顺序 {2}\[phase-order\]$/u),
    ]);
  });
});

describe('a rectification answering a supervision finding', () => {
  const FILE = 'content/progress/examples/wunvdian-town.yaml';
  it('cannot be found before the finding', () => {
    expect(check({ [FILE]: ['    found: 2020-11-04', '    found: 2020-11-01'] })).toEqual([
      `${FILE}:23:12  发现日期 2020-11-01 早于所依据的督导意见“2020-11-04-wunvdian”的督导日期 2020-11-04：问题是督导时发现的，请改为 2020-11-04 或之后  [rectification-finding]`,
    ]);
  });
  it('cannot cite a finding about another unit', () => {
    expect(check({ [FILE]: ['finding: 2020-11-04-wunvdian\n    found: 2020-11-04', 'finding: 2020-11-05-housing\n    found: 2020-11-06'] })).toEqual([
      `${FILE}:22:14  督导意见“2020-11-05-housing”是对 housing-construction-bureau 的督导，而这项整改的责任单位是 wunvdian-town：请改正 finding 编号；如确是 housing-construction-bureau 的问题，请写在它的进度记录中  [rectification-finding]`,
    ]);
  });
});
