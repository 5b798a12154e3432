// The parts of the progress records a reader sees on the 工作进度 page and on
// each unit's page: the deliverable matrix, the overdue list, the burndown
// of rectification items and the supervision findings, each in the words the
// page shows.
import type { Rectification, SupervisionFinding, UnitRecord } from '../../schemas/progress.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { SiteContent } from '../content-model/model.ts';
import { formatDate } from '../lib/dates.ts';
import { burndown, overdueItems, type ItemStatus, type OverallProgress, type ProgressInput, type Tally } from '../lib/deliverables.ts';
import type { Deliverable } from '../../schemas/progress.ts';
import { campaignFacts } from './facts.ts';
import type { Inline } from './inline.ts';
import type { Dating, Href } from './options.ts';
import { burndownChanges, burndownSummary, deliverableMatrix, layoutBurndown, type BurndownLayout, type ChartBox, type FindingView } from './progress-records.ts';
import { unitLookup } from './units.ts';

// ---------------------------------------------------------------------------
// The records in the content

export interface ProgressRecords {
  readonly input: ProgressInput<Deliverable, Rectification> & { readonly units: readonly Unit[] };
  readonly findings: readonly SupervisionFinding[];
}

const cache = new WeakMap<SiteContent, ProgressRecords>();

/** The progress records the pages show. */
export function progressRecords(content: SiteContent): ProgressRecords {
  let found = cache.get(content);
  if (found) return found;
  const records: readonly UnitRecord[] = content.progress.records.map((r) => r.data);
  found = {
    input: { deliverables: content.progress.deliverables?.data.deliverables ?? [], units: content.units.data.units, records },
    findings: content.progress.supervision.flatMap((s) => s.data.findings),
  };
  cache.set(content, found);
  return found;
}

/** 按期完成 3，逾期完成 1，逾期未完成 2，未到期 4 */
export const tallyText = (t: Tally): string => `按期完成 ${t['on-time']}，逾期完成 ${t.late}，逾期未完成 ${t.overdue}，未到期 ${t['not-due']}`;

// ---------------------------------------------------------------------------
// 应交事项完成情况: each unit × each deliverable

export type MatrixCellModel =
  | { readonly kind: 'not-applicable' }
  | { readonly kind: 'unrecorded' }
  | { readonly kind: 'status'; readonly status: ItemStatus; readonly done: string | undefined };

export interface MatrixModel {
  /** How many deliverables, the units each applies to, and how many units have a record. */
  readonly intro: string;
  /** 有记录的单位要完成的事项共 … 项次：… (when any unit has a record). */
  readonly tally: string | undefined;
  readonly caption: readonly Inline[];
  readonly columns: readonly { readonly title: string; readonly deadline: string }[];
  readonly groups: readonly {
    readonly heading: string;
    readonly rows: readonly {
      readonly label: string;
      readonly href: string;
      readonly cells: readonly MatrixCellModel[];
      /** A unit the plan gives a part without a deliverable (the office's unit): its duty, across the columns. */
      readonly duty: string | undefined;
    }[];
  }[];
}

