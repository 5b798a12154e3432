// The pages every Chinese government site carries besides its columns:
// 联系我们, 网站地图, 隐私与版权 and 无障碍声明 (src/pages/contact/, sitemap/,
// privacy/, accessibility/), and the footer links to them. Everything about
// the county comes from content/site.yaml; an item it leaves empty is shown as
// 尚未公布, never guessed.
import type { SiteContent } from '../content-model/model.ts';
import { articleEntries } from './article.ts';
import { countyWords } from './county.ts';
import { indicatorSubPage, indicatorSubPages, olderYears } from './indicators.ts';
import { NEWS_PAGE_SIZE } from './news.ts';
import type { Href, ViewOptions } from './options.ts';
import { siteSections } from './sections.ts';
import { PROGRESS_SUB_PAGES } from './progress.ts';
import { READINESS_PATHS, readinessApplies, readinessSite } from './readiness-site.ts';
import { newestDataset } from './school.ts';

/** What a page says for a contact item site.yaml leaves empty. */
export const NOT_PUBLISHED = '尚未公布';

/**
 * The screen widths every page is checked at in a real browser (tests/site/browser.test.ts
 * reads this list, so the statement and the test cannot disagree): a phone and a desktop.
 */
export const TESTED_WIDTHS = [375, 1280] as const;

/** The footer's pages, in the order the footer lists them. */
export const ESSENTIAL_PAGES = [
  { id: 'contact', label: '联系我们', path: 'contact/' },
  { id: 'sitemap', label: '网站地图', path: 'sitemap/' },
  { id: 'privacy', label: '隐私与版权', path: 'privacy/' },
  { id: 'accessibility', label: '无障碍声明', path: 'accessibility/' },
] as const;

export interface FooterLink {
  readonly label: string;
  readonly href: string;
  /** Another site's page (the error-report service). */
  readonly external: boolean;
}

/** The footer's links: the four pages, then 我为政府网站找错 when site.yaml gives its address. */
export function footerLinks(content: SiteContent, href: Href): FooterLink[] {
  const links: FooterLink[] = ESSENTIAL_PAGES.map((p) => ({ label: p.label, href: href(p.path), external: false }));
  const report = content.site.data.errorReportUrl;
  if (report) links.push({ label: '我为政府网站找错', href: report, external: true });
  return links;
}

export interface ContactItem {
  readonly label: string;
  readonly text: string;
  /** tel: or mailto: link, when the item is published. */
  readonly href: string | undefined;
  readonly published: boolean;
}

export interface ContactPage {
  readonly title: string;
  readonly description: string;
  readonly organizer: string;
  readonly items: readonly ContactItem[];
  /** Said when some item is not yet published. */
  readonly missingNote: string | undefined;
  readonly errorReport: { readonly href: string } | undefined;
}

function contactItems(content: SiteContent): ContactItem[] {
  const c = content.site.data.contact ?? {};
  const item = (label: string, value: string | null | undefined, link?: (v: string) => string, shown = (v: string) => v): ContactItem =>
    value ? { label, text: shown(value), href: link?.(value), published: true } : { label, text: NOT_PUBLISHED, href: undefined, published: false };
  return [
    item('办公室', c.office),
    // A non-breaking hyphen (U+2011): the number never wraps between area code and number.
    item('联系电话', c.phone, (v) => `tel:${v.replace(/转.*$/, '').replace(/-/g, '')}`, (v) => v.replace(/-/g, '\u2011')),
    item('电子邮箱', c.email, (v) => `mailto:${v}`),
    item('办公地址', c.address),
  ];
}

export function contactPage(content: SiteContent): ContactPage {
  const site = content.site.data;
  const items = contactItems(content);
  const missing = items.filter((i) => !i.published).map((i) => i.label);
  return {
    title: '联系我们',
    description: `${site.name}的主办单位和联系方式。`,
    organizer: site.organizer,
    items,
    missingNote:
      missing.length === 0
        ? undefined
        : `${missing.join('、')}主办单位还没有对外公布，所以这里写“${NOT_PUBLISHED}”；公布后会在本页补上。本站只登载主办单位公布的联系方式。`,
    errorReport: site.errorReportUrl ? { href: site.errorReportUrl } : undefined,
  };
}

export interface SitemapEntry {
  readonly label: string;
  readonly href: string;
  readonly children: readonly { readonly label: string; readonly href: string }[];
}

export interface SitemapPage {
  readonly title: string;
  readonly description: string;
  readonly groups: readonly SitemapEntry[];
}

/**
 * Every page of the site, by section: the same lists the pages' own
 * getStaticPaths build from (tests/site/essentials.test.ts checks that every
 * built page appears here).
 */
