// 单位名录 and the unit pages: groups by the county's own kinds, its own words.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/view/inline.ts';
import { unitPage } from '../../src/view/unit.ts';
import { unitsIndexPage } from '../../src/view/units-index.ts';
import { county, options, real, underBase } from './content.ts';

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
    expect(finance).toMatchObject({ name: '测试县财政局', member: '是', people: [{ name: '丙丁', role: '成员' }], href: '/units/finance-bureau/' });
  });
});

describe('a unit’s page', () => {
  it('says what a department is and that the seed wrote its short name', () => {
    const m = unitPage(real(), options('2020-11-20'), 'finance-bureau');
    expect(m.facts).toEqual({ shortName: '财政局', kind: '区直部门', divisionCode: undefined, member: '是' });
    expect(m.nameNote).toBe('原文写作“财政局”；全称按通行的机构名称展开，以有关部门核定的名称为准。');
  });

  it('shows a township’s 统计用区划代码 and, when nothing names it, points to what the plan asks of all townships', () => {
    const m = unitPage(county(), options(), 'east-town');
    expect(m.facts.divisionCode).toBe('411003100000');
    expect(m.nameNote).toBeUndefined();
    expect(plainText(m.notNamed)).toBe('印发通知和实施方案没有点名本单位；方案对“各乡镇”提出的要求见实施方案。');
  });

  it('tells why a unit that is not a member still has people in the group', () => {
    // 区政府 is not a member unit; its 区长 leads the group and a 副区长 is a deputy.
    expect(unitPage(real(), options(), 'district-government').facts.member).toBe('否（本单位人员任领导小组组长、副组长）');
  });

  it('shows the unit’s own deliverables with the date done and the evidence under the base path', () => {
    const { progress } = unitPage(real(), underBase('2020-11-20'), 'finance-bureau');
    expect(plainText(progress.meta)).toBe('进度按2020年11月20日计算；本站构建于2020年11月20日。全区情况见工作进度。');
    if (progress.deliverables.kind !== 'table') throw new Error('expected the deliverables table');
    expect(progress.deliverables.rows.map((r) => [r.title, r.status, r.done?.text])).toEqual([
      ['完成自查', 'on-time', '2020年8月27日完成'],
      ['完成整改', 'on-time', '2020年10月26日完成'],
      ['完成档案资料准备', 'on-time', '2020年11月13日完成'],
      // Done on 2020-12-21: not yet on the day progress is computed for.
      ['上报汇报材料', 'not-due', undefined],
    ]);
    expect(progress.deliverables.rows[1]?.done?.evidence).toBe('/zt/junheng/news/2020-10-20-example-department-rectification/');
    expect(plainText(progress.exampleNote!)).toBe(
      '示例本节中的完成情况、整改事项均为演示网站功能的示例记录，所述问题、日期均为虚构，不代表本单位的真实工作。建安区填报真实记录后会删除全部示例。',
    );
  });

  it('says what a unit without a record owes, and that it is not judged overdue', () => {
    const { progress } = unitPage(real(), options('2020-11-20'), 'organization-department');
    expect(progress.deliverables).toEqual({
      kind: 'unrecorded',
      before: '本单位应完成“完成自查”（2020年8月31日前）、“完成整改”（2020年10月31日前）、“完成档案资料准备”（2020年11月16日前）、“上报汇报材料”（2020年12月25日前），但尚无进度记录（',
      after: '）：情况不明，不算逾期。',
    });
    expect(progress.rectifications.empty).toBe('截至2020年11月20日，没有记录本单位负责的整改事项（本单位尚无进度记录）。');
  });

  it('lists the unit’s rectification items and the findings about it, without repeating its name', () => {
    const { progress } = unitPage(real(), options('2020-11-20'), 'housing-construction-bureau');
    expect(progress.rectifications.items.map((r) => [r.status, r.detail])).toEqual([
      ['late', '；2020年8月28日发现，整改时限2020年10月31日，2020年11月9日整改完成'],
      ['not-due', '；2020年11月5日发现（督导检查），整改时限2020年11月30日'],
    ]);
    expect(progress.findings.items.map((f) => [f.date, f.unit])).toEqual([['2020年11月5日', undefined]]);
  });

  it('speaks of the 县 on a 县’s site', () => {
    const { progress } = unitPage(county(), options(), 'finance-bureau');
    expect(plainText(progress.meta)).toBe('进度按2020年9月10日计算；本站构建于2020年9月10日。全县情况见工作进度。');
    expect(progress.empty).toBe('实施方案的应交事项不适用于本单位，也没有关于本单位的整改事项和督导意见。');
  });

  it('lists the unit’s people and the news it published', () => {
    const m = unitPage(county(), options(), 'county-government');
    expect(m.people.map((p) => [p.label, p.href])).toEqual([['组长：甲乙（县长）', '/leading-group/#member-leader']]);
    expect(m.news.map((n) => [n.date?.text, n.href])).toEqual([['2020年8月1日', '/news/2020-08-01-plan-issued/']]);
  });
});
