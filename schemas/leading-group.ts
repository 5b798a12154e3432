import { z } from 'zod';
import { personalDataAllowed, name, personRef, text, uniqueId, unitRef } from './common.ts';

export const roles = ['组长', '副组长', '成员'] as const;

export const MemberSchema = z.strictObject({
  id: uniqueId('人员编号').describe('人员编号：姓名拼音，重名时加单位，如 feng-gui-bing'),
  name: name.describe('姓名，不含排版对齐用的空格，如 马浩'),
  role: z.enum(roles).describe('在领导小组中的职务：组长、副组长或成员'),
  unit: unitRef.describe('所在单位的编号（见 content/units.yaml）'),
  title: name.optional().describe('职务，如 区长；原文未写明时省略'),
  personalDataAllowed: personalDataAllowed.optional(),
});

export const OfficeSchema = z.strictObject({
  unit: unitRef.describe('办公室所在单位的编号'),
  head: personRef.describe('办公室主任：领导小组成员的人员编号'),
  headTitle: name.describe('负责人职务名称，如 办公室主任'),
  duty: text.describe('办公室职责，照录原文'),
});

export const LeadingGroupSchema = z.strictObject({
  name: text.describe('领导小组全称'),
  shortName: text.describe('简称，如 领导小组'),
  members: z.array(MemberSchema).min(1).describe('领导小组成员，按原文顺序'),
  office: OfficeSchema.describe('领导小组办公室'),
});

export type Member = z.infer<typeof MemberSchema>;
export type LeadingGroup = z.infer<typeof LeadingGroupSchema>;
