// 当前进度: the current phase and the next milestone as of the computed day,
// in sentences; for a finished campaign, that it is over and when it ended.
// Shown on the home page and at the top of 工作进度.
import { formatDate, formatRange } from '../lib/dates.ts';
import type { SiteContent } from '../content-model/model.ts';
import { chineseCount, milestones, nextMilestones, phaseOrdinal, stageAt, type Milestone, type PhaseLike } from '../lib/progress.ts';
import { campaignFacts } from './facts.ts';
import { datingNote, type Dating } from './options.ts';

export interface ProgressNowModel {
  /** 截至2020年9月10日（按本站更新当天计算）。 */
  readonly asOfLine: string;
  /** 当前阶段, or 工作状态 once the campaign has ended. */
  readonly currentLabel: string;
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
  /** What stands under 下一个时间节点 when no milestone is left; undefined when the campaign has ended (no such line at all). */
  readonly none: string | undefined;
  /** Link to the progress page (home page only). */
  readonly progressHref: string | undefined;
}

const phaseText = (p: PhaseLike) => `${phaseOrdinal(p)}“${p.name}”（${formatRange(p.start, p.end)}）`;
const whenText = (m: Milestone) => formatDate(m.date, m.kind === 'phase-start' ? 'start' : 'point');

export function progressNow(content: SiteContent, when: Dating, progressHref?: string): ProgressNowModel {
  const plan = content.plan.data;
  const { asOf } = when;
  const count = campaignFacts(content).phases.words;
  const asOfLine = `截至${formatDate(asOf)}${datingNote(when)}。`;
  // A finished campaign has no current phase and nothing ahead, whatever its last phase's dates say.
  if (when.ended !== undefined && asOf >= when.ended) {
    return {
      asOfLine,
      currentLabel: '工作状态',
      current: { kind: 'sentence', text: `已结束：相关工作已于${formatDate(when.ended)}结束。实施方案规定的${count}的完成情况以各单位的记录为准。` },
      next: undefined,
      none: undefined,
      progressHref,
    };
  }
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
                ? `${phaseOrdinal(stage.previous)}已过计划结束日期，${phaseOrdinal(stage.next)}“${stage.next.name}”将于${formatDate(stage.next.start, 'start')}开始。`
                : // The dates have passed; whether the work was done is for the records to say.
                  `实施方案规定的${count}均已过计划结束日期（最后一个为${formatDate(stage.last.end, 'end')}）；各阶段的完成情况以各单位的记录为准。`,
        };
  const next = nextMilestones(plan, asOf);
  const last = milestones(plan).at(-1);
  return {
    asOfLine,
    currentLabel: '当前阶段',
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
