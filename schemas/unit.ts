import { z } from 'zod';
import { personalDataAllowed, id, name } from './common.ts';

export const unitKinds = ['区政府', '区直部门', '镇', '乡', '街道'] as const;
/** Kinds of township-level division, which carry a 统计用区划代码. */
export const townshipKinds: readonly string[] = ['镇', '乡', '街道'];

export const UnitSchema = z
  .strictObject({
    id: id.describe('单位编号：小写英文字母、数字和连字符，如 finance-bureau'),
    name: name.describe('单位全称（正式名称），如 建安区财政局'),
    shortName: name.optional().describe('实施方案中使用的简称，如 财政局；与全称相同时可省略'),
    kind: z.enum(unitKinds).describe('单位类别：区政府、区直部门、镇、乡、街道'),
    divisionCode: z.string().optional().describe('12 位统计用区划代码（镇、乡、街道必填），如 411003204000'),
    leadingGroupMember: z.boolean().describe('是否为领导小组成员单位（true 或 false）'),
    personalDataAllowed: personalDataAllowed.optional(),
  })
  .superRefine((u, ctx) => {
    const township = townshipKinds.includes(u.kind);
    if (township && u.divisionCode === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['divisionCode'],
        message: `${u.kind}须填写 12 位统计用区划代码（divisionCode），如 411003204000`,
        params: { rule: 'division-code' },
      });
    } else if (u.divisionCode !== undefined && !/^\d{12}$/.test(u.divisionCode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['divisionCode'],
        message: `统计用区划代码“${u.divisionCode}”应为 12 位数字，且须加引号，如 "411003204000"`,
        params: { rule: 'division-code' },
      });
    } else if (!township && u.divisionCode !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['divisionCode'],
        message: `只有镇、乡、街道有统计用区划代码；${u.kind}请删除 divisionCode`,
        params: { rule: 'division-code' },
      });
    }
  });

export const UnitsFileSchema = z.strictObject({
  units: z.array(UnitSchema).min(1).describe('全部单位：区政府、区直部门和全部乡镇（街道）'),
});

export type Unit = z.infer<typeof UnitSchema>;
