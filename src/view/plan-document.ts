// The implementation plan as the seed writes it, shaped for PlanDocument.astro:
// `web` adds what a reader of the site needs (table of contents, the basis as
// a list, the key areas as a list, each requirement under its own heading);
// `gongwen` keeps the paper document's run-in paragraphs (on /original/).
import type { Plan } from '../../schemas/plan.ts';
import { link, type Inline } from './inline.ts';
import {
  ATTACHMENT_ANCHOR,
  BASIS_ANCHOR,
  chineseNumber,
  OPENING_ANCHOR,
  openingParagraph,
  PLAN_SECTIONS,
  phaseAnchor,
  phaseHeading,
  requirementAnchor,
  requirementLead,
  sectionHeading,
  stepAnchor,
  stepLead,
} from '../lib/plan-text.ts';

export interface TocEntry {
  readonly href: string;
  readonly label: string;
  readonly children: readonly { readonly href: string; readonly label: string }[];
}

export interface BasisRow {
  /** A document's title is a <cite> in 书名号; a speech is plain words. */
  readonly cite: boolean;
  readonly title: string;
  /** 发文字号：… or why there is none. */
  readonly number: string;
}

export interface PhaseModel {
  readonly id: string;
  /** 第一阶段：宣传发动（2020年8月1日—8月15日）, dates joined as the document joins them */
  readonly heading: string;
  readonly summary: string | undefined;
  /** Absent when the plan lists no steps for the phase. */
  readonly steps: readonly { readonly id: string; readonly number: string; readonly lead: string; readonly text: string }[] | undefined;
}

/** The marker on headings and lists the website adds for reading (web only); the original has none of them. */
export const EDITORIAL_MARK = '编者加';

export interface PlanDocumentModel {
  readonly variant: 'web' | 'gongwen';
  /**
   * Web only: the marker on what the website adds (the 目录, the 制定依据 heading
   * and list, the key areas' lead and list), and the sentence that explains it.
   */
  readonly editorial: { readonly mark: string; readonly legend: readonly Inline[] } | undefined;
  /** Heading level of the plan's title: 1 on its own page, 2 inside the notice. */
  readonly level: 1 | 2;
  readonly title: string;
  /** Table of contents (web only). */
  readonly toc: readonly TocEntry[] | undefined;
  readonly opening: { readonly id: string; readonly text: string };
  /** The legal basis as a list (web only; on paper it is part of the opening). */
  readonly basis: { readonly id: string; readonly rows: readonly BasisRow[] } | undefined;
  readonly ideology: { readonly heading: string; readonly text: string };
  readonly goal: { readonly heading: string; readonly text: string };
  readonly tasks: {
    readonly heading: string;
    readonly summary: string;
    /** 重点抓好以下四个方面： and the list (web only). */
    readonly keyAreas: { readonly lead: string; readonly items: readonly string[] } | undefined;
  };
  readonly steps: { readonly heading: string; readonly phases: readonly PhaseModel[] };
  readonly requirements: {
    readonly heading: string;
    /** `heading` is the lead without its 。, for the web's sub-headings. */
    readonly items: readonly { readonly id: string; readonly heading: string; readonly lead: string; readonly text: string }[];
  };
  readonly attachment: { readonly id: string; readonly title: string; readonly href: string };
}

function basisRow(b: Plan['basis'][number]): BasisRow {
  const number = b.docNumber ? `发文字号：${b.docNumber}` : b.kind === '讲话' ? '（讲话，无发文字号）' : '（原文未写发文字号）';
  return b.kind === '文件' ? { cite: true, title: `《${b.title}》`, number } : { cite: false, title: b.title, number };
}

export function planDocument(
  plan: Plan,
  variant: 'web' | 'gongwen',
  level: 1 | 2,
  attachment: { readonly title: string; readonly href: string },
  /** Where the original is, for the web variant's legend. */
  originalHref?: string,
): PlanDocumentModel {
  const web = variant === 'web';
  const children: Record<string, TocEntry['children']> = {
    steps: plan.phases.map((p) => ({ href: `#${phaseAnchor(p.id)}`, label: `第${chineseNumber(p.number)}阶段：${p.name}` })),
    requirements: plan.requirements.map((r) => ({ href: `#${requirementAnchor(r.id)}`, label: `（${chineseNumber(r.number)}）${r.title}` })),
  };
  const toc: TocEntry[] = [
    { href: `#${BASIS_ANCHOR}`, label: '制定依据', children: [] },
    ...PLAN_SECTIONS.map((s) => ({ href: `#${s.id}`, label: sectionHeading(s.id), children: children[s.id] ?? [] })),
    { href: `#${ATTACHMENT_ANCHOR}`, label: `附件：${attachment.title}`, children: [] },
  ];
  return {
    variant,
    editorial: web
      ? {
          mark: EDITORIAL_MARK,
          legend: [
            `标有“${EDITORIAL_MARK}”的标题和列表是本网站为便于阅读而加的，原文没有；其余文字照录原文`,
            ...(originalHref ? ['，原貌见', link('原文', originalHref)] : []),
            '。',
          ],
        }
      : undefined,
    level,
    title: plan.title,
    toc: web ? toc : undefined,
    opening: { id: OPENING_ANCHOR, text: openingParagraph(plan) },
    basis: web ? { id: BASIS_ANCHOR, rows: plan.basis.map(basisRow) } : undefined,
    ideology: { heading: sectionHeading('guiding-ideology'), text: plan.guidingIdeology },
    goal: { heading: sectionHeading('goal'), text: plan.goal },
    tasks: {
      heading: sectionHeading('tasks'),
      summary: plan.tasks.summary,
      keyAreas: web ? { lead: `重点抓好以下${chineseNumber(plan.tasks.keyAreas.length)}个方面：`, items: plan.tasks.keyAreas } : undefined,
    },
    steps: {
      heading: sectionHeading('steps'),
      phases: plan.phases.map((phase) => ({
        id: phaseAnchor(phase.id),
        heading: phaseHeading(phase),
        summary: phase.summary,
        steps: phase.steps?.map((step, i) => ({ id: stepAnchor(step.id), number: `${i + 1}.`, lead: stepLead(step), text: step.text })),
      })),
    },
    requirements: {
      heading: sectionHeading('requirements'),
      items: plan.requirements.map((req) => {
        const lead = requirementLead(req);
        return { id: requirementAnchor(req.id), heading: lead.slice(0, -1), lead, text: req.text };
      }),
    },
    attachment: { id: ATTACHMENT_ANCHOR, title: attachment.title, href: attachment.href },
  };
}
