import { describe, expect, it } from 'vitest';
import { checkMarkdownPolicy, isAllowedMdxImport, urlScheme } from '../src/content-model/markdown-policy.ts';

// Bodies start on line 7 of their file (six lines of frontmatter), so every
// location below also proves the body-to-file line offset.
const START = 7;

function md(body: string): string[] {
  return checkMarkdownPolicy(body, 'md', 'content/achievements/2020-08-01-a.md', START).map((d) => `${d.line}:${d.column} [${d.rule}] ${d.message}`);
}
function mdx(body: string, file = 'content/achievements/2020-08-01-a.mdx'): string[] {
  return checkMarkdownPolicy(body, 'mdx', file, START).map((d) => `${d.line}:${d.column} [${d.rule}] ${d.message}`);
}

describe('raw HTML that runs or embeds code', () => {
  it('refuses <script> in any case, with attributes or self-closing', () => {
    expect(md('正文\n\n<SCRIPT src="https://x.example/a.js"></SCRIPT>\n\n文字 <ScRiPt/> 和 <script\n>alert(1)</script>')).toMatchInlineSnapshot(`
      [
        "9:1 [html-forbidden] 不允许使用 <script> 标签（会在读者浏览器中运行脚本）：请删除它；如果是要展示这段代码，请放进代码块（用三个反引号 \`\`\` 包起来）",
        "11:4 [html-forbidden] 不允许使用 <script> 标签（会在读者浏览器中运行脚本）：请删除它；如果是要展示这段代码，请放进代码块（用三个反引号 \`\`\` 包起来）",
      ]
    `);
  });

  it('refuses <iframe>, <object> and <embed>', () => {
    expect(md('<iframe src="https://example.com/"></iframe>\n\n<p>视频：<object data="a.swf"></object><embed src="a.swf"></p>')).toMatchInlineSnapshot(`
      [
        "7:1 [html-forbidden] 不允许使用 <iframe> 标签（会把外部网页嵌入本站）：请删除它；如果是要展示这段代码，请放进代码块（用三个反引号 \`\`\` 包起来）",
        "9:7 [html-forbidden] 不允许使用 <object> 标签（会嵌入插件或外部内容）：请删除它；如果是要展示这段代码，请放进代码块（用三个反引号 \`\`\` 包起来）",
        "9:37 [html-forbidden] 不允许使用 <embed> 标签（会嵌入插件或外部内容）：请删除它；如果是要展示这段代码，请放进代码块（用三个反引号 \`\`\` 包起来）",
      ]
    `);
  });

  it('refuses event-handler attributes on any tag, pointing at the attribute', () => {
    expect(md('图片 <img src="a.png" onerror="alert(1)"> 和 <p ONCLICK=x>段落</p>\n\n<a href="/x"\n   onmouseover=\'y()\'>链接</a>')).toMatchInlineSnapshot(`
      [
        "7:21 [html-event-handler] 不允许使用事件属性“onerror”：它会在读者浏览器中运行脚本。请删除这个属性",
        "7:46 [html-event-handler] 不允许使用事件属性“onclick”：它会在读者浏览器中运行脚本。请删除这个属性",
        "10:4 [html-event-handler] 不允许使用事件属性“onmouseover”：它会在读者浏览器中运行脚本。请删除这个属性",
      ]
    `);
  });

  it('refuses style attributes and <style>', () => {
    expect(md('<p style="color:red">红字</p>\n\n<style>body{display:none}</style>')).toMatchInlineSnapshot(`
      [
        "7:4 [html-style] 不允许使用 style 属性：网站的样式由模板统一控制，请删除 style=…；确需特殊排版的，请联系网站维护者添加组件",
        "9:1 [html-style] 不允许使用 <style> 标签：网站的样式由模板统一控制，请删除它；确需特殊排版的，请联系网站维护者添加组件",
      ]
    `);
  });

  it('refuses a tag left open, which would swallow the text after it into its attributes', () => {
    expect(md('<div title="x\n\n" onmouseover="alert(1)" x="')).toMatchInlineSnapshot(`
      [
        "7:1 [html-unclosed] HTML 标签 <div> 没有结束（缺少“>”，或引号没有配对）：请把整个标签写完整，标签中间不要有空行",
      ]
    `);
  });

  it('sees through a comment closed the short way', () => {
    expect(md('<!--><img src=x onerror=alert(1)>-->')).toMatchInlineSnapshot(`
      [
        "7:17 [html-event-handler] 不允许使用事件属性“onerror”：它会在读者浏览器中运行脚本。请删除这个属性",
      ]
    `);
  });

  it('reads tags as a browser does (parse5): slashes between attributes, unquoted values, text inside <textarea>, the first of two attributes', () => {
    // In the first <img>, "x/onerror=alert(1)" is all one unquoted value of src: there is no handler.
    expect(md('<div><img/src=x/onerror=alert(1)><img/src="x"/onerror=alert(1)></div>\n\n<textarea><img src=x onerror=alert(1)></textarea>\n\n<a href="/plan/" href="javascript:alert(1)">方案</a>')).toMatchInlineSnapshot(`
      [
        "7:47 [html-event-handler] 不允许使用事件属性“onerror”：它会在读者浏览器中运行脚本。请删除这个属性",
        "9:1 [html-forbidden] 不允许使用 <textarea> 标签（会改变浏览器解析其后内容的方式）：请删除它；如果是要展示这段代码，请放进代码块（用三个反引号 \`\`\` 包起来）",
      ]
    `);
  });

  it('locates attributes on continuation lines inside blockquotes and lists', () => {
    expect(md('> <div\n>   title="说明"\n>  onclick="x()">\n\n- <span\n  onclick="y()">项</span>')).toMatchInlineSnapshot(`
      [
        "9:4 [html-event-handler] 不允许使用事件属性“onclick”：它会在读者浏览器中运行脚本。请删除这个属性",
        "12:3 [html-event-handler] 不允许使用事件属性“onclick”：它会在读者浏览器中运行脚本。请删除这个属性",
      ]
    `);
  });
});

