// The frame of every page (src/layouts/Base.astro): title, navigation, the
// edit link and the footer with the filing numbers a Chinese government site
// must show.
import type { SiteContent } from '../content-model/model.ts';
import { formatDate } from '../lib/dates.ts';
import { countyWords } from './county.ts';
import { footerLinks, type FooterLink } from './essentials.ts';
import { exampleSiteNote } from './example.ts';
import type { Inline } from './inline.ts';
import { historyNotice, type ViewOptions } from './options.ts';
import { readinessApplies } from './readiness-site.ts';
import { siteSections } from './sections.ts';

/** A step of the breadcrumb above the page: a page between the home page and this one. */
export interface Crumb {
  readonly label: string;
  /** Site-relative path, for href(): 'units/'. */
  readonly path: string;
}

export interface LayoutProps {
  readonly title: string;
  /**
   * The pages between the home page and this one, outermost first; [] for a
   * page right under the home page. Every page passes it, so the breadcrumb
   * (首页 › … › this page) is the same pattern everywhere but on the home page.
   */
  readonly trail: readonly Crumb[];
  /** This page's own step in the breadcrumb, when shorter than the title (e.g. 2019年度). */
  readonly crumb?: string | undefined;
  readonly description?: string | undefined;
  /** Which top navigation item the page belongs to. */
  readonly section?: string | undefined;
  /** Content file the page shows, for the "edit on Git" link. */
  readonly sourceFile?: string | undefined;
  /** Kept out of search engines and the site's own search (404, search page). */
  readonly noindex?: boolean | undefined;
  /** The page's URL path, for the canonical link. */
  readonly pathname: string;
}

export interface LayoutModel {
  readonly title: string;
  readonly description: string;
  /** The page's own title: the column name in the government-site meta tags. */
  readonly columnName: string;
  readonly canonical: string;
  readonly noindex: boolean;
  readonly siteName: string;
  readonly siteDomain: string;
  readonly siteCode: string | undefined;
  readonly homeHref: string;
  readonly faviconHref: string;
  readonly rss: { readonly title: string; readonly href: string };
  readonly nav: readonly { readonly label: string; readonly href: string; readonly current: boolean }[];
  /** 首页 › … › this page; undefined on the home page itself. */
  readonly breadcrumb: { readonly links: readonly { readonly label: string; readonly href: string }[]; readonly current: string } | undefined;
  /** A made-up county: every page says so. */
  readonly exampleNote: readonly Inline[] | undefined;
  /** A finished campaign: every page says it is a 历史专题 and since when (campaign.yaml). */
  readonly historyNote: string | undefined;
  readonly editLink: { readonly href: string; readonly file: string } | undefined;
  readonly footer: {
    readonly organizer: string;
    readonly operator: string | undefined;
    readonly siteCode: string | undefined;
    readonly icp: { readonly text: string; readonly href: string } | undefined;
    readonly police: { readonly text: string; readonly href: string } | undefined;
    readonly built: string;
    /** 联系我们, 网站地图, 隐私与版权, 无障碍声明 and 我为政府网站找错: on every page, never in the top navigation. */
    readonly links: readonly FooterLink[];
  };
}

export function layoutView(content: SiteContent, options: ViewOptions, props: LayoutProps): LayoutModel {
  const site = content.site.data;
  const county = countyWords(site.county);
  const { href } = options;
  // The demo county says 示例 in every title too, whatever its name says.
  const siteName = site.example && !site.name.includes('示例') ? `${site.name}（示例）` : site.name;
  return {
    title: props.title === site.name ? siteName : `${props.title} - ${siteName}`,
    description: props.description ?? site.description,
    columnName: props.title,
    canonical: new URL(props.pathname, site.url).href,
    noindex: props.noindex ?? false,
    siteName,
    siteDomain: new URL(site.url).host,
    siteCode: site.siteCode,
    homeHref: href(''),
    faviconHref: href('favicon.svg'),
    rss: { title: `${site.name} 工作动态`, href: href('news/rss.xml') },
    nav: siteSections(county, { readiness: readinessApplies(content) })
      .filter((s) => s.nav)
      .map((s) => ({ label: s.label, href: href(s.path), current: s.id === props.section })),
    // The home page is the top of every trail: it has no breadcrumb of its own.
    breadcrumb: props.section === 'home'
      ? undefined
      : {
          links: [{ label: '首页', href: href('') }, ...props.trail.map((c) => ({ label: c.label, href: href(c.path) }))],
          current: props.crumb ?? props.title,
        },
    exampleNote: site.example ? exampleSiteNote(county) : undefined,
    historyNote: historyNotice(content.campaign.data),
    editLink: props.sourceFile && site.editUrl ? { href: `${site.editUrl}${props.sourceFile}`, file: props.sourceFile } : undefined,
    footer: {
      organizer: site.organizer,
      operator: site.operator,
      siteCode: site.siteCode,
      icp: site.icp ? { text: site.icp, href: 'https://beian.miit.gov.cn/' } : undefined,
      police: site.police ? { text: site.police, href: `https://beian.mps.gov.cn/#/query/webSearch?code=${site.police.replace(/\D/g, '')}` } : undefined,
      built: `本站更新于 ${formatDate(options.buildDate)}。`,
      links: footerLinks(content, href),
    },
  };
}

