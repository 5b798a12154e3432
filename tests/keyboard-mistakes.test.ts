// The mistakes a Chinese keyboard makes in YAML, each typed into a copy of the
// real content (content/) and of the demo county: one message, at the line of
// the mistake, saying what to type instead, and nothing else for that file.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';
import { scanKeyboardMistakes } from '../src/content-model/yaml-keyboard.ts';

const REAL = join(import.meta.dirname, '..');
const DEMO = join(import.meta.dirname, 'fixtures', 'demo');
const decoder = new TextDecoder();

/**
 * What the check says about `file` once the first `from` in it is replaced by
 * `to`; also the line the edit is on, counted in the original text.
 */
function typed(root: string, file: string, from: string, to: string): { lines: string[]; line: number } {
  const fs = diskFs(root);
  const text = decoder.decode(fs.read(file));
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`${from} is not in ${file}`);
  const changed = text.slice(0, at) + to + text.slice(at + from.length);
  const { diagnostics } = loadContent(root, { fs: overlayFs(fs, { [file]: changed }), today: root === DEMO ? '2026-11-30' : '2020-12-31' });
  return { lines: diagnostics.filter((d) => d.file === file).map(formatDiagnostic), line: text.slice(0, at).split('\n').length };
}

/** The one diagnostic for the file, after checking it is alone and at the edited line (or `offset` lines below it). */
function one(result: { lines: string[]; line: number }, rule: string, offset = 0): string {
  expect(result.lines).toHaveLength(1);
  expect(result.lines[0]).toContain(`:${result.line + offset}:`);
  expect(result.lines[0]).toMatch(new RegExp(`\\[${rule}\\]$`));
  return result.lines[0]!;
}

describe('full-width colon after a key', () => {
  it('in the real notice', () => {
    expect(one(typed(REAL, 'content/notice.yaml', 'title: 关于', 'title： 关于'), 'yaml-full-width-colon')).toMatchInlineSnapshot(
      `"content/notice.yaml:4:6  字段名“title”后面是中文冒号“：”：请改为英文冒号加一个空格，写作“title: ”  [yaml-full-width-colon]"`,
    );
  });
  it('in the demo roster, inside a list item', () => {
    expect(one(typed(DEMO, 'content/leading-group.yaml', '    name: 李乙', '    name：李乙'), 'yaml-full-width-colon')).toMatchInlineSnapshot(
      `"content/leading-group.yaml:14:9  字段名“name”后面是中文冒号“：”：请改为英文冒号加一个空格，写作“name: ”  [yaml-full-width-colon]"`,
    );
  });
});

describe('no space after the colon', () => {
  it('in the real roster', () => {
    expect(one(typed(REAL, 'content/leading-group.yaml', '    name: 周垚', '    name:周垚'), 'yaml-colon-space')).toMatchInlineSnapshot(
      `"content/leading-group.yaml:13:9  字段名“name”的冒号后面缺少空格：请在英文冒号后加一个半角空格，写作“name: ”  [yaml-colon-space]"`,
    );
  });
  it('in a demo article, with a full-width space after the colon', () => {
    expect(one(typed(DEMO, 'content/achievements/2026-09-01-plan-issued.md', 'category: 通知公告', 'category:\u3000通知公告'), 'yaml-colon-space')).toMatchInlineSnapshot(
      `"content/achievements/2026-09-01-plan-issued.md:5:9  字段名“category”的冒号后面是全角空格：请在英文冒号后加一个半角空格，写作“category: ”  [yaml-colon-space]"`,
    );
  });
});

describe('an unquoted ": " inside a value', () => {
  it('in a real article title', () => {
    expect(one(typed(REAL, 'content/achievements/2020-08-01-plan-issued.md', 'title: 建安区', 'title: 通知: 建安区'), 'yaml-colon-in-value')).toMatchInlineSnapshot(
      `"content/achievements/2020-08-01-plan-issued.md:2:10  “title”的值里有英文冒号加空格“: ”，YAML 会把它当成字段名的分隔：请改用中文冒号“：”，或给整个值加上英文引号，写作 title: "通知: 建安区人民政府办公室印发《建安区迎接义务教育基本均衡发展国家整体评估认定工作实施方案》"  [yaml-colon-in-value]"`,
    );
  });
  it('in a demo list item', () => {
    expect(one(typed(DEMO, 'content/notice.yaml', '  - 县政府有关部门', '  - 县政府有关部门: 各股室'), 'yaml-colon-in-value')).toMatchInlineSnapshot(
      `"content/notice.yaml:8:12  这一项里有英文冒号加空格“: ”，YAML 会把它当成字段名的分隔：请改用中文冒号“：”，或给整个值加上英文引号，写作 - "县政府有关部门: 各股室"  [yaml-colon-in-value]"`,
    );
  });
});