describe('links and URLs', () => {
  it('refuses javascript:, vbscript: and data: in Markdown links, images, autolinks and definitions', () => {
    expect(md('[点此](javascript:alert(1)) ![图](data:image/png;base64,AAAA) <javascript:alert(1)>\n\n[ref]: vbscript:msgbox(1)')).toMatchInlineSnapshot(`
      [
        "7:1 [url-scheme] 链接地址不能以“javascript:”开头：它会在读者浏览器中运行代码。请改用 https:// 开头的网址或站内相对路径",
        "7:27 [url-scheme] 链接或图片地址不能以“data:”开头（内嵌的内容无法审核，可能含有脚本）：图片请放进仓库、用相对路径引用，链接请改用 https:// 开头的网址",
        "7:60 [url-scheme] 链接地址不能以“javascript:”开头：它会在读者浏览器中运行代码。请改用 https:// 开头的网址或站内相对路径",
        "9:1 [url-scheme] 链接地址不能以“vbscript:”开头：它会在读者浏览器中运行代码。请改用 https:// 开头的网址或站内相对路径",
      ]
    `);
  });

  it('decodes character references and ignores case, whitespace and control characters, as a browser does', () => {
    expect(md('<a href="jav&#x61;script:alert(1)">a</a>\n<a href="&#106avascript:alert(1)">b</a>\n<a href=" JaVa\tScRiPt:alert(1)">c</a>\n<a href="java&Tab;script&colon;alert(1)">d</a>')).toMatchInlineSnapshot(`
      [
        "7:4 [url-scheme] 链接地址不能以“javascript:”开头：它会在读者浏览器中运行代码。请改用 https:// 开头的网址或站内相对路径",
        "8:4 [url-scheme] 链接地址不能以“javascript:”开头：它会在读者浏览器中运行代码。请改用 https:// 开头的网址或站内相对路径",
        "9:4 [url-scheme] 链接地址不能以“javascript:”开头：它会在读者浏览器中运行代码。请改用 https:// 开头的网址或站内相对路径",
        "10:4 [url-scheme] 链接地址不能以“javascript:”开头：它会在读者浏览器中运行代码。请改用 https:// 开头的网址或站内相对路径",
      ]
    `);
  });

  it('finds the scheme in srcset and in other attributes such as SVG animation values', () => {
    expect(md('<img srcset="a.png 1x, data:image/svg+xml,x 2x">\n\n<a><animate attributeName="href" values="javascript:alert(1)"/></a>')).toMatchInlineSnapshot(`
      [
        "7:6 [url-scheme] 链接或图片地址不能以“data:”开头（内嵌的内容无法审核，可能含有脚本）：图片请放进仓库、用相对路径引用，链接请改用 https:// 开头的网址",
        "9:34 [url-scheme] 链接地址不能以“javascript:”开头：它会在读者浏览器中运行代码。请改用 https:// 开头的网址或站内相对路径",
      ]
    `);
  });

  it('reads schemes the way the URL parser does', () => {
    expect(urlScheme('  JAVA\nSCRIPT:x')).toBe('javascript');
    expect(urlScheme('&#x0A;javascript:x')).toBe('javascript');
    expect(urlScheme('./javascript:x')).toBeUndefined();
    expect(urlScheme('https://jyj.xuchang.gov.cn/')).toBe('https');
  });
});

