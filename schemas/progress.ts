// Progress records (issue #5): what each unit owes under the plan, what it has
// submitted, the problems it is rectifying, and what the 督导组 found.
//
// Files under content/progress/:
//   deliverables.yaml           应交事项: each plan deadline that every unit meets separately
//   <unit-id>.yaml              one unit's record (submissions, rectification items)
//   supervision.yaml            督导组's findings (written by the supervision group, not by units)
//
// The schemas check shapes only. Everything that relates one field to another,
// to another file or to today (dates in order, status agreeing with dates,
// references) is in src/content-model/progress-rules.ts, so that one run
// reports every problem even when a shape is wrong.
import { z } from 'zod';
import { appliesToEmpty } from '../src/rules/progress.ts';
import { contentDate, dayDate, id, link, name, text, uniqueId, unitRef } from './common.ts';

/** Which units a deliverable applies to: the union of everything given. */
export const UnitSelectorSchema = z
  .strictObject({
    leadingGroupMembers: z
      .boolean()
      .optional()
      .describe('填 true：领导小组全部成员单位（content/units.yaml 中 leadingGroupMember 为 true 的单位）；false 与省略相同'),
    kinds: z
      .array(name)
      .min(1)
      .optional()
      .describe('按单位类别选取，如 [镇, 乡, 街道] 即全部乡镇（街道）；可选的类别见 content/units.yaml 的 kinds'),
    units: z.array(unitRef).min(1).optional().describe('逐一列出的单位编号（见 content/units.yaml），如 [education-bureau]'),
  })
  .superRefine((s, ctx) => {
    if (s.leadingGroupMembers !== true && s.kinds === undefined && s.units === undefined) appliesToEmpty.issue(ctx);
  });

export const DeliverableSchema = z.strictObject({
  id: uniqueId('事项编号').describe('事项编号，如 self-check；各单位报送时引用它'),
  title: text.describe('事项名称，如 完成自查'),
  deadline: contentDate.describe('完成时限，须与实施方案一致，如 2020-08-31；到月的写 2020-12（指该月底）'),
  planRef: id.describe(
    '实施方案中的出处：content/plan.yaml 中 deadlines 的编号（如 self-check），或带时限的步骤编号（如 archives）',
  ),
  appliesTo: UnitSelectorSchema.describe('适用单位：leadingGroupMembers、kinds、units 可同时填写，取并集'),
});

export const DeliverablesFileSchema = z.strictObject({
  deliverables: z.array(DeliverableSchema).min(1).describe('各单位须分别完成并报送的事项，按时限先后排列'),
});

export const SubmissionSchema = z.strictObject({
  deliverable: id.describe('事项编号（见 content/progress/deliverables.yaml），如 self-check'),
  date: dayDate.describe('完成（报送）日期，如 2020-08-28'),
  evidence: link.optional().describe('佐证材料链接（可选）：本站页面以 / 开头，如 /news/2020-08-28-self-check/；或 https:// 网址'),
});

export const rectificationStatuses = ['待整改', '整改中', '已整改'] as const;
export type RectificationStatus = (typeof rectificationStatuses)[number];

export const RectificationSchema = z.strictObject({
  id: uniqueId('整改事项编号').describe('整改事项编号，本文件内不重复，如 library-register'),
  problem: text.describe('存在的问题，写清是什么问题、在哪里，如 某校功能室图书登记不完整'),
  unit: unitRef.optional().describe('责任单位的编号；省略时为本文件所属单位'),
  finding: id
    .optional()
    .describe('问题来自督导组的哪条督导意见：督导意见的编号（见 content/progress/supervision.yaml）；自查发现的问题省略'),
  found: dayDate.describe('发现问题的日期，如 2020-08-25'),
  deadline: contentDate.describe('整改时限，如 2020-10-31；到月的写 2020-10（指该月底）'),
  status: z.enum(rectificationStatuses).describe('整改状态：待整改、整改中或已整改'),
  closed: dayDate.optional().describe('整改完成日期，如 2020-10-20（已整改时必填，未完成时不填）'),
  evidence: link.optional().describe('整改佐证材料链接（已整改时必填）：本站页面以 / 开头，或 https:// 网址'),
});

export const UnitRecordSchema = z.strictObject({
  unit: unitRef.describe('本文件所属单位的编号，须与文件名相同：finance-bureau.yaml 中写 finance-bureau'),
  submissions: z
    .array(SubmissionSchema)
    .optional()
    .describe('已完成（报送）的事项，每个事项一条；尚未完成的事项不写'),
  rectifications: z.array(RectificationSchema).optional().describe('整改事项：自查和督导检查发现的问题及整改情况'),
});

export const SupervisionFindingSchema = z.strictObject({
  id: uniqueId('督导意见编号').describe('督导意见编号，本文件内不重复，如 2020-11-05-wunvdian'),
  date: dayDate.describe('督导检查日期，如 2020-11-05'),
  unit: unitRef.describe('被督导单位的编号（见 content/units.yaml）'),
  finding: text.describe('发现的问题和整改要求'),
  circulated: z.boolean().describe('是否通报批评：true 或 false（方案规定对限期整改不到位的进行通报批评）'),
});

export const SupervisionFileSchema = z.strictObject({
  findings: z.array(SupervisionFindingSchema).describe('督导组的督导意见，按日期先后排列'),
});

/** The schema of each kind of file under content/progress/. */
export const progressSchemas = {
  deliverables: DeliverablesFileSchema,
  record: UnitRecordSchema,
  supervision: SupervisionFileSchema,
} as const;

export type UnitSelector = z.infer<typeof UnitSelectorSchema>;
export type Deliverable = z.infer<typeof DeliverableSchema>;
export type DeliverablesFile = z.infer<typeof DeliverablesFileSchema>;
export type Submission = z.infer<typeof SubmissionSchema>;
export type Rectification = z.infer<typeof RectificationSchema>;
export type UnitRecord = z.infer<typeof UnitRecordSchema>;
export type SupervisionFinding = z.infer<typeof SupervisionFindingSchema>;
export type SupervisionFile = z.infer<typeof SupervisionFileSchema>;
