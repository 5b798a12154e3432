import { z } from 'zod';
import { personalDataAllowed, dayDate, text, unitRef } from './common.ts';

export const categories = ['工作动态', '成果展示', '宣传报道', '通知公告'] as const;

export const AchievementSchema = z.strictObject({
  title: text.describe('标题'),
  date: dayDate.describe('发布日期，如 2020-08-01'),
  unit: unitRef.describe('发布单位的编号（见 content/units.yaml）'),
  category: z.enum(categories).describe('栏目：工作动态、成果展示、宣传报道、通知公告'),
  summary: text.describe('摘要，一两句话，显示在列表中'),
  image: z
    .strictObject({
      src: z.string().describe('图片文件路径，相对本文件，如 ./photo.jpg'),
      alt: text.describe('图片的文字说明（替代文本），供读屏软件朗读'),
    })
    .optional()
    .describe('配图（可选）'),
  personalDataAllowed: personalDataAllowed.optional(),
});

export type Achievement = z.infer<typeof AchievementSchema>;
