// 站内搜索: hints taken from the county's own content, and the fallback list.
import { describe, expect, it } from 'vitest';
import { searchPage } from '../../src/view/search.ts';
import { county, options, real, underBase } from './content.ts';

describe('search page', () => {
  it('suggests a member, a department and a phase of this county', () => {
    // Seed: 成  员：监察委   郭洪献 is the first 成员; 自查整改 the second phase.
    expect(searchPage(real(), options()).hint).toBe('可以搜索人名（如 郭洪献）、单位（如 监察委）、阶段（如 自查整改）或任意关键词，多个关键词用空格分开。');
    const m = searchPage(county(), options());
    expect(m.hint).toBe('可以搜索人名（如 丙丁）、单位（如 财政局）、阶段（如 工作总结）或任意关键词，多个关键词用空格分开。');
    expect(m.placeholder).toBe('输入关键词，如 工作总结、财政局');
  });

  it('lists the sections without home and search, in the county’s words', () => {
    const sections = searchPage(county(), options()).sections;
    expect(sections.map((s) => s.label)).toEqual(['实施方案', '工作进度', '均衡指标', '领导小组', '单位名录', '工作动态', '原文', '数据开放']);
    expect(sections.find((s) => s.label === '单位名录')?.note).toBe('县直部门和各乡镇（街道），每个单位的成员、职责和进度');
  });

  it('loads Pagefind from under the base path', () => {
    expect(searchPage(real(), underBase()).pagefind).toEqual({
      bundlePath: '/zt/junheng/pagefind/',
      baseUrl: '/zt/junheng/',
      css: '/zt/junheng/pagefind/pagefind-ui.css',
      script: '/zt/junheng/pagefind/pagefind-ui.js',
    });
  });
});
