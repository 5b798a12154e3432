// The plan's wording as the seed document writes it, rebuilt from the
// structured content, and the anchors that let every part be linked.
// The content keeps the parts (basis items, step titles, deadlines) apart so
// they can be listed and computed on; the pages must still read like the paper.
import type { Plan } from '../../schemas/plan.ts';
import { formatDate, formatRange } from './dates.ts';

type BasisItem = Plan['basis'][number];
type Phase = Plan['phases'][number];
type Step = NonNullable<Phase['steps']>[number];
type Requirement = Plan['requirements'][number];

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (the numbering of official documents). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumber: ${n} is outside 1–99`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** A document in 书名号 followed by its 发文字号; a speech is cited as plain words. */
export function citeBasis(item: BasisItem): string {
  if (item.kind === '讲话') return item.title;
  return `《${item.title}》${item.docNumber ? `（${item.docNumber}）` : ''}`;
}

/**
 * 依据《…》（…）《…》（…）和…，: citations follow one another without a
 * separator and the last is joined with 和, as the seed writes it.
 */
export function basisClause(basis: readonly BasisItem[]): string {
  const cited = basis.map(citeBasis);
  const last = cited.pop();
  if (last === undefined) return '';
  return `依据${cited.join('')}${cited.length > 0 ? '和' : ''}${last}，`;
}

/** The plan's opening paragraph: the basis clause, then the preamble. */
export function openingParagraph(plan: Pick<Plan, 'basis' | 'preamble'>): string {
  return `${basisClause(plan.basis)}${plan.preamble}`;
}

/** The five numbered sections of the plan, in the seed's order. */
export const PLAN_SECTIONS = [
  { id: 'guiding-ideology', title: '指导思想' },
  { id: 'goal', title: '工作目标' },
  { id: 'tasks', title: '工作任务' },
  { id: 'steps', title: '工作步骤' },
  { id: 'requirements', title: '工作要求' },
] as const;

export type PlanSectionId = (typeof PLAN_SECTIONS)[number]['id'];

/** 一、指导思想 */
export function sectionHeading(id: PlanSectionId): string {
  const index = PLAN_SECTIONS.findIndex((s) => s.id === id);
  return `${chineseNumber(index + 1)}、${PLAN_SECTIONS[index]!.title}`;
}

/**
 * 第二阶段：自查整改（2020年8月16日至10月31日）; a month reads 2020年12月底; a
 * phase whose dates the document joins otherwise keeps its `dateSeparator` (2020年8月1日—8月15日).
 */
export function phaseHeading(phase: Pick<Phase, 'number' | 'name' | 'start' | 'end' | 'dateSeparator'>): string {
  return `第${chineseNumber(phase.number)}阶段：${phase.name}（${formatRange(phase.start, phase.end, phase.dateSeparator)}）`;
}

/** What stands before a step's text: 成立工作机构。 or 2020年11月16日前， */
export function stepLead(step: Pick<Step, 'title' | 'deadline'>): string {
  const title = step.title ? `${step.title}。` : '';
  const deadline = step.deadline ? `${formatDate(step.deadline, 'end')}前，` : '';
  return `${title}${deadline}`;
}

/** A whole step as one line of the paper document: 1.成立工作机构。成立… */
export function stepLine(step: Step, index: number): string {
  return `${index + 1}.${stepLead(step)}${step.text}`;
}

/** （一）加强领导，落实责任。 */
export function requirementLead(req: Pick<Requirement, 'number' | 'title'>): string {
  return `（${chineseNumber(req.number)}）${req.title}。`;
}

// Anchor ids, shared by the plan pages and by the links that point into them.
export const phaseAnchor = (id: string): string => `phase-${id}`;
export const stepAnchor = (id: string): string => `step-${id}`;
export const requirementAnchor = (id: string): string => `requirement-${id}`;
export const OPENING_ANCHOR = 'opening';
export const BASIS_ANCHOR = 'basis';
export const ATTACHMENT_ANCHOR = 'attachment';

/** The attachment's closing sentence on the leading group's office, as the seed writes it. */
export function officeSentence(office: { unitName: string; headName: string; headTitle: string; duty: string }): string {
  return `领导小组下设办公室，办公室设在${office.unitName}，${office.headName}同志兼任${office.headTitle}，${office.duty}。`;
}
