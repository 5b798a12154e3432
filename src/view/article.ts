// One article of 工作动态: metadata and optional picture.
import type { ArticleEntry, SiteContent } from '../content-model/model.ts';
import type { Achievement } from '../../schemas/achievement.ts';
import { dateText, type DateText, type ViewOptions } from './options.ts';
import type { Crumb } from './layout.ts';
import { unitLookup } from './units.ts';

export interface ArticlePage {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly sourceFile: string;
  readonly date: DateText;
  readonly unit: { readonly name: string; readonly href: string };
  readonly category: string;
  readonly image: { readonly src: string; readonly alt: string } | undefined;
  readonly homeHref: string;
  readonly newsHref: string;
  /** The breadcrumb (src/view/layout.ts): 首页 › 工作动态 › 正文. */
  readonly trail: readonly Crumb[];
  readonly crumb: string;
}

/**
 * The articles that get a page. /news/2/ is the second list page, so an
 * article whose file name is only digits would take that address: the build stops.
 */
export function articleEntries(content: SiteContent): readonly ArticleEntry<Achievement>[] {
  for (const a of content.achievements) {
    if (/^\d+$/.test(a.id)) {
      throw new Error(`${a.file}：文件名不能只有数字（会与列表分页 news/${a.id}/ 冲突），请加上说明，如 2020-08-01-plan-issued.md`);
    }
  }
  return content.achievements;
}

export function articlePage(content: SiteContent, options: ViewOptions, article: ArticleEntry<Achievement>): ArticlePage {
  const { href } = options;
  const { data } = article;
  return {
    id: article.id,
    title: data.title,
    summary: data.summary,
    sourceFile: article.file,
    date: dateText(data.date),
    unit: { name: unitLookup(content.units.data).name(data.unit), href: href(`units/${data.unit}/`) },
    category: data.category,
    image: data.image,
    homeHref: href(''),
    newsHref: href('news/'),
    trail: [{ label: '工作动态', path: 'news/' }],
    crumb: '正文',
  };
}
