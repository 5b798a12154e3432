// A 县 is not a 区: every page model of the two fixture counties (测试县 and
// the demo's 示例县), serialized, says none of the words of 建安区's own level.
// The real content says them, which shows the check can find them.
import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../src/content-model/model.ts';
import { articlePage } from '../../src/view/article.ts';
import { dataPage } from '../../src/view/data.ts';
import { homePage } from '../../src/view/home.ts';
import { plainText } from '../../src/view/inline.ts';
import { indicatorsPage, olderYears, resultsJson } from '../../src/view/indicators.ts';
import { layoutView } from '../../src/view/layout.ts';
import { leadingGroupPage } from '../../src/view/leading-group.ts';
import { newsFeed, newsListPage } from '../../src/view/news.ts';
import { originalPage, planPage } from '../../src/view/plan.ts';
import { progressPage } from '../../src/view/progress.ts';
import { searchPage } from '../../src/view/search.ts';
import { unitPage } from '../../src/view/unit.ts';
import { unitsIndexPage } from '../../src/view/units-index.ts';
import { county, demo, options, real } from './content.ts';

const WORDS = ['区政府', '区直', '全区', '本区', '区教体局', '县（区）', '建安'];

/** Every page model of a site, on a day its records cover. */
function everyPage(content: SiteContent, buildDate: string): Record<string, unknown> {
  const o = options(buildDate);
  const pages: Record<string, unknown> = {
    layout: layoutView(content, o, { title: '首页', pathname: '/', trail: [] }),
    home: homePage(content, o),
    plan: planPage(content, o),
    original: originalPage(content, o),
    progress: progressPage(content, o),
    group: leadingGroupPage(content, o),
    units: unitsIndexPage(content, o),
    news: newsListPage(content, o, 1),
    feed: newsFeed(content, o, new URL(content.site.data.url)),
    indicators: indicatorsPage(content, o),
    results: resultsJson(content),
    data: dataPage(content, o),
    search: searchPage(content, o),
  };
  for (const year of olderYears(content)) pages[`indicators-${year}`] = indicatorsPage(content, o, year);
  for (const u of content.units.data.units) pages[`unit-${u.id}`] = unitPage(content, o, u.id);
  for (const a of content.achievements) pages[`article-${a.id}`] = articlePage(content, o, a);
  return pages;
}

/** page: word, for each page model that says a word of WORDS. */
function districtWords(content: SiteContent, buildDate: string): string[] {
  return Object.entries(everyPage(content, buildDate)).flatMap(([page, model]) => {
    const text = JSON.stringify(model);
    return WORDS.filter((w) => text.includes(w)).map((w) => `${page}: ${w}`);
  });
}

describe('a 县’s pages say 县', () => {
  it('the real 区’s pages do say 全区 and 区直部门 (so the check can fail)', () => {
    const found = districtWords(real(), '2020-11-20');
    expect(found).toContain('units: 全区');
    expect(found).toContain('units: 区直');
  });

  it('测试县 (tests/fixtures/base): no page says a word of 建安区’s level', () => {
    expect(districtWords(county(), '2020-09-10')).toEqual([]);
  });

  it('示例县 (tests/fixtures/demo): no page says a word of 建安区’s level', () => {
    expect(districtWords(demo(), '2026-11-30')).toEqual([]);
  });

  it('示例县’s pages speak of 全县 and mark the whole site as an example', () => {
    const o = options('2026-11-30');
    const someUnit = demo().units.data.units[0]!.id;
    expect(plainText(unitPage(demo(), o, someUnit).progress.meta)).toContain('全县情况见工作进度。');
    expect(unitsIndexPage(demo(), o).intro).toMatch(/^实施方案和领导小组名单涉及的单位，以及全县各乡镇（街道），共\d+个/);
    expect(plainText(layoutView(demo(), o, { title: '首页', pathname: '/', trail: [] }).exampleNote!)).toMatch(/示例县是虚构的县/);
  });
});
