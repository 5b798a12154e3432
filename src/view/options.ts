// What every view model is given besides the content: the build date and how
// a site-relative path becomes a link. Pages pass these in (src/site/content.ts
// reads BUILD_DATE and the base path), so nothing here reads the environment.
import type { Campaign } from '../../schemas/campaign.ts';
import type { Site } from '../../schemas/site.ts';
import { formatDate } from '../lib/dates.ts';

/** A site-relative path ('plan/', 'news/x/') → a link that works under the site's base path. */
export type Href = (path: string) => string;

/** Links under a base path ('/' or '/zt/junheng/'), at a domain root or under a portal sub-path alike. */
export function basePathHref(base: string): Href {
  const prefix = base.replace(/\/$/, '');
  return (path) => `${prefix}/${path.replace(/^\//, '')}`;
}

/** The dossier PDF the build published (src/integrations/dossier.ts). */
export interface DossierFile {
  /** Relative to the base path: dossier.pdf. */
  readonly path: string;
  readonly bytes: number;
  /** 2020年12月31日: the day its figures are for. */
  readonly date?: string;
}

export interface ViewOptions {
  /** The day the site is built, YYYY-MM-DD (BUILD_DATE, else today in China). */
  readonly buildDate: string;
  readonly href: Href;
  /** Absent when the build published no dossier. */
  readonly dossier?: DossierFile;
}

/** A date as a page shows it: the reading for people, the ISO day for <time datetime>. */
export interface DateText {
  readonly iso: string;
  readonly text: string;
}

export const dateText = (iso: string, role: 'point' | 'start' | 'end' = 'point'): DateText => ({ iso, text: formatDate(iso, role) });

export interface Dating {
  /** The day progress is computed for. */
  readonly asOf: string;
  readonly buildDate: string;
  /**
   * Why asOf is that day: `build` the build date (BUILD_DATE, else today);
   * `ended` the end of a finished campaign; `fixed` site.yaml's asOf.
   */
  readonly basis: 'build' | 'ended' | 'fixed';
  /** The campaign is over (campaign.yaml status 已结束): the day it ended. */
  readonly ended: string | undefined;
}

/**
 * The one place that decides which day progress is computed for, in this order:
 * 1. site.yaml `asOf`, when set: an explicit, fixed day (a snapshot of a
 *    running campaign, or a finished one as of an earlier day). The content
 *    check refuses one later than the campaign's end (campaign-dates), so a
 *    finished campaign is never computed past its end.
 * 2. A finished campaign (campaign.yaml status 已结束): its `ended` day,
 *    whatever BUILD_DATE or today is. Nothing is overdue "to today" on a
 *    campaign that closed years ago; the pages stay as they were at its end.
 * 3. Otherwise the build date (BUILD_DATE, else today in China).
 */
export function dating(content: { readonly site: { readonly data: Pick<Site, 'asOf'> }; readonly campaign: { readonly data: Pick<Campaign, 'status' | 'ended'> } }, buildDate: string): Dating {
  const { asOf } = content.site.data;
  const { status, ended } = content.campaign.data;
  const over = status === '已结束' ? ended : undefined;
  if (asOf !== undefined) return { asOf, buildDate, basis: 'fixed', ended: over };
  if (over !== undefined) return { asOf: over, buildDate, basis: 'ended', ended: over };
  return { asOf: buildDate, buildDate, basis: 'build', ended: undefined };
}

/** How a page says which day its figures are for: after 截至<day> (`as-of`), or in 进度按<day>…计算 (`basis`). */
export function datingNote(when: Dating, form: 'as-of' | 'basis' = 'as-of'): string {
  if (when.basis === 'ended') return '（工作结束之日）';
  if (when.basis === 'fixed') return form === 'as-of' ? '（计算日期固定，不随日期更新）' : '（固定的计算日期）';
  return form === 'as-of' ? '（按本站更新当天计算）' : '（本站更新当天）';
}

/** The 历史专题 notice every page of a finished campaign carries, or undefined while it runs. */
export function historyNotice(campaign: Pick<Campaign, 'status' | 'ended'>): string | undefined {
  if (campaign.status !== '已结束' || campaign.ended === undefined) return undefined;
  return `本专题为历史专题：相关工作已于${formatDate(campaign.ended)}结束，页面内容不再更新。`;
}