describe('bullets other than "- "', () => {
  it('a full-width minus in the real notice', () => {
    expect(one(typed(REAL, 'content/notice.yaml', '  - 区政府有关部门', '  － 区政府有关部门'), 'yaml-bullet')).toMatchInlineSnapshot(
      `"content/notice.yaml:8:3  列表项要以英文减号加一个空格“- ”开头，这里是“－”：请写作“- 区政府有关部门”  [yaml-bullet]"`,
    );
  });
  it('a round bullet in the real notice', () => {
    expect(one(typed(REAL, 'content/notice.yaml', '  - 区政府有关部门', '  • 区政府有关部门'), 'yaml-bullet')).toMatchInlineSnapshot(
      `"content/notice.yaml:8:3  列表项要以英文减号加一个空格“- ”开头，这里是“•”：请写作“- 区政府有关部门”  [yaml-bullet]"`,
    );
  });
  it('a middle dot in the demo notice', () => {
    expect(one(typed(DEMO, 'content/notice.yaml', '  - 县政府有关部门', '  · 县政府有关部门'), 'yaml-bullet')).toMatchInlineSnapshot(
      `"content/notice.yaml:8:3  列表项要以英文减号加一个空格“- ”开头，这里是“·”：请写作“- 县政府有关部门”  [yaml-bullet]"`,
    );
  });
  it('a dash without its space in the demo roster', () => {
    expect(one(typed(DEMO, 'content/leading-group.yaml', '  - id: li-yi', '  -id: li-yi'), 'yaml-bullet')).toMatchInlineSnapshot(
      `"content/leading-group.yaml:13:3  “-”后面缺少空格：列表项要以英文减号加一个空格开头，请写作“- id: li-yi”  [yaml-bullet]"`,
    );
  });
});

describe('indentation with a tab or full-width spaces', () => {
  it('a tab in the real roster: one message, not a cascade', () => {
    expect(one(typed(REAL, 'content/leading-group.yaml', '    name: 周垚', '\tname: 周垚'), 'yaml-indent')).toMatchInlineSnapshot(
      `"content/leading-group.yaml:13:1  这一行的缩进里有 Tab 键（制表符）：YAML 只认半角空格，请删掉行首的空白，改用半角空格与上下行对齐  [yaml-indent]"`,
    );
  });
  it('full-width spaces in a demo article’s frontmatter', () => {
    expect(one(typed(DEMO, 'content/achievements/2026-09-01-plan-issued.md', 'date: 2026-09-01', '\u3000\u3000date: 2026-09-01'), 'yaml-indent')).toMatchInlineSnapshot(
      `"content/achievements/2026-09-01-plan-issued.md:3:1  这一行的缩进里有全角空格：YAML 只认半角空格，请删掉行首的空白，改用半角空格与上下行对齐  [yaml-indent]"`,
    );
  });
  it('the same tab on many lines: three messages, the third counting the rest', () => {
    const fs = diskFs(REAL);
    const text = decoder.decode(fs.read('content/leading-group.yaml'));
    const tabbed = text.replace(/^ {4}(?=\S)/gm, '\t');
    const { diagnostics } = loadContent(REAL, { fs: overlayFs(fs, { 'content/leading-group.yaml': tabbed }), today: '2020-12-31' });
    const lines = diagnostics.filter((d) => d.file === 'content/leading-group.yaml');
    expect(lines.map((d) => d.rule)).toEqual(['yaml-indent', 'yaml-indent', 'yaml-indent']);
    const tabs = text.split('\n').filter((l) => /^ {4}\S/.test(l)).length;
    expect(lines[2]!.message).toContain(`下面还有 ${tabs - 3} 行同样的问题`);
  });
});

