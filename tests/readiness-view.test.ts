// The readiness page model in words (src/view/readiness.ts), and the rows of
// its downloads, on the demo county.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { loadContent } from '../src/content-model/load.ts';
import { toSiteContent, type ValidContent } from '../src/content-model/model.ts';
import { againstLine, READINESS_CSV_HEADER, READINESS_SCHOOLS_CSV_HEADER, readinessCsvRows, readinessJson, readinessOf, readinessPage, readinessSchoolRows } from '../src/view/readiness.ts';

const DEMO = join(import.meta.dirname, 'fixtures', 'demo');
const TODAY = '2026-11-30';
const contentOf = (changes: Record<string, string | null> = {}) => {
  const result = loadContent(DEMO, { fs: overlayFs(diskFs(DEMO), changes), today: TODAY });
  expect(result.diagnostics).toEqual([]);
  return toSiteContent(result.model as ValidContent);
};

describe('the readiness page', () => {
  const content = contentOf();
  const page = readinessPage(content, TODAY);

  it('gives the date, the standard and a verdict in words', () => {
    expect(page.asOf).toBe('数据截至 2026年11月30日');
    expect(page.standard).toBe('依据 教督〔2017〕6号《县域义务教育优质均衡发展督导评估办法》');
    expect(page.verdict.headline).toBe('尚未达标');
    expect(page.verdict.counts).toBe('32 项指标中：达标 15 项，未达标 4 项，待填报 5 项，已提供佐证 8 项');
  });

  it('shows each item with its status, what is missing and whose it is', () => {
    const g13 = page.areas[1]!.items.find((i) => i.key === 'G13')!;
    expect(g13).toMatchObject({ status: { symbol: '○', word: '待填报' }, whose: '未指定' });
    expect(g13.missing).toContain('责任单位');
    const g8 = page.areas[1]!.items.find((i) => i.key === 'G8')!;
    // 98600 / 97200 = 1.01440… → 101.4 %.
    expect(g8.figures.at(-1)).toBe('教师平均工资收入为当地公务员平均工资收入的 101.4%（标准 ≥ 100%）');
    expect(g8).toMatchObject({ status: { symbol: '△', word: '已提供佐证' }, whose: '人社局（牵头）、财政局', judged: '按规定足额核定教师绩效工资总量的文件' });
  });

  it('gives each shortfall of the school that fails the 6-of-7 rule', () => {
    const failing = page.stages[0]!.schools.find((s) => s.status.word === '未达标')!;
    // 丙乡中心小学: 3100 ㎡ / 520 = 5.9615… ㎡/生 = 79.5 % of 7.5; 100 × 10 / 520 = 1.9230… 间 = 83.6 % of 2.3.
    expect(failing).toMatchObject({ name: '丙乡中心小学', metCount: '5 / 7' });
    expect(failing.shortfalls).toEqual(['“生均体育运动场馆面积”5.962 ㎡/生，为最低标准 7.5 的 79.5%', '“每百名学生拥有网络多媒体教室数”1.923 间/百生，为最低标准 2.3 的 83.6%']);
  });

  it('counts the per-school rule beside the items of 资源配置, so ✗ does not sit beside "all items pass"', () => {
    // Every county-level 差异系数 of the demo passes, but 丙乡中心小学 fails the 6-of-7 rule (below).
    const resources = page.areas[0]!;
    expect(resources.status.word).toBe('未达标');
    expect(resources.summary).toBe('7 项中：达标 7 项；另有按学校核对的一项要求：未达标');
    expect(page.areas[1]!.summary).not.toContain('按学校核对');
  });

  it('says plainly that a veto fails the campaign', () => {
    const vetoed = contentOf({
      'content/readiness.yaml': `asOf: 2026-11-30\nitems: {}\nvetoes:\n  keySchools:\n    present: true\n    statement: 示例县第一初级中学设有实验班。\n`,
    });
    expect(readinessPage(vetoed, TODAY).verdict).toMatchObject({
      status: 'veto',
      headline: '一票否决',
      sentence: '存在一票否决情形（设置重点校或重点班）：按评估办法，本县不能通过优质均衡发展督导评估认定。',
    });
  });
});

describe('a survey without categories', () => {
  it('is not an error, and shows as 待填报 on the page', () => {
    // The survey as a 基本均衡 county keeps it: groups without category.
    const survey = 'year: 2026\ngroups:\n  - id: parents\n    name: 学生家长\n    respondents: 900\n    satisfied: 803\n';
    const content = contentOf({ 'content/survey/2026.yaml': survey });
    const r1 = readinessPage(content, TODAY).areas[3]!.items[0]!;
    expect(r1).toMatchObject({ status: { word: '待填报' }, missing: ['调查群体的类别（category）：学生家长'] });
  });
});

describe('a figure against its line', () => {
  it('keeps the digits that tell a miss from the line', () => {
    // 84.96 % rounds to 85.0 %, which would read as passing: it shows as 84.96.
    expect(againstLine(84.96, { compare: 'atLeast', value: 85 }, 1)).toBe('84.96');
    expect(againstLine(85.04, { compare: 'atLeast', value: 85 }, 1)).toBe('85.0');
    // A CV of 0.5004 is over 0.50: not "0.500".
    expect(againstLine(0.5004, { compare: 'atMost', value: 0.5 }, 3)).toBe('0.5004');
  });
});

describe('the downloads', () => {
  const content = contentOf();
  const result = readinessOf(content, TODAY);

  it('have one CSV row per item and per veto, each as wide as the header', () => {
    const rows = readinessCsvRows(result, content);
    // 32 items; vetoes: 3 national, 1 provincial (弄虚作假), recognition.
    expect(rows).toHaveLength(32 + 5);
    for (const row of rows) expect(row).toHaveLength(READINESS_CSV_HEADER.length);
    expect(rows.find((r) => r[1] === 'G7')).toEqual([
      '政府保障程度',
      'G7',
      '特殊教育学校生均公用经费不低于 6000 元',
      '达标',
      '特殊教育学校生均公用经费 8200 元（省定标准 ≥ 8000 元，国家标准 ≥ 6000 元）',
      '',
      '财政局',
      expect.stringContaining('省定标准：示教督〔2025〕2号'),
    ]);
  });

  it('have one school row per counted school part', () => {
    const rows = readinessSchoolRows(result);
    // 小学: 6 schools counted (the 教学点 and the 民办 school are not); 初中: 4.
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row).toHaveLength(READINESS_SCHOOLS_CSV_HEADER.length);
    expect(rows.find((r) => r[0] === 'jia-central-primary')!.slice(-5)).toEqual(['未达标', '达标', '达标', '不涉及', '达标']);
  });

  it('give the JSON in full precision, as plain data', () => {
    const json = readinessJson(result);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json).toMatchObject({ standard: '优质均衡', document: '教督〔2017〕6号', asOf: TODAY });
  });
});
