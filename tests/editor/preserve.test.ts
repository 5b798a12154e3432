// What a save through the form editor does to a file (src/editor/preserve.ts):
// only what the editor changed in the form changes in the file. The texts are
// fictional, marked 【示例】.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { NO_ORDER, SOURCE_KEY, UNIT_RECORD_KEY, fieldOrder, readFrontmatter, readYaml, writeFrontmatter, writeYaml } from '../../src/editor/preserve.ts';

const recordOrder = fieldOrder([
  { name: 'unit' },
  { name: 'submissions', fields: [{ name: 'deliverable' }, { name: 'date' }, { name: 'evidence' }] },
  {
    name: 'rectifications',
    fields: ['id', 'problem', 'unit', 'finding', 'found', 'deadline', 'status', 'closed', 'evidence'].map((name) => ({ name })),
  },
]);

type Data = Record<string, unknown>;

/** What Decap does between reading and writing: the editor changes the entry's data. */
function edit(raw: string, change: (data: Data) => void): string {
  const data = structuredClone(readYaml(raw));
  change(data);
  return writeYaml(data, recordOrder);
}

const RECORD = `# yaml-language-server: $schema=../../schemas/json/progress-record.schema.json
# 县（区）填写说明：一行注释。
unit: finance-bureau
note-for-maintainers: kept # a key the form does not show
submissions:
  - {deliverable: self-check, date: 2020-08-27}
rectifications:
  # 自查发现
  - id: funds-ledger
    problem: "【示例】义务教育经费拨付台账登记不完整"
    found: 2020-08-24
    deadline: 2020-10-31
    status: 整改中 # 10月中旬复查
  - id: repair-funds # 督导发现
    problem: 【示例】校舍维修资金拨付进度慢于计划
    found: 2020-08-24
    deadline: 2020-10
    status: 待整改
`;

function rectifications(data: Data): Data[] {
  return data.rectifications as Data[];
}

describe('reading', () => {
  test('gives the data with the file text and whether it is a unit record', () => {
    const data = readYaml(RECORD);
    expect(data.unit).toBe('finance-bureau');
    expect(data[SOURCE_KEY]).toBe(RECORD);
    expect(data[UNIT_RECORD_KEY]).toBe(true);
    expect(readYaml('deliverables: []\n')[UNIT_RECORD_KEY]).toBe(false);
  });

  test('refuses a file that is not valid YAML, rather than saving over it', () => {
    expect(() => readYaml('unit: [finance-bureau\n')).toThrow(/YAML 格式错误/);
  });
});

