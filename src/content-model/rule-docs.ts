// Every rule code the validator can emit, explained for editors: what it
// means, a wrong and a right example. scripts/gen-rule-docs.ts turns this list
// into the rule reference of CONTRIBUTING.md; each message links to its entry.
// tests/rule-docs.test.ts fails when a code used in src/ or schemas/ is
// missing here, so a new rule cannot ship undocumented.
import type { Severity } from './diagnostics.ts';

export type ExampleLanguage = 'yaml' | 'markdown' | 'csv' | 'text';

export interface RuleExample {
  readonly lang: ExampleLanguage;
  /** The file the snippet belongs in, e.g. content/plan.yaml. */
  readonly file?: string;
  readonly code: string;
}

export interface RuleGroup {
  readonly id: string;
  readonly title: string;
}

export const ruleGroups = [
  { id: 'files', title: '文件与编码' },
  { id: 'yaml', title: 'YAML 写法' },
  { id: 'fields', title: '字段与取值' },
  { id: 'dates', title: '日期' },
  { id: 'ids', title: '编号与引用' },
  { id: 'official', title: '公文格式与区划代码' },
  { id: 'site', title: '网站配置' },
  { id: 'body', title: '文章正文' },
  { id: 'personal', title: '个人信息' },
  { id: 'schools', title: '学校统计数据' },
  { id: 'schools-csv', title: '学校统计数据（CSV 表格）' },
  { id: 'assessment', title: '自评与满意度调查' },
  { id: 'progress', title: '工作进度' },
] as const satisfies readonly RuleGroup[];

export type RuleGroupId = (typeof ruleGroups)[number]['id'];

export interface RuleDoc {
  readonly code: string;
  readonly severity: Severity;
  readonly group: RuleGroupId;
  /** One line of Chinese: what the rule asks for. */
  readonly meaning: string;
  readonly bad: RuleExample;
  readonly good: RuleExample;
}

const y = (code: string, file?: string): RuleExample => ({ lang: 'yaml', code, ...(file ? { file } : {}) });
const md = (code: string, file?: string): RuleExample => ({ lang: 'markdown', code, ...(file ? { file } : {}) });
const csv = (code: string, file = 'content/schools/2020.csv'): RuleExample => ({ lang: 'csv', code, file });
const txt = (code: string): RuleExample => ({ lang: 'text', code });

const PLAN = 'content/plan.yaml';
const UNITS = 'content/units.yaml';
const GROUP = 'content/leading-group.yaml';
const SITE = 'content/site.yaml';
const NEWS = 'content/achievements/2020-09-01-self-check.md';
const SCHOOLS = 'content/schools/2020.yaml';
const PROGRESS_DELIVERABLES = 'content/progress/deliverables.yaml';
const PROGRESS_RECORD = 'content/progress/finance-bureau.yaml';
const CSV_HEAD = '统计年度,学校编号,学校名称,乡镇编号,学校类型,办学性质,学段,在校学生数（人）,…';