describe('a list item without its "- "', () => {
  it('a second member of the real roster: one message, not one per repeated field', () => {
    expect(one(typed(REAL, 'content/leading-group.yaml', '  - id: zhou-yao', '    id: zhou-yao'), 'yaml-list-dash')).toMatchInlineSnapshot(
      `"content/leading-group.yaml:12:5  “id”在这一项中已经写过：这里像是新的一项漏写了开头的“- ”，请写作“- id: …”，与上一项的“- ”对齐  [yaml-list-dash]"`,
    );
  });
  it('a second addressee of the real notice, which YAML would join to the first', () => {
    expect(one(typed(REAL, 'content/notice.yaml', '  - 区政府有关部门', '    区政府有关部门'), 'yaml-list-dash')).toMatchInlineSnapshot(
      `"content/notice.yaml:8:5  这一行前面没有“- ”，会被并入上一项，连成一句话：如是新的一项，请在行首加“- ”，与上一项的“- ”对齐；如本是上一项的一部分，请把它接到上一行末尾  [yaml-list-dash]"`,
    );
  });
  it('a demo member whose dash was deleted, leaving the key at the dash’s column', () => {
    expect(one(typed(DEMO, 'content/leading-group.yaml', '  - id: li-yi', '  id: li-yi'), 'yaml-list-dash')).toMatchInlineSnapshot(
      `"content/leading-group.yaml:13:3  这一行与上面各项的“- ”对齐，却没有“- ”：如是新的一项，请写作“- id: …”；如属于上一项，请与上一项的字段名对齐  [yaml-list-dash]"`,
    );
  });
});

describe('a value broken over two lines', () => {
  it('in the demo notice', () => {
    expect(one(typed(DEMO, 'content/notice.yaml', '已经县政府研究同意，', '已经县政府研究同意，\n  '), 'yaml-line-joined', 1)).toMatchInlineSnapshot(
      `"content/notice.yaml:10:3  这一行没有“字段名: ”，会被接到上一行“body”的值后面（中间多一个空格）：如是同一段文字，请把它接到上一行末尾；如要写新的字段，请写成“字段名: 值”  [yaml-line-joined]"`,
    );
  });
});

describe('an unclosed quote', () => {
  it('is reported where the quote opens, not at the end of the file', () => {
    expect(one(typed(REAL, 'content/leading-group.yaml', '    name: 周垚', '    name: "周垚'), 'yaml-syntax')).toMatchInlineSnapshot(
      `"content/leading-group.yaml:13:11  这里开头的双引号“"”没有配对，后面的内容都被当成了这个值：请在这个值的末尾补上“"”，或删掉开头的引号  [yaml-syntax]"`,
    );
  });
  it('a single quote in the demo units', () => {
    expect(one(typed(DEMO, 'content/units.yaml', '    name: 示例县人民政府办公室', "    name: '示例县人民政府办公室"), 'yaml-syntax')).toMatchInlineSnapshot(
      `"content/units.yaml:22:11  这里开头的单引号“'”没有配对，后面的内容都被当成了这个值：请在这个值的末尾补上“'”，或删掉开头的引号  [yaml-syntax]"`,
    );
  });
});

describe('the scan leaves valid YAML alone', () => {
  it('block scalars, flow collections, quoted strings over several lines, URLs, times and comments', () => {
    const yaml = [
      'title: 会议纪要：第二批 # 注释: 不算',
      'url: https://example.org/a?b=c',
      'time: 10:30',
      'kinds: [mobile, email]',
      'map: {a: 1, b: 2}',
      'flow: [',
      '  甲: 乙,',
      ']',
      'text: |',
      '  第一行: 冒号',
      '  \t制表符也是内容',
      '  - 不是列表',
      'folded: >-',
      '  一段: 文字',
      'quoted: "第一行',
      '  第二行: 仍在引号内"',
      "single: '它''s: 引号'",
      'list:',
      '  - "甲: 乙"',
      '  - https://example.org/x',
      '  - |',
      '    块: 内容',
      '  - id: a',
      '    name: 甲',
      '  - id: b',
      'compact:',
      '- 甲',
      '- 乙',
      'after: 值',
    ].join('\n');
    expect(parseDocument(yaml, { version: '1.2', uniqueKeys: true }).errors).toEqual([]);
    expect(scanKeyboardMistakes(yaml).mistakes).toEqual([]);
  });
  it('the real content and the demo county pass the check as they are', () => {
    expect(loadContent(DEMO, { today: '2026-11-30' }).errorCount).toBe(0);
    expect(loadContent(REAL, { today: '2020-12-31' }).errorCount).toBe(0);
  });
});