export function matrixModel(content: SiteContent, records: ProgressRecords, overall: OverallProgress, asOf: string, href: Href): MatrixModel {
  const units = unitLookup(content.units.data);
  const facts = campaignFacts(content);
  const matrix = deliverableMatrix(records.input, asOf);
  const rows = matrix.groups.flatMap((g) => g.rows);
  const owing = facts.deliverableUnits.length;
  const recorded = rows.filter((r) => r.recorded && facts.deliverableUnits.includes(r.unit.id)).length;
  const t = overall.deliverables;
  // The matrix's rows and the office's unit, whose part is a duty rather than a deliverable, in directory order.
  const duties = new Map(facts.dutyUnits.map((d) => [d.unit, d.duty]));
  const listed = new Set([...rows.map((r) => r.unit.id), ...duties.keys()]);
  const groups: { kind: string; rows: MatrixModel['groups'][number]['rows'][number][] }[] = [];
  for (const unit of content.units.data.units.filter((u) => listed.has(u.id))) {
    const row = rows.find((r) => r.unit.id === unit.id);
    const model = {
      label: units.shortName(unit.id),
      href: href(`units/${unit.id}/`),
      cells: (row?.cells ?? []).map((cell): MatrixCellModel =>
        cell.kind === 'status' ? { kind: 'status', status: cell.status, done: cell.submission && `${formatDate(cell.submission.date)}完成` } : cell,
      ),
      duty: row === undefined ? `${duties.get(unit.id)}；实施方案没有要求本单位单独完成上列事项。` : undefined,
    };
    const group = groups.find((g) => g.kind === unit.kind);
    if (group) group.rows.push(model);
    else groups.push({ kind: unit.kind, rows: [model] });
  }
  return {
    intro:
      matrix.columns.length === 0
        ? '本站没有登记实施方案要求各单位分别完成的事项。'
        : `实施方案要求各单位分别完成的事项共 ${matrix.columns.length} 项：${facts.appliesText}。` +
          (recorded === 0 ? '尚未登记各单位的完成情况。' : `截至${formatDate(asOf)}，这 ${owing} 个单位中 ${recorded} 个有进度记录，${owing - recorded} 个尚无记录。`),
    tally: t.total > 0 ? `有记录的单位要完成的事项共 ${t.total} 项次：${tallyText(t)}。` : undefined,
    caption: [`各单位要完成的事项：完成情况（截至${formatDate(asOf)}）`],
    columns: matrix.columns.map((d) => ({ title: d.title, deadline: `${formatDate(d.deadline, 'end')}前` })),
    groups: groups.map((g) => ({ heading: `${g.kind}（${g.rows.length} 个）`, rows: g.rows })),
  };
}

// ---------------------------------------------------------------------------
// 逾期未完成事项

export interface OverdueModel {
  readonly summary: string;
  readonly items: readonly { readonly unit: { readonly name: string; readonly href: string }; readonly title: string; readonly detail: string }[];
}

export function overdueModel(content: SiteContent, records: ProgressRecords, when: Dating, href: Href): OverdueModel {
  const { asOf } = when;
  const units = unitLookup(content.units.data);
  const items = overdueItems(records.input, asOf);
  // A finished campaign counts days late to its end, and says so: never to today.
  const over = when.ended !== undefined && asOf >= when.ended;
  const at = over ? `截至${formatDate(asOf)}工作结束时` : `截至${formatDate(asOf)}`;
  return {
    summary:
      records.input.records.length === 0
        ? `${at}，尚未登记各单位的完成情况，无从判断是否逾期。`
        : items.length === 0
          ? `${at}，有进度记录的单位没有逾期未完成的事项。`
          : `${at}，共 ${items.length} 项逾期未完成，逾期最久的排在前面。`,
    items: items.map((item) => ({
      unit: { name: units.name(item.unit), href: href(`units/${item.unit}/`) },
      title: item.title,
      detail:
        `，${item.kind === 'deliverable' ? '要完成的事项' : '整改事项'}，时限${formatDate(item.deadline, 'end')}，` +
        (over ? `到工作结束时仍未完成，超过时限 ${item.daysOverdue} 天` : `已逾期 ${item.daysOverdue} 天`),
    })),
  };
}

// ---------------------------------------------------------------------------
// 整改问题销号情况: the burndown chart and its table

export interface BurndownChartModel {
  readonly name: 'narrow' | 'wide';
  readonly fontSize: number;
  readonly layout: BurndownLayout;
  readonly xTicks: readonly { readonly x: number; readonly label: string; readonly anchor: 'start' | 'end' }[];
  /** 尚未整改完成 3 项，其中逾期 1 项 */
  readonly endLabel: string;
}

export interface BurndownModel {
  /** What the section says above the chart. */
  readonly summary: readonly Inline[];
  /** The chart's text alternative. */
  readonly description: string;
  readonly charts: readonly BurndownChartModel[];
  readonly legend: string;
  readonly tableId: string;
  readonly rows: readonly {
    /** 2020年 | 11月20日: the only place a narrow screen may wrap the date. */
    readonly date: readonly [string, string];
    readonly found: number;
    readonly closed: number;
    readonly open: number;
    readonly overdue: number;
  }[];
}

const BURNDOWN_VARIANTS: readonly { name: 'narrow' | 'wide'; fontSize: number; box: ChartBox }[] = [
  { name: 'narrow', fontSize: 13, box: { width: 340, height: 220, left: 34, right: 14, top: 30, bottom: 46 } },
  { name: 'wide', fontSize: 14, box: { width: 760, height: 280, left: 44, right: 20, top: 30, bottom: 48 } },
];

