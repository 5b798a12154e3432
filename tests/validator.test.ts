// Each scenario is one kind of bad input an editor could commit. The inline
// snapshots show exactly what the editor sees: file:line:column, message, rule.
import { describe, expect, it } from 'vitest';
import { check } from './helpers/scenario.ts';

describe('the base fixture', () => {
  it('is valid, so each scenario shows only its own problem', () => {
    expect(check('base')).toBe('');
  });
});

describe('dates', () => {
  it('rejects an impossible unquoted date instead of rolling it over', () => {
    expect(check('date-invalid')).toMatchInlineSnapshot(`"content/plan.yaml:18:10  日期“2024-13-45”不存在：月份须在 01 到 12 之间  [date-invalid]"`);
  });
  it('hints at the ISO form for a Chinese date', () => {
    expect(check('date-chinese')).toMatchInlineSnapshot(`"content/notice.yaml:3:7  日期“2020年8月1日”是中文写法：请写作 2020-08-01  [date-invalid]"`);
  });
  it('rejects a range that ends before it starts', () => {
    expect(check('date-range')).toMatchInlineSnapshot(`"content/plan.yaml:18:10  结束日期 2020-07-15 早于开始日期 2020-08-01：请检查两个日期是否写反  [date-range]"`);
  });
  it('rejects a deadline outside the plan', () => {
    expect(check('outside-plan')).toMatchInlineSnapshot(`"content/plan.yaml:31:11  时限 2021-01-05 不在方案的起止时间（2020年8月1日至2020年12月31日）之内：请核对日期  [outside-plan]"`);
  });
  it('only warns about a deadline outside its own phase', () => {
    expect(check('deadline-outside-phase')).toMatchInlineSnapshot(`"content/plan.yaml:31:11  警告：时限 2020-12-25 不在所属阶段“宣传发动”（2020-08-01 至 2020-08-15）之内；如原文如此，可保留  [deadline-outside-phase]"`);
  });
  it('rejects an impossible date in Markdown frontmatter', () => {
    expect(check('frontmatter-date')).toMatchInlineSnapshot(`"content/achievements/2020-08-01-plan-issued.md:3:7  日期“2024-13-45”不存在：月份须在 01 到 12 之间  [date-invalid]"`);
  });
});

describe('references and identity', () => {
  it('rejects a reference to a unit that does not exist', () => {
    expect(check('unit-unknown')).toMatchInlineSnapshot(`"content/leading-group.yaml:12:11  单位编号“finanse-bureau”在 content/units.yaml 中不存在：是不是 finance-bureau（测试县财政局）？如是新单位，请先在单位名录中添加  [unit-unknown]"`);
  });
  it('rejects a person without a unit', () => {
    expect(check('required')).toMatchInlineSnapshot(`"content/leading-group.yaml:9:5  缺少必填字段“unit”（所在单位的编号（见 content/units.yaml））：请补上  [required]"`);
  });
  it('reports a left-out choice field as missing, not as a bad value', () => {
    expect(check('required-enum')).toMatchInlineSnapshot(`"content/units.yaml:18:5  缺少必填字段“kind”（单位类别：kinds 中列出的名称之一，如 县直部门）：请补上  [required]"`);
  });
  it('rejects an office head who is not a member', () => {
    expect(check('person-unknown')).toMatchInlineSnapshot(`"content/leading-group.yaml:19:9  人员编号“member-financ”不在领导小组成员中：是不是 member-finance（丙丁，财政局）？  [person-unknown]"`);
  });
  it('rejects a deadline in a phase that does not exist', () => {
    expect(check('phase-unknown')).toMatchInlineSnapshot(`"content/plan.yaml:32:12  阶段编号“lastt”不存在。可选：first、last  [phase-unknown]"`);
  });
  it('rejects a duplicate id', () => {
    expect(check('id-duplicate')).toMatchInlineSnapshot(`"content/leading-group.yaml:13:9  人员编号“member-finance”重复：前面已用过，请改用另一个人员编号  [id-duplicate]"`);
  });
  it('rejects an id that is not ASCII kebab-case', () => {
    expect(check('id-format')).toMatchInlineSnapshot(`
      "content/leading-group.yaml:16:11  单位编号“east-town”在 content/units.yaml 中不存在：请改用已有编号，或先在单位名录中添加该单位  [unit-unknown]
      content/units.yaml:23:9  编号“East_Town”不合规：只能用小写英文字母、数字和连字符（如 finance-bureau）  [id-format]"
    `);
  });
  it('keeps the member-unit flag and the roster in agreement', () => {
    expect(check('member-unit')).toMatchInlineSnapshot(`"content/leading-group.yaml:12:11  “测试县财政局”派有领导小组成员，但单位名录中 leadingGroupMember 为 false：请在 content/units.yaml 中改为 true  [member-unit]"`);
  });
  it('rejects phases numbered out of order', () => {
    expect(check('sequence')).toMatchInlineSnapshot(`"content/plan.yaml:24:13  序号应为 2（按顺序从 1 编起），这里是 3  [sequence]"`);
  });
});

