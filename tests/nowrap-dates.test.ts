// Dates in a page's text are kept on one line (src/lib/nowrap-dates.ts); tags,
// attribute values, raw text and SVG are left as they are.
import { describe, expect, it } from 'vitest';
import { wrapDates } from '../src/lib/nowrap-dates.ts';

describe('wrapDates', () => {
  it('wraps full dates and year-month dates in text', () => {
    expect(wrapDates('<td>2020年8月31日前</td>')).toBe('<td><span class="nowrap">2020年8月31日</span>前</td>');
    expect(wrapDates('<p>截至2020年12月，共 3 项；2021年1月5日起</p>')).toBe(
      '<p>截至<span class="nowrap">2020年12月</span>，共 3 项；<span class="nowrap">2021年1月5日</span>起</p>',
    );
  });

  it('leaves attribute values, <title>, <script>, <style> and SVG alone', () => {
    const untouched = [
      '<meta name="description" content="截至2020年8月31日">',
      '<title>2020年8月31日 - 站点</title>',
      '<script type="application/json">{"d":"2020年8月31日"}</script>',
      '<style>.a::before{content:"2020年8月31日"}</style>',
      '<svg viewBox="0 0 1 1"><text>2020年8月31日</text><g><text>2020年9月1日</text></g></svg>',
    ];
    for (const html of untouched) expect(wrapDates(html)).toBe(html);
  });

  it('goes back to wrapping after an SVG or a raw-text element ends, and keeps comments and the doctype', () => {
    const html = '<!doctype html><!-- 2020年8月31日 --><svg><text>2020年8月31日</text></svg><p>2020年9月1日</p><svg/><p>2020年9月2日</p>';
    expect(wrapDates(html)).toBe(
      '<!doctype html><!-- 2020年8月31日 --><svg><text>2020年8月31日</text></svg><p><span class="nowrap">2020年9月1日</span></p><svg/><p><span class="nowrap">2020年9月2日</span></p>',
    );
  });

  it('leaves text without dates byte for byte the same', () => {
    const html = '<p class="x">第 2 页，共 12 篇。2020 年度</p>';
    expect(wrapDates(html)).toBe(html);
  });
});