/** The rectification items found by `asOf`, each under the unit responsible. */
export function rectificationItems(records: ProgressRecords): Rectification[] {
  return records.input.records.flatMap((r) => (r.rectifications ?? []).map((item) => ({ ...item, unit: item.unit ?? r.unit })));
}

/**
 * Undefined when no item had been found by `asOf`. The chart spans the
 * campaign, `span` (the plan's first day to its last, or to asOf when later),
 * so its time axis is the same as the timeline's.
 */
export function burndownModel(records: ProgressRecords, overall: OverallProgress, asOf: string, span: { readonly from: string; readonly to: string }): BurndownModel | undefined {
  const items = rectificationItems(records);
  const summary = burndownSummary(items, asOf);
  if (!summary) return undefined;
  const text = `从${formatDate(summary.first)}发现第一个问题到${formatDate(asOf)}，共发现 ${summary.found} 个需要整改的问题，已整改完成 ${summary.closed} 个，尚未整改完成 ${summary.open} 个，其中逾期 ${summary.overdue} 个；尚未整改完成的最多时有 ${summary.peak.open} 个（${formatDate(summary.peak.date)}）。`;
  const points = burndown(items, asOf);
  const endLabel = `尚未整改完成 ${summary.open} 项${summary.overdue > 0 ? `，其中逾期 ${summary.overdue} 项` : ''}`;
  const charts = BURNDOWN_VARIANTS.flatMap((v): BurndownChartModel[] => {
    const layout = layoutBurndown(points, v.box, span, v.fontSize, endLabel);
    if (!layout) return [];
    const xTicks = layout.xTicks.map((t) => ({ x: t.x, label: t.text, anchor: t.anchor }));
    return [{ name: v.name, fontSize: v.fontSize, layout, xTicks, endLabel }];
  });
  const tableId = 'burndown-table';
  const r = overall.rectifications;
  return {
    summary: [text, ...(r.total > 0 ? [`按整改时限计：${tallyText(r)}。`] : [])],
    description: text,
    charts,
    legend: `图例：实线及其下方浅色区域为当天结束时尚未整改完成的问题数，${charts[0]?.layout.overduePath ? '虚线为其中已超过整改时限的问题数' : '期间没有超过整改时限的问题，故无虚线'}；横轴为实施方案的起止日期，线画到进度计算日（${formatDate(asOf)}）为止。逐日数字见`,
    tableId,
    rows: burndownChanges(items, asOf).map((c) => {
      const day = formatDate(c.date);
      const cut = day.indexOf('年') + 1;
      return { date: [day.slice(0, cut), day.slice(cut)] as const, found: c.found, closed: c.closed, open: c.open, overdue: c.overdue };
    }),
  };
}

// ---------------------------------------------------------------------------
// 督导检查意见

export interface FindingsModel {
  /** When there is none to show. */
  readonly empty: string | undefined;
  readonly items: readonly {
    readonly date: string;
    /** Whom it is about (left out on that unit's own page). */
    readonly unit: { readonly name: string; readonly href: string } | undefined;
    readonly circulated: boolean;
    readonly circulatedText: string;
    readonly finding: string;
    readonly rectifications: readonly { readonly text: string; readonly status: ItemStatus }[];
  }[];
}

export function findingsModel(
  content: SiteContent,
  findings: readonly FindingView<SupervisionFinding, Rectification>[],
  asOf: string,
  href: Href,
  showUnit = true,
): FindingsModel {
  const units = unitLookup(content.units.data);
  return {
    empty: findings.length === 0 ? `截至${formatDate(asOf)}，没有${showUnit ? '' : '关于本单位的'}督导意见。` : undefined,
    items: findings.map(({ finding, items }) => ({
      date: formatDate(finding.date),
      unit: showUnit ? { name: units.name(finding.unit), href: href(`units/${finding.unit}/`) } : undefined,
      circulated: finding.circulated,
      circulatedText: `通报批评：${finding.circulated ? '是' : '否'}`,
      finding: finding.finding,
      rectifications: items.map((r) => ({ text: `整改事项：${r.item.problem}（时限${formatDate(r.item.deadline, 'end')}）`, status: r.status })),
    })),
  };
}