export function sitemapPage(content: SiteContent, options: ViewOptions): SitemapPage {
  const { href } = options;
  const county = countyWords(content.site.data.county);
  const readiness = readinessApplies(content);
  const schools = (newestDataset(content)?.dataset.schools ?? []).map((school) => ({ label: school.name, href: href(`schools/${school.id}/`) }));
  const children = (id: string): SitemapEntry['children'] => {
    switch (id) {
      case 'progress':
        return Object.values(PROGRESS_SUB_PAGES).map((p) => ({ label: p.label, href: href(p.path) }));
      case 'indicators':
        return [
          ...indicatorSubPages(content).map((p) => ({ label: indicatorSubPage(content, options, p.sub).title, href: href(`indicators/${p.path}/`) })),
          ...olderYears(content).map((year) => ({ label: `${year}年度`, href: href(`indicators/${year}/`) })),
          // A 优质均衡 site lists its school pages under 评估准备 instead.
          ...(readiness ? [] : schools),
        ];
      case 'readiness': {
        const site = readinessSite(content, options);
        return [
          ...(site.schools ? [{ label: site.schools.title, href: href(READINESS_PATHS.schools) }] : []),
          { label: site.standards.title, href: href(READINESS_PATHS.standards) },
          ...schools,
        ];
      }
      case 'units':
        return content.units.data.units.map((u) => ({ label: u.name, href: href(`units/${u.id}/`) }));
      case 'news': {
        const articles = articleEntries(content);
        const pages = Math.max(1, Math.ceil(articles.length / NEWS_PAGE_SIZE));
        const lists = Array.from({ length: pages - 1 }, (_, i) => ({ label: `工作动态列表第 ${i + 2} 页`, href: href(`news/${i + 2}/`) }));
        return [...articles.map((a) => ({ label: a.data.title, href: href(`news/${a.id}/`) })), ...lists];
      }
      default:
        return [];
    }
  };
  const sections = siteSections(county, { readiness }).map((s) => ({ label: s.label, href: href(s.path), children: children(s.id) }));
  const about = ESSENTIAL_PAGES.map((p) => ({ label: p.label, href: href(p.path), children: [] }));
  return {
    title: '网站地图',
    description: `${content.site.data.name}全部页面的目录。`,
    groups: [...sections, ...about],
  };
}

export interface StatementSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export interface PrivacyPage {
  readonly title: string;
  readonly description: string;
  readonly sections: readonly StatementSection[];
}

export function privacyPage(content: SiteContent): PrivacyPage {
  const site = content.site.data;
  return {
    title: '隐私与版权',
    description: `${site.name}如何对待您的个人信息，以及本站内容的版权。`,
    sections: [
      {
        heading: '隐私',
        paragraphs: [
          '本站不使用 Cookie（网站存放在您浏览器里的小文件），也不在您的浏览器里保存任何其他信息。',
          '本站不加载其他网站的任何东西：没有外来的字体、统计代码、广告或视频，打开本站的网页时，您的浏览器只和本站通信。',
          '本站不收集您的个人信息：没有注册、登录、留言或需要填写的表格。站内搜索在您自己的浏览器里完成，您搜索的词不会发送出去。',
          '页脚的备案号和“我为政府网站找错”链接通往其他网站，点开后适用那些网站自己的规定。',
        ],
      },
      {
        heading: '版权',
        paragraphs: [
          `本站由${site.organizer}主办，除下面所说的公文以外，本站的文字、图片和数据的版权归${site.organizer}所有。转载或引用时请注明来自“${site.name}”。`,
          '本站刊登的印发通知、实施方案等国家机关公文，依照《中华人民共和国著作权法》第五条不受著作权保护，可以自由转载，但请照原文转载、不要改动。',
        ],
      },
    ],
  };
}

export interface AccessibilityPage {
  readonly title: string;
  readonly description: string;
  readonly sections: readonly StatementSection[];
  /** How to report a barrier: the published contact items and the contact page. */
  readonly report: {
    readonly items: readonly ContactItem[];
    readonly contactHref: string;
    /** Said when neither phone nor e-mail is published yet. */
    readonly missingNote: string | undefined;
  };
}

export function accessibilityPage(content: SiteContent, options: ViewOptions): AccessibilityPage {
  const widths = TESTED_WIDTHS.map((w) => `${w} 像素`).join('和 ');
  const reachable = contactItems(content).filter((i) => i.published && (i.label === '联系电话' || i.label === '电子邮箱'));
  return {
    title: '无障碍声明',
    description: `${content.site.data.name}为视力、听力、行动不便的读者和老年读者所做的无障碍工作，以及遇到障碍时怎样告诉我们。`,
    sections: [
      {
        heading: '我们的目标',
        paragraphs: [
          '本站希望每一位读者都能顺利使用，包括看不清、听不见、不方便用鼠标的读者和老年读者。本站以国家标准《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668-2019）和国际通行的《Web 内容无障碍指南》2.2 版 AA 级（WCAG 2.2 AA）为目标。',
        ],
      },
      {
        heading: '检查了什么',
        paragraphs: [
          `本站的每一个网页都用浏览器在手机宽度和电脑宽度（${widths}）下打开检查过：用常用的无障碍自动检查工具 axe-core 按上述指南的 A 级和 AA 级要求检查，不允许有一处不合格；页面不能左右滚动；不从其他网站加载任何东西。`,
          '关闭浏览器的 JavaScript（网页里运行的小程序）后，每一页照样能打开和阅读；只有站内搜索需要它。',
          '本站没有广告和弹窗，文字可以用浏览器放大。',
          '自动检查不能发现所有问题。如果您在使用中遇到困难，请告诉我们。',
        ],
      },
    ],
    report: {
      items: reachable,
      contactHref: options.href('contact/'),
      missingNote:
        reachable.length === 0 ? `接收反映的联系电话和电子邮箱${NOT_PUBLISHED}，公布后会写在这里和“联系我们”页面上。` : undefined,
    },
  };
}
