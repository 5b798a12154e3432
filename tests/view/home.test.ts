// The home page and the frame of every page, as a reader sees them, for the
// real 区 and the fixture 县.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/view/inline.ts';
import { homePage } from '../../src/view/home.ts';
import { layoutView } from '../../src/view/layout.ts';
import { county, demo, options, real, underBase, withSite } from './content.ts';

/** The real content as if the campaign were still running (campaign.yaml 进行中). */
const running = () => ({ ...real(), campaign: { ...real().campaign, data: { standard: real().campaign.data.standard, status: '进行中' as const } } });

describe('home page', () => {
  it('introduces the plan with its issuer, date and the number of phases in words', () => {
    expect(plainText(homePage(real(), options()).intro)).toBe(
      '2020年8月1日，建安区人民政府办公室印发《建安区迎接义务教育基本均衡发展国家整体评估认定工作实施方案》，部署迎接国家义务教育基本均衡发展整体评估认定工作，分五个阶段推进。',
    );
    // The fixture's plan has two phases: 两, not 二.
    expect(plainText(homePage(county(), options()).intro)).toMatch(/^2020年8月1日，测试县人民政府印发《.+》，.+，分两个阶段推进。$/);
  });

  it('links the plan under the base path', () => {
    expect(homePage(real(), underBase()).intro).toContainEqual({ link: expect.stringMatching(/^《/), href: '/zt/junheng/plan/' });
  });

  it('names the county’s own departments in the section list', () => {
    const note = (m: ReturnType<typeof homePage>) => m.sections.find((s) => s.label === '单位名录')?.note;
    expect(note(homePage(real(), options()))).toBe('区直部门和各乡镇（街道），每个单位的成员、职责和进度。');
    expect(note(homePage(county(), options()))).toBe('县直部门和各乡镇（街道），每个单位的成员、职责和进度。');
  });

  it('lists the five newest articles, the real county’s own', () => {
    const news = homePage(demo(), options()).news;
    expect(news.items).toHaveLength(5);
    expect(news.items.map((i) => i.date.iso)).toEqual([...news.items.map((i) => i.date.iso)].sort().reverse());
    expect(homePage(real(), options()).news.items.map((i) => i.date.text)).toEqual(['2020年8月1日', '2020年8月1日']);
    const fixture = homePage(county(), options()).news;
    expect(fixture.items.map((i) => [i.date.text, i.unitName])).toEqual([['2020年8月1日', '测试县人民政府']]);
  });

  it('says where a running campaign stands on the build date', () => {
    const now = homePage(running(), options('2020-09-10')).progress;
    expect(now.asOfLine).toBe('截至2020年9月10日（按本站更新当天计算）。');
    expect(now.current).toEqual({ kind: 'phases', phases: ['第二阶段“自查整改”（2020年8月16日至10月31日）'], overlap: undefined });
    expect(now.progressHref).toBe('/progress/');
    const before = homePage(running(), options('2020-07-20')).progress;
    expect(before.current).toEqual({ kind: 'sentence', text: '尚未开始：第一阶段“宣传发动”（2020年8月1日至8月15日）将于2020年8月1日开始，还有 12 天。' });
    // After the last phase's dates: passed, not done.
    expect(homePage(running(), options('2021-03-01')).progress.current).toEqual({
      kind: 'sentence',
      text: '实施方案规定的五个阶段均已过计划结束日期（最后一个为2020年12月底）；各阶段的完成情况以各单位的记录为准。',
    });
  });

  it('says a finished campaign is over, computed as of its end whatever the build date', () => {
    for (const date of ['2020-09-10', '2026-12-02']) {
      const now = homePage(real(), options(date)).progress;
      expect(now.asOfLine).toBe('截至2020年12月31日（工作结束之日）。');
      expect(now.current).toEqual({ kind: 'sentence', text: '已结束：相关工作已于2020年12月31日结束。实施方案规定的五个阶段的完成情况以各单位的记录为准。' });
      expect(now.next).toBeUndefined();
    }
  });

  it('computes a campaign for site.yaml’s fixed asOf when set, and says the day is fixed', () => {
    const fixed = homePage(withSite(real(), { asOf: '2020-11-20' }), options('2026-01-01')).progress;
    expect(fixed.asOfLine).toBe('截至2020年11月20日（计算日期固定，不随日期更新）。');
    expect(fixed.current).toEqual({ kind: 'phases', phases: ['第四阶段“迎接国家检查”（2020年11月16日至12月10日）'], overlap: undefined });
  });
});

