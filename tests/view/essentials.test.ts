// 联系我们, 网站地图 and 无障碍声明 in words, and the footer links every page
// carries (src/view/essentials.ts): nothing site.yaml leaves empty is shown as
// if it were known.
import { describe, expect, it } from 'vitest';
import { accessibilityPage, contactPage, footerLinks, sitemapPage } from '../../src/view/essentials.ts';
import { layoutView } from '../../src/view/layout.ts';
import { demo, options, real, underBase, withSite } from './content.ts';

describe('the footer', () => {
  it('links the four pages under the site’s base path, then 我为政府网站找错', () => {
    expect(footerLinks(real(), underBase().href).map((l) => `${l.label} ${l.href}`)).toEqual([
      '联系我们 /zt/junheng/contact/',
      '网站地图 /zt/junheng/sitemap/',
      '隐私与版权 /zt/junheng/privacy/',
      '无障碍声明 /zt/junheng/accessibility/',
      '我为政府网站找错 https://zfwzzc.www.gov.cn/',
    ]);
  });
  it('leaves out 我为政府网站找错 when site.yaml gives no address, rather than linking nowhere', () => {
    const labels = layoutView(withSite(real(), { errorReportUrl: null }), options(), { title: '首页', trail: [], pathname: '/' }).footer.links.map((l) => l.label);
    expect(labels).toEqual(['联系我们', '网站地图', '隐私与版权', '无障碍声明']);
  });
  it('is not part of the top navigation', () => {
    const nav = layoutView(real(), options(), { title: '首页', trail: [], pathname: '/' }).nav.map((n) => n.label);
    for (const label of ['联系我们', '网站地图', '隐私与版权', '无障碍声明']) expect(nav).not.toContain(label);
  });
});

describe('联系我们', () => {
  it('on the real site says 尚未公布 for the phone, e-mail and address nobody has published, with no link', () => {
    const m = contactPage(real());
    expect(m.items.map((i) => `${i.label}：${i.text}`).slice(1)).toEqual(['联系电话：尚未公布', '电子邮箱：尚未公布', '办公地址：尚未公布']);
    expect(m.items.slice(1).map((i) => i.href)).toEqual([undefined, undefined, undefined]);
    expect(m.missingNote).toContain('联系电话、电子邮箱、办公地址主办单位还没有对外公布');
  });
  it('on the demo county links the phone for dialling and the e-mail for writing', () => {
    const m = contactPage(demo());
    expect(m.items.map((i) => i.href)).toEqual([undefined, 'tel:09990123456', 'mailto:junheng@demo.example.org', undefined]);
    expect(m.missingNote).toBeUndefined();
  });
  it('dials an extension’s main number', () => {
    const m = contactPage(withSite(demo(), { contact: { ...demo().site.data.contact, phone: '0999-0123456转801' } }));
    expect(m.items[1]).toMatchObject({ text: '0999\u20110123456转801', href: 'tel:09990123456' });
  });
});

describe('无障碍声明', () => {
  it('says where to report a barrier: the published phone and e-mail, or that they are not yet published', () => {
    expect(accessibilityPage(demo(), options()).report.items.map((i) => i.text)).toEqual(['0999\u20110123456', 'junheng@demo.example.org']);
    const realPage = accessibilityPage(real(), options());
    expect(realPage.report.items).toEqual([]);
    expect(realPage.report.missingNote).toContain('尚未公布');
    expect(realPage.report.contactHref).toBe('/contact/');
  });
});

describe('网站地图', () => {
  it('lists every unit under 单位名录 and every article under 工作动态', () => {
    const m = sitemapPage(real(), options());
    const units = m.groups.find((g) => g.label === '单位名录')!;
    expect(units.children).toHaveLength(real().units.data.units.length);
    const news = m.groups.find((g) => g.label === '工作动态')!;
    expect(news.children.map((c) => c.href)).toEqual(real().achievements.map((a) => `/news/${a.id}/`));
    expect(m.groups.slice(-4).map((g) => g.label)).toEqual(['联系我们', '网站地图', '隐私与版权', '无障碍声明']);
  });
});

describe('师生比 in words', () => {
  it('turns 0.054 teachers per pupil into about 18.5 pupils per teacher', async () => {
    const { teacherRatioText } = await import('../../src/view/indicators.ts');
    const stage = { label: '初中', indicators: [{ key: 'L6', countyValue: 0.054 }] } as unknown as Parameters<typeof teacherRatioText>[0];
    expect(teacherRatioText(stage)).toBe('师生比 0.054（人/生）是每名学生平均对应的教师人数；反过来说，初中每名教师平均对应约 18.5 名学生。');
  });
});
