import { z } from 'zod';
import { dayDate, text, unitRef } from './common.ts';

export const NoticeSchema = z.strictObject({
  issuer: unitRef.describe('发文机关的单位编号，如 county-government-office'),
  title: text.describe('通知标题，照录原文'),
  date: dayDate.describe('成文日期，如 2020-08-01'),
  addressees: z.array(text).min(1).describe('主送机关，按原文顺序'),
  body: text.describe('通知正文，照录原文'),
  attachments: z.array(text).describe('附件名称，按原文顺序'),
  source: z.string().optional().describe('原文文件路径（相对仓库根目录），用于核对转录，如 seeds/000_10ae24934fdcea49.txt'),
});

export type Notice = z.infer<typeof NoticeSchema>;