describe('every page’s frame', () => {
  const props = { title: '实施方案', section: 'plan', sourceFile: 'content/plan.yaml', pathname: '/plan/', trail: [] };

  it('puts 单位名录 in the navigation, after 领导小组', () => {
    const labels = layoutView(real(), options(), props).nav.map((n) => n.label);
    expect(labels).toContain('单位名录');
    expect(labels.indexOf('单位名录')).toBe(labels.indexOf('领导小组') + 1);
    const units = layoutView(real(), options(), { ...props, title: '单位名录', section: 'units', pathname: '/units/' });
    expect(units.nav.filter((n) => n.current).map((n) => n.label)).toEqual(['单位名录']);
  });

  it('gives every page but the home page the one breadcrumb pattern: 首页 › its trail › the page', () => {
    expect(layoutView(real(), options(), { ...props, title: '建安区义务教育基本均衡发展专栏', section: 'home', pathname: '/' }).breadcrumb).toBeUndefined();
    expect(layoutView(real(), options(), props).breadcrumb).toEqual({ links: [{ label: '首页', href: '/' }], current: '实施方案' });
    const unit = layoutView(real(), underBase(), { title: '区财政局', section: 'units', pathname: '/zt/junheng/units/finance-bureau/', trail: [{ label: '单位名录', path: 'units/' }] });
    expect(unit.breadcrumb).toEqual({
      links: [
        { label: '首页', href: '/zt/junheng/' },
        { label: '单位名录', href: '/zt/junheng/units/' },
      ],
      current: '区财政局',
    });
    const year = layoutView(real(), options(), { ...props, title: '均衡指标（2019年度）', crumb: '2019年度', trail: [{ label: '均衡指标', path: 'indicators/' }] });
    expect(year.breadcrumb?.current).toBe('2019年度');
  });

  it('titles the page with the site name and marks the current section', () => {
    const m = layoutView(real(), options(), props);
    expect(m.title).toBe('实施方案 - 建安区义务教育基本均衡发展专栏');
    expect(m.nav.filter((n) => n.current).map((n) => n.label)).toEqual(['实施方案']);
    expect(m.footer.built).toBe('本站更新于 2020年9月10日。');
  });

  it('carries the 历史专题 notice with the end date on every page of a finished campaign, none while it runs', () => {
    expect(layoutView(real(), options(), props).historyNote).toBe('本专题为历史专题：相关工作已于2020年12月31日结束，页面内容不再更新。');
    expect(layoutView(running(), options(), props).historyNote).toBeUndefined();
    expect(layoutView(demo(), options(), props).historyNote).toBeUndefined();
  });

  it('says 示例 in the title of every page of the demo site', () => {
    expect(layoutView(demo(), options(), props).title).toBe('实施方案 - 示例县义务教育优质均衡发展专栏（示例）');
    const renamed = withSite(demo(), { name: '某县专栏' });
    expect(layoutView(renamed, options(), props).title).toBe('实施方案 - 某县专栏（示例）');
    expect(layoutView(renamed, options(), { ...props, title: '某县专栏' }).title).toBe('某县专栏（示例）');
  });

  it('marks every page of a made-up county as 示例, and no page of a real one', () => {
    expect(layoutView(real(), options(), props).exampleNote).toBeUndefined();
    const note = layoutView(withSite(county(), { example: true }), options(), props).exampleNote;
    expect(note && plainText(note)).toMatch(/^示例本站是演示网站功能的示例网站：测试县是虚构的县，/);
  });

  it('links the filing numbers to the registries', () => {
    const m = layoutView(withSite(county(), { icp: '豫ICP备12345678号-1', police: '豫公网安备41100302000001号' }), options(), props);
    expect(m.footer.icp).toEqual({ text: '豫ICP备12345678号-1', href: 'https://beian.miit.gov.cn/' });
    expect(m.footer.police?.href).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=41100302000001');
  });
});
