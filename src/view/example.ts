// The wording of every 示例 note: what is made up, and that the county removes
// it before it publishes for real. One place, so the notes on the progress
// page, the unit pages, the news and the indicator pages say the same thing.
import type { CountyWords } from './county.ts';
import type { Inline } from './inline.ts';

export const EXAMPLE = '示例';
const badge: Inline = { badge: EXAMPLE };

/** The 示例 badge in front of something shown from example data, or nothing. */
export const exampleBadge = (example: boolean): Inline[] => (example ? [badge] : []);

/** Parts of a list as a reader reads them: 完成情况、整改事项. */
export const listParts = (parts: readonly (string | false | undefined)[]): string[] => parts.filter((p): p is string => typeof p === 'string');

/**
 * The note over a section of progress records that are examples: on the
 * progress page (`scope` section) or on one unit's page (`scope` unit).
 */
export function exampleRecordsNote(county: CountyWords, parts: readonly string[], scope: 'section' | 'unit'): Inline[] {
  const invented = scope === 'section' ? '所述问题、日期和完成情况' : '所述问题、日期';
  const about = scope === 'section' ? '任何单位' : '本单位';
  const after = scope === 'section' ? '，本节随之显示真实情况' : '';
  return [
    badge,
    `本节中的${parts.join('、')}均为演示网站功能的示例记录，${invented}均为虚构，不代表${about}的真实工作。${county.name}填报真实记录后会删除全部示例${after}。`,
  ];
}

/** The banner of a sample article. */
export function exampleArticleNote(county: CountyWords): Inline[] {
  return [badge, `本文是演示栏目效果的示例内容，所述事项、数字均为虚构，不代表任何单位的真实工作。${county.name}正式发布前会删除全部示例文章。`];
}

/** Over a news list with sample articles in it. */
export function exampleNewsListNote(county: CountyWords): Inline[] {
  return ['标有', badge, `的文章是演示栏目效果的示例内容，所述事项均为虚构，${county.name}正式发布前会删除。`];
}

/** Over the home page's latest news when some are samples. */
export function exampleEntriesNote(): Inline[] {
  return ['标有', badge, '的条目是演示网站功能的示例内容，不是真实发生的工作。'];
}

/** A sample article's title in the RSS feed, where no badge can be shown. */
export const exampleFeedTitle = (title: string, example: boolean): string =>
  example && !title.startsWith(`【${EXAMPLE}】`) ? `【${EXAMPLE}】${title}` : title;

/** A sample article's summary in the RSS feed. */
export const exampleFeedSummary = (summary: string, example: boolean): string => (example ? `（${EXAMPLE}内容，所述事项为虚构）${summary}` : summary);

/** On every page of a site whose whole county is made up (site.yaml `example: true`). */
export function exampleSiteNote(county: CountyWords): Inline[] {
  return [badge, `本站是演示网站功能的示例网站：${county.name}是虚构的${county.word}，站内的单位、人员、日期和数字均为虚构，不代表任何地方的真实情况。`];
}

/** “（示例）” after a figure or a verdict that comes from example data. */
export const exampleSuffix = (example: boolean): string => (example ? `（${EXAMPLE}）` : '');

/** “，示例数据” inside a table caption's brackets. */
export const exampleCaption = (example: boolean): string => (example ? `，${EXAMPLE}数据` : '');
