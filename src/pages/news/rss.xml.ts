// RSS feed of 工作动态. Links are absolute and carry the base path, because a
// feed reader has no page to resolve relative links against.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getAchievements, getSite, getUnits, href } from '../../site/content.ts';

export async function GET(context: APIContext) {
  const site = await getSite();
  const origin = context.site ?? new URL(site.url);
  const units = new Map((await getUnits()).map((u) => [u.id, u.name]));
  const items = await getAchievements();
  return rss({
    title: `${site.name} - 工作动态`,
    description: site.description,
    site: new URL(href(''), origin).href,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
    items: items.map(({ entry, data }) => ({
      title: data.isExample && !data.title.startsWith('【示例】') ? `【示例】${data.title}` : data.title,
      link: new URL(href(`news/${entry.id}/`), origin).href,
      // Midnight in China: the content has a date, not a time.
      pubDate: new Date(`${data.date}T00:00:00+08:00`),
      description: data.isExample ? `（示例内容，所述事项为虚构）${data.summary}` : data.summary,
      categories: [data.category],
      customData: `<dc:creator>${escapeXml(units.get(data.unit) ?? data.unit)}</dc:creator>`,
    })),
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
