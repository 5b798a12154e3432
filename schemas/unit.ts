import { z } from 'zod';
import { personalDataAllowed, name, uniqueId } from './common.ts';

/**
 * What a kind of unit is, whatever a county calls it: the county government
 * (县政府, 区政府, …), its departments (县直部门, 区直部门, …) or a township-level
 * division (镇, 乡, 街道, 民族乡, 苏木, …), which has a 统计用区划代码.
 */
export const unitRoles = ['政府', '部门', '乡镇'] as const;
export type UnitRole = (typeof unitRoles)[number];

export const UnitKindSchema = z.strictObject({
  name: name.meta({ unique: '单位类别' }).describe('单位类别的名称，照本县习惯写，如 县政府、县直部门、镇、乡、街道'),
  role: z
    .enum(unitRoles)
    .describe('这一类单位是什么：政府（县级人民政府）、部门（政府部门和直属机构）、乡镇（镇、乡、街道等乡镇级区划，须填统计用区划代码）'),
});

export const UnitSchema = z.strictObject({
  id: uniqueId('编号').describe('单位编号：小写英文字母、数字和连字符，如 finance-bureau'),
  name: name.describe('单位全称（正式名称），如 某某县财政局'),
  shortName: name.optional().describe('实施方案中使用的简称，如 财政局；与全称相同时可省略'),
  kind: name.describe('单位类别：kinds 中列出的名称之一，如 县直部门'),
  divisionCode: z.string().meta({ unique: '区划代码' }).optional().describe('12 位统计用区划代码（乡镇级单位必填，加引号）'),
  leadingGroupMember: z.boolean().describe('是否为领导小组成员单位（true 或 false）'),
  personalDataAllowed: personalDataAllowed.optional(),
});

export const UnitsFileSchema = z.strictObject({
  kinds: z.array(UnitKindSchema).min(1).describe('本县的单位类别，按页面上列出的先后顺序'),
  units: z.array(UnitSchema).min(1).describe('全部单位：县级政府、政府部门和全部乡镇（街道）'),
});

export type UnitKind = z.infer<typeof UnitKindSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type UnitsFile = z.infer<typeof UnitsFileSchema>;