describe('official formats', () => {
  it('rejects malformed 发文字号 with the corrected form', () => {
    expect(check('doc-number')).toMatchInlineSnapshot(`
      "content/plan.yaml:5:16  发文字号“教督[2012]3号”不规范：年份要用六角括号〔〕。请写作“教督〔2012〕3号”  [doc-number]
      content/plan.yaml:8:16  发文字号“国发【2012】48号”不规范：年份要用六角括号〔〕。请写作“国发〔2012〕48号”  [doc-number]
      content/plan.yaml:11:16  发文字号“豫政办（2012）131号”不规范：年份要用六角括号〔〕。请写作“豫政办〔2012〕131号”  [doc-number]
      content/plan.yaml:14:16  发文字号“豫政办〔2012〕第031号”不规范：序号前不加“第”，序号不编虚位（不加前导 0）。请写作“豫政办〔2012〕31号”  [doc-number]
      content/plan.yaml:17:16  发文字号“豫政办2012年131号”不规范：发文字号应写作“机关代字〔年份〕序号号”，如 教督〔2012〕3号  [doc-number]"
    `);
  });
  it('requires a quoted 12-digit division code', () => {
    expect(check('division-code')).toMatchInlineSnapshot(`"content/units.yaml:26:19  这里应填文字，实际是数字；如要写成文字，请加引号："411003100000"  [type]"`);
  });
  it('rejects a value outside a fixed list, suggesting the nearest', () => {
    expect(check('enum')).toMatchInlineSnapshot(`"content/units.yaml:21:11  “部门”不是可选值。可选：县政府、县直部门、镇、乡、街道（是不是“县直部门”？）  [enum]"`);
  });
});

describe('text', () => {
  it('rejects alignment spaces inside a name', () => {
    expect(check('name-whitespace')).toMatchInlineSnapshot(`"content/leading-group.yaml:5:11  名称中不能有空格：请写作“甲乙”（排版对齐用的空格不属于名称）  [name-whitespace]"`);
  });
  it('rejects empty text and stray leading spaces', () => {
    expect(check('text-whitespace')).toMatchInlineSnapshot(`
      "content/plan.yaml:7:18  内容不能为空：请填写内容，或删除此项  [text-empty]
      content/plan.yaml:8:7  首尾不能有空格或换行：请删除多余的空白  [text-whitespace]"
    `);
  });
  it('flags invisible characters in names and ids', () => {
    expect(check('invisible-char')).toMatchInlineSnapshot(`
      "content/leading-group.yaml:10:11  第 2 个字符处有看不见的字符（U+200B，常见于从网页或 Word 复制的文字）：请删除后重新输入这一段  [invisible-char]
      content/leading-group.yaml:13:9  第 7 个字符处有看不见的字符（U+200D，常见于从网页或 Word 复制的文字）：请删除后重新输入这一段  [invisible-char]"
    `);
  });
  it('rejects an unknown key and suggests the intended one', () => {
    expect(check('unknown-key')).toMatchInlineSnapshot(`"content/units.yaml:20:5  不认识的字段“shortname”，您是不是想写“shortName”？  [unknown-key]"`);
  });
});

