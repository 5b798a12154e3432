// The unit directory (content/units.yaml) and the roster agree: kinds are the
// county's own, township-level units carry a 统计用区划代码, and the
// leadingGroupMember flag matches who sits in the leading group.
import { items, str } from '../content-model/raw.ts';
import { suggest } from '../content-model/suggest.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';
import { enumValue } from './fields.ts';

export const divisionCode = defineRule({
  code: 'division-code',
  severity: 'error',
  group: 'official',
  meaning: '乡镇级单位（单位类别的 role 为“乡镇”，如镇、乡、街道）须填写 12 位统计用区划代码（加引号）；政府和部门不填。',
  message: (p: { problem: 'missing'; kind: string } | { problem: 'format'; value: string } | { problem: 'not-township'; kind: string; townships: readonly string[] }) =>
    p.problem === 'missing'
      ? `${p.kind}须填写 12 位统计用区划代码（divisionCode，加引号）`
      : p.problem === 'format'
        ? `统计用区划代码“${p.value}”应为 12 位数字，且须加引号`
        : `只有乡镇级单位（${p.townships.join('、') || '乡镇'}）有统计用区划代码；${p.kind}请删除 divisionCode`,
  examples: {
    bad: [{ name: '代码少了几位', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: geng-town\n  name: 庚镇\n  kind: 镇\n  divisionCode: "9901011"\n  leadingGroupMember: false', lines: [4] }],
    good: [{ name: '12 位数字，加引号', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: geng-town\n  name: 庚镇\n  kind: 镇\n  divisionCode: "990101102000"\n  leadingGroupMember: false' }],
  },
});

/** Each unit's kind is one of the file's kinds; only township-level units have a division code. */
export const checkUnitKinds: Check = (context) => {
  const file = context.one('units');
  if (!file) return [];
  const kinds = items(file.data, 'kinds').flatMap(([k]) => (typeof k.name === 'string' && typeof k.role === 'string' ? [{ name: k.name, role: k.role }] : []));
  if (kinds.length === 0) return [];
  const names = kinds.map((k) => k.name);
  const townships = kinds.filter((k) => k.role === '乡镇').map((k) => k.name);
  const out: Finding[] = [];
  for (const [u, i] of items(file.data, 'units')) {
    const kind = str(u.kind);
    if (kind === undefined) continue;
    const role = kinds.find((k) => k.name === kind)?.role;
    if (role === undefined) {
      out.push(enumValue.finding(file.file, ['units', i, 'kind'], { value: kind, options: names, guess: suggest(kind, names) }));
      continue;
    }
    const code = u.divisionCode;
    if (role === '乡镇' && code === undefined) out.push(divisionCode.finding(file.file, ['units', i], { problem: 'missing', kind }));
    else if (typeof code === 'string' && !/^\d{12}$/.test(code)) out.push(divisionCode.finding(file.file, ['units', i, 'divisionCode'], { problem: 'format', value: code }));
    else if (role !== '乡镇' && code !== undefined) out.push(divisionCode.finding(file.file, ['units', i, 'divisionCode'], { problem: 'not-township', kind, townships }));
  }
  return out;
};

export const memberUnit = defineRule({
  code: 'member-unit',
  severity: 'error',
  group: 'ids',
  meaning: '单位名录的 leadingGroupMember 与领导小组名单不一致：派有成员的单位须为 true，没有成员的须为 false。',
  message: (p: { unit: string; problem: 'flag-false' | 'no-member' }) =>
    p.problem === 'flag-false'
      ? `“${p.unit}”派有领导小组成员，但单位名录中 leadingGroupMember 为 false：请在 content/units.yaml 中改为 true`
      : `“${p.unit}”标为领导小组成员单位，但领导小组名单中没有该单位的成员：请补上成员，或改为 false`,
  examples: {
    bad: [{ name: '新单位标为成员单位，名单中却没有它的成员', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: statistics-bureau\n  name: 示例县统计局\n  kind: 县直部门\n  leadingGroupMember: true', lines: [4] }],
    good: [{ name: '没有成员的单位填 false', file: 'content/units.yaml', lang: 'yaml', at: { append: 'units' }, code: '- id: statistics-bureau\n  name: 示例县统计局\n  kind: 县直部门\n  leadingGroupMember: false' }],
  },
});

export const checkMemberUnits: Check = (context) => {
  const group = context.one('leadingGroup');
  const units = context.one('units');
  if (!group || !units) return [];
  const out: Finding[] = [];
  const members = items(group.data, 'members');
  const unitRows = items(units.data, 'units');
  const byId = new Map(unitRows.map(([u]) => [str(u.id), u]));
  for (const [m, i] of members) {
    const unit = byId.get(str(m.unit));
    if (m.role === '成员' && unit && unit.leadingGroupMember === false) {
      out.push(memberUnit.finding(group.file, ['members', i, 'unit'], { unit: String(unit.name), problem: 'flag-false' }));
    }
  }
  // While a member's unit is missing or wrong, "unit has no member" would only echo that error.
  const rosterResolved = members.every(([m]) => typeof m.unit === 'string' && byId.has(m.unit));
  for (const [u, i] of rosterResolved ? unitRows : []) {
    if (u.leadingGroupMember === true && !members.some(([m]) => m.role === '成员' && m.unit === u.id)) {
      out.push(memberUnit.finding(units.file, ['units', i, 'leadingGroupMember'], { unit: String(u.name), problem: 'no-member' }));
    }
  }
  return out;
};
