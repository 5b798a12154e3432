// RSS feed of 工作动态 (src/view/news.ts builds it). Links are absolute and
// carry the base path, because a feed reader has no page to resolve relative links against.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getContent, viewOptions } from '../../site/content.ts';
import { newsFeed } from '../../view/news.ts';

export async function GET(context: APIContext) {
  const content = await getContent();
  const feed = newsFeed(content, viewOptions(), context.site ?? new URL(content.site.data.url));
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.site,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: item.pubDate,
      description: item.description,
      categories: item.categories,
      customData: `<dc:creator>${escapeXml(item.creator)}</dc:creator>`,
    })),
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
