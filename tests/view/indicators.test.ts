// 均衡指标 and 数据开放 as a reader sees them: the demo county's data
// (figures from tests/fixtures/demo/content/survey/2026.yaml and self-score/2026.yaml,
// added up by hand), the real county, which has published none, and the fixture county.
import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../src/content-model/model.ts';
import { dataPage } from '../../src/view/data.ts';
import { datasets } from '../../src/view/datasets.ts';
import { plainText } from '../../src/view/inline.ts';
import { indicatorSubPage, indicatorSubPages, indicatorsPage, olderYears, resultsJson } from '../../src/view/indicators.ts';
import { county, demo, options, real, underBase } from './content.ts';

describe('均衡指标 with the demo county’s data', () => {
  const m = indicatorsPage(demo(), options());

  it('heads the page with the year of the newest dataset', () => {
    expect(m.heading).toBe('均衡指标（2026年度）');
    expect(m.description).toBe('示例县义务教育校际间均衡状况：小学、初中 8 项指标的差异系数和综合差异系数，县级人民政府自评和公众满意度。');
  });

  it('gives the survey rate pooled over all answers, and the other pooling beside it', () => {
    // 1822 satisfied of 2041 respondents = 89.27 %, shown to one decimal.
    const survey = m.report.survey!;
    expect(survey.total).toEqual({ respondents: 2041, satisfied: 1822, rate: '89.3%' });
    expect(survey.verdict).toMatchObject({ symbol: '✓', text: '达标' });
    expect(survey.pooling).toBe('全部满意人数 ÷ 全部有效答卷人数');
    expect(survey.alternative.text).toMatch(/^如按各群体满意度的平均数计算，为 \d+\.\d%，$/);
    expect(m.report.summary.survey).toMatchObject({ rate: '89.3' });
  });

  it('adds up the self-score and judges it against 85 points', () => {
    const selfScore = m.report.selfScore!;
    // The 17 scores add up to 91.5.
    expect([selfScore.score, selfScore.passLine, selfScore.verdict.text]).toEqual([91.5, 85, '达标']);
    expect(selfScore.areas.map((a) => a.heading)).toEqual(['一、入学机会（4 项）', '二、保障机制（5 项）', '三、教师队伍（4 项）', '四、质量与管理（4 项）']);
  });

  it('lists every part in the table of contents when there is school data', () => {
    expect(m.report.toc.map((t) => t.label)).toEqual([
      '评估认定的四项内容',
      '校际间均衡状况（差异系数）',
      '各校指标值和指标图',
      '对照教督〔2017〕6号',
      '县级人民政府推进工作（自评）',
      '公众满意度',
      '计算方法',
      '数据下载',
    ]);
    expect(m.report.assumptions.split).toBe('本页按两个学段的在校学生数比例分摊。');
  });

  it('links the downloads under the base path', () => {
    expect(indicatorsPage(demo(), underBase()).report.downloads.csv).toBe('/zt/junheng/data/indicators/results.csv');
  });
});

describe('均衡指标 of the real county, which has published no data', () => {
  const m = indicatorsPage(real(), options());

  it('says so plainly, and shows no figure', () => {
    expect(m.heading).toBe('均衡指标');
    expect(m.report.balance).toBeUndefined();
    expect(m.report.selfScore).toBeUndefined();
    expect(m.report.survey).toBeUndefined();
    expect(m.report.summary).toEqual({
      balance: undefined,
      selfScore: undefined,
      survey: undefined,
      missing: { balance: '尚未公布逐校数据。', selfScore: '尚未公布自评结果。', survey: '尚未公布调查结果。' },
    });
    expect(resultsJson(real())).toMatchObject({ schools: [], selfScores: [], surveys: [] });
  });
});

describe('均衡指标 of several years', () => {
  /** The demo dataset again as 2025 data. */
  const twoYears = (content: SiteContent): SiteContent => ({
    ...content,
    schools: [...content.schools, { file: 'content/schools/2025.yaml', dataset: { ...content.schools[0]!.dataset, year: 2025 } }],
  });

  it('puts each stage’s per-school values and charts and the 2017 check on pages of their own, linked from the report', () => {
    const content = demo();
    const subs = indicatorSubPages(content);
    expect(subs.map((s) => s.path)).toEqual(expect.arrayContaining(['primary', 'junior', 'standard-2017']));
    const more = indicatorsPage(content, options()).report.more;
    expect(more.schools.map((parts) => parts.find((p) => typeof p !== 'string' && 'href' in p))).toEqual([
      { link: '小学各校指标值和指标图', href: '/indicators/primary/' },
      { link: '初中各校指标值和指标图', href: '/indicators/junior/' },
    ]);
    expect(more.standard).toContainEqual({ link: '对照教督〔2017〕6号', href: '/indicators/standard-2017/' });
    const primary = indicatorSubPage(content, options(), subs.find((s) => s.path === 'primary')!.sub);
    expect(primary.schools?.table.rows.length).toBeGreaterThan(0);
    expect(primary.schools?.charts.length).toBe(8);
    expect(primary.trail).toEqual([{ label: '均衡指标', path: 'indicators/' }]);
    // An older year's sub-pages sit under its own page.
    const older = subs.filter((s) => s.sub.year !== undefined);
    for (const s of older) expect(s.path).toMatch(new RegExp(`^${s.sub.year}/`));
    if (older[0]) expect(indicatorSubPage(content, options(), older[0].sub).trail).toHaveLength(2);
  });

  it('shows the newest year at /indicators/ and gives each older year its own page', () => {
    const content = twoYears(demo());
    expect(olderYears(content)).toEqual([2025]);
    expect(indicatorsPage(content, options()).otherYears).toEqual([{ href: '/indicators/2025/', text: '2025年度' }]);
    const older = indicatorsPage(content, options(), 2025);
    expect([older.title, older.crumb, older.sourceFile]).toEqual(['均衡指标（2025年度）', '2025年度', 'content/schools/2025.yaml']);
    // No self-score or survey of 2025: the page says so rather than show 2026's.
    expect(older.report.selfScore).toBeUndefined();
    expect(older.report.survey).toBeUndefined();
  });
});

describe('均衡指标 of a county without assessment data', () => {
  const m = indicatorsPage(county(), options());

  it('shows no school tables, only the four parts and the assumptions', () => {
    expect(m.heading).toBe('均衡指标');
    expect(m.report.balance).toBeUndefined();
    expect(m.report.toc.map((t) => t.label)).toEqual(['评估认定的四项内容', '县级人民政府推进工作（自评）', '公众满意度', '计算方法', '数据下载']);
    expect(m.report.summary).toMatchObject({ balance: undefined, selfScore: undefined, survey: undefined });
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

  it('counts the rows of each dataset', () => {
    const news = dataPage(real(), options()).datasets.find((d) => d.id === 'achievements')!;
    expect(plainText(news.meta)).toBe('共 2 条。来源：本站“工作动态”栏目。');
    const units = dataPage(county(), options()).datasets.find((d) => d.id === 'units')!;
    expect(plainText(units.meta)).toBe('共 3 条。来源：实施方案；乡镇（街道）的统计用区划代码来自国家统计局。');
  });

  it('calls no dataset of the real site an example', () => {
    const page = dataPage(real(), options());
    expect(JSON.stringify(page)).not.toContain('示例');
    expect(datasets(real(), options().href).flatMap((d) => d.rows).filter((r) => JSON.stringify(r).includes('示例'))).toEqual([]);
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
    expect(rows.map((r) => r.url)).toEqual(['https://www.ceshixian.gov.cn/zt/junheng/news/2020-08-01-plan-issued/']);
  });
});
