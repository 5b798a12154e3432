import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { loadContent } from '../src/content-model/load.ts';
import { parseYaml } from '../src/content-model/yaml.ts';
import {
  allowedKinds,
  findPersonalData,
  isPersonalEmail,
  isValidIdCardNumber,
  normalizeWidth,
  personalDataInBody,
  personalDataInYaml,
} from '../src/content-model/personal-data.ts';

// 11010519491231002X is the worked example printed in GB 11643 itself; the
// others are made up and carry a correct check digit.
const ID_X = '11010519491231002X';
const ID = '411023198506120033';

const kinds = (text: string) => findPersonalData(text).map((f) => `${f.kind} ${f.index} ${f.value}`);

describe('居民身份证号', () => {
  it('accepts a number whose check digit and birth date hold', () => {
    expect(isValidIdCardNumber(ID_X)).toBe(true);
    expect(isValidIdCardNumber(ID_X.toLowerCase())).toBe(true);
    expect(kinds(`身份证号：${ID}。`)).toEqual([`id-card 5 ${ID}`]);
  });

  it('refuses a wrong check digit, an impossible birth date or an unknown province', () => {
    expect(isValidIdCardNumber('411023198506120034')).toBe(false);
    // Check digit right, but 2010-02-29 never happened.
    expect(isValidIdCardNumber('411023201002290017')).toBe(false);
    expect(isValidIdCardNumber('991023198506120033')).toBe(false);
  });

  it('does not see one inside a longer number, a 区划代码 or a 统一社会信用代码', () => {
    expect(kinds(`订单号 9${ID}1`)).toEqual([]);
    expect(kinds(`流水号 ${ID}0001`)).toEqual([]);
    expect(kinds('灵井镇 区划代码 411023105000')).toEqual([]);
    expect(kinds('统一社会信用代码 11411023005520789Q、91411023MA44XXXX1X')).toEqual([]);
  });
});

describe('手机号码', () => {
  it('finds mainland numbers with +86/86 and 3-4-4 spacing or hyphens', () => {
    expect(kinds('电话13812345678；138 1234 5678；139-1234-5678；+86 138 1234 5678；8613912345678')).toEqual([
      'mobile 2 13812345678',
      'mobile 14 138 1234 5678',
      'mobile 28 139-1234-5678',
      'mobile 42 +86 138 1234 5678',
      'mobile 60 8613912345678',
    ]);
  });

  it('does not see one in a landline, a longer number or a date-like code', () => {
    expect(kinds('办公电话 0374-1234567，0374-12345678，(0374)8123456')).toEqual([]);
    expect(kinds('编号 213812345678 与 138123456789')).toEqual([]);
    expect(kinds('文号 12345678901')).toEqual([]);
    expect(kinds('总投入 15000000000元，折合 15000000000 元；系数 0.13812345678')).toEqual([]);
  });
});

describe('个人电子邮箱', () => {
  it('finds free-mail and QQ-number addresses', () => {
    expect(kinds('请发送至 12345678@qq.com 或 zhang.san@163.com、li@vip.sina.com、wang@gmail.com')).toEqual([
      'email 5 12345678@qq.com',
      'email 23 zhang.san@163.com',
      'email 41 li@vip.sina.com',
      'email 57 wang@gmail.com',
    ]);
    expect(isPersonalEmail('10001@example.com')).toBe(true);
  });

  it('leaves official and organisational addresses alone', () => {
    expect(kinds('区教体局 jyj@xuchang.gov.cn，学校 office@xcu.edu.cn，协会 info@example.org.cn，公司 hr@example.com')).toEqual([]);
    expect(isPersonalEmail('12345@xuchang.gov.cn')).toBe(false);
  });

  it('reports a phone number used as a mailbox once, as the address', () => {
    expect(kinds('13812345678@139.com')).toEqual(['email 0 13812345678@139.com']);
  });
});