describe('files', () => {
  it('reports a YAML syntax error at its line', () => {
    expect(check('yaml-syntax')).toMatchInlineSnapshot(`"content/units.yaml:24:11  这里开头的双引号“"”没有配对，后面的内容都被当成了这个值：请在这个值的末尾补上“"”，或删掉开头的引号  [yaml-syntax]"`);
  });
  it('reports a duplicate key', () => {
    expect(check('yaml-duplicate-key')).toMatchInlineSnapshot(`"content/notice.yaml:7:1  字段“body”在第 6 行已经写过，同一层级只能写一次：请核对两行，保留正确的一行  [yaml-duplicate-key]"`);
  });
  it('rejects unknown YAML tags', () => {
    expect(check('yaml-tag')).toMatchInlineSnapshot(`"content/notice.yaml:3:19  YAML 标签（以 ! 开头，如 !!timestamp）会改变值的含义：内容文件不使用标签，请删除它  [yaml-tag]"`);
  });
  it('stops an alias bomb without expanding it', () => {
    expect(check('yaml-alias-bomb')).toMatchInlineSnapshot(`"content/notice.yaml:1:1  文件使用了过多的锚点引用（*名称，上限 50 次）：请直接写出内容  [yaml-alias]"`);
  });
  it('says a GBK file is GBK, without printing mojibake', () => {
    expect(check('encoding-gbk')).toMatchInlineSnapshot(`"content/notice.yaml:2:8  文件看起来是 GBK（GB2312）编码，常见于 Windows 记事本或 Excel 另存的文件：请用“UTF-8”编码重新保存。记事本：文件 → 另存为，编码选“UTF-8”；VS Code：点右下角的编码，选“通过编码保存” → UTF-8  [encoding]"`);
  });
  it('accepts CRLF line endings and a UTF-8 BOM', () => {
    expect(check('crlf-bom')).toBe('');
  });
  it('reports unclosed frontmatter', () => {
    expect(check('frontmatter-unclosed')).toMatchInlineSnapshot(`"content/achievements/2020-08-01-plan-issued.md:1:1  文件开头的信息区没有结束：请在信息之后加一行“---”  [frontmatter]"`);
  });
  it('refuses an examples/ folder: examples live in the demo county, never beside real content', () => {
    expect(check('examples-folder')).toMatchInlineSnapshot(`"content/achievements/examples/2020-09-01-sample.md:1:1  content/ 中不能有 examples 文件夹，否则其中的文件会当作真实内容发布：真实内容请移出 examples 文件夹；示例请删除（演示用的示例在 tests/fixtures/demo/content 中）  [examples-folder]"`);
  });
  it('does not silently ignore files it does not know', () => {
    expect(check('file-unknown')).toMatchInlineSnapshot(`
      "content/achievements/2020-09-01-note.txt:1:1  这个文件不属于任何内容类别，不会发布：工作动态须为 .md 或 .mdx 文件；配图可用 jpg、png、webp、svg，附件可用 pdf、docx、xlsx  [file-unknown]
      content/unit.yaml:1:1  这个文件不属于任何内容类别，不会发布：请检查文件名和所在文件夹（如工作动态须放在 content/achievements/ 中，扩展名为 .md）  [file-unknown]"
    `);
  });
  it('reports a missing file', () => {
    expect(check('file-missing')).toMatchInlineSnapshot(`"content/leading-group.yaml:1:1  缺少文件 content/leading-group.yaml（领导小组）：请从仓库历史中恢复，或改回原来的文件名  [file-missing]"`);
  });
});

