// 工作进度: where the campaign stands as of the computed day, phase by phase,
// deadline by deadline and unit by unit.
import type { Plan } from '../../schemas/plan.ts';
import type { SiteContent } from '../content-model/model.ts';
import { firstDay, formatDate, formatRange, lastDay } from '../lib/dates.ts';
import { overallProgress } from '../lib/deliverables.ts';
import { phaseProgress, type PhaseDeliverable, type PhaseProgress } from '../lib/phase-progress.ts';
import {
  deadlineStatus,
  layoutTimeline,
  phaseOrdinal,
  spanStatus,
  STATUS_TEXT,
  stepLabel,
  stepStatus,
  timelineRows,
  type ChartLayout,
  type ChartOptions,
  type PhaseLike,
  type PhaseStatus,
  type Status,
} from '../lib/progress.ts';
import { link, type Inline } from './inline.ts';
import { campaignFacts } from './facts.ts';
import { dossierLink, type DossierLinkModel } from './dossier.ts';
import { dating, datingNote, type ViewOptions } from './options.ts';
import { progressNow, type ProgressNowModel } from './progress-now.ts';
import {
  burndownModel,
  findingsModel,
  matrixModel,
  overdueModel,
  progressRecords,
  type BurndownModel,
  type FindingsModel,
  type MatrixModel,
  type OverdueModel,
} from './progress-parts.ts';
import { findingsAsOf } from './progress-records.ts';
import type { Crumb } from './layout.ts';

export interface TimelineModel {
  /** The chart's text alternative: each phase, its dates and status. */
  readonly description: string;
  readonly tableId: string;
  /** A narrow layout for phones and a wide one; CSS shows one. */
  readonly charts: readonly { readonly name: 'narrow' | 'wide'; readonly options: ChartOptions; readonly layout: ChartLayout }[];
  readonly legend: string;
  readonly caption: string;
  readonly rows: readonly (
    | { readonly kind: 'phase'; readonly label: string; readonly when: string; readonly status: Status }
    | { readonly kind: 'dated'; readonly phase: string; readonly label: string; readonly when: string; readonly status: Status }
  )[];
}

export interface DeadlinesModel {
  /** What the table lists, and how it relates to the deliverables of 各单位进度 (one count for both). */
  readonly intro: string;
  readonly caption: string;
  readonly rows: readonly {
    readonly title: string;
    readonly appliesTo: string;
    readonly phase: string;
    /** Said when the plan puts the deadline after the end of its phase. */
    readonly afterPhase: string | undefined;
    readonly date: string;
    readonly status: Status;
  }[];
}

export interface PhaseListModel {
  readonly id: string;
  readonly heading: string;
  readonly when: string;
  readonly status: Status;
  /** What the records say of the phase: 计划于2020年8月15日结束；完成情况无记录。 */
  readonly record: string | undefined;
  readonly summary: string | undefined;
  readonly steps: readonly {
    readonly label: string;
    readonly deadline: string | undefined;
    readonly status: Status;
    readonly text: string;
  }[];
}

export interface ProgressPage {
  readonly description: string;
  readonly sourceFile: string;
  readonly intro: readonly Inline[];
  readonly now: ProgressNowModel;
  readonly timeline: TimelineModel;
  readonly deadlines: DeadlinesModel;
  readonly units: {
    readonly meta: string;
    readonly matrix: MatrixModel;
    readonly overdue: OverdueModel;
    /** Undefined when no rectification item had been found: `noBurndown` says so. */
    readonly burndown: BurndownModel | undefined;
    readonly noBurndown: string;
    readonly findings: FindingsModel;
  };
  readonly phases: readonly PhaseListModel[];
  /** 资料汇编（PDF，…）, when the build published it. */
  readonly dossier: DossierLinkModel | undefined;
  /**
   * The long parts live on their own pages, so /progress/ stays light on a
   * phone: each is linked from here with a sentence saying what is there.
   */
  readonly more: {
    readonly timeline: readonly Inline[];
    readonly units: readonly Inline[];
    readonly phases: readonly Inline[];
  };
}

