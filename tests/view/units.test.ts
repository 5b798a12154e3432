// 单位名录 and the unit pages: groups by the county's own kinds, its own words.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/view/inline.ts';
import { unitPage } from '../../src/view/unit.ts';
import { unitsIndexPage } from '../../src/view/units-index.ts';
import { county, demo, options, real, underBase } from './content.ts';

describe('单位名录', () => {
  it('groups the units by the county’s kinds, in the order of units.yaml', () => {
    const m = unitsIndexPage(real(), options());
    expect(m.groups.map((g) => g.heading)).toEqual(['区政府（1个）', '区直部门（19个）', '镇（7个）', '乡（7个）', '街道（4个）']);
    expect(m.intro).toBe('实施方案和领导小组名单涉及的单位，以及全区各乡镇（街道），共38个，其中领导小组成员单位29个。');
  });

  it('speaks of a 县 as a 县', () => {
    const m = unitsIndexPage(county(), options());
    expect(m.description).toBe('实施方案和领导小组涉及的县直单位，以及全县各乡镇（街道）。');
    expect(m.intro).toBe('实施方案和领导小组名单涉及的单位，以及全县各乡镇（街道），共3个，其中领导小组成员单位2个。');
    expect(m.groups.map((g) => [g.kind, g.township])).toEqual([
      ['县政府', false],
      ['县直部门', false],
      ['镇', true],
    ]);
  });

  it('orders townships by their 统计用区划代码 and shows each unit’s people in the group', () => {
    const towns = unitsIndexPage(real(), options()).groups.find((g) => g.kind === '镇')!;
    const codes = towns.rows.map((r) => r.divisionCode!);
    expect(codes).toEqual([...codes].sort());
    const finance = unitsIndexPage(county(), options()).groups[1]!.rows[0]!;
    // The fixture's office sits in its 财政局, whose member 丙丁 heads it.
    expect(finance).toMatchObject({ name: '测试县财政局', member: '领导小组办公室所在单位，领导小组成员单位，丙丁任成员兼办公室主任', people: [{ name: '丙丁', role: '成员' }], href: '/units/finance-bureau/' });
  });

  it('says what part each unit has in the leading group, 区教体局 included', () => {
    const rows = unitsIndexPage(real(), options()).groups.flatMap((g) => g.rows);
    const member = (name: string) => rows.find((r) => r.name === name)?.member;
    // The seed: 领导小组下设办公室，办公室设在区教体局，薛建峰同志兼任办公室主任; 薛建峰（区教体局局长） is 副组长.
    expect(member('建安区教育体育局')).toBe('领导小组办公室所在单位，局长薛建峰任副组长兼办公室主任');
    expect(member('建安区人民政府')).toBe('区长马浩任组长，副区长周垚任副组长');
    expect(member('建安区财政局')).toBe('领导小组成员单位，王建民任成员');
    expect(member('许由街道')).toBe('—');
  });
});

