// 当前进度: the current phase and the next milestone as of the computed day,
// in sentences. Shown on the home page and at the top of 工作进度.
import { formatDate, formatRange } from '../lib/dates.ts';
import { chineseCount, milestones, nextMilestones, phaseOrdinal, stageAt, type Milestone, type PhaseLike, type PlanLike } from '../lib/progress.ts';
import type { Dating } from './options.ts';

export interface ProgressNowModel {
  /** 截至2020年9月10日（按本站构建当天计算）。 */
  readonly asOfLine: string;
  /** One sentence, or the phases in progress (several where the plan's phases overlap). */
  readonly current:
    | { readonly kind: 'sentence'; readonly text: string }
    | { readonly kind: 'phases'; readonly phases: readonly string[]; readonly overlap: string | undefined };
  readonly next:
    | {
        readonly day: string;
        /** （还有 6 天） */
        readonly wait: string;
        readonly items: readonly { readonly title: string; readonly note: string | undefined; readonly detail: string | undefined }[];
      }
    | undefined;
  /** What stands under 下一个时间节点 when no milestone is left. */
  readonly none: string;
  /** Link to the progress page (home page only). */
  readonly progressHref: string | undefined;
}

const phaseText = (p: PhaseLike) => `${phaseOrdinal(p)}“${p.name}”（${formatRange(p.start, p.end)}）`;
const whenText = (m: Milestone) => formatDate(m.date, m.kind === 'phase-start' ? 'start' : 'point');

export function progressNow(plan: PlanLike, when: Dating, progressHref?: string): ProgressNowModel {
  const { asOf, archived } = when;
  const stage = stageAt(plan.phases, asOf);
  const current: ProgressNowModel['current'] =
    stage.kind === 'during'
      ? {
          kind: 'phases',
          phases: stage.phases.map(phaseText),
          overlap: stage.phases.length > 1 ? `实施方案规定的这${chineseCount(stage.phases.length)}个阶段时间相互重叠。` : undefined,
        }
      : {
          kind: 'sentence',
          text:
            stage.kind === 'before'
              ? `尚未开始：${phaseText(stage.first)}将于${formatDate(stage.first.start, 'start')}开始，还有 ${stage.days} 天。`
              : stage.kind === 'between'
                ? `${phaseOrdinal(stage.previous)}已结束，${phaseOrdinal(stage.next)}“${stage.next.name}”将于${formatDate(stage.next.start, 'start')}开始。`
                : `已全部结束：实施方案规定的${chineseCount(plan.phases.length)}个阶段已于${formatDate(stage.last.end, 'end')}全部结束。`,
        };
  const next = nextMilestones(plan, asOf);
  const last = milestones(plan).at(-1);
  return {
    asOfLine: `截至${formatDate(asOf)}${archived ? '。本专栏已归档，进度按归档日期计算，不再随日期更新。' : '（按本站构建当天计算）。'}`,
    current,
    next: next && {
      day: formatDate(next.day),
      wait: next.days === 0 ? '（就是今天）' : `（还有 ${next.days} 天）`,
      items: next.items.map((m) => ({
        title: m.title,
        note:
          whenText(m) === formatDate(next.day)
            ? undefined
            : `（原文为“${whenText(m)}”，按${m.kind === 'phase-start' ? '该月第一天' : '该月最后一天'}计算）`,
        detail: m.deadline ? `适用于${m.deadline.appliesTo}` : m.step ? m.step.text : undefined,
      })),
    },
    none: `无：实施方案规定的时间节点均已过去${last ? `（最后一个为${formatDate(last.date, 'end')}）` : ''}。`,
    progressHref,
  };
}
