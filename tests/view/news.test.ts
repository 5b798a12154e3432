// 工作动态: the lists, an article's page and the feed, as a reader sees them.
import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../src/content-model/model.ts';
import { articleEntries, articlePage } from '../../src/view/article.ts';
import { plainText } from '../../src/view/inline.ts';
import { newsFeed, newsListPage } from '../../src/view/news.ts';
import { county, demo, options, real, underBase } from './content.ts';

/** The real articles, repeated under new ids until there are `n`. */
function withArticles(content: SiteContent, n: number): SiteContent {
  const base = content.achievements;
  const achievements = Array.from({ length: n }, (_, i) => ({ ...base[i % base.length]!, id: `article-${String(i).padStart(3, '0')}` }));
  return { ...content, achievements };
}

describe('news list', () => {
  it('counts the articles and names each one’s unit and date', () => {
    const m = newsListPage(county(), options(), 1);
    expect(m.count).toBe('共 1 篇，按发布日期从新到旧排列。');
    expect(m.items.map((i) => [i.date.text, i.unitName, i.href])).toEqual([['2020年8月1日', '测试县人民政府', '/news/2020-08-01-plan-issued/']]);
    expect(m.pagination).toEqual({ kind: 'single', text: '第 1 页 / 共 1 页' });
  });

  it('lists only the real county’s own two articles: no sample among them', () => {
    expect(newsListPage(real(), options(), 1).items.map((i) => i.title)).toEqual(['建安区成立迎接义务教育基本均衡发展国家整体评估认定工作领导小组', '建安区人民政府办公室印发《建安区迎接义务教育基本均衡发展国家整体评估认定工作实施方案》']);
  });

  it('pages ten at a time, with links to the neighbouring pages under the base path', () => {
    const content = withArticles(real(), 23);
    const second = newsListPage(content, underBase(), 2);
    expect(second.title).toBe('工作动态（第 2 页）');
    expect(second.items).toHaveLength(10);
    expect(second.pagination).toEqual({ kind: 'links', current: 2, last: 3, prev: '/zt/junheng/news/', next: '/zt/junheng/news/3/' });
    const third = newsListPage(content, underBase(), 3);
    expect(third.items).toHaveLength(3);
    expect(third.next).toBeUndefined();
  });

  it('says so when there is no article', () => {
    const m = newsListPage({ ...county(), achievements: [] }, options(), 1);
    expect(m.empty).toBe('暂无工作动态。');
    expect(m.count).toBe('共 0 篇，按发布日期从新到旧排列。');
  });
});

describe('an article', () => {
  it('names its unit in full and links to the unit’s page', () => {
    const m = articlePage(county(), options(), county().achievements[0]!);
    expect(m.unit).toEqual({ name: '测试县人民政府', href: '/units/county-government/' });
    expect(m.date).toEqual({ iso: '2020-08-01', text: '2020年8月1日' });
  });

  it('stops the build for a file name that is only digits (it would take the address of list page 2)', () => {
    const content = county();
    const clash = { ...content, achievements: [{ ...content.achievements[0]!, id: '2', file: 'content/achievements/2.md' }] };
    expect(() => articleEntries(clash)).toThrow('content/achievements/2.md：文件名不能只有数字（会与列表分页 news/2/ 冲突）');
  });
});

describe('news feed', () => {
  it('marks every item of the demo site 示例 in title and summary, since a feed reader shows no banner', () => {
    const feed = newsFeed(demo(), underBase(), new URL('https://demo.example.org'));
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.title).toMatch(/^【示例】/);
      expect(item.title).not.toMatch(/^【示例】【示例】/);
      expect(item.description).toMatch(/^（示例内容，所述事项为虚构）/);
      expect(item.link).toMatch(/^https:\/\/demo\.example\.org\/zt\/junheng\/news\/.+\/$/);
    }
  });

  it('marks nothing 示例 on the real site', () => {
    const feed = newsFeed(real(), options(), new URL('https://example.org'));
    expect(feed.items.map((i) => i.title)).toEqual(real().achievements.map((a) => a.data.title));
    expect(feed.items.filter((i) => `${i.title}${i.description}`.includes('示例'))).toEqual([]);
  });
});
