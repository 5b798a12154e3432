// The wording of the 示例 marks. A site is either a real county or, as a whole,
// the fictional demo county (site.yaml `example: true`): the demo says so on
// every page and in every feed item; a real site has no example content at all.
import type { CountyWords } from './county.ts';
import type { Inline } from './inline.ts';

export const EXAMPLE = '示例';
const badge: Inline = { badge: EXAMPLE };

/** On every page of a site whose whole county is made up (site.yaml `example: true`). */
export function exampleSiteNote(county: CountyWords): Inline[] {
  return [badge, `本站是演示网站功能的示例网站：${county.name}是虚构的${county.word}，站内的单位、人员、日期和数字均为虚构，不代表任何地方的真实情况。`];
}

/** An article's title in the demo site's RSS feed, where no banner can be shown. */
export const exampleFeedTitle = (title: string, example: boolean): string =>
  example && !title.startsWith(`【${EXAMPLE}】`) ? `【${EXAMPLE}】${title}` : title;

/** An article's summary in the demo site's RSS feed. */
export const exampleFeedSummary = (summary: string, example: boolean): string => (example ? `（${EXAMPLE}内容，所述事项为虚构）${summary}` : summary);