describe('located diagnostics', () => {
  it('points at the characters in an article body, counting lines from the file', () => {
    const body = `正文第一段。\n\n联系人：张老师，手机 138-1234-5678，邮箱 zhang@qq.com。\n\n\`\`\`\n${ID}\n\`\`\``;
    expect(personalDataInBody(body, 'content/achievements/2020-08-01-a.md', 8).map((d) => `${d.line}:${d.column} [${d.rule}] ${d.message}`)).toMatchInlineSnapshot(`
      [
        "10:12 [pii-mobile] 这里疑似手机号码（138****5678），公开发布会泄露个人信息：请删除；确需公开的，请在文章开头的信息区加上 personalDataAllowed，并在 reason 中写明理由",
        "10:29 [pii-email] 这里疑似个人电子邮箱（z***@qq.com），公开发布会泄露个人信息：请删除；确需公开的，请在文章开头的信息区加上 personalDataAllowed，并在 reason 中写明理由",
        "13:1 [pii-id-card] 这里疑似居民身份证号（411023********0033），公开发布会泄露个人信息：请删除；确需公开的，请在文章开头的信息区加上 personalDataAllowed，并在 reason 中写明理由",
      ]
    `);
  });

  it('points into YAML strings, block scalars and unquoted numbers', () => {
    const text = [
      'office:',
      '  name: 领导小组办公室',
      '  phone: 13812345678',
      '  note: "联系人 张三，电话 139-1234-5678"',
      '  roster: |',
      '    名单',
      `    李四 ${ID}`,
    ].join('\n');
    const parsed = parseYaml(text, 'content/leading-group.yaml');
    expect(personalDataInYaml(parsed.value, 'content/leading-group.yaml', text, parsed.locate).map((d) => `${d.line}:${d.column} [${d.rule}] ${d.message}`)).toMatchInlineSnapshot(`
      [
        "3:10 [pii-mobile] 这里疑似手机号码（138****5678），公开发布会泄露个人信息：请删除；确需公开的，请在该条目中加上 personalDataAllowed，并在 reason 中写明理由",
        "4:20 [pii-mobile] 这里疑似手机号码（139****5678），公开发布会泄露个人信息：请删除；确需公开的，请在该条目中加上 personalDataAllowed，并在 reason 中写明理由",
        "7:8 [pii-id-card] 这里疑似居民身份证号（411023********0033），公开发布会泄露个人信息：请删除；确需公开的，请在该条目中加上 personalDataAllowed，并在 reason 中写明理由",
      ]
    `);
  });

  it('in frontmatter, tells the editor to mark the article rather than the entry', () => {
    const text = ['---', 'title: 通知', 'summary: 咨询电话 13812345678', '---', '', '正文'].join('\n');
    const parsed = parseYaml(['title: 通知', 'summary: 咨询电话 13812345678'].join('\n'), 'content/achievements/a.md', 1);
    expect(personalDataInYaml(parsed.value, 'content/achievements/a.md', text, parsed.locate, 'article').map((d) => `${d.line}:${d.column} ${d.message}`)).toMatchInlineSnapshot(`
      [
        "3:15 这里疑似手机号码（138****5678），公开发布会泄露个人信息：请删除；确需公开的，请在文章开头的信息区加上 personalDataAllowed，并在 reason 中写明理由",
      ]
    `);
  });
});

