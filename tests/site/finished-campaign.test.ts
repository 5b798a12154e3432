// The real campaign ended on 2020-12-31 (content/campaign.yaml) and no unit's
// record is published: the built progress page must read it as finished in
// 2020 and claim no completion the records do not show, whatever day the site
// was built; every page carries the 历史专题 notice with the date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { missingBuild, pagesOrFail, rootSite } from './built-site.ts';
import { parseHtml } from './html.ts';

const NOTICE = '本专题为历史专题：相关工作已于2020年12月31日结束，页面内容不再更新。';

describe(`the real site (${rootSite.label}/) of a campaign that ended in 2020`, () => {
  test('carries the 历史专题 notice with its end date on every page', () => {
    const pages = pagesOrFail(rootSite);
    expect(pages.length).toBeGreaterThan(0);
    const without = pages.filter((p) => !parseHtml(readFileSync(p.file, 'utf8')).text.includes(NOTICE)).map((p) => p.rel);
    expect(without).toEqual([]);
  });

  test('shows on 工作进度 that the campaign finished in 2020, and claims no completion without a record', () => {
    const problem = missingBuild(rootSite);
    if (problem) throw new Error(problem);
    // 工作进度 and its sub-pages, where the timeline, the phases and the per-unit table live.
    const html = ['', 'timeline', 'phases', 'units'].map((sub) => readFileSync(join(rootSite.dir, 'progress', sub, 'index.html'), 'utf8')).join('\n');
    const { text, tags } = parseHtml(html);
    const squeezed = text.replace(/\s+/g, '');
    expect(squeezed).toContain('进度按2020年12月31日（工作结束之日）计算');
    expect(squeezed).toContain('工作状态已结束：相关工作已于2020年12月31日结束。');
    // Each phase, the last one included, is past and has no record: none is ✓ 已完成.
    for (const end of ['2020年8月15日', '2020年10月31日', '2020年11月15日', '2020年12月10日', '2020年12月底']) {
      expect(squeezed).toContain(`计划于${end}结束；完成情况无记录。`);
    }
    const classes = tags.flatMap((t) => (t.attrs.get('class') ?? '').split(/\s+/));
    // status-done marks 已完成 and 按期完成; row-done and bar-done the chart's finished phases.
    expect(classes.filter((c) => ['status-done', 'row-done', 'bar-done', 'row-active', 'status-active'].includes(c))).toEqual([]);
    expect(squeezed).toContain('尚未登记各单位的完成情况');
    // Nothing counted overdue to a later day, and no later day at all (the build date aside).
    expect(squeezed).not.toMatch(/已逾期\d+天/);
    expect(squeezed.replace(/本站更新于\d{4}年\d+月\d+日/g, '')).not.toMatch(/20(?:2[1-9]|[3-9]\d)年/);
  });
});
