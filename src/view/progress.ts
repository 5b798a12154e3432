// 工作进度: where the campaign stands as of the computed day, phase by phase,
// deadline by deadline and unit by unit.
import type { SiteContent } from '../content-model/model.ts';
import { formatDate, formatRange, lastDay } from '../lib/dates.ts';
import { overallProgress } from '../lib/deliverables.ts';
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
  type Status,
} from '../lib/progress.ts';
import { countyWords } from './county.ts';
import { exampleRecordsNote, listParts } from './example.ts';
import { link, type Inline } from './inline.ts';
import { dating, type ViewOptions } from './options.ts';
import { progressNow, type ProgressNowModel } from './progress-now.ts';
import {
  burndownModel,
  findingsModel,
  matrixModel,
  overdueModel,
  progressRecords,
  rectificationItems,
  type BurndownModel,
  type FindingsModel,
  type MatrixModel,
  type OverdueModel,
} from './progress-parts.ts';
import { findingsAsOf } from './progress-records.ts';

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
    readonly exampleNote: readonly Inline[] | undefined;
    readonly matrix: MatrixModel;
    readonly overdue: OverdueModel;
    /** Undefined when no rectification item had been found: `noBurndown` says so. */
    readonly burndown: BurndownModel | undefined;
    readonly noBurndown: string;
    readonly findings: FindingsModel;
  };
  readonly phases: readonly PhaseListModel[];
}

const TIMELINE_VARIANTS: readonly { name: 'narrow' | 'wide'; options: ChartOptions }[] = [
  { name: 'narrow', options: { width: 340, labelWidth: 118, fontSize: 13, smallSize: 12, rowHeight: 46, compact: true } },
  { name: 'wide', options: { width: 960, labelWidth: 230, fontSize: 15, smallSize: 13, rowHeight: 44, compact: false } },
];

export function progressPage(content: SiteContent, options: ViewOptions): ProgressPage {
  const { href } = options;
  const plan = content.plan.data;
  const when = dating(content.site.data, options.buildDate);
  const { asOf, buildDate, archived } = when;
  const asOfText = formatDate(asOf);
  const county = countyWords(content.site.data.county);

  const tableId = 'timeline-table';
  const charts = TIMELINE_VARIANTS.map((v) => ({ ...v, layout: layoutTimeline(plan, asOf, v.options) }));
  const timeline: TimelineModel = {
    description:
      plan.phases.map((p) => `${phaseOrdinal(p)}${p.name}，${formatRange(p.start, p.end)}，${STATUS_TEXT[spanStatus(p.start, p.end, asOf)]}`).join('；') +
      `。以上按${asOfText}计算；各步骤和时限的日期与状态见图后的表格。`,
    tableId,
    charts,
    legend: `图例：横条为阶段，实心为“已完成”，斜纹为“进行中”，虚线框为“未开始”；菱形为完成时限，空心为“未到期”，实心为“已过期限”。${charts[0]?.layout.asOf ? '红色虚线为进度计算日。' : ''}每行左侧同时写明状态，同样的内容见`,
    caption: `工作步骤时间线（截至${asOfText}）`,
    rows: timelineRows(plan, asOf).map((r) =>
      r.kind === 'phase'
        ? { kind: 'phase', label: `${phaseOrdinal(r.phase)} ${r.phase.name}`, when: formatRange(r.phase.start, r.phase.end), status: r.status }
        : { kind: 'dated', phase: `${phaseOrdinal(r.phase)}：`, label: r.label, when: `${formatDate(r.date)}前`, status: r.status },
    ),
  };

  const deadlines: DeadlinesModel = {
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

  // Per-unit records: real ones once any exist, else the examples, never mixed.
  const records = progressRecords(content);
  const overall = overallProgress(records.input, asOf);
  const findings = findingsAsOf(records.findings, overall.units.flatMap((u) => u.rectifications), asOf);
  // Only what the section actually shows on asOf is called an example.
  const exampleParts = listParts([
    records.example && '各单位完成情况',
    records.example && rectificationItems(records).some((i) => i.found <= asOf) && '整改问题',
    records.findingsExample && findings.length > 0 && '督导意见',
  ]);

  return {
    description: `实施方案各阶段和完成时限的进度，按${asOfText}计算。`,
    sourceFile: content.plan.file,
    intro: [
      `进度按${asOfText}计算${archived ? '（本专栏已归档，计算日期固定）' : ''}；本站构建于${formatDate(buildDate)}。阶段和时限照录`,
      link('实施方案', href('plan/')),
      '。',
    ],
    now: progressNow(plan, when),
    timeline,
    deadlines,
    units: {
      meta: `进度按${asOfText}计算${archived ? '（已归档）' : ''}；本站构建于${formatDate(buildDate)}。各单位报送的记录经领导小组办公室汇总后发布。`,
      exampleNote: exampleParts.length > 0 ? exampleRecordsNote(county, exampleParts, 'section') : undefined,
      matrix: matrixModel(content, records, overall, asOf, href),
      overdue: overdueModel(content, records, asOf, href),
      burndown: burndownModel(records, overall, asOf),
      noBurndown: `截至${asOfText}，${records.example ? '示例记录中' : ''}没有需要整改的问题。`,
      findings: findingsModel(content, findings, records.findingsExample, asOf, href),
    },
    phases: plan.phases.map((p) => ({
      id: `phase-${p.id}`,
      heading: `${phaseOrdinal(p)}：${p.name}`,
      when: formatRange(p.start, p.end),
      status: spanStatus(p.start, p.end, asOf),
      summary: p.summary,
      steps: (p.steps ?? []).map((s) => ({
        label: stepLabel(s, p),
        deadline: s.deadline && `（${formatDate(s.deadline)}前）`,
        status: stepStatus(s, p, asOf),
        text: s.text,
      })),
    })),
  };
}
