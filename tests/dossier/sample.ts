// A small fictional dossier (示例) for the rendering engine's tests: a cover, a table of contents,
// sections with Chinese headings, one of them with a school table long enough to run over several
// pages, with rows of several lines. Nothing in it is a real county, school or person.

export interface SampleSection {
  id: string;
  title: string;
  /** Subsection headings (h2) that the table of contents also lists. */
  subsections: { id: string; title: string }[];
}

export const sampleSections: SampleSection[] = [
  { id: 'overview', title: '一、示例县基本情况', subsections: [] },
  {
    id: 'schools',
    title: '二、学校办学条件一览表',
    subsections: [{ id: 'schools-notes', title: '（一）填表说明' }],
  },
  { id: 'rectification', title: '三、问题整改台账', subsections: [] },
  { id: 'sources', title: '四、数据来源', subsections: [] },
];

/** Rows of the long table. Every 7th row has a long remark, so rows of several lines meet page ends. */
export const schoolRows = Array.from({ length: 90 }, (_, i) => {
  const n = i + 1;
  const remark = n % 7 === 0 ? `行${n}起：${'该校为示例学校，校舍、设备和教师数据均为虚构，仅用于检验分页效果。'.repeat(3)}行${n}止` : `行${n}起止`;
  return { n, name: `示例第${n}小学`, township: `示例镇${(n % 9) + 1}`, pupils: 300 + ((n * 37) % 900), remark };
});

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function tocEntries(): string {
  return sampleSections
    .map((s) => {
      const subs = s.subsections.map((x) => `<li class="sub"><a data-toc href="#${x.id}">${escape(x.title)}</a></li>`).join('');
      return `<li><a data-toc href="#${s.id}">${escape(s.title)}</a></li>${subs}`;
    })
    .join('\n');
}

function paragraphs(count: number, topic: string): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `<p>（示例）第${i + 1}段：${topic}。本段文字为虚构内容，用于检验中文排版、行距和分页；示例县按照实施方案推进各项工作，数据均非真实。</p>`,
  ).join('\n');
}

export function sampleHtml(): string {
  const [overview, schools, rectification, sources] = sampleSections as [SampleSection, SampleSection, SampleSection, SampleSection];
  const rows = schoolRows
    .map((r) => `<tr><td>${r.n}</td><td>${r.name}</td><td>${r.township}</td><td>${r.pupils}</td><td>${r.remark}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>示例县迎检资料汇编（示例）</title>
<link rel="stylesheet" href="sample.css">
</head>
<body>
<section data-cover class="cover">
  <p class="kicker">示例 · 虚构数据</p>
  <h1>示例县义务教育基本均衡发展<br>迎检资料汇编</h1>
  <p>示例县人民政府教育督导室　编</p>
  <p>2020年9月10日</p>
</section>

<nav data-running-header="目录" aria-label="目录">
  <h1>目　录</h1>
  <ol class="toc">
${tocEntries()}
  </ol>
</nav>

<section data-running-header="${overview.title}">
  <h1 id="${overview.id}">${overview.title}</h1>
  ${paragraphs(30, '示例县辖示例镇九个，义务教育学校九十所')}
</section>

<section data-running-header="${schools.title}">
  <h1 id="${schools.id}">${schools.title}</h1>
  <table>
    <colgroup><col class="n"><col class="name"><col class="town"><col class="pupils"><col></colgroup>
    <caption>表1　示例县学校办学条件（示例）</caption>
    <thead><tr><th>序号</th><th>学校名称</th><th>所在乡镇</th><th>在校生数</th><th>备注</th></tr></thead>
    <tbody>
${rows}
    </tbody>
  </table>
  <h2 id="${schools.subsections[0]!.id}">${schools.subsections[0]!.title}</h2>
  ${paragraphs(4, '表中在校生数为虚构数字')}
</section>

<section data-running-header="${rectification.title}">
  <h1 id="${rectification.id}">${rectification.title}</h1>
  ${paragraphs(6, '整改事项均为示例')}
</section>

<section data-running-header="${sources.title}">
  <h1 id="${sources.id}">${sources.title}</h1>
  ${paragraphs(3, '数据来源为虚构的示例统计')}
  <p><img src="figure.svg" alt="示例图" width="200" height="60"></p>
</section>
</body>
</html>
`;
}

/** The stylesheet and image the sample links to, written into the render's baseDir by the tests. */
export const sampleAssets: Record<string, string> = {
  'sample.css': `
.cover { text-align: center; padding-top: 60mm; }
.cover h1 { font-size: 24pt; margin: 12mm 0 30mm; }
.kicker { color: #555; }
.toc { list-style: none; padding: 0; }
.toc li { margin: 2mm 0; }
.toc li.sub { padding-left: 2em; }
col.n { width: 3em; }
col.name { width: 8em; }
col.town { width: 6em; }
col.pupils { width: 5em; }
`,
  'figure.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60"><rect width="200" height="60" fill="#ddd"/><rect x="10" y="10" width="60" height="40" fill="#666"/></svg>`,
};