describe('saving a YAML file', () => {
  test('writes an unchanged file back byte for byte, every content file of the repository included', () => {
    const files = execFileSync('git', ['ls-files', 'content'], { encoding: 'utf8' }).split('\n');
    const yaml = files.filter((f) => f.endsWith('.yaml'));
    const md = files.filter((f) => f.endsWith('.md') && !f.endsWith('README.md'));
    expect(yaml.length).toBeGreaterThan(5);
    for (const file of yaml) {
      const raw = readFileSync(file, 'utf8');
      expect(writeYaml(readYaml(raw), NO_ORDER), file).toBe(raw);
    }
    for (const file of md) {
      const raw = readFileSync(file, 'utf8');
      expect(writeFrontmatter(readFrontmatter(raw), NO_ORDER), file).toBe(raw);
    }
  });

  test('changes one value on its own line, keeping its comment', () => {
    const out = edit(RECORD, (d) => {
      rectifications(d)[0]!.status = '已整改';
    });
    expect(out).toBe(RECORD.replace('status: 整改中 # 10月中旬复查', 'status: 已整改 # 10月中旬复查'));
  });

  test('adds new fields where the form has them, not at the end', () => {
    const out = edit(RECORD, (d) => {
      Object.assign(rectifications(d)[0]!, { status: '已整改', closed: '2020-10-15', evidence: '/news/x/' });
    });
    expect(out).toBe(
      RECORD.replace(
        '    status: 整改中 # 10月中旬复查\n',
        '    status: 已整改 # 10月中旬复查\n    closed: 2020-10-15\n    evidence: /news/x/\n',
      ),
    );
  });

  test('removes a field the editor cleared instead of writing an empty value', () => {
    const closed = RECORD.replace('    status: 待整改\n', '    status: 已整改\n    closed: 2020-10-15\n');
    const out = edit(closed, (d) => {
      Object.assign(rectifications(d)[1]!, { status: '待整改', closed: '' });
    });
    expect(out).toBe(RECORD);
  });

  test('keeps quotes that keep a value a string, and quotes a new one that needs them', () => {
    const units = 'units:\n  - id: lingjing-town\n    divisionCode: "411003204000"\n';
    const out = writeYaml({ ...readYaml(units), units: [{ id: 'lingjing-town', divisionCode: '411003204001' }] }, NO_ORDER);
    expect(out).toBe('units:\n  - id: lingjing-town\n    divisionCode: "411003204001"\n');
    const added = writeYaml({ ...readYaml('units: []\n'), units: [{ id: 'x', divisionCode: '411003204002' }] }, NO_ORDER);
    expect(added).toBe('units:\n  - id: x\n    divisionCode: "411003204002"\n');
  });

  test('moves a list item with its comments when the editor reorders the list', () => {
    const out = edit(RECORD, (d) => {
      d.rectifications = [...rectifications(d)].reverse();
    });
    expect(out).toBe(`# yaml-language-server: $schema=../../schemas/json/progress-record.schema.json
# 县（区）填写说明：一行注释。
unit: finance-bureau
note-for-maintainers: kept # a key the form does not show
submissions:
  - {deliverable: self-check, date: 2020-08-27}
rectifications:
  # 自查发现
  - id: repair-funds # 督导发现
    problem: 【示例】校舍维修资金拨付进度慢于计划
    found: 2020-08-24
    deadline: 2020-10
    status: 待整改
  - id: funds-ledger
    problem: "【示例】义务教育经费拨付台账登记不完整"
    found: 2020-08-24
    deadline: 2020-10-31
    status: 整改中 # 10月中旬复查
`);
  });

  test('drops a deleted list item, with only its own comment', () => {
    const out = edit(RECORD, (d) => {
      d.rectifications = rectifications(d).slice(0, 1);
    });
    expect(out).toBe(RECORD.slice(0, RECORD.indexOf('  - id: repair-funds')));
  });

  test('adds a list item in the form’s field order', () => {
    const out = edit(RECORD, (d) => {
      (d.submissions as Data[]).push({ date: '2020-10-26', deliverable: 'rectification' });
    });
    expect(out).toBe(
      RECORD.replace(
        '  - {deliverable: self-check, date: 2020-08-27}\n',
        '  - {deliverable: self-check, date: 2020-08-27}\n  - deliverable: rectification\n    date: 2020-10-26\n',
      ),
    );
  });

  test('keeps CRLF line ends and a byte order mark', () => {
    const raw = `\uFEFF${RECORD.replace(/\n/g, '\r\n')}`;
    const out = edit(raw, (d) => {
      rectifications(d)[1]!.status = '整改中';
    });
    expect(out).toBe(raw.replace('status: 待整改', 'status: 整改中'));
  });

  test('opens a new file with the schema line, keys in the form’s order', () => {
    const out = writeYaml(
      { rectifications: [{ status: '待整改', id: 'a', problem: '问题', found: '2020-09-01', deadline: '2020-10' }], unit: 'finance-bureau', submissions: undefined },
      recordOrder,
      'yaml-language-server: $schema=../../schemas/json/progress-record.schema.json',
    );
    expect(out).toBe(`# yaml-language-server: $schema=../../schemas/json/progress-record.schema.json
unit: finance-bureau
rectifications:
  - id: a
    problem: 问题
    found: 2020-09-01
    deadline: 2020-10
    status: 待整改
`);
  });
});

describe('saving a Markdown article', () => {
  const ARTICLE = `---
title: 【示例】区教体局召开推进会
# 日期以印发通知为准
date: 2020-08-05
unit: education-sports-bureau
category: 工作动态
summary: 推进会部署自查工作。
---

会议要求各校对照标准自查。
`;
  const order = fieldOrder(['title', 'date', 'unit', 'category', 'summary', 'image', 'body'].map((name) => ({ name })));

  test('shows the body without the blank line after the frontmatter', () => {
    expect(readFrontmatter(ARTICLE).body).toBe('会议要求各校对照标准自查。');
  });

  test('changes only the edited field and keeps comments in the frontmatter', () => {
    const data = readFrontmatter(ARTICLE);
    const out = writeFrontmatter({ ...data, summary: '推进会部署8月自查工作。' }, order);
    expect(out).toBe(ARTICLE.replace('summary: 推进会部署自查工作。', 'summary: 推进会部署8月自查工作。'));
  });

  test('writes an edited body below one blank line, ending with a newline', () => {
    const data = readFrontmatter(ARTICLE);
    const out = writeFrontmatter({ ...data, body: '会议要求各校对照标准自查。\n\n## 下一步\n\n整改。' }, order);
    expect(out).toBe(`${ARTICLE}\n## 下一步\n\n整改。\n`);
  });

  test('leaves an untouched body exactly as it was', () => {
    const odd = ARTICLE.replace('---\n\n会议', '---\n\n\n会议') + '\n';
    const data = readFrontmatter(odd);
    expect(writeFrontmatter({ ...data, title: '【示例】区教体局召开推进会议' }, order)).toBe(odd.replace('召开推进会', '召开推进会议'));
  });

  test('creates a new article in the layout of the existing ones', () => {
    const out = writeFrontmatter(
      { body: '正文。\n', summary: '摘要。', title: '标题', category: '工作动态', unit: 'finance-bureau', date: '2020-09-01', image: { src: '', alt: '' } },
      order,
    );
    expect(out).toBe('---\ntitle: 标题\ndate: 2020-09-01\nunit: finance-bureau\ncategory: 工作动态\nsummary: 摘要。\n---\n\n正文。\n');
  });

  test('refuses a file without frontmatter', () => {
    expect(() => readFrontmatter('# 标题\n\n正文\n')).toThrow(/信息区/);
  });
});