describe('hostile content', () => {
  it('refuses script, event handlers, javascript: URLs and style attributes in Markdown', () => {
    expect(check('policy-html')).toMatchInlineSnapshot(`
      "content/achievements/2020-08-02-policy-html.md:11:1  不允许使用 <script> 标签（会在读者浏览器中运行脚本）：请删除它；如果是要展示这段代码，请放进代码块（用三个反引号 \`\`\` 包起来）  [html-forbidden]
      content/achievements/2020-08-02-policy-html.md:13:11  用 HTML 写的图片不会经过网站处理（压缩、去除拍摄地点等信息），网站也不会发布这个文件：请改用 Markdown 写法 ![图片说明](./photo.jpg)  [image-markup]
      content/achievements/2020-08-02-policy-html.md:13:38  不允许使用事件属性“onerror”：它会在读者浏览器中运行脚本。请删除这个属性  [html-event-handler]
      content/achievements/2020-08-02-policy-html.md:13:60  链接地址不能以“javascript:”开头：它会在读者浏览器中运行代码。请改用 https:// 开头的网址或站内相对路径  [url-scheme]
      content/achievements/2020-08-02-policy-html.md:15:4  不允许使用 style 属性：网站的样式由模板统一控制，请删除 style=…；确需特殊排版的，请联系网站维护者添加组件  [html-style]"
    `);
  });
  it('refuses MDX imports, exports and expressions, which run at build time', () => {
    expect(check('policy-mdx')).toMatchInlineSnapshot(`
      "content/achievements/2020-08-03-policy-mdx.mdx:9:16  只能引入网站自带的组件（src/components/mdx/ 文件夹）：“node:fs”不在其中。请删除这行 import，或改用 '@components/mdx/组件名.astro'  [mdx-import]
      content/achievements/2020-08-03-policy-mdx.mdx:12:1  MDX 文件中不允许使用 export：它会在网站构建时运行代码。请删除这条语句；文章的标题、日期等请写在开头的“---”信息区中  [mdx-export]
      content/achievements/2020-08-03-policy-mdx.mdx:14:4  花括号 {…} 里的内容会作为代码在网站构建时运行，这里不允许：请删除花括号，或只写固定的文字、数字（如 {"文字"}）；若要显示花括号本身，请写成 \\{ 和 \\}  [mdx-expression]
      content/achievements/2020-08-03-policy-mdx.mdx:16:7  不允许使用事件属性“onClick”：它会在读者浏览器中运行脚本。请删除这个属性  [html-event-handler]
      content/achievements/2020-08-03-policy-mdx.mdx:16:7  花括号 {…} 里的内容会作为代码在网站构建时运行，这里不允许：请删除花括号，或只写固定的文字、数字（如 {"文字"}）；若要显示花括号本身，请写成 \\{ 和 \\}  [mdx-expression]"
    `);
  });
  it('refuses a missing image or a format the site does not publish', () => {
    expect(check('image-file')).toMatchInlineSnapshot(`
      "content/achievements/2020-08-01-plan-issued.md:8:8  找不到配图文件“./missing-photo.jpg”：请把图片放在文章所在的文件夹，或改正文件名（区分大小写）  [image-file]
      content/achievements/2020-08-02-plan-scan.md:8:8  配图格式“.bmp”不支持：请用 .jpg、.jpeg、.png、.webp、.svg  [image-file]"
    `);
  });
  it('refuses personal data, showing it masked', () => {
    expect(check('pii-article')).toMatchInlineSnapshot(`
      "content/achievements/2020-08-04-pii-article.md:6:15  这里疑似手机号码（138****5678），公开发布会泄露个人信息：请删除；确需公开的，请在文章开头的信息区加上 personalDataAllowed，并在 reason 中写明理由  [pii-mobile]
      content/achievements/2020-08-04-pii-article.md:9:13  这里疑似手机号码（138****5678），公开发布会泄露个人信息：请删除；确需公开的，请在文章开头的信息区加上 personalDataAllowed，并在 reason 中写明理由  [pii-mobile]
      content/achievements/2020-08-04-pii-article.md:9:30  这里疑似个人电子邮箱（1***@qq.com），公开发布会泄露个人信息：请删除；确需公开的，请在文章开头的信息区加上 personalDataAllowed，并在 reason 中写明理由  [pii-email]
      content/achievements/2020-08-04-pii-article.md:11:14  这里疑似居民身份证号（110105********002X），公开发布会泄露个人信息：请删除；确需公开的，请在文章开头的信息区加上 personalDataAllowed，并在 reason 中写明理由  [pii-id-card]"
    `);
  });
});
