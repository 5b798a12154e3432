import { z } from 'zod';
import { contentDate, docNumber, id, text, uniqueId } from './common.ts';

// Phases, steps, deadlines and requirements share one set of ids: a deliverable's planRef names any of them.
const planId = uniqueId('编号');

export const BasisItemSchema = z.strictObject({
  title: text.describe('依据名称，不含书名号，如 国务院关于深入推进义务教育均衡发展的意见'),
  kind: z.enum(['文件', '讲话']).describe('依据类别：文件或讲话'),
  docNumber: docNumber.optional().describe('发文字号，如 国发〔2012〕48号；讲话等无文号时省略'),
});

export const StepSchema = z.strictObject({
  id: planId.describe('步骤编号，如 set-up-organisation'),
  title: text.optional().describe('步骤标题，如 成立工作机构；原文无标题时省略'),
  text: text.describe('步骤内容，照录原文'),
  deadline: contentDate.optional().describe('完成时限，如 2020-11-16；到月的写 2020-12'),
});

export const PhaseSchema = z.strictObject({
  id: planId.describe('阶段编号，如 publicity'),
  number: z.int().min(1).describe('阶段序号：第几阶段'),
  name: text.describe('阶段名称，如 宣传发动'),
  start: contentDate.describe('开始日期，如 2020-08-01；到月的写 2020-12'),
  end: contentDate.describe('结束日期，如 2020-08-15；到月的写 2020-12（指该月底）'),
  dateSeparator: z.enum(['至', '—', '－', '～', '到']).optional().describe('原文中起止日期之间的连接符，照录原文，如 —；省略时为 至'),
  summary: text.optional().describe('阶段说明，照录原文'),
  steps: z.array(StepSchema).optional().describe('阶段内的具体步骤'),
});

export const DeadlineSchema = z.strictObject({
  id: planId.describe('时限编号，如 self-check'),
  title: text.describe('事项，如 完成自查'),
  date: contentDate.describe('最后期限，如 2020-08-31'),
  phase: id.describe('所属阶段的编号'),
  appliesTo: text.describe('适用单位范围，照录原文，如 各乡镇、各有关部门'),
});

export const RequirementSchema = z.strictObject({
  id: planId.describe('要求编号，如 strengthen-leadership'),
  number: z.int().min(1).describe('序号：第几条'),
  title: text.describe('标题，如 加强领导，落实责任'),
  text: text.describe('内容，照录原文'),
});

export const PlanSchema = z.strictObject({
  title: text.describe('实施方案标题'),
  basis: z.array(BasisItemSchema).min(1).describe('制定依据，按原文顺序'),
  preamble: text.describe('依据之后的开头段落，照录原文'),
  guidingIdeology: text.describe('一、指导思想'),
  goal: text.describe('二、工作目标'),
  tasks: z
    .strictObject({
      summary: text.describe('工作任务总述，照录原文'),
      keyAreas: z.array(text).min(1).describe('重点抓好的几个方面'),
    })
    .describe('三、工作任务'),
  phases: z.array(PhaseSchema).min(1).describe('四、工作步骤：各阶段，按时间顺序'),
  deadlines: z.array(DeadlineSchema).describe('方案规定的各项完成时限'),
  requirements: z.array(RequirementSchema).min(1).describe('五、工作要求'),
});

export type Plan = z.infer<typeof PlanSchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
