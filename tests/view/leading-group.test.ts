// 领导小组: counts, the namesake warning and the office, as the page says them.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/view/inline.ts';
import { leadingGroupPage } from '../../src/view/leading-group.ts';
import { county, options, real, underBase } from './content.ts';

describe('领导小组 page', () => {
  it('counts the members by role, as the seed’s attachment lists them', () => {
    const m = leadingGroupPage(real(), options());
    // Seed: 1 组长, 3 副组长, 29 成员.
    expect(plainText(m.intro)).toBe(
      '据印发通知的附件《建安区迎接义务教育基本均衡发展国家整体评估认定工作领导小组成员名单》，领导小组共33人：组长1人、副组长3人、成员29人。名单按原文顺序排列；原文见原文·附件。',
    );
    expect(m.caption).toBe('领导小组成员名单（共33人）');
    expect(m.rows.map((r) => r.order)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
  });

  it('warns once that the two 王建民 are two people, and tells them apart in the table', () => {
    const m = leadingGroupPage(real(), options());
    expect(m.namesakeNotes).toEqual(['名单中有2位成员同名“王建民”，分别在建安区财政局和桂村乡，是不同的人。']);
    const rows = m.rows.filter((r) => r.name === '王建民');
    expect(rows.map((r) => [r.unit.name, r.namesake])).toEqual([
      ['建安区财政局', '（与桂村乡的王建民是两个人）'],
      ['桂村乡', '（与建安区财政局的王建民是两个人）'],
    ]);
  });

  it('says where the office sits and who heads it, linking the head to the roster', () => {
    const m = leadingGroupPage(real(), underBase());
    expect(m.office.unit).toEqual({ name: '建安区教育体育局', href: '/zt/junheng/units/education-sports-bureau/' });
    expect(m.office.head).toEqual({ name: '薛建峰', href: '#member-xue-jianfeng', note: '（兼任；领导小组副组长，区教体局局长）' });
  });

  it('works for a county without namesakes or deputies', () => {
    const m = leadingGroupPage(county(), options());
    expect(m.description).toBe('测试县工作领导小组成员名单（组长1人、副组长0人、成员2人）和领导小组办公室。');
    expect(m.namesakeNotes).toEqual([]);
    expect(m.rows.map((r) => [r.name, r.unit.name, r.title])).toEqual([
      ['甲乙', '测试县人民政府', '县长'],
      ['丙丁', '测试县财政局', undefined],
      ['戊己', '东镇', undefined],
    ]);
  });
});
