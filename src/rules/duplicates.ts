// What ids do not catch: the same unit entered twice under two ids, the same
// person twice in the roster, a township whose 统计用区划代码 belongs to another
// county.
import { items, row, str } from '../content-model/raw.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';

const UNITS = 'content/units.yaml';
const newUnit = (id: string, name: string, extra = '') => `- id: ${id}\n  name: ${name}\n${extra}  kind: 县直部门\n  leadingGroupMember: false`;

export const unitSameName = defineRule({
  code: 'unit-same-name',
  severity: 'error',
  group: 'ids',
  meaning: '两个编号的单位用了同一个全称或同一个简称：多半是同一单位登记了两次（引用会分散到两个编号上），或简称无法分辨两个单位。',
  message: (p: { what: 'name' | 'shortName'; value: string; other: string }) =>
    p.what === 'name'
      ? `单位全称“${p.value}”与 ${p.other} 相同：同一单位只登记一次，请删去这一条，并把对它的引用改为 ${p.other}；如确是两个单位，请写出各自的正式全称`
      : `简称“${p.value}”与 ${p.other} 的${p.value === p.other ? '' : '名称或'}简称相同：按简称无法分辨两个单位，请改用能区分的简称`,
  examples: {
    bad: [
      { name: '财政局登记了两次', file: UNITS, lang: 'yaml', at: { append: 'units' }, code: newUnit('finance', '示例县财政局'), lines: [2] },
      { name: '两个单位同一简称', file: UNITS, lang: 'yaml', at: { append: 'units' }, code: newUnit('finance-office', '示例县财政局办公室', '  shortName: 财政局\n'), lines: [3] },
    ],
    good: [{ name: '新单位有自己的全称和简称', file: UNITS, lang: 'yaml', at: { append: 'units' }, code: newUnit('statistics-bureau', '示例县统计局', '  shortName: 统计局\n') }],
  },
});

export const personDuplicate = defineRule({
  code: 'person-duplicate',
  severity: 'error',
  group: 'ids',
  meaning: '同一单位、同一姓名的成员登记了两次（编号不同，检查不出）：同一人只登记一次。同名的两个人在不同单位的没有问题；确是同单位同名的两个人，请在 title 中写明各自的职务。',
  message: (p: { name: string; unit: string; other: string }) =>
    `${p.unit} 的“${p.name}”已登记为 ${p.other}：同一人只登记一次，请删去这一条，并把对它的引用改为 ${p.other}；如确是同单位同名的两个人，请在 title 中写明各自的职务`,
  examples: {
    bad: [
      { name: '同一人登记了两次', file: 'content/leading-group.yaml', lang: 'yaml', at: { append: 'members' }, code: '- id: zhao-ding-2\n  name: 赵丁\n  role: 成员\n  unit: finance-bureau', lines: [2] },
    ],
    good: [
      { name: '同名的人在不同单位', file: 'content/leading-group.yaml', lang: 'yaml', at: { append: 'members' }, code: '- id: zhao-ding-hr\n  name: 赵丁\n  role: 成员\n  unit: hr-bureau' },
    ],
  },
});

export const divisionCodeCounty = defineRule({
  code: 'division-code-county',
  severity: 'error',
  group: 'official',
  meaning: '乡镇（街道）的 12 位统计用区划代码以本县（区、市、旗）的 6 位代码开头（content/site.yaml 的 county.code）：前 6 位不同，就是抄了别的县的代码。',
  message: (p: { value: string; county: string; word: string; code: string }) =>
    `统计用区划代码“${p.value}”的前 6 位是 ${p.value.slice(0, 6)}，不是本${p.word}（${p.county}）的代码 ${p.code}（见 content/site.yaml 的 county.code）：请核对，多半是抄了别的${p.word}的代码`,
  examples: {
    bad: [
      {
        name: '抄了别的县的代码',
        file: UNITS,
        lang: 'yaml',
        at: { append: 'units' },
        code: '- id: geng-town\n  name: 庚镇\n  kind: 镇\n  divisionCode: "990102102000"\n  leadingGroupMember: false',
        lines: [4],
      },
    ],
    good: [
      { name: '以本县代码开头', file: UNITS, lang: 'yaml', at: { append: 'units' }, code: '- id: geng-town\n  name: 庚镇\n  kind: 镇\n  divisionCode: "990101102000"\n  leadingGroupMember: false' },
    ],
  },
});

export const checkDuplicates: Check = (context) => {
  const out: Finding[] = [];
  const units = context.one('units');
  if (units) {
    const names = new Map<string, string>();
    const shorts = new Map<string, string>();
    for (const [u, i] of items(units.data, 'units')) {
      const id = str(u.id);
      if (id === undefined) continue;
      const name = str(u.name);
      const short = str(u.shortName);
      if (name !== undefined) {
        const other = names.get(name);
        if (other !== undefined && other !== id) out.push(unitSameName.finding(units.file, ['units', i, 'name'], { what: 'name', value: name, other }));
        else names.set(name, id);
      }
      if (short !== undefined && short !== name) {
        const other = shorts.get(short);
        if (other !== undefined && other !== id) out.push(unitSameName.finding(units.file, ['units', i, 'shortName'], { what: 'shortName', value: short, other }));
        else shorts.set(short, id);
      }
    }
    const county = row(row(context.one('site')?.data)?.county);
    const code = str(county?.code);
    if (code !== undefined && /^\d{6}$/u.test(code)) {
      for (const [u, i] of items(units.data, 'units')) {
        const value = str(u.divisionCode);
        if (value !== undefined && /^\d{12}$/u.test(value) && !value.startsWith(code)) {
          out.push(divisionCodeCounty.finding(units.file, ['units', i, 'divisionCode'], { value, code, county: str(county?.name) ?? '', word: str(county?.word) ?? '县' }));
        }
      }
    }
  }
  const group = context.one('leadingGroup');
  if (group) {
    const seen: { id: string; name: string; unit: string; title: string | undefined }[] = [];
    for (const [m, i] of items(group.data, 'members')) {
      const id = str(m.id);
      const name = str(m.name);
      const unit = str(m.unit);
      if (id === undefined || name === undefined || unit === undefined) continue;
      const title = str(m.title);
      const other = seen.find((s) => s.name === name && s.unit === unit && s.id !== id && (s.title === undefined || title === undefined || s.title === title));
      if (other) out.push(personDuplicate.finding(group.file, ['members', i, 'name'], { name, unit, other: other.id }));
      else seen.push({ id, name, unit, title });
    }
  }
  return out;
};