export const ruleDocs: readonly RuleDoc[] = [
  // 文件与编码
  {
    code: 'file-missing',
    severity: 'error',
    group: 'files',
    meaning: '必需的内容文件（如 content/plan.yaml）不见了，通常是误删或改了文件名。',
    bad: txt('content/\n  plan.yaml\n  unit.yaml          ← 文件名少了 s'),
    good: txt('content/\n  plan.yaml\n  units.yaml'),
  },
  {
    code: 'file-unknown',
    severity: 'error',
    group: 'files',
    meaning: 'content/ 中有不属于任何内容类别的文件：它不会发布，多半是放错了文件夹或写错了扩展名。',
    bad: txt('content/achievements/2020-09-01-note.txt'),
    good: txt('content/achievements/2020-09-01-note.md'),
  },
  {
    code: 'file-too-large',
    severity: 'error',
    group: 'files',
    meaning: '内容文件超过 1 MB：正常的内容文件只有几 KB，请拆分文件，图片等另行存放。',
    bad: txt('content/achievements/2020-09-01-report.md    3.2 MB（粘贴了整篇报告和内嵌图片）'),
    good: txt('content/achievements/2020-09-01-report.md    12 KB\ncontent/achievements/2020-09-01-report.jpg   图片单独存放'),
  },
  {
    code: 'encoding',
    severity: 'error',
    group: 'files',
    meaning: '文件不是 UTF-8 编码（常见于 Windows 记事本或 Excel 另存的 GBK 文件），或含有空字符。',
    bad: txt('记事本“另存为”时编码选了 ANSI（即 GBK）'),
    good: txt('记事本“另存为”时编码选 UTF-8；Excel 选“CSV UTF-8（逗号分隔）”'),
  },
  // YAML 写法
  {
    code: 'yaml-syntax',
    severity: 'error',
    group: 'yaml',
    meaning: 'YAML 格式错误：缩进不齐、冒号后缺空格、引号或括号不成对等，文件无法读取。',
    bad: y('units:\n  - id: finance-bureau\n    name: "建安区财政局\n    kind: 区直部门', UNITS),
    good: y('units:\n  - id: finance-bureau\n    name: 建安区财政局\n    kind: 区直部门', UNITS),
  },
  {
    code: 'yaml-duplicate-key',
    severity: 'error',
    group: 'yaml',
    meaning: '同一层级写了两个同名字段，后一个会悄悄覆盖前一个，因此不允许。',
    bad: y('title: 关于印发实施方案的通知\ndate: 2020-08-01\ndate: 2020-08-02', 'content/notice.yaml'),
    good: y('title: 关于印发实施方案的通知\ndate: 2020-08-01', 'content/notice.yaml'),
  },
  {
    code: 'yaml-tag',
    severity: 'error',
    group: 'yaml',
    meaning: '不允许使用以 ! 开头的 YAML 标签（如 !!timestamp），它们会改变值的含义。',
    bad: y('date: !!timestamp 2020-08-01', 'content/notice.yaml'),
    good: y('date: 2020-08-01', 'content/notice.yaml'),
  },
  {
    code: 'yaml-alias',
    severity: 'error',
    group: 'yaml',
    meaning: '锚点引用（&名称 / *名称）用得过多（上限 50 次）：内容请直接写出来。',
    bad: y('a: &a [建安区, 建安区]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]   # 层层展开，成倍增长'),
    good: y('addressees:\n  - 各乡镇人民政府（街道办事处）\n  - 区政府有关部门'),
  },
  {
    code: 'yaml-complex-key',
    severity: 'error',
    group: 'yaml',
    meaning: '字段名只能是文字，不能是列表或字段组（多半是冒号、括号写错了位置）。',
    bad: y('{name: 建安区}: 主办单位'),
    good: y('organizer: 建安区教育体育局'),
  },
  {
    code: 'yaml-depth',
    severity: 'error',
    group: 'yaml',
    meaning: '层级超过 40 层：内容文件用不到这么多层，多半是缩进或括号写错了。',
    bad: y('a: {b: {c: {d: {e: …}}}}   # 层层嵌套几十层'),
    good: y('phases:\n  - id: publicity\n    steps:\n      - id: launch'),
  },
  {
    code: 'image-file',
    severity: 'error',
    group: 'files',
    meaning: '文章配图须放在文章旁边（路径以 ./ 开头），格式为 jpg、png、webp 或 svg，且不超过 2 MB；发布时照片会重新编码，拍摄地点等 EXIF 信息不会公开。',
    bad: y('image:\n  src: D:/照片/会议.bmp\n  alt: 会议现场'),
    good: y('image:\n  src: ./meeting.jpg\n  alt: 会议现场，与会人员在听取汇报'),
  },
  {
    code: 'frontmatter',
    severity: 'error',
    group: 'yaml',
    meaning: 'Markdown 文章须以一行“---”开头，写完标题、日期等信息后再以一行“---”结束。',
    bad: md('title: 某镇完成自查\ndate: 2020-09-01\n\n正文……', NEWS),
    good: md('---\ntitle: 某镇完成自查\ndate: 2020-09-01\n…\n---\n\n正文……', NEWS),
  },
  // 字段与取值
  {
    code: 'required',
    severity: 'error',
    group: 'fields',
    meaning: '缺少必填字段：消息中会写出缺的是哪个字段及其含义。',
    bad: y('members:\n  - id: ma-hao\n    name: 马浩\n    role: 组长', GROUP),
    good: y('members:\n  - id: ma-hao\n    name: 马浩\n    role: 组长\n    unit: district-government', GROUP),
  },
  {
    code: 'unknown-key',
    severity: 'error',
    group: 'fields',
    meaning: '不认识的字段名，多半是拼写或大小写错了；消息会提示最接近的正确字段名。',
    bad: y('  - id: finance-bureau\n    name: 建安区财政局\n    shortname: 财政局', UNITS),
    good: y('  - id: finance-bureau\n    name: 建安区财政局\n    shortName: 财政局', UNITS),
  },
  {
    code: 'type',
    severity: 'error',
    group: 'fields',
    meaning: '值的类型不对：如该填文字的填成了数字（12 位代码须加引号），该填 true/false 的填了“是”。',
    bad: y('    divisionCode: 411003100000\n    leadingGroupMember: 是', UNITS),
    good: y('    divisionCode: "411003100000"\n    leadingGroupMember: true', UNITS),
  },
  {
    code: 'enum',
    severity: 'error',
    group: 'fields',
    meaning: '只能从固定的几个值中选一个（如单位类别、文章栏目）；消息会列出全部可选值。',
    bad: y('    kind: 部门', UNITS),
    good: y('    kind: 区直部门', UNITS),
  },
  {
    code: 'schema',
    severity: 'error',
    group: 'fields',
    meaning: '其他不符合结构的情况，如列表至少要有一项、数值超出范围。',
    bad: y('addressees: []', 'content/notice.yaml'),
    good: y('addressees:\n  - 各乡镇人民政府（街道办事处）', 'content/notice.yaml'),
  },
  {
    code: 'text-empty',
    severity: 'error',
    group: 'fields',
    meaning: '文字内容不能为空：请填写内容；可选字段不用时，整行删除。',
    bad: y('  - title: ""\n    kind: 文件', PLAN),
    good: y('  - title: 国务院关于深入推进义务教育均衡发展的意见\n    kind: 文件', PLAN),
  },
  {
    code: 'text-whitespace',
    severity: 'error',
    group: 'fields',
    meaning: '文字首尾不能有空格或换行（常见于从 Word 复制粘贴）。',
    bad: y('goal: " 通过迎检工作……"', PLAN),
    good: y('goal: 通过迎检工作……', PLAN),
  },
  {
    code: 'name-whitespace',
    severity: 'error',
    group: 'fields',
    meaning: '人名、单位名中间不能有空格：原文排版对齐用的空格不属于名称。',
    bad: y('    name: 马  浩', GROUP),
    good: y('    name: 马浩', GROUP),
  },
  {
    code: 'invisible-char',
    severity: 'error',
    group: 'fields',
    meaning: '文字中有看不见的字符（零宽空格、方向控制符等，常见于从网页或 Word 复制的文字），会让看起来相同的名称或编号实际不同。',
    bad: y('    name: 建安区财政局\u200b   # 末尾有一个看不见的零宽空格', UNITS),
    good: y('    name: 建安区财政局   # 删除后重新输入', UNITS),
  },
  {
    code: 'link-format',
    severity: 'error',
    group: 'fields',
    meaning: '链接须以 https://、http:// 或 /（本站页面）开头，且不含空格。',
    bad: y('    evidence: www.example.gov.cn/news/1.html', 'content/progress/finance-bureau.yaml'),
    good: y('    evidence: https://www.example.gov.cn/news/1.html', 'content/progress/finance-bureau.yaml'),
  },
  // 日期
  {
    code: 'date-invalid',
    severity: 'error',
    group: 'dates',
    meaning: '日期写法不对或日期不存在：到日写 2020-08-01，到月写 2020-12（指该月底）。',
    bad: y('date: 2020年8月1日\nend: 2024-13-45', PLAN),
    good: y('date: 2020-08-01\nend: 2020-12', PLAN),
  },
  {
    code: 'date-day-required',
    severity: 'error',
    group: 'dates',
    meaning: '这里需要具体到日的日期（如发布日期、成文日期），不能只写到月。',
    bad: y('date: 2020-08', NEWS),
    good: y('date: 2020-08-01', NEWS),
  },
  {
    code: 'date-range',
    severity: 'error',
    group: 'dates',
    meaning: '结束日期早于开始日期，多半是两个日期写反了。',
    bad: y('  - id: publicity\n    start: 2020-08-15\n    end: 2020-08-01', PLAN),
    good: y('  - id: publicity\n    start: 2020-08-01\n    end: 2020-08-15', PLAN),
  },
  {
    code: 'outside-plan',
    severity: 'error',
    group: 'dates',
    meaning: '时限不在实施方案的起止时间之内（从第一阶段开始到最后一阶段结束）。',
    bad: y('  - id: self-check\n    date: 2021-08-31', PLAN),
    good: y('  - id: self-check\n    date: 2020-08-31', PLAN),
  },
  {
    code: 'deadline-outside-phase',
    severity: 'warning',
    group: 'dates',
    meaning: '时限不在所属阶段的起止时间之内。这只是警告：如果原文就是这样，可以保留。',
    bad: y('  - id: self-check\n    date: 2020-08-31   # 阶段 publicity 到 2020-08-15 就结束了\n    phase: publicity', PLAN),
    good: y('  - id: self-check\n    date: 2020-08-31\n    phase: self-check-and-rectification', PLAN),
  },
  // 编号与引用
  {
    code: 'id-format',
    severity: 'error',
    group: 'ids',
    meaning: '编号（和文章文件名）只能用小写英文字母、数字和连字符，如 finance-bureau。',
    bad: y('  - id: Finance_Bureau', UNITS),
    good: y('  - id: finance-bureau', UNITS),
  },
  {
    code: 'id-duplicate',
    severity: 'error',
    group: 'ids',
    meaning: '编号（或文章文件名）重复：同一类内容中每个编号只能用一次。两人同名时，编号加上单位区分。',
    bad: y('  - id: wang-jianmin\n    name: 王建民\n  - id: wang-jianmin\n    name: 王建民', GROUP),
    good: y('  - id: wang-jianmin-finance\n    name: 王建民\n  - id: wang-jianmin-guicun\n    name: 王建民', GROUP),
  },
  {
    code: 'unit-unknown',
    severity: 'error',
    group: 'ids',
    meaning: '引用的单位编号在 content/units.yaml 中不存在：请改用已有编号，或先在单位名录中添加该单位。',
    bad: y('unit: finanse-bureau', NEWS),
    good: y('unit: finance-bureau', NEWS),
  },
  {
    code: 'person-unknown',
    severity: 'error',
    group: 'ids',
    meaning: '引用的人员编号不在领导小组成员名单中（如办公室主任须是成员之一）。',
    bad: y('office:\n  head: xue-jianfen', GROUP),
    good: y('office:\n  head: xue-jianfeng', GROUP),
  },
  {
    code: 'phase-unknown',
    severity: 'error',
    group: 'ids',
    meaning: '时限所属的阶段编号在实施方案的阶段中不存在；消息会列出可选的阶段编号。',
    bad: y('  - id: self-check\n    phase: self-check-and-rectificaton', PLAN),
    good: y('  - id: self-check\n    phase: self-check-and-rectification', PLAN),
  },
  {
    code: 'member-unit',
    severity: 'error',
    group: 'ids',
    meaning: '单位名录的 leadingGroupMember 与领导小组名单不一致：派有成员的单位须为 true，没有成员的须为 false。',
    bad: y('  - id: finance-bureau\n    name: 建安区财政局\n    leadingGroupMember: false   # 领导小组中有财政局的成员', UNITS),
    good: y('  - id: finance-bureau\n    name: 建安区财政局\n    leadingGroupMember: true', UNITS),
  },
  {
    code: 'sequence',
    severity: 'error',
    group: 'ids',
    meaning: '序号须按顺序从 1 编起，不能跳号或重复。',
    bad: y('  - number: 1\n    name: 宣传发动\n  - number: 3\n    name: 自查整改', PLAN),
    good: y('  - number: 1\n    name: 宣传发动\n  - number: 2\n    name: 自查整改', PLAN),
  },
  {
    code: 'example-flag',
    severity: 'error',
    group: 'ids',
    meaning: 'examples 文件夹中的示例须标 example: true；标了 example: true 的内容须放在 examples 文件夹中。',
    bad: y('# content/achievements/examples/2020-09-01-sample.md 的信息区\ntitle: 【示例】某镇开展宣传活动'),
    good: y('# content/achievements/examples/2020-09-01-sample.md 的信息区\ntitle: 【示例】某镇开展宣传活动\nexample: true'),
  },
  // 公文格式与区划代码
  {
    code: 'doc-number',
    severity: 'error',
    group: 'official',
    meaning: '发文字号按 GB/T 9704 写作“机关代字〔年份〕序号号”：年份用六角括号〔〕，序号不加“第”、不加前导 0。',
    bad: y('    docNumber: 教督[2012]第03号', PLAN),
    good: y('    docNumber: 教督〔2012〕3号', PLAN),
  },
  {
    code: 'division-code',
    severity: 'error',
    group: 'official',
    meaning: '镇、乡、街道须填写 12 位统计用区划代码（加引号）；区政府和区直部门不填。',
    bad: y('  - id: guicun-township\n    kind: 乡\n    divisionCode: "4110032"', UNITS),
    good: y('  - id: guicun-township\n    kind: 乡\n    divisionCode: "411003204000"', UNITS),
  },
  // 网站配置
  {
    code: 'county-code',
    severity: 'error',
    group: 'site',
    meaning: '本县的行政区划代码是 6 位数字，须加引号（否则会被当成数字）。',
    bad: y('county:\n  code: 12345', SITE),
    good: y('county:\n  code: "123456"', SITE),
  },
  {
    code: 'site-code',
    severity: 'error',
    group: 'site',
    meaning: '网站标识码应为 10 位字母或数字；还没有取得时整行删除。',
    bad: y('siteCode: 411003-0001', SITE),
    good: y('siteCode: "4110030001"', SITE),
  },
  {
    code: 'icp',
    severity: 'error',
    group: 'site',
    meaning: 'ICP 备案号格式应如“豫ICP备12345678号-1”；未备案时整行删除。',
    bad: y('icp: ICP备12345678号', SITE),
    good: y('icp: 豫ICP备12345678号-1', SITE),
  },
  {
    code: 'police-filing',
    severity: 'error',
    group: 'site',
    meaning: '公安机关备案号格式应如“豫公网安备41100302000001号”（14 位数字）；未备案时整行删除。',
    bad: y('police: 豫公网安备4110030200号', SITE),
    good: y('police: 豫公网安备41100302000001号', SITE),
  },
  {
    code: 'site-url',
    severity: 'error',
    group: 'site',
    meaning: '网站域名须以 https:// 或 http:// 开头，只写域名，末尾不加 /。',
    bad: y('url: www.example.gov.cn/', SITE),
    good: y('url: https://www.example.gov.cn', SITE),
  },
  {
    code: 'base-path',
    severity: 'error',
    group: 'site',
    meaning: '网站所在路径须以 / 开头并以 / 结尾；放在域名根目录时写 /。',
    bad: y('base: zt/junheng', SITE),
    good: y('base: /zt/junheng/', SITE),
  },
  {
    code: 'edit-url',
    severity: 'error',
    group: 'site',
    meaning: '在线编辑地址须以 https:// 开头、以 / 结尾，后面会接上文件路径。',
    bad: y('editUrl: github.com/org/repo/edit/main', SITE),
    good: y('editUrl: https://github.com/org/repo/edit/main/', SITE),
  },
  // 文章正文
  {
    code: 'html-forbidden',
    severity: 'error',
    group: 'body',
    meaning: '正文中不允许 <script>、<iframe>、<object>、<form> 等会运行代码或嵌入外部内容的标签。',
    bad: md('<iframe src="https://v.example.com/1"></iframe>', NEWS),
    good: md('[观看视频](https://v.example.com/1)', NEWS),
  },
  {
    code: 'html-event-handler',
    severity: 'error',
    group: 'body',
    meaning: '标签上不允许 onclick、onload 等事件属性：它们会在读者浏览器中运行脚本。',
    bad: md('<a href="/plan/" onclick="track()">实施方案</a>', NEWS),
    good: md('[实施方案](/plan/)', NEWS),
  },
  {
    code: 'html-style',
    severity: 'error',
    group: 'body',
    meaning: '不允许 <style> 标签和 style 属性：样式由网站模板统一控制。',
    bad: md('<span style="color:red">重要</span>', NEWS),
    good: md('**重要**', NEWS),
  },
  {
    code: 'html-raw',
    severity: 'error',
    group: 'body',
    meaning: '不允许 set:html、dangerouslySetInnerHTML：它们会把未经检查的 HTML 原样插入页面。',
    bad: md('<div set:html="<b>通知</b>" />', 'content/achievements/2020-09-01-self-check.mdx'),
    good: md('**通知**', 'content/achievements/2020-09-01-self-check.mdx'),
  },
  {
    code: 'html-unclosed',
    severity: 'error',
    group: 'body',
    meaning: 'HTML 标签没有写完（缺少“>”或引号不成对），后面的正文可能整段消失。',
    bad: md('<img src="./photo.jpg" alt="新建运动场\n\n正文……', NEWS),
    good: md('![新建运动场](./photo.jpg)\n\n正文……', NEWS),
  },
  {
    code: 'url-scheme',
    severity: 'error',
    group: 'body',
    meaning: '链接和图片地址不能以 javascript:、vbscript:、data: 开头；请用 https:// 网址或站内相对路径。',
    bad: md('[点击查看](javascript:alert(1))', NEWS),
    good: md('[点击查看](https://www.example.gov.cn/notice.html)', NEWS),
  },
  {
    code: 'mdx-import',
    severity: 'error',
    group: 'body',
    meaning: 'MDX 文件只能引入网站自带的组件（src/components/mdx/ 中的），写法如 import 组件名 from \'@components/mdx/组件名.astro\'。',
    bad: md("import fs from 'node:fs'", 'content/achievements/2020-09-01-self-check.mdx'),
    good: md("import Figure from '@components/mdx/Figure.astro'", 'content/achievements/2020-09-01-self-check.mdx'),
  },
  {
    code: 'mdx-export',
    severity: 'error',
    group: 'body',
    meaning: 'MDX 文件中不允许 export：它会在网站构建时运行代码。标题、日期等请写在开头的信息区。',
    bad: md("export const title = '某镇完成自查'", 'content/achievements/2020-09-01-self-check.mdx'),
    good: md('---\ntitle: 某镇完成自查\n…\n---', 'content/achievements/2020-09-01-self-check.mdx'),
  },
  {
    code: 'mdx-expression',
    severity: 'error',
    group: 'body',
    meaning: 'MDX 中花括号 {…} 里的内容会作为代码运行，只允许固定的文字和数字；要显示花括号本身，写成 \\{ 和 \\}。',
    bad: md('今年共投入 {1200 * 3} 万元', 'content/achievements/2020-09-01-self-check.mdx'),
    good: md('今年共投入 3600 万元', 'content/achievements/2020-09-01-self-check.mdx'),
  },
  {
    code: 'mdx-syntax',
    severity: 'error',
    group: 'body',
    meaning: 'MDX 语法错误，网站无法生成这篇文章：常见原因是标签不成对、花括号不配对，或正文里直接写了 < 或 {。',
    bad: md('生均面积 <5 平方米的学校 {共 3 所', 'content/achievements/2020-09-01-self-check.mdx'),
    good: md('生均面积 \\<5 平方米的学校 \\{共 3 所\\}', 'content/achievements/2020-09-01-self-check.mdx'),
  },
  // 个人信息
  {
    code: 'pii-id-card',
    severity: 'error',
    group: 'personal',
    meaning: '疑似居民身份证号，公开会泄露个人信息：请删除；确需公开的，在该条目（或文章信息区）加 personalDataAllowed 并写明理由。',
    bad: md('学生张某（身份证号 41100320100101XXXX）已返校就读。', NEWS),
    good: md('一名辍学学生已返校就读。', NEWS),
  },
  {
    code: 'pii-mobile',
    severity: 'error',
    group: 'personal',
    meaning: '疑似个人手机号码：请改用单位办公电话；确需公开的，加 personalDataAllowed 并写明理由。',
    bad: md('联系人：李老师，电话 138 XXXX XXXX。', NEWS),
    good: md('咨询电话：0374-1234567（区教体局办公室）。', NEWS),
  },
  {
    code: 'pii-email',
    severity: 'error',
    group: 'personal',
    meaning: '疑似个人电子邮箱（如 QQ、163 等免费邮箱）：请改用单位邮箱（如 *.gov.cn）；确需公开的，加 personalDataAllowed 并写明理由。',
    bad: md('材料请发送至 12345678@qq.com。', NEWS),
    good: md('材料请发送至 jyj@example.gov.cn。', NEWS),
  },
  // 学校统计数据
  {
    code: 'quantity-empty',
    severity: 'error',
    group: 'schools',
    meaning: '数量没有填写：请填写“数值 单位”；确实没有的填 0 加单位。',
    bad: y('        computers: ""', SCHOOLS),
    good: y('        computers: 0 台', SCHOOLS),
  },
  {
    code: 'quantity-format',
    severity: 'error',
    group: 'schools',
    meaning: '数量写法不对：应写作“数值 单位”，数值用半角数字。',
    bad: y('        books: 三万六千册', SCHOOLS),
    good: y('        books: 36000 册', SCHOOLS),
  },
  {
    code: 'quantity-unit-missing',
    severity: 'error',
    group: 'schools',
    meaning: '数量缺少单位：在数值后加空格和单位，如 1200 人、5400 ㎡、260 万元。',
    bad: y('        pupils: 1200', SCHOOLS),
    good: y('        pupils: 1200 人', SCHOOLS),
  },
  {
    code: 'quantity-unit-unknown',
    severity: 'error',
    group: 'schools',
    meaning: '不认识的单位：人数用 人，面积用 ㎡ 或 平方米，金额用 元 或 万元，另有 台、册、间。',
    bad: y('        teachingArea: 5400 亩', SCHOOLS),
    good: y('        teachingArea: 5400 ㎡', SCHOOLS),
  },
  {
    code: 'quantity-unit-dimension',
    severity: 'error',
    group: 'schools',
    meaning: '单位与字段不符，多半是填错了列：如图书册数写成了“台”。',
    bad: y('        books: 36000 台', SCHOOLS),
    good: y('        books: 36000 册', SCHOOLS),
  },
  {
    code: 'quantity-negative',
    severity: 'error',
    group: 'schools',
    meaning: '数量不能为负数。',
    bad: y('        multimediaClassrooms: -3 间', SCHOOLS),
    good: y('        multimediaClassrooms: 3 间', SCHOOLS),
  },
  {
    code: 'quantity-integer',
    severity: 'error',
    group: 'schools',
    meaning: '人数、台数、册数、间数须为整数：多半是填错了列或小数点。',
    bad: y('        teachers: 68.5 人', SCHOOLS),
    good: y('        teachers: 68 人', SCHOOLS),
  },
  {
    code: 'school-parts',
    severity: 'error',
    group: 'schools',
    meaning: '学段与学校类型不符：小学只填 primary，初中只填 junior，九年一贯制两部分都要填。',
    bad: y('    type: 小学\n    parts:\n      junior:\n        pupils: 900 人', SCHOOLS),
    good: y('    type: 小学\n    parts:\n      primary:\n        pupils: 900 人', SCHOOLS),
  },
  {
    code: 'school-shared',
    severity: 'error',
    group: 'schools',
    meaning: 'shared（两个学段共用的资源）只用于一贯制学校，且同一项不能既填在 shared 又填在学段中。',
    bad: y('    type: 九年一贯制\n    shared:\n      books: 50000 册\n    parts:\n      primary:\n        books: 30000 册', SCHOOLS),
    good: y('    type: 九年一贯制\n    shared:\n      books: 50000 册\n    parts:\n      primary:\n        pupils: 900 人', SCHOOLS),
  },
  {
    code: 'split-rule',
    severity: 'error',
    group: 'schools',
    meaning: 'juniorWeight（初中学生权重）只在 method 为 weighted 时使用。',
    bad: y('splitRule:\n  method: by-pupils\n  juniorWeight: 1.1', SCHOOLS),
    good: y('splitRule:\n  method: weighted\n  juniorWeight: 1.1', SCHOOLS),
  },
  {
    code: 'pupils-zero',
    severity: 'error',
    group: 'schools',
    meaning: '在校学生数为 0 的学段不参与计算：请删除这一学段。',
    bad: y('    parts:\n      junior:\n        pupils: 0 人', SCHOOLS),
    good: y('    parts:\n      primary:\n        pupils: 860 人', SCHOOLS),
  },
  {
    code: 'teachers-subset',
    severity: 'error',
    group: 'schools',
    meaning: '高学历、中级职称、骨干、体育艺术教师都是专任教师的一部分，人数不能多于专任教师数。',
    bad: y('        teachers: 68 人\n        qualifiedTeachers: 86 人', SCHOOLS),
    good: y('        teachers: 68 人\n        qualifiedTeachers: 60 人', SCHOOLS),
  },
  {
    code: 'township-kind',
    severity: 'error',
    group: 'schools',
    meaning: '学校的 township 须是乡镇（街道）的编号，不能是区直部门或区政府。',
    bad: y('    township: education-sports-bureau', SCHOOLS),
    good: y('    township: guicun-township', SCHOOLS),
  },
  {
    code: 'dataset-year-duplicate',
    severity: 'error',
    group: 'schools',
    meaning: '同一统计年度只能有一份学校统计数据；有了真实数据后，请删除该年度的示例数据。',
    bad: txt('content/schools/2020.yaml                  year: 2020\ncontent/schools/examples/schools-example.yaml   year: 2020'),
    good: txt('content/schools/2020.yaml                  year: 2020\n（已删除 examples 中的示例数据）'),
  },
  // 学校统计数据（CSV 表格）
  {
    code: 'csv-syntax',
    severity: 'error',
    group: 'schools-csv',
    meaning: 'CSV 格式错误（如引号不成对）：请在电子表格中重新“另存为 CSV UTF-8（逗号分隔）”。',
    bad: csv(`${CSV_HEAD}\n2020,"example-primary-1,示例第一小学,…`),
    good: csv(`${CSV_HEAD}\n2020,example-primary-1,示例第一小学,…`),
  },
  {
    code: 'csv-empty',
    severity: 'error',
    group: 'schools-csv',
    meaning: 'CSV 文件是空的，或只有表头没有数据行：每所学校的每个学段占一行。',
    bad: csv(CSV_HEAD),
    good: csv(`${CSV_HEAD}\n2020,example-primary-1,示例第一小学,xuyou-subdistrict,小学,公办,小学,1850,…`),
  },
  {
    code: 'csv-separator',
    severity: 'error',
    group: 'schools-csv',
    meaning: '表格是用制表符或分号分隔的：请另存为“CSV UTF-8（逗号分隔）”。',
    bad: csv('统计年度;学校编号;学校名称;…'),
    good: csv('统计年度,学校编号,学校名称,…'),
  },
  {
    code: 'csv-header',
    severity: 'error',
    group: 'schools-csv',
    meaning: '表头有问题：列名为空、不认识、重复，或缺少必需的列（列名见 docs/schools-csv.md）。',
    bad: csv('统计年度,学校编码,学校名称,…'),
    good: csv('统计年度,学校编号,学校名称,…'),
  },
  {
    code: 'csv-columns',
    severity: 'error',
    group: 'schools-csv',
    meaning: '某行的单元格比表头多：多半是内容中有没加引号的逗号（如 52,000）。',
    bad: csv('…,图书（册）\n…,52,000'),
    good: csv('…,图书（册）\n…,"52,000"'),
  },
  {
    code: 'csv-empty-cell',
    severity: 'error',
    group: 'schools-csv',
    meaning: '必填的单元格是空的（年度、学校编号、学段等；“示例”列填“是”或“否”）。',
    bad: csv(`${CSV_HEAD}\n2020,,示例第一小学,…`),
    good: csv(`${CSV_HEAD}\n2020,example-primary-1,示例第一小学,…`),
  },
  {
    code: 'csv-inconsistent',
    severity: 'error',
    group: 'schools-csv',
    meaning: '同一文件的年度须相同，同一学校各行的名称、乡镇、类型等须相同。',
    bad: csv(`${CSV_HEAD}\n2020,example-nine-1,示例九年一贯制学校,…,小学,…\n2020,example-nine-1,示例九年制学校,…,初中,…`),
    good: csv(`${CSV_HEAD}\n2020,example-nine-1,示例九年一贯制学校,…,小学,…\n2020,example-nine-1,示例九年一贯制学校,…,初中,…`),
  },
  {
    code: 'csv-year',
    severity: 'error',
    group: 'schools-csv',
    meaning: '统计年度须是四位数字的年份，如 2020。',
    bad: csv(`${CSV_HEAD}\n2020年,example-primary-1,…`),
    good: csv(`${CSV_HEAD}\n2020,example-primary-1,…`),
  },
  {
    code: 'csv-shared-row',
    severity: 'error',
    group: 'schools-csv',
    meaning: '“共用”行只填两个学段共用的校舍、场地、设备、计算机、图书和教室，学生数和教师数填在小学、初中行。',
    bad: csv('学校编号,学段,在校学生数（人）,图书（册）\nexample-nine-1,共用,1500,50000'),
    good: csv('学校编号,学段,在校学生数（人）,图书（册）\nexample-nine-1,共用,,50000'),
  },
  {
    code: 'csv-duplicate-row',
    severity: 'error',
    group: 'schools-csv',
    meaning: '同一学校的同一学段只能占一行：请合并或删除重复的行。',
    bad: csv('学校编号,学段,在校学生数（人）\nexample-primary-1,小学,1850\nexample-primary-1,小学,1850'),
    good: csv('学校编号,学段,在校学生数（人）\nexample-primary-1,小学,1850'),
  },
  {
    code: 'csv-split-rule',
    severity: 'error',
    group: 'schools-csv',
    meaning: '有“共用”行时须加“分摊方式”列：填 by-pupils（按学生数）或 weighted（按加权学生数）。',
    bad: csv('统计年度,学校编号,学段,…\n2020,example-nine-1,共用,…'),
    good: csv('统计年度,分摊方式,学校编号,学段,…\n2020,by-pupils,example-nine-1,共用,…'),
  },
  // 自评与满意度调查
  {
    code: 'self-score-points',
    severity: 'error',
    group: 'assessment',
    meaning: '分值和得分最多保留两位小数，得分不能超过该项分值。',
    bad: y('      - id: access-1\n        maxPoints: 6\n        score: 6.5', 'content/assessment/self-score-2020.yaml'),
    good: y('      - id: access-1\n        maxPoints: 6\n        score: 5.5', 'content/assessment/self-score-2020.yaml'),
  },
  {
    code: 'self-score-areas',
    severity: 'error',
    group: 'assessment',
    meaning: '自评须包含 入学机会、保障机制、教师队伍、质量与管理 四个方面，每个方面只写一次。',
    bad: y('areas:\n  - name: 入学机会\n  - name: 入学机会\n  - name: 教师队伍', 'content/assessment/self-score-2020.yaml'),
    good: y('areas:\n  - name: 入学机会\n  - name: 保障机制\n  - name: 教师队伍\n  - name: 质量与管理', 'content/assessment/self-score-2020.yaml'),
  },
  {
    code: 'self-score-items',
    severity: 'error',
    group: 'assessment',
    meaning: '评估项目共 17 项：项目数不对时，请对照评估细则核对是否漏项或重复。',
    bad: txt('四个方面的 items 合计 16 项'),
    good: txt('四个方面的 items 合计 17 项'),
  },
  {
    code: 'self-score-total',
    severity: 'error',
    group: 'assessment',
    meaning: '各项分值（maxPoints）合计须为 100 分。',
    bad: txt('各项 maxPoints 合计 98 分'),
    good: txt('各项 maxPoints 合计 100 分'),
  },
  {
    code: 'survey-count',
    severity: 'error',
    group: 'assessment',
    meaning: '满意人数不能多于有效答卷人数。',
    bad: y('  - id: parents\n    respondents: 1200\n    satisfied: 1260', 'content/assessment/survey-2020.yaml'),
    good: y('  - id: parents\n    respondents: 1200\n    satisfied: 1126', 'content/assessment/survey-2020.yaml'),
  },
  // 工作进度
  {
    code: 'applies-to-empty',
    severity: 'error',
    group: 'progress',
    meaning: '应交事项的适用单位不能为空：至少填写 leadingGroupMembers: true、kinds 或 units 中的一项。',
    bad: y('  - id: self-check\n    appliesTo: {}', 'content/progress/deliverables.yaml'),
    good: y('  - id: self-check\n    appliesTo:\n      kinds: [镇, 乡, 街道]', 'content/progress/deliverables.yaml'),
  },
  {
    code: 'progress-file',
    severity: 'error',
    group: 'progress',
    meaning: '进度记录须直接放在 content/progress/ 中（示例放在 content/progress/examples/ 中），文件名为单位编号、扩展名为 .yaml。',
    bad: txt('content/progress/2020/finance-bureau.yml'),
    good: txt('content/progress/finance-bureau.yaml'),
  },
  {
    code: 'plan-ref-unknown',
    severity: 'error',
    group: 'progress',
    meaning: '应交事项的 planRef 须是 content/plan.yaml 中带时限的时限或步骤编号；消息会列出可选编号。',
    bad: y('  - id: self-check\n    planRef: selfcheck', PROGRESS_DELIVERABLES),
    good: y('  - id: self-check\n    planRef: self-check', PROGRESS_DELIVERABLES),
  },
  {
    code: 'plan-ref-undated',
    severity: 'error',
    group: 'progress',
    meaning: 'planRef 指向的方案步骤没有写明日期，无从核对时限：请改用带时限的编号。',
    bad: y('  - id: organisation\n    planRef: set-up-organisation   # 方案中这一步没有时限', PROGRESS_DELIVERABLES),
    good: y('  - id: self-check\n    planRef: self-check', PROGRESS_DELIVERABLES),
  },
  {
    code: 'deadline-mismatch',
    severity: 'error',
    group: 'progress',
    meaning: '应交事项的时限须与实施方案中对应时限一致。',
    bad: y('  - id: self-check\n    deadline: 2020-08-30\n    planRef: self-check   # 方案中是 2020-08-31', PROGRESS_DELIVERABLES),
    good: y('  - id: self-check\n    deadline: 2020-08-31\n    planRef: self-check', PROGRESS_DELIVERABLES),
  },
  {
    code: 'record-unit',
    severity: 'error',
    group: 'progress',
    meaning: '一个单位一个进度记录文件，文件名须与文件中的 unit 相同。',
    bad: y('# content/progress/finance-bureau.yaml\nunit: education-sports-bureau'),
    good: y('# content/progress/finance-bureau.yaml\nunit: finance-bureau'),
  },
  {
    code: 'record-duplicate',
    severity: 'error',
    group: 'progress',
    meaning: '同一单位已有真实进度记录时，须删除它的示例记录：示例与真实记录不能并存。',
    bad: txt('content/progress/finance-bureau.yaml\ncontent/progress/examples/finance-bureau.yaml'),
    good: txt('content/progress/finance-bureau.yaml\n（已删除 examples 中的 finance-bureau.yaml）'),
  },
  {
    code: 'deliverable-unknown',
    severity: 'error',
    group: 'progress',
    meaning: '完成记录中的事项编号须是 content/progress/deliverables.yaml 中的编号。',
    bad: y('submissions:\n  - deliverable: selfcheck\n    date: 2020-08-28', PROGRESS_RECORD),
    good: y('submissions:\n  - deliverable: self-check\n    date: 2020-08-28', PROGRESS_RECORD),
  },
  {
    code: 'deliverable-not-applicable',
    severity: 'error',
    group: 'progress',
    meaning: '这个事项按 deliverables.yaml 的 appliesTo 不适用于本单位：请删除这一条，或先修改适用单位。',
    bad: y('# 某事项只适用于乡镇（街道），财政局不须报送\nsubmissions:\n  - deliverable: township-report\n    date: 2020-09-10', PROGRESS_RECORD),
    good: y('submissions:\n  - deliverable: self-check\n    date: 2020-08-28', PROGRESS_RECORD),
  },
  {
    code: 'submission-duplicate',
    severity: 'error',
    group: 'progress',
    meaning: '每个事项只记一条完成记录（记完成的日期）。',
    bad: y('submissions:\n  - deliverable: self-check\n    date: 2020-08-20\n  - deliverable: self-check\n    date: 2020-08-28', PROGRESS_RECORD),
    good: y('submissions:\n  - deliverable: self-check\n    date: 2020-08-28', PROGRESS_RECORD),
  },
  {
    code: 'finding-unknown',
    severity: 'error',
    group: 'progress',
    meaning: '整改事项的 finding 须是督导意见的编号（真实记录引用 supervision.yaml，示例引用 examples/supervision.yaml）；自查发现的问题不填 finding。',
    bad: y('  - id: playground-surface\n    finding: 2020-11-04-wundian', PROGRESS_RECORD),
    good: y('  - id: playground-surface\n    finding: 2020-11-04-wunvdian', PROGRESS_RECORD),
  },
  {
    code: 'date-order',
    severity: 'error',
    group: 'progress',
    meaning: '整改时限和整改完成日期都不能早于发现问题的日期。',
    bad: y('    found: 2020-09-10\n    deadline: 2020-08-31', PROGRESS_RECORD),
    good: y('    found: 2020-08-26\n    deadline: 2020-10-31', PROGRESS_RECORD),
  },
  {
    code: 'date-future',
    severity: 'error',
    group: 'progress',
    meaning: '完成日期、督导日期、发现日期和整改完成日期不能晚于今天：只登记已经发生的事。',
    bad: y('submissions:\n  - deliverable: self-check\n    date: 2099-08-28', PROGRESS_RECORD),
    good: y('submissions:\n  - deliverable: self-check\n    date: 2020-08-28', PROGRESS_RECORD),
  },
  {
    code: 'rectification-closed',
    severity: 'error',
    group: 'progress',
    meaning: '状态为“已整改”时，须填写整改完成日期（closed）和佐证材料链接（evidence）。',
    bad: y('    status: 已整改', PROGRESS_RECORD),
    good: y('    status: 已整改\n    closed: 2020-10-20\n    evidence: /news/2020-10-20-rectification/', PROGRESS_RECORD),
  },
  {
    code: 'rectification-status',
    severity: 'error',
    group: 'progress',
    meaning: '填写了整改完成日期（closed）的，状态须为“已整改”；尚未完成的不填 closed。',
    bad: y('    status: 整改中\n    closed: 2020-10-20', PROGRESS_RECORD),
    good: y('    status: 整改中', PROGRESS_RECORD),
  },
];

/** The documented rule, or undefined for a code nobody documented (a test prevents that). */
export function ruleDoc(code: string): RuleDoc | undefined {
  return ruleDocs.find((r) => r.code === code);
}

/** The HTML anchor of a rule's entry in CONTRIBUTING.md. */
export function ruleAnchor(code: string): string {
  return `rule-${code}`;
}

/** Where an editor reads about a rule, relative to the repository root. */
export function ruleDocLink(code: string): string {
  return `CONTRIBUTING.md#${ruleAnchor(code)}`;
}
