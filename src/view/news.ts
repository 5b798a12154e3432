// 工作动态: the article lists (home page, /news/ pages) and what every list item
// shows. Articles come newest first from the content model.
import type { Achievement } from '../../schemas/achievement.ts';
import type { ArticleEntry, SiteContent } from '../content-model/model.ts';
import { exampleFeedSummary, exampleFeedTitle } from './example.ts';
import { dateText, type DateText, type Href, type ViewOptions } from './options.ts';
import type { Crumb } from './layout.ts';
import { unitLookup } from './units.ts';

export interface NewsItem {
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly date: DateText;
  readonly unitName: string;
  readonly category: string;
  readonly summary: string;
}

export function newsItems(content: SiteContent, href: Href, articles: readonly ArticleEntry<Achievement>[] = content.achievements): NewsItem[] {
  const units = unitLookup(content.units.data);
  return articles.map((a) => ({
    id: a.id,
    title: a.data.title,
    href: href(`news/${a.id}/`),
    date: dateText(a.data.date),
    unitName: units.name(a.data.unit),
    category: a.data.category,
    summary: a.data.summary,
  }));
}

export interface HomeNewsModel {
  readonly items: readonly NewsItem[];
  readonly allHref: string;
}

/** The latest five, for the home page. */
export function homeNews(content: SiteContent, href: Href): HomeNewsModel {
  const items = newsItems(content, href, content.achievements.slice(0, 5));
  return { items, allHref: href('news/') };
}

export const NEWS_PAGE_SIZE = 10;

export interface NewsListPage {
  readonly title: string;
  readonly description: string;
  /** 共 12 篇，按发布日期从新到旧排列。 */
  readonly count: string;
  readonly rssHref: string;
  readonly items: readonly NewsItem[];
  /** When there is no article at all. */
  readonly empty: string | undefined;
  readonly pagination:
    | { readonly kind: 'links'; readonly current: number; readonly last: number; readonly prev: string | undefined; readonly next: string | undefined }
    | { readonly kind: 'single'; readonly text: string };
  /** For <link rel=prev/next>. */
  readonly prev: string | undefined;
  readonly next: string | undefined;
  /** The breadcrumb (src/view/layout.ts): page 2 on sit under the first page. */
  readonly trail: readonly Crumb[];
  readonly crumb: string | undefined;
}

/** Page `page` (from 1) of the news list, ten articles a page. */
export function newsListPage(content: SiteContent, options: ViewOptions, page: number): NewsListPage {
  const { href } = options;
  const all = content.achievements;
  const last = Math.max(1, Math.ceil(all.length / NEWS_PAGE_SIZE));
  const items = newsItems(content, href, all.slice((page - 1) * NEWS_PAGE_SIZE, page * NEWS_PAGE_SIZE));
  const listPath = (n: number) => href(n === 1 ? 'news/' : `news/${n}/`);
  const prev = page > 1 ? listPath(page - 1) : undefined;
  const next = page < last ? listPath(page + 1) : undefined;
  const site = content.site.data;
  return {
    title: page === 1 ? '工作动态' : `工作动态（第 ${page} 页）`,
    description: `${site.name}的工作动态、成果展示、宣传报道和通知公告。`,
    count: `共 ${all.length} 篇，按发布日期从新到旧排列。`,
    rssHref: href('news/rss.xml'),
    items,
    empty: all.length === 0 ? '暂无工作动态。' : undefined,
    pagination: last > 1 ? { kind: 'links', current: page, last, prev, next } : { kind: 'single', text: '第 1 页 / 共 1 页' },
    prev,
    next,
    trail: page === 1 ? [] : [{ label: '工作动态', path: 'news/' }],
    crumb: page === 1 ? undefined : `第 ${page} 页`,
  };
}

export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly pubDate: Date;
  readonly description: string;
  readonly categories: string[];
  readonly creator: string;
}

export interface Feed {
  readonly title: string;
  readonly description: string;
  readonly site: string;
  readonly items: readonly FeedItem[];
}

/** The RSS feed (/news/rss.xml): absolute links, since a feed reader has no page to resolve them against. */
export function newsFeed(content: SiteContent, options: ViewOptions, origin: URL): Feed {
  const site = content.site.data;
  const units = unitLookup(content.units.data);
  // A feed reader shows no banner: on the demo site every item says 示例 itself.
  const example = site.example === true;
  const absolute = (path: string) => new URL(options.href(path), origin).href;
  return {
    title: `${site.name} - 工作动态`,
    description: site.description,
    site: absolute(''),
    items: content.achievements.map((a) => ({
      title: exampleFeedTitle(a.data.title, example),
      link: absolute(`news/${a.id}/`),
      // Midnight in China: the content has a date, not a time.
      pubDate: new Date(`${a.data.date}T00:00:00+08:00`),
      description: exampleFeedSummary(a.data.summary, example),
      categories: [a.data.category],
      creator: units.name(a.data.unit),
    })),
  };
}