/** The pages the long parts of /progress/ moved to: linked from /progress/ and listed in the site map. */
export const PROGRESS_SUB_PAGES = {
  timeline: { label: '工作步骤时间线', path: 'progress/timeline/' },
  units: { label: '各单位事项完成情况', path: 'progress/units/' },
  phases: { label: '各阶段工作内容', path: 'progress/phases/' },
} as const;

const TIMELINE_VARIANTS: readonly { name: 'narrow' | 'wide'; options: ChartOptions }[] = [
  { name: 'narrow', options: { width: 340, labelWidth: 118, fontSize: 13, smallSize: 12, rowHeight: 46, compact: true } },
  { name: 'wide', options: { width: 960, labelWidth: 230, fontSize: 15, smallSize: 13, rowHeight: 44, compact: false } },
];

/** Where a phase's deliverables stand, unit by unit, in words: “完成自查”：适用于 34 个单位，5 个已完成（其中 1 个逾期完成），29 个无记录. */
function deliverableCounts(d: PhaseDeliverable): string {
  const done = d.onTime + d.late;
  const parts = [
    `${done} 个已完成${d.late > 0 ? `（其中 ${d.late} 个逾期完成）` : ''}`,
    ...(d.notDone > 0 ? [`${d.notDone} 个有记录但未完成`] : []),
    ...(d.unrecorded > 0 ? [`${d.unrecorded} 个无记录`] : []),
  ];
  return `“${d.deliverable.title}”：适用于 ${d.applicable} 个单位，${parts.join('，')}`;
}

/** What the records say of a phase, after its dates (undefined before it starts). */
export function phaseRecordText(p: PhaseProgress, asOf: string): string | undefined {
  const end = formatDate(p.phase.end, 'end');
  const owed = p.deliverables.filter((d) => d.applicable > 0);
  const counts = owed.map(deliverableCounts).join('；');
  switch (p.outcome) {
    case 'pending':
      return undefined;
    case 'active':
      return owed.length > 0 ? `计划于${end}结束。截至${formatDate(asOf)}，${counts}。` : `计划于${end}结束。`;
    case 'done':
      return `计划于${end}结束；各单位的记录表明本阶段须分别完成的事项都已完成：${counts}。`;
    case 'partial':
      return `计划于${end}结束；${counts}。`;
    case 'unrecorded':
      return `计划于${end}结束；完成情况无记录。`;
  }
}