describe('MDX', () => {
  it('accepts imports from the component folder, relative or through the alias', () => {
    expect(mdx("import Gallery from '../../src/components/mdx/Gallery.astro'\nimport Note from '@components/mdx/Note.astro'\n\n<Gallery />\n<Note>说明</Note>")).toEqual([]);
    expect(isAllowedMdxImport('../../../src/components/mdx/A.astro', 'content/achievements/2020/a.mdx')).toBe(true);
  });

  it('refuses imports from anywhere else', () => {
    expect(mdx("import fs from 'node:fs'\nimport A from '../../src/components/Header.astro'\nimport B from '@components/mdx/../../lib/secret.ts'\nimport C from '../../src/components/mdx/C.astro?raw'\nimport D from \"/src/components/mdx/D.astro\"")).toMatchInlineSnapshot(`
      [
        "7:16 [mdx-import] 只能引入网站自带的组件（src/components/mdx/ 文件夹）：“node:fs”不在其中。请删除这行 import，或改用 '@components/mdx/组件名.astro'",
        "8:15 [mdx-import] 只能引入网站自带的组件（src/components/mdx/ 文件夹）：“../../src/components/Header.astro”不在其中。请删除这行 import，或改用 '@components/mdx/组件名.astro'",
        "9:15 [mdx-import] 只能引入网站自带的组件（src/components/mdx/ 文件夹）：“@components/mdx/../../lib/secret.ts”不在其中。请删除这行 import，或改用 '@components/mdx/组件名.astro'",
        "10:15 [mdx-import] 只能引入网站自带的组件（src/components/mdx/ 文件夹）：“../../src/components/mdx/C.astro?raw”不在其中。请删除这行 import，或改用 '@components/mdx/组件名.astro'",
        "11:15 [mdx-import] 只能引入网站自带的组件（src/components/mdx/ 文件夹）：“/src/components/mdx/D.astro”不在其中。请删除这行 import，或改用 '@components/mdx/组件名.astro'",
      ]
    `);
  });

  it('refuses imports it cannot read, and any code mixed into the import block', () => {
    expect(mdx("import data from '@components/mdx/x.json' with { type: 'json' }")).toMatchInlineSnapshot(`
      [
        "7:1 [mdx-import] 无法识别这条 import 语句：MDX 文件中只能这样引入组件：import 组件名 from '@components/mdx/组件名.astro'",
      ]
    `);
    expect(mdx("import A from '@components/mdx/A.astro'\nconsole.log(A)")).toMatchInlineSnapshot(`
      [
        "8:1 [mdx-expression] 这里的代码会在网站构建时运行，不允许：MDX 文件开头只能写 import 语句（引入 src/components/mdx/ 中的组件），请删除这一段",
      ]
    `);
    expect(mdx("import A, * as B from '@components/mdx/A.astro'; import {a as b, c} from '@components/mdx/C.astro'")).toEqual([]);
  });

  it('refuses export statements', () => {
    expect(mdx("export const title = '标题'\n\nexport default function Layout() {}\n\n正文")).toMatchInlineSnapshot(`
      [
        "7:1 [mdx-export] MDX 文件中不允许使用 export：它会在网站构建时运行代码。请删除这条语句；文章的标题、日期等请写在开头的“---”信息区中",
        "9:1 [mdx-export] MDX 文件中不允许使用 export：它会在网站构建时运行代码。请删除这条语句；文章的标题、日期等请写在开头的“---”信息区中",
      ]
    `);
  });

  it('refuses expressions that are code, accepts plain literals and comments', () => {
    expect(mdx('共 {1 + 1} 所学校，{process.env.HOME}\n\n{"固定文字"} {42} {/* 注释 */} {["甲", {"乙": 1}]}')).toMatchInlineSnapshot(`
      [
        "7:3 [mdx-expression] 花括号 {…} 里的内容会作为代码在网站构建时运行，这里不允许：请删除花括号，或只写固定的文字、数字（如 {"文字"}）；若要显示花括号本身，请写成 \\{ 和 \\}",
        "7:15 [mdx-expression] 花括号 {…} 里的内容会作为代码在网站构建时运行，这里不允许：请删除花括号，或只写固定的文字、数字（如 {"文字"}）；若要显示花括号本身，请写成 \\{ 和 \\}",
      ]
    `);
  });

  it('checks JSX attributes: handlers, expressions, spreads, style and URLs', () => {
    expect(mdx('<Gallery onClick={() => alert(1)} {...props} title={`第${n}张`} />\n\n<a href={"java\\x73cript:x"} style={{color: "red"}}>链接</a>')).toMatchInlineSnapshot(`
      [
        "7:10 [html-event-handler] 不允许使用事件属性“onClick”：它会在读者浏览器中运行脚本。请删除这个属性",
        "7:10 [mdx-expression] 花括号 {…} 里的内容会作为代码在网站构建时运行，这里不允许：请删除花括号，或只写固定的文字、数字（如 {"文字"}）；若要显示花括号本身，请写成 \\{ 和 \\}",
        "7:35 [mdx-expression] 花括号 {…} 里的内容会作为代码在网站构建时运行，这里不允许：请删除花括号，或只写固定的文字、数字（如 {"文字"}）；若要显示花括号本身，请写成 \\{ 和 \\}",
        "7:46 [mdx-expression] 花括号 {…} 里的内容会作为代码在网站构建时运行，这里不允许：请删除花括号，或只写固定的文字、数字（如 {"文字"}）；若要显示花括号本身，请写成 \\{ 和 \\}",
        "9:4 [url-scheme] 链接地址不能以“javascript:”开头：它会在读者浏览器中运行代码。请改用 https:// 开头的网址或站内相对路径",
        "9:29 [html-style] 不允许使用 style 属性：网站的样式由模板统一控制，请删除 style=…；确需特殊排版的，请联系网站维护者添加组件",
      ]
    `);
  });

  it('refuses forbidden elements in JSX, but leaves capitalised components alone unless they are script, iframe, object or embed', () => {
    expect(mdx('<iframe src="https://example.com/" />\n\n<Script />\n\n<Link href="/x">链接</Link> <Title>标题</Title>')).toMatchInlineSnapshot(`
      [
        "7:1 [html-forbidden] 不允许使用 <iframe> 标签（会把外部网页嵌入本站）：请删除它；如果是要展示这段代码，请放进代码块（用三个反引号 \`\`\` 包起来）",
        "9:1 [html-forbidden] 不允许使用 <script> 标签（会在读者浏览器中运行脚本）：请删除它；如果是要展示这段代码，请放进代码块（用三个反引号 \`\`\` 包起来）",
      ]
    `);
  });

  it('reports MDX the site cannot build, where the parser stopped', () => {
    expect(mdx('正文\n\n<div>\n\n没有结束')).toMatchInlineSnapshot(`
      [
        "9:1 [mdx-syntax] MDX 语法错误，网站无法生成这篇文章（Expected a closing tag for \`<div>\`）：请检查标签是否成对、花括号是否配对；要显示 <、{ 本身时，请写成 \\< 或 \\{",
      ]
    `);
  });
});

