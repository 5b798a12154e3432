// content/site.yaml: what a government site must carry before it goes public.
// The domain (canonical links, sitemap.xml and the RSS feed are built on it),
// the 联系我们 details and the 我为政府网站找错 link. While the site is being
// prepared a missing item is a warning; once site.yaml says `published: true`
// it is an error, so a site cannot go out half-finished. A demo site (example:
// true) is never published: its reserved example domain is what it should have.
import { row, str } from '../content-model/raw.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';

const SITE = 'content/site.yaml';

/** Domains reserved for examples and tests (RFC 2606, RFC 6761): nobody can visit a site there. */
export function isPlaceholderHost(host: string): boolean {
  const h = host.toLowerCase().replace(/:\d+$/, '');
  if (h === 'localhost' || /^127\./.test(h) || h === '0.0.0.0') return true;
  const labels = h.split('.');
  if (['example', 'test', 'invalid', 'localhost'].includes(labels.at(-1)!)) return true;
  // example.org, demo.example.com, www.example.gov.cn: a label "example" is a placeholder.
  return labels.includes('example');
}

export type ReadyItem = 'url' | 'office' | 'phone' | 'email' | 'address' | 'errorReportUrl';

/** What each item is called and what to type instead, for the messages. */
const ITEMS: Readonly<Record<ReadyItem, { readonly what: string; readonly typed: string }>> = {
  url: { what: '网站域名', typed: 'url: https://本站实际域名（如 https://www.某某.gov.cn，末尾不加 /）' },
  office: { what: '联系我们的办公室', typed: 'contact: 下的 office: 负责本专栏的办公室全称' },
  phone: { what: '联系电话', typed: 'contact: 下的 phone: 区号-号码（如 0374-1234567）' },
  email: { what: '电子邮箱', typed: 'contact: 下的 email: 对外公布的邮箱地址' },
  address: { what: '办公地址', typed: 'contact: 下的 address: 办公地址' },
  errorReportUrl: { what: '“我为政府网站找错”链接', typed: 'errorReportUrl: 找错服务的地址（全国政府网站找错平台是 https://zfwzzc.www.gov.cn/）' },
};

export interface ReadyProblem {
  readonly item: ReadyItem;
  /** The placeholder domain, for item url. */
  readonly url?: string;
}

function describe(p: ReadyProblem): string {
  const { what, typed } = ITEMS[p.item];
  if (p.item === 'url') {
    return `网站域名仍是占位的 ${p.url ?? ''}：各页的规范链接（canonical）、站点地图 sitemap.xml 和订阅 RSS 都指向这个并不存在的网站。请改为 ${typed}`;
  }
  return `${what}还没有填写，页面上只能写“尚未公布”。公布后请填写 ${typed}`;
}

export const siteNotReady = defineRule({
  code: 'site-not-ready',
  severity: 'warning',
  group: 'site',
  meaning:
    '政府网站发布前须有实际域名、联系我们（办公室、电话、电子邮箱、地址）和“我为政府网站找错”链接。准备期间缺哪一项就提醒哪一项（不阻止合并）；示例网站用示例域名是对的，不提醒域名。',
  message: (p: ReadyProblem) => describe(p),
  examples: {
    bad: [
      { name: '电话还没有公布', file: SITE, lang: 'yaml', at: { set: 'contact' }, code: 'phone:' },
      { name: '找错链接没有填', file: SITE, lang: 'yaml', at: { set: '' }, code: 'errorReportUrl:' },
    ],
    good: [{ name: '公布后填上电话', file: SITE, lang: 'yaml', at: { set: 'contact' }, code: 'phone: 0999-0123456' }],
  },
});

export const sitePublishBlocked = defineRule({
  code: 'site-publish-blocked',
  severity: 'error',
  group: 'site',
  meaning:
    '网站标为正式发布（published: true）后，实际域名、联系我们的四项和“我为政府网站找错”链接缺一不可：缺哪一项就报错，补齐之前不能发布。还没有备齐时，不要写 published: true。',
  message: (p: ReadyProblem) => `网站已标为正式发布（published: true），但${describe(p)}；补齐以前请删去 published: true`,
  supersedes: ['site-not-ready'],
  examples: {
    bad: [
      { name: '发布时域名还是占位的', file: SITE, lang: 'yaml', at: { set: '' }, code: 'published: true\nurl: https://example.org', lines: [2] },
    ],
    good: [{ name: '还没备齐时不标发布', file: SITE, lang: 'yaml', at: { set: '' }, code: 'published: false' }],
  },
});

/** What site.yaml still lacks, in the order the file lists it. */
export function missingEssentials(data: unknown): ReadyProblem[] {
  const site = row(data);
  if (!site) return [];
  const out: ReadyProblem[] = [];
  const url = str(site.url);
  const published = site.published === true;
  if (url !== undefined && (site.example !== true || published)) {
    let host: string | undefined;
    try {
      host = new URL(url).host;
    } catch {
      host = undefined; // a malformed url is site-url's to report
    }
    if (host !== undefined && isPlaceholderHost(host)) out.push({ item: 'url', url });
  }
  const contact = row(site.contact);
  for (const item of ['office', 'phone', 'email', 'address'] as const) {
    if (!str(contact?.[item])?.trim()) out.push({ item });
  }
  if (!str(site.errorReportUrl)?.trim()) out.push({ item: 'errorReportUrl' });
  return out;
}

function pathOf(p: ReadyProblem, data: unknown): (string | number)[] {
  if (p.item === 'url' || p.item === 'errorReportUrl') return [p.item];
  // A missing contact block is reported where it would go: at the site's first key.
  return row(row(data)?.contact) ? ['contact', p.item] : ['contact'];
}

export const checkSiteReady: Check = (context) => {
  const site = context.one('site');
  if (!site) return [];
  const published = row(site.data)?.published === true;
  const rule = published ? sitePublishBlocked : siteNotReady;
  return missingEssentials(site.data).map((p): Finding => {
    const path = pathOf(p, site.data);
    return p.item === 'url' || path.length === 2 ? rule.finding(site.file, path, p) : rule.findingAtKey(site.file, path, p);
  });
};