describe('a unit’s page', () => {
  it('says what a department is and that the seed wrote its short name', () => {
    const m = unitPage(real(), options('2020-11-20'), 'finance-bureau');
    expect(m.facts).toEqual({ shortName: '财政局', kind: '区直部门', divisionCode: undefined, member: '领导小组成员单位，王建民任成员' });
    expect(m.nameNote).toBe('原文写作“财政局”；全称按通行的机构名称展开，以有关部门核定的名称为准。');
  });

  it('shows a township’s 统计用区划代码 and, when nothing names it, points to what the plan asks of all townships', () => {
    const m = unitPage(county(), options(), 'east-town');
    expect(m.facts.divisionCode).toBe('411003100000');
    expect(m.nameNote).toBeUndefined();
    expect(plainText(m.notNamed)).toBe('印发通知和实施方案没有点名本单位；方案对“各乡镇”提出的要求见实施方案。');
  });

  it('shows 区教体局’s part as the office’s unit, and its duty where per-unit work is listed', () => {
    const m = unitPage(real(), options(), 'education-sports-bureau');
    expect(m.facts.member).toBe('领导小组办公室所在单位，局长薛建峰任副组长兼办公室主任');
    // The seed gives the office "负责创建日常工作" and no deliverable of its own.
    expect(m.progress.deliverables).toEqual({ kind: 'none', text: '领导小组办公室设在本单位，负责创建日常工作；实施方案没有要求本单位单独完成各单位须分别完成的事项。' });
  });

  it('tells why a unit that is not a member still has people in the group', () => {
    // 区政府 is not a member unit; its 区长 leads the group and a 副区长 is a deputy.
    expect(unitPage(real(), options(), 'district-government').facts.member).toBe('区长马浩任组长，副区长周垚任副组长');
  });

  it('shows the unit’s own deliverables with the date done and the evidence under the base path', () => {
    const { progress } = unitPage(demo(), underBase('2026-11-30'), 'jia-town');
    expect(plainText(progress.meta)).toBe('进度按2026年11月30日（本站更新当天）计算；本站更新于2026年11月30日。全县情况见工作进度。');
    if (progress.deliverables.kind !== 'table') throw new Error('expected the deliverables table');
    expect(progress.deliverables.rows.map((r) => [r.title, r.status, r.done?.text])).toEqual([
      ['完成自查', 'on-time', '2026年10月13日完成'],
      ['完成整改', 'on-time', '2026年11月25日完成'],
      ['完成档案资料整理', 'not-due', undefined],
      ['上报汇报材料', 'not-due', undefined],
    ]);
    expect(progress.deliverables.rows[1]?.done?.evidence).toBe('/zt/junheng/news/2026-11-10-jia-town-library-rectified/');
  });

  it('counts a record dated after the day progress is computed for as not done yet', () => {
    // 财政局 finished 完成整改 on 2026-11-26: not yet done as of 2026-11-20.
    const { progress } = unitPage(demo(), options('2026-11-20'), 'finance-bureau');
    if (progress.deliverables.kind !== 'table') throw new Error('expected the deliverables table');
    expect(progress.deliverables.rows.map((r) => [r.title, r.status])).toEqual([
      ['完成自查', 'on-time'],
      ['完成整改', 'not-due'],
      ['完成档案资料整理', 'not-due'],
      ['上报汇报材料', 'not-due'],
    ]);
  });

  it('says what a unit without a record owes, and that it is not judged overdue', () => {
    const { progress } = unitPage(demo(), options('2026-11-30'), 'ding-township');
    expect(progress.deliverables).toEqual({
      kind: 'unrecorded',
      before: '本单位应完成“完成自查”（2026年10月15日前）、“完成整改”（2026年12月20日前）、“完成档案资料整理”（2027年2月28日前）、“上报汇报材料”（2027年5月20日前），但尚无进度记录（',
      after: '）：情况不明，不算逾期。',
    });
    expect(progress.rectifications.empty).toBe('截至2026年11月30日，没有记录本单位负责的整改事项（本单位尚无进度记录）。');
  });

  it('judges the real county’s units as of the campaign’s end, whatever the build date', () => {
    const { progress } = unitPage(real(), options('2026-01-01'), 'organization-department');
    expect(plainText(progress.meta)).toBe('进度按2020年12月31日（工作结束之日）计算；本站更新于2026年1月1日。全区情况见工作进度。');
    expect(progress.deliverables).toEqual({
      kind: 'unrecorded',
      before: '本单位应完成“完成自查”（2020年8月31日前）、“完成整改”（2020年10月31日前）、“完成档案资料准备”（2020年11月16日前）、“上报汇报材料”（2020年12月25日前），但尚无进度记录（',
      after: '）：情况不明，不算逾期。',
    });
    expect(progress.rectifications.empty).toBe('截至2020年12月31日，没有记录本单位负责的整改事项（本单位尚无进度记录）。');
  });

  it('lists the unit’s rectification items and the findings about it, without repeating its name', () => {
    const { progress } = unitPage(demo(), options('2026-11-30'), 'yi-town');
    expect(progress.rectifications.items.map((r) => [r.status, r.detail])).toEqual([
      ['overdue', '；2026年10月12日发现，整改时限2026年11月15日'],
      ['not-due', '；2026年11月18日发现（督导检查），整改时限2026年12月20日'],
    ]);
    expect(progress.findings.items.map((f) => [f.date, f.unit])).toEqual([['2026年11月18日', undefined]]);
  });

  it('speaks of the 县 on a 县’s site', () => {
    const { progress } = unitPage(county(), options(), 'finance-bureau');
    expect(plainText(progress.meta)).toBe('进度按2020年9月10日（本站更新当天）计算；本站更新于2020年9月10日。全县情况见工作进度。');
    expect(progress.empty).toBe('领导小组办公室设在本单位，负责日常工作；实施方案没有要求本单位单独完成各单位须分别完成的事项，也没有关于本单位的整改事项和督导意见。');
    expect(unitPage(county(), options(), 'east-town').progress.empty).toBe('实施方案规定各单位要完成的事项不适用于本单位，也没有关于本单位的整改事项和督导意见。');
  });

  it('lists the unit’s people and the news it published', () => {
    const m = unitPage(county(), options(), 'county-government');
    expect(m.people.map((p) => [p.label, p.href])).toEqual([['组长：甲乙（县长）', '/leading-group/#member-leader']]);
    expect(m.news.map((n) => [n.date?.text, n.href])).toEqual([['2020年8月1日', '/news/2020-08-01-plan-issued/']]);
  });
});
