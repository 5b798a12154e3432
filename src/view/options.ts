// What every view model is given besides the content: the build date and how
// a site-relative path becomes a link. Pages pass these in (src/site/content.ts
// reads BUILD_DATE and the base path), so nothing here reads the environment.
import type { Site } from '../../schemas/site.ts';
import { formatDate } from '../lib/dates.ts';

/** A site-relative path ('plan/', 'news/x/') → a link that works under the site's base path. */
export type Href = (path: string) => string;

/** Links under a base path ('/' or '/zt/junheng/'), at a domain root or under a portal sub-path alike. */
export function basePathHref(base: string): Href {
  const prefix = base.replace(/\/$/, '');
  return (path) => `${prefix}/${path.replace(/^\//, '')}`;
}

export interface ViewOptions {
  /** The day the site is built, YYYY-MM-DD (BUILD_DATE, else today in China). */
  readonly buildDate: string;
  readonly href: Href;
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
  /** site.yaml fixes asOf: the campaign is archived and its pages no longer move with the date. */
  readonly archived: boolean;
}

/** The configured asOf (an archived campaign), else the build date. */
export function dating(site: Pick<Site, 'asOf'>, buildDate: string): Dating {
  return { asOf: site.asOf ?? buildDate, buildDate, archived: site.asOf !== undefined };
}
