// 均衡指标 and 数据开放 as a reader sees them: the example data of content/
// (figures from content/survey/examples/survey-example.yaml and the self-score
// example, added up by hand), and a county with no assessment data at all.
import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../src/content-model/model.ts';
import { dataPage } from '../../src/view/data.ts';
import { datasets } from '../../src/view/datasets.ts';
import { plainText } from '../../src/view/inline.ts';
import { indicatorsPage, olderYears, resultsJson } from '../../src/view/indicators.ts';
import { county, options, real, underBase } from './content.ts';

describe('均衡指标 with the example data', () => {
  const m = indicatorsPage(real(), options());

  it('says on top which parts are examples, and who puts the real figures in', () => {
    expect(m.heading).toBe('均衡指标（2020年度）');
    expect(m.description).toMatch(/^建安区义务教育校际间均衡状况：.+（示例数据）。$/);
    const [what, how] = m.report.exampleNote!.map(plainText);
    expect(what).toBe(
      '示例示例数据：本页的学校统计数据（差异系数和各校指标）、县级人民政府自评得分、公众满意度调查结果是示例数据，学校名称和全部数字都是虚构的，只用来演示计算方法和页面格式，不代表建安区的实际情况，请勿引用。建安区的学校统计数据尚未录入本站。',
    );
    // The site's 主办单位 (content/site.yaml organizer), not a fixed 区教体局.
    expect(how).toMatch(/^换成真实数据的方法：建安区教育体育局按学年初统计报表/);
  });

  it('gives the survey rate pooled over all answers, and the other pooling beside it', () => {
    // 2499 satisfied of 2800 respondents = 89.25 %, shown to one decimal.
    const survey = m.report.survey!;
    expect(survey.total).toEqual({ respondents: 2800, satisfied: 2499, rate: '89.3%' });
    expect(survey.verdict).toMatchObject({ symbol: '✓', text: '达标' });
    expect(survey.pooling).toBe('全部满意人数 ÷ 全部有效答卷人数');
    expect(survey.alternative.text).toMatch(/^如按各群体满意度的平均数计算，为 \d+\.\d%，$/);
    expect(m.report.summary.survey).toMatchObject({ example: true, rate: '89.3' });
  });

  it('adds up the self-score and judges it against 85 points', () => {
    const selfScore = m.report.selfScore!;
    // The 17 example scores add up to 91.5.
    expect([selfScore.score, selfScore.passLine, selfScore.verdict.text, selfScore.suffix]).toEqual([91.5, 85, '达标', '（示例）']);
    expect(selfScore.areas.map((a) => a.heading)).toEqual(['一、入学机会（4 项）', '二、保障机制（5 项）', '三、教师队伍（4 项）', '四、质量与管理（4 项）']);
  });

  it('lists every part in the table of contents when there is school data', () => {
    expect(m.report.toc.map((t) => t.label)).toEqual([
      '评估认定的四项内容',
      '校际间均衡状况（差异系数）',
      '各校指标值',
      '各校指标图',
      '对照教督〔2017〕6号',
      '县级人民政府推进工作（自评）',
      '公众满意度',
      '计算口径',
      '数据下载',
    ]);
    expect(m.report.assumptions.split).toBe('本页按两个学段的在校学生数比例分摊。');
  });

  it('links the downloads under the base path', () => {
    expect(indicatorsPage(real(), underBase()).report.downloads.csv).toBe('/zt/junheng/data/indicators/results.csv');
  });
});

describe('均衡指标 of several years', () => {
  /** The example dataset again as 2019 data. */
  const twoYears = (content: SiteContent): SiteContent => ({
    ...content,
    schools: [...content.schools, { file: 'content/schools/2019.yaml', dataset: { ...content.schools[0]!.dataset, year: 2019 } }],
  });

  it('shows the newest year at /indicators/ and gives each older year its own page', () => {
    const content = twoYears(real());
    expect(olderYears(content)).toEqual([2019]);
    expect(indicatorsPage(content, options()).otherYears).toEqual([{ href: '/indicators/2019/', text: '2019年度' }]);
    const older = indicatorsPage(content, options(), 2019);
    expect([older.title, older.breadcrumb?.current, older.sourceFile]).toEqual(['均衡指标（2019年度）', '2019年度', 'content/schools/2019.yaml']);
    // No self-score or survey of 2019: the page says so rather than show 2020's.
    expect(older.report.selfScore).toBeUndefined();
    expect(older.report.survey).toBeUndefined();
  });
});

describe('均衡指标 of a county without assessment data', () => {
  const m = indicatorsPage(county(), options());

  it('shows no example banner and no school tables, only the four parts and the assumptions', () => {
    expect(m.heading).toBe('均衡指标');
    expect(m.report.exampleNote).toBeUndefined();
    expect(m.report.balance).toBeUndefined();
    expect(m.report.toc.map((t) => t.label)).toEqual(['评估认定的四项内容', '县级人民政府推进工作（自评）', '公众满意度', '计算口径', '数据下载']);
    expect(m.report.summary).toEqual({ balance: undefined, selfScore: undefined, survey: undefined });
    expect(resultsJson(county()).schools).toEqual([]);
  });
});

describe('数据开放', () => {
  it('describes the datasets in the county’s words and counts the plan’s phases', () => {
    const byName = (c: SiteContent) => new Map(datasets(c, options().href).map((d) => [d.name, d.description]));
    expect(byName(real()).get('units')).toBe('实施方案提到的全部单位和全区乡镇（街道），含统计用区划代码。');
    expect(byName(real()).get('phases')).toBe('实施方案“四、工作步骤”的五个阶段及起止日期（具体步骤见“工作步骤”）。');
    expect(byName(county()).get('units')).toBe('实施方案提到的全部单位和全县乡镇（街道），含统计用区划代码。');
    expect(byName(county()).get('phases')).toBe('实施方案“四、工作步骤”的两个阶段及起止日期（具体步骤见“工作步骤”）。');
  });

  it('counts the rows and the sample rows of each dataset', () => {
    const news = dataPage(real(), options()).datasets.find((d) => d.id === 'achievements')!;
    const samples = real().achievements.filter((a) => a.isExample).length;
    expect(plainText(news.meta)).toBe(`共 ${real().achievements.length} 条，其中示例${samples} 条（example 字段为 true）。来源：content/achievements/`);
    const units = dataPage(county(), options()).datasets.find((d) => d.id === 'units')!;
    expect(plainText(units.meta)).toBe('共 3 条。来源：content/units.yaml');
  });

  it('calls the indicator results examples only when they are', () => {
    expect(plainText(dataPage(real(), options()).indicators.intro)).toMatch(/目前为示例数据（example 为 true）。$/);
    expect(plainText(dataPage(county(), options()).indicators.intro)).not.toContain('示例');
  });

  it('explains the result columns in the county’s words and reads field types in Chinese', () => {
    const columns = dataPage(county(), options()).indicators.columns.rows;
    expect(columns.find((c) => c.key === 'level')).toEqual({
      key: 'level',
      description: 'county：全县；school：一所学校的该学段部分；excluded：不计入计算的学校',
      type: '可选值：county、school、excluded；必填',
    });
    expect(columns.find((c) => c.key === 'pupils')?.type).toBe('整数；可为空');
  });

  it('publishes absolute article addresses under the base path', () => {
    const rows = datasets(county(), underBase().href).find((d) => d.name === 'achievements')!.rows;
    expect(rows.map((r) => r.url)).toEqual(['https://example.org/zt/junheng/news/2020-08-01-plan-issued/']);
  });
});
