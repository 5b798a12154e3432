// 单位名录 and the unit pages: groups by the county's own kinds, its own words.
import { describe, expect, it } from 'vitest';
import { unitsIndexPage } from '../../src/view/units-index.ts';
import { county, options, real } from './content.ts';

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