export function progressPage(content: SiteContent, options: ViewOptions): ProgressPage {
  const { href } = options;
  const plan = content.plan.data;
  const when = dating(content, options.buildDate);
  const { asOf, buildDate } = when;
  const asOfText = formatDate(asOf);
  const basis = datingNote(when, 'basis');

  // The records decide whether a past phase was done; the calendar only says its dates have passed.
  const records = progressRecords(content);
  const overall = overallProgress(records.input, asOf);
  const findings = findingsAsOf(records.findings, overall.units.flatMap((u) => u.rectifications), asOf);
  const over = when.ended !== undefined && asOf >= when.ended;
  const phases = phaseProgress(plan, records.input, asOf, over);
  const outcomeOf = new Map(phases.map((p) => [p.phase.id, p]));
  const phaseStatus = (phase: PhaseLike): PhaseStatus => outcomeOf.get(phase.id)?.outcome ?? spanStatus(phase.start, phase.end, asOf);
  // The campaign's span: the plan's first day to its last, or to the campaign's end when later.
  const span = { from: firstDay(plan.phases.map((p) => firstDay(p.start)).sort()[0]!), to: [...plan.phases.map((p) => lastDay(p.end)), ...(when.ended ? [when.ended] : [])].sort().at(-1)! };

  const tableId = 'timeline-table';
  const charts = TIMELINE_VARIANTS.map((v) => ({ ...v, layout: layoutTimeline(plan, asOf, v.options, { phaseStatus, until: when.ended }) }));
  const timeline: TimelineModel = {
    description:
      plan.phases.map((p) => `${phaseOrdinal(p)}${p.name}，${formatRange(p.start, p.end)}，${STATUS_TEXT[phaseStatus(p)]}`).join('；') +
      `。以上按${asOfText}计算；各步骤和时限的日期与状态见图后的表格。`,
    tableId,
    charts,
    legend:
      '图例：横条为阶段，实心为“已完成”（各单位的记录表明本阶段须分别完成的事项都已完成），斜纹为“进行中”，虚线框为“未开始”，灰色为已过计划结束日期、但记录不全的“部分完成”（绿框）或“完成情况无记录”；菱形为完成时限，空心为“未到期”，实心为“已过期限”。' +
      `${charts[0]?.layout.asOf ? '红色虚线为进度计算日。' : ''}每行左侧同时写明状态，同样的内容见`,
    caption: `工作步骤时间线（截至${asOfText}）`,
    rows: timelineRows(plan, asOf, phaseStatus).map((r) =>
      r.kind === 'phase'
        ? { kind: 'phase', label: `${phaseOrdinal(r.phase)} ${r.phase.name}`, when: formatRange(r.phase.start, r.phase.end), status: r.status }
        : { kind: 'dated', phase: `${phaseOrdinal(r.phase)}：`, label: r.label, when: `${formatDate(r.date)}前`, status: r.status },
    ),
  };

  const facts = campaignFacts(content);
  const tabled = facts.deliverables.filter((d) => plan.deadlines.some((x) => x.id === d.deliverable.planRef)).map((d) => `“${d.deliverable.title}”`);
  const stepped = facts.deliverables
    .filter((d) => !plan.deadlines.some((x) => x.id === d.deliverable.planRef))
    .map((d) => {
      const phase = plan.phases.find((p) => (p.steps ?? []).some((s) => s.id === d.deliverable.planRef));
      const step = phase?.steps?.find((s) => s.id === d.deliverable.planRef);
      const where = phase && step ? `${phaseOrdinal(phase)}${step.title ? `“${step.title}”` : stepLabel(step, phase)}中` : '实施方案的步骤中';
      return `“${d.deliverable.title}”的时限写在${where}（${formatDate(d.deliverable.deadline)}前）`;
    });
  const deadlines: DeadlinesModel = {
    intro:
      `下表是实施方案写明的 ${plan.deadlines.length} 个完成时限；各阶段步骤的时限见上面的时间线。` +
      (facts.deliverables.length === 0
        ? ''
        : `各单位须分别完成的事项共 ${facts.deliverables.length} 项，见下面的“各单位进度”：${tabled.length > 0 ? `${tabled.join('')}在下表中` : ''}${tabled.length > 0 && stepped.length > 0 ? '；' : ''}${stepped.join('；')}。`),
    caption: `实施方案规定的完成时限（截至${asOfText}）`,
    rows: plan.deadlines.map((d) => {
      const phase = plan.phases.find((p) => p.id === d.phase);
      return {
        title: d.title,
        appliesTo: `适用单位：${d.appliesTo}`,
        phase: `所属阶段：${phase ? `${phaseOrdinal(phase)} ${phase.name}` : d.phase}`,
        afterPhase: phase && lastDay(d.date) > lastDay(phase.end) ? `（期限在该阶段结束日${formatDate(phase.end, 'end')}之后，照录原文）` : undefined,
        date: `${formatDate(d.date)}前`,
        status: deadlineStatus(d.date, asOf),
      };
    }),
  };

  return {
    description: `实施方案各阶段和完成时限的进度，按${asOfText}计算。`,
    sourceFile: content.plan.file,
    intro: [`进度按${asOfText}${basis}计算；本站更新于${formatDate(buildDate)}。阶段和时限照录`, link('实施方案', href('plan/')), '。'],
    now: progressNow(content, when),
    timeline,
    deadlines,
    more: {
      timeline: ['各阶段和各工作步骤的起止日期和完成情况，画成时间线并列成表格，见', link(PROGRESS_SUB_PAGES.timeline.label, href(PROGRESS_SUB_PAGES.timeline.path)), '。'],
      units: ['每个单位要完成哪些事项、各项完成了没有（按单位逐行列出的表格），见', link(PROGRESS_SUB_PAGES.units.label, href(PROGRESS_SUB_PAGES.units.path)), '。'],
      phases: ['实施方案每个阶段的工作步骤、工作要求和完成情况，见', link(PROGRESS_SUB_PAGES.phases.label, href(PROGRESS_SUB_PAGES.phases.path)), '。'],
    },
    units: {
      meta: `进度按${asOfText}${basis}计算；本站更新于${formatDate(buildDate)}。各单位报送的记录经领导小组办公室汇总后发布。`,
      matrix: matrixModel(content, records, overall, asOf, href),
      overdue: overdueModel(content, records, when, href),
      burndown: burndownModel(records, overall, asOf, span),
      noBurndown: `截至${asOfText}，没有登记需要整改的问题。`,
      findings: findingsModel(content, findings, asOf, href),
    },
    phases: phases.map((progress) => {
      const p = progress.phase as Plan['phases'][number];
      const status = phaseStatus(p);
      return {
        id: `phase-${p.id}`,
        heading: `${phaseOrdinal(p)}：${p.name}`,
        when: formatRange(p.start, p.end),
        status,
        record: phaseRecordText(progress, asOf),
        summary: p.summary,
        steps: (p.steps ?? []).map((s) => ({
          label: stepLabel(s, p),
          deadline: s.deadline && `（${formatDate(s.deadline)}前）`,
          // A step without its own deadline is as done as its phase is, by the records.
          status: s.deadline === undefined ? status : stepStatus(s, p, asOf),
          text: s.text,
        })),
      };
    }),
    dossier: dossierLink(options),
  };
}

