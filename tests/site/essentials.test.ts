// The pages every government site carries (联系我们, 网站地图, 隐私与版权,
// 无障碍声明), on the real site at the root and under a portal sub-path and on
// the demo county: each exists, every page's footer links to all four, the site
// map links every page a reader can open, and the real site's contact page
// claims no phone number or e-mail address nobody has published.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { baseSite, demoSite, missingBuild, pagesOrFail, rootSite, type BuiltSite } from './built-site.ts';
import { parseHtml, type Tag } from './html.ts';

const ESSENTIALS = [
  ['联系我们', 'contact/'],
  ['网站地图', 'sitemap/'],
  ['隐私与版权', 'privacy/'],
  ['无障碍声明', 'accessibility/'],
] as const;

/** Tags between <footer> and </footer>, found by offset. */
function footerTags(html: string, tags: readonly Tag[]): Tag[] {
  const start = html.indexOf('<footer');
  const end = html.indexOf('</footer>');
  return tags.filter((t) => t.offset > start && t.offset < end);
}

function read(site: BuiltSite, path: string) {
  const problem = missingBuild(site);
  if (problem) throw new Error(problem);
  const html = readFileSync(join(site.dir, path, 'index.html'), 'utf8');
  return { html, ...parseHtml(html) };
}

const mainText = (html: string) => parseHtml(html.slice(html.indexOf('<main'), html.indexOf('</main>'))).text.replace(/\s+/g, '');

describe.each([rootSite, baseSite, demoSite])('$label/', (site) => {
  const pages = pagesOrFail(site);
  const prefix = site.base.replace(/\/$/, '');

  test.each(ESSENTIALS)('has the page %s at %s, with that heading', (label, path) => {
    const { tags, html } = read(site, path);
    expect(tags.find((t) => t.name === 'title')?.body).toContain(label);
    expect(mainText(html)).toContain(label);
  });

  test('every page links the four pages from its footer, and the top navigation does not', () => {
    const wanted = ESSENTIALS.map(([label, path]) => `${label} ${prefix}/${path}`);
    const wrong: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      const { tags } = parseHtml(html);
      const footer = footerTags(html, tags).filter((t) => t.name === 'a').map((t) => t.attrs.get('href'));
      for (const [label, path] of ESSENTIALS) if (!footer.includes(`${prefix}/${path}`)) wrong.push(`${page.rel}: footer lacks ${label}`);
      const nav = html.slice(html.indexOf('<nav class="site-nav"'), html.indexOf('</nav>', html.indexOf('<nav class="site-nav"')));
      for (const [label] of ESSENTIALS) if (nav.includes(`>${label}<`)) wrong.push(`${page.rel}: ${label} in the top navigation`);
    }
    expect(wanted).toHaveLength(4);
    expect(wrong).toEqual([]);
  });

  test('the site map links every page a reader can open (all but the 404 page)', () => {
    const { html, tags } = read(site, 'sitemap/');
    const main = tags.filter((t) => t.offset > html.indexOf('<main') && t.offset < html.indexOf('</main>'));
    const linked = new Set(main.filter((t) => t.name === 'a').map((t) => t.attrs.get('href')));
    const missing = pages.filter((p) => p.path !== '/404.html' && !linked.has(p.urlPath)).map((p) => p.urlPath);
    expect(pages.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  test('the privacy page says the site sets no cookies, loads nothing from other sites and collects nothing', () => {
    const text = mainText(read(site, 'privacy/').html);
    expect(text).toContain('本站不使用Cookie');
    expect(text).toContain('本站不加载其他网站的任何东西');
    expect(text).toContain('本站不收集您的个人信息');
    expect(text).toMatch(/版权归.+所有/);
  });

  test('the accessibility statement names the standards, the checker, the widths and how to report a barrier', () => {
    const { html, tags } = read(site, 'accessibility/');
    const text = mainText(html);
    for (const phrase of ['GB/T37668-2019', 'WCAG2.2AA', 'axe-core', '375像素', '1280像素', 'JavaScript', '遇到障碍怎样告诉我们']) expect(text).toContain(phrase);
    expect(tags.some((t) => t.name === 'a' && t.attrs.get('href') === `${prefix}/contact/`)).toBe(true);
  });
});

describe('the real site’s contact page', () => {
  test('shows no phone number or e-mail address, says they are not yet published, and links the national error-report service', () => {
    const { html, tags } = read(rootSite, 'contact/');
    const text = mainText(html);
    // No digits that could be dialled, no address with @, no tel: or mailto: link anywhere on the page.
    expect(text).not.toMatch(/\d{3,4}[-\u2011]?\d{7,8}|1[3-9]\d{9}/);
    expect(text).not.toContain('@');
    expect(tags.filter((t) => /^(?:tel|mailto):/.test(t.attrs.get('href') ?? ''))).toEqual([]);
    expect(text).toContain('联系电话尚未公布');
    expect(text).toContain('电子邮箱尚未公布');
    expect(text).toContain('办公室建安区迎接义务教育基本均衡发展国家整体评估认定工作领导小组办公室');
    expect(footerTags(html, tags).some((t) => t.name === 'a' && t.attrs.get('href') === 'https://zfwzzc.www.gov.cn/' && html.slice(t.offset).includes('我为政府网站找错'))).toBe(true);
  });
});

describe('the demo county’s contact page', () => {
  test('shows its fictional phone and e-mail as links, on a page marked 示例', () => {
    const { html, tags } = read(demoSite, 'contact/');
    const text = mainText(html);
    expect(text).toContain('示例');
    // Shown with a non-breaking hyphen (U+2011), so it never wraps.
    expect(text).toContain('联系电话0999\u20110123456');
    expect(tags.some((t) => t.name === 'a' && t.attrs.get('href') === 'tel:09990123456')).toBe(true);
    expect(tags.some((t) => t.name === 'a' && t.attrs.get('href') === 'mailto:junheng@demo.example.org')).toBe(true);
    expect(text).not.toContain('尚未公布');
  });
});
