// SVG pictures can carry script. Every published SVG is cleaned by the build
// (src/integrations/sanitize-svg.ts, with DOMPurify); this rule tells the
// editor before review that a picture has parts that would be cut.
import { defineRule } from './define.ts';

export const svgUnsafe = defineRule({
  code: 'svg-unsafe',
  severity: 'error',
  group: 'files',
  meaning: 'SVG 图片中不能有脚本、事件属性（onload 等）、动画、嵌入的网页（foreignObject），也不能引用其他文件或网站：这些会在读者浏览器中运行代码或加载外部内容，发布时会被删除。',
  message: (p: { parts: string }) =>
    `这张 SVG 图片含有会运行脚本或加载外部内容的部分（${p.parts}），发布时会被删除，图片可能显示不全：请用绘图软件重新导出为普通 SVG（不含脚本、动画和链接），或改用 PNG 图片`,
  examples: {
    bad: [
      {
        name: '图片里有脚本',
        file: 'content/achievements/publicity-booth.svg',
        lang: 'text',
        code: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 400" onload="alert(1)">\n  <script>alert(1)</script>\n  <rect width="640" height="400" fill="#eef3f8"/>\n</svg>',
        write: {
          'content/achievements/publicity-booth.svg':
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 400" onload="alert(1)">\n  <script>alert(1)</script>\n  <rect width="640" height="400" fill="#eef3f8"/>\n</svg>\n',
        },
      },
    ],
    good: [
      {
        name: '只有图形',
        file: 'content/achievements/publicity-booth.svg',
        lang: 'text',
        code: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 400">\n  <rect width="640" height="400" fill="#eef3f8"/>\n</svg>',
        write: { 'content/achievements/publicity-booth.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 400">\n  <rect width="640" height="400" fill="#eef3f8"/>\n</svg>\n' },
      },
    ],
  },
});