describe('in full-width digits and Chinese separators, as input methods type them', () => {
  const FULL = (ascii: string) => ascii.replace(/[0-9A-Za-z@.+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  it('reads full-width digits, ideographic spaces, dashes and dots as ASCII, keeping positions', () => {
    expect(normalizeWidth('１３８－１２３４\u3000５６７８，１２３＠ｑｑ．ｃｏｍ')).toBe('138-1234 5678,123@qq.com');
    expect(normalizeWidth('电话：138—1234—5678')).toBe('电话:138-1234-5678');
  });
  it('finds mobiles with full-width digits and mixed separators', () => {
    expect(kinds(`电话${FULL('13812345678')}；${FULL('138')}－${FULL('1234')}－${FULL('5678')}；138—1234—5678；138．1234．5678；138\u30001234\u30005678`)).toEqual([
      `mobile 2 ${FULL('13812345678')}`,
      `mobile 14 ${FULL('138')}－${FULL('1234')}－${FULL('5678')}`,
      'mobile 28 138—1234—5678',
      'mobile 42 138．1234．5678',
      'mobile 56 138\u30001234\u30005678',
    ]);
  });
  it('finds an ID number and an address in full-width forms, but not an amount', () => {
    expect(kinds(`身份证 ${FULL(ID_X)}，邮箱 ${FULL('12345678@qq.com')}`).map((k) => k.split(' ')[0])).toEqual(['id-card', 'email']);
    expect(kinds(`投入 ${FULL('15000000000')}元`)).toEqual([]);
  });
  it('masks what it finds in ASCII, in a YAML value and in an article body, at the characters typed', () => {
    const demo = diskFs(join(import.meta.dirname, 'fixtures', 'demo'));
    const notice = new TextDecoder().decode(demo.read('content/notice.yaml')).replace('请结合实际认真组织实施。', `请结合实际认真组织实施。联系电话 ${FULL('13812345678')}。`);
    const article = '---\ntitle: 甲镇开展宣传活动\ndate: 2026-11-26\nunit: jia-town\ncategory: 工作动态\nsummary: 甲镇开展宣传活动。\n---\n\n学生身份证号' + FULL(ID_X) + '，家长手机 １３８\u3000１２３４\u3000５６７８。\n';
    const fs = overlayFs(demo, { 'content/notice.yaml': notice, 'content/achievements/2026-11-26-note.md': article });
    const { diagnostics } = loadContent(fs.root, { fs, today: '2026-11-30' });
    /** Line and column of `typed` in `text`, counted here, not by the checker. */
    const at = (text: string, typed: string) => {
      const before = text.slice(0, text.indexOf(typed)).split('\n');
      return `${before.length}:${before.at(-1)!.length + 1}`;
    };
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} [${d.rule}] ${d.message.slice(0, d.message.indexOf('）') + 1)}`)).toEqual([
      `content/achievements/2026-11-26-note.md:${at(article, FULL(ID_X))} [pii-id-card] 这里疑似居民身份证号（110105********002X）`,
      `content/achievements/2026-11-26-note.md:${at(article, '１３８\u3000')} [pii-mobile] 这里疑似手机号码（138****5678）`,
      `content/notice.yaml:${at(notice, FULL('13812345678'))} [pii-mobile] 这里疑似手机号码（138****5678）`,
    ]);
  });
});

describe('personalDataAllowed', () => {
  const text = [
    'contacts:',
    '  - name: 办公室',
    '    phone: "13812345678"',
    '    personalDataAllowed:',
    '      reason: 对外公布的办公电话，经本人同意',
    '      kinds: [mobile]',
    '    note: 身份证 ' + ID,
    '  - name: 值班',
    '    phone: "13912345678"',
    '    personalDataAllowed: { reason: "" }',
  ].join('\n');

  it('exempts the kinds it names in its own entry, and only with a reason', () => {
    const parsed = parseYaml(text, 'content/x.yaml');
    expect(personalDataInYaml(parsed.value, 'content/x.yaml', text, parsed.locate).map((d) => `${d.line}:${d.column} [${d.rule}]`)).toEqual([
      '7:15 [pii-id-card]',
      '9:13 [pii-mobile]',
    ]);
  });

  it('reads the allowance defensively', () => {
    expect([...allowedKinds({ reason: '公开' })]).toEqual(['id-card', 'mobile', 'email']);
    expect([...allowedKinds({ reason: '公开', kinds: ['email', 'bogus'] })]).toEqual(['email']);
    expect([...allowedKinds({ reason: '  ' })]).toEqual([]);
    expect([...allowedKinds('yes')]).toEqual([]);
  });

  it('exempts an article body when its frontmatter says so', () => {
    expect(personalDataInBody('手机 13812345678', 'content/achievements/a.md', 6, allowedKinds({ reason: '公开的咨询电话' }))).toEqual([]);
  });
});