/** /progress/units/: the per-unit table of deliverables, moved off /progress/ for its length. */
export interface ProgressUnitsPage {
  readonly title: string;
  readonly description: string;
  readonly sourceFile: string;
  readonly trail: readonly Crumb[];
  readonly meta: string;
  readonly matrix: MatrixModel;
}

export function progressUnitsPage(content: SiteContent, options: ViewOptions): ProgressUnitsPage {
  const m = progressPage(content, options);
  return {
    title: PROGRESS_SUB_PAGES.units.label,
    description: `各单位每项要完成的事项完成了没有。${m.units.meta}`,
    sourceFile: m.sourceFile,
    trail: [{ label: '工作进度', path: 'progress/' }],
    meta: m.units.meta,
    matrix: m.units.matrix,
  };
}

/** /progress/timeline/: the timeline chart and its table, moved off /progress/ for their weight. */
export interface ProgressTimelinePage {
  readonly title: string;
  readonly description: string;
  readonly sourceFile: string;
  readonly trail: readonly Crumb[];
  readonly timeline: TimelineModel;
}

export function progressTimelinePage(content: SiteContent, options: ViewOptions): ProgressTimelinePage {
  const m = progressPage(content, options);
  return {
    title: PROGRESS_SUB_PAGES.timeline.label,
    description: '实施方案各阶段和各工作步骤的起止日期和完成情况：时间线和表格。',
    sourceFile: m.sourceFile,
    trail: [{ label: '工作进度', path: 'progress/' }],
    timeline: m.timeline,
  };
}

/** /progress/phases/: every phase's steps and requirements, moved off /progress/ for its length. */
export interface ProgressPhasesPage {
  readonly title: string;
  readonly description: string;
  readonly sourceFile: string;
  readonly trail: readonly Crumb[];
  /** Over the phases, so their headings (h3) sit under an h2. */
  readonly heading: string;
  readonly phases: readonly PhaseListModel[];
}

export function progressPhasesPage(content: SiteContent, options: ViewOptions): ProgressPhasesPage {
  const m = progressPage(content, options);
  return {
    title: PROGRESS_SUB_PAGES.phases.label,
    description: '实施方案每个阶段的工作步骤、工作要求和完成情况。',
    sourceFile: m.sourceFile,
    trail: [{ label: '工作进度', path: 'progress/' }],
    heading: '各阶段的工作步骤和要求',
    phases: m.phases,
  };
}