describe('what is allowed', () => {
  it('ignores code blocks, inline code and comments', () => {
    const body = [
      '要嵌入视频，请不要写 `<iframe src="…">`，也不要写 `[x](javascript:alert(1))`。',
      '',
      '```html',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '```',
      '',
      '~~~',
      '<iframe></iframe>',
      '~~~',
      '',
      '    <object data="x"></object>',
      '',
      '<!-- <script>alert(1)</script> -->',
    ].join('\n');
    expect(md(body)).toEqual([]);
    const mdxBody = body.replace('    <object data="x"></object>\n\n', '').replace('<!-- <script>alert(1)</script> -->', '{/* <script> */}');
    expect(mdx(mdxBody)).toEqual([]);
  });

  it('follows the site\'s parser: MDX has no indented code blocks, so indented HTML there is live', () => {
    expect(mdx('正文\n\n    <object data="x"></object>')).toMatchInlineSnapshot(`
      [
        "9:5 [html-forbidden] 不允许使用 <object> 标签（会嵌入插件或外部内容）：请删除它；如果是要展示这段代码，请放进代码块（用三个反引号 \`\`\` 包起来）",
      ]
    `);
  });

  it('accepts ordinary links, images and harmless HTML', () => {
    expect(md('[方案](../../plan/) [教体局](https://jyj.xuchang.gov.cn/) <mailto:jyj@xuchang.gov.cn> ![照片](./photo.jpg)\n\n<p align="center"><a href="/notice/">通知</a><br/><img src="./a.png" alt="照片"></p>\n\n1 < 2，a<b')).toEqual([]);
  });

  it('treats braces, import and export as text in plain Markdown', () => {
    expect(md('import x from "y"\n\nexport const a = 1\n\n集合 {1, 2, 3} 与 {a}')).toEqual([]);
  });
});
