// SVG pictures: what the sanitizer keeps and removes (src/lib/svg-sanitize.ts),
// and what `npm run check` tells the editor about a hostile one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../src/lib/svg-sanitize.ts';
import { check } from './helpers/scenario.ts';

const ROOT = join(import.meta.dirname, '..');

describe('the SVG sanitizer', () => {
  it('keeps a plain drawing as it is drawn: shapes, text, viewBox, #id references', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect id="r" width="10" height="10" fill="url(#g)"/><use href="#r"/><text x="1" y="5">甲镇&amp;乙镇</text></svg>';
    expect(sanitizeSvg(svg)).toEqual({ svg: `${svg}\n`, hostile: [] });
    for (const file of ['tests/fixtures/demo/content/achievements/publicity-booth.svg', 'public/favicon.svg']) {
      expect(sanitizeSvg(readFileSync(join(ROOT, file), 'utf8')).hostile, file).toEqual([]);
    }
  });

  it('removes script, handlers, animation, embedded HTML and every reference to another file', () => {
    const { svg, hostile } = sanitizeSvg(readFileSync(join(ROOT, 'tests/fixtures/svg-hostile/content/achievements/hostile.svg'), 'utf8'));
    expect([...hostile].sort()).toEqual(['<foreignobject>', '<script>', '<set>', '<style>', 'href', 'onload']);
    expect(svg).not.toMatch(/script|onload|onerror|foreignObject|javascript|evil\.example\.com|<set|@import/i);
    expect(svg).toContain('<text x="10" y="50">示意图</text>');
  });
});

describe('a hostile SVG beside an article', () => {
  it('is refused by the check, saying what it holds', () => {
    expect(check('svg-hostile')).toMatchInlineSnapshot(`"content/achievements/hostile.svg:1:1  这张 SVG 图片含有会运行脚本或加载外部内容的部分（href、<style>、onload、<script>、<foreignobject>、<set>），发布时会被删除，图片可能显示不全：请用绘图软件重新导出为普通 SVG（不含脚本、动画和链接），或改用 PNG 图片  [svg-unsafe]"`);
  });
});
