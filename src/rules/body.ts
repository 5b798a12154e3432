// What an article's body may contain (src/content-model/markdown-policy.ts):
// no markup that runs code, pulls in other sites or bypasses the templates.
import { defineRule } from './define.ts';
import { articleBody as article } from './demo-examples.ts';

export const htmlForbidden = defineRule({
  code: 'html-forbidden',
  severity: 'error',
  group: 'body',
  meaning: '正文中不允许 <script>、<iframe>、<object>、<form> 等会运行代码或嵌入外部内容的标签。',
  message: (p: { name: string; why: string }) => `不允许使用 <${p.name}> 标签（${p.why}）：请删除它；如果是要展示这段代码，请放进代码块（用三个反引号 \`\`\` 包起来）`,
  examples: {
    bad: [article('嵌入外部视频', '<iframe src="https://v.example.com/1"></iframe>')],
    good: [article('改为链接', '[观看视频](https://v.example.com/1)')],
  },
});

export const htmlEventHandler = defineRule({
  code: 'html-event-handler',
  severity: 'error',
  group: 'body',
  meaning: '标签上不允许 onclick、onload 等事件属性：它们会在读者浏览器中运行脚本。',
  message: (p: { attribute: string }) => `不允许使用事件属性“${p.attribute}”：它会在读者浏览器中运行脚本。请删除这个属性`,
  examples: {
    bad: [article('链接上加了 onclick', '<a href="/plan/" onclick="track()">实施方案</a>')],
    good: [article('普通链接', '[实施方案](/plan/)')],
  },
});

export const htmlStyle = defineRule({
  code: 'html-style',
  severity: 'error',
  group: 'body',
  meaning: '不允许 <style> 标签和 style 属性：样式由网站模板统一控制。',
  message: (p: { what: 'element' | 'attribute' }) =>
    p.what === 'element'
      ? '不允许使用 <style> 标签：网站的样式由模板统一控制，请删除它；确需特殊排版的，请联系网站维护者添加组件'
      : '不允许使用 style 属性：网站的样式由模板统一控制，请删除 style=…；确需特殊排版的，请联系网站维护者添加组件',
  examples: {
    bad: [article('文字设成红色', '<span style="color:red">重要</span>')],
    good: [article('用加粗强调', '**重要**')],
  },
});

export const htmlRaw = defineRule({
  code: 'html-raw',
  severity: 'error',
  group: 'body',
  meaning: '不允许 set:html、dangerouslySetInnerHTML：它们会把未经检查的 HTML 原样插入页面。',
  message: (p: { attribute: string }) => `不允许使用“${p.attribute}”：它会把未经检查的 HTML 原样插入页面。请直接把内容写在文章里`,
  examples: {
    bad: [article('原样插入 HTML', '<div set:html="<b>通知</b>" />', { mdx: true })],
    good: [article('直接写内容', '**通知**', { mdx: true })],
  },
});

export const htmlUnclosed = defineRule({
  code: 'html-unclosed',
  severity: 'error',
  group: 'body',
  meaning: 'HTML 标签没有写完（缺少“>”或引号不成对），后面的正文可能整段消失。',
  message: (p: { tag: string }) => `HTML 标签 <${p.tag}> 没有结束（缺少“>”，或引号没有配对）：请把整个标签写完整，标签中间不要有空行`,
  examples: {
    bad: [article('引号没有配对', '<div class="note\n\n正文……')],
    good: [article('标签写完整', '<div class="note">\n\n正文……\n\n</div>')],
  },
});

export const urlScheme = defineRule({
  code: 'url-scheme',
  severity: 'error',
  group: 'body',
  meaning: '链接和图片地址不能以 javascript:、vbscript:、data: 开头；请用 https:// 网址或站内相对路径。',
  message: (p: { scheme: string }) =>
    p.scheme === 'data'
      ? '链接或图片地址不能以“data:”开头（内嵌的内容无法审核，可能含有脚本）：图片请放进仓库、用相对路径引用，链接请改用 https:// 开头的网址'
      : `链接地址不能以“${p.scheme}:”开头：它会在读者浏览器中运行代码。请改用 https:// 开头的网址或站内相对路径`,
  examples: {
    bad: [article('链接运行脚本', '[点击查看](javascript:alert(1))')],
    good: [article('普通网址', '[点击查看](https://www.example.gov.cn/notice.html)')],
  },
});

export const mdxImport = defineRule({
  code: 'mdx-import',
  severity: 'error',
  group: 'body',
  meaning: 'MDX 文件只能引入网站自带的组件（src/components/mdx/ 中的），写法如 import 组件名 from \'@components/mdx/组件名.astro\'。',
  message: (p: { source?: string }) =>
    p.source === undefined
      ? '无法识别这条 import 语句：MDX 文件中只能这样引入组件：import 组件名 from \'@components/mdx/组件名.astro\''
      : `只能引入网站自带的组件（src/components/mdx/ 文件夹）：“${p.source}”不在其中。请删除这行 import，或改用 '@components/mdx/组件名.astro'`,
  examples: {
    bad: [article('引入系统模块', "import fs from 'node:fs'\n\n正文……", { mdx: true })],
    good: [article('不引入', '正文……', { mdx: true })],
  },
});

export const mdxExport = defineRule({
  code: 'mdx-export',
  severity: 'error',
  group: 'body',
  meaning: 'MDX 文件中不允许 export：它会在网站构建时运行代码。标题、日期等请写在开头的信息区。',
  message: () => 'MDX 文件中不允许使用 export：它会在网站构建时运行代码。请删除这条语句；文章的标题、日期等请写在开头的“---”信息区中',
  examples: {
    bad: [article('用 export 写标题', "export const title = '某镇完成自查'\n\n正文……", { mdx: true })],
    good: [article('标题写在信息区', '正文……', { mdx: true })],
  },
});

export const mdxExpression = defineRule({
  code: 'mdx-expression',
  severity: 'error',
  group: 'body',
  meaning: 'MDX 中花括号 {…} 里的内容会作为代码运行，只允许固定的文字和数字；要显示花括号本身，写成 \\{ 和 \\}。',
  message: (p: { where: 'body' | 'module' }) =>
    p.where === 'module'
      ? '这里的代码会在网站构建时运行，不允许：MDX 文件开头只能写 import 语句（引入 src/components/mdx/ 中的组件），请删除这一段'
      : '花括号 {…} 里的内容会作为代码在网站构建时运行，这里不允许：请删除花括号，或只写固定的文字、数字（如 {"文字"}）；若要显示花括号本身，请写成 \\{ 和 \\}',
  examples: {
    bad: [article('花括号里写算式', '今年共投入 {1200 * 3} 万元', { mdx: true })],
    good: [article('直接写结果', '今年共投入 3600 万元', { mdx: true })],
  },
});

export const mdxSyntax = defineRule({
  code: 'mdx-syntax',
  severity: 'error',
  group: 'body',
  meaning: 'MDX 语法错误，网站无法生成这篇文章：常见原因是标签不成对、花括号不配对，或正文里直接写了 < 或 {。',
  message: (p: { reason: string }) => `MDX 语法错误，网站无法生成这篇文章（${p.reason}）：请检查标签是否成对、花括号是否配对；要显示 <、{ 本身时，请写成 \\< 或 \\{`,
  examples: {
    bad: [article('直接写了 < 和 {', '生均面积 <5 平方米的学校 {共 3 所', { mdx: true })],
    good: [article('写成 \\< 和 \\{', '生均面积 \\<5 平方米的学校 \\{共 3 所\\}', { mdx: true })],
  },
});
