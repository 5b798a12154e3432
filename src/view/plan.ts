// 实施方案 (/plan/) and 原文 (/original/): the plan as a web page, and the
// notice with the plan and the roster as the paper document they are.
import { roles } from '../../schemas/leading-group.ts';
import type { SiteContent } from '../content-model/model.ts';
import { formatDate } from '../lib/dates.ts';
import { officeSentence } from '../lib/plan-text.ts';
import { link, type Inline } from './inline.ts';
import type { ViewOptions } from './options.ts';
import { planDocument, type PlanDocumentModel } from './plan-document.ts';
import { unitLookup } from './units.ts';

/** The roster attachment's title: as the notice names it, else 领导小组成员名单. */
const attachmentTitle = (content: SiteContent, fallback: string) => content.notice.data.attachments[0] ?? fallback;

export interface PlanPage {
  readonly title: string;
  readonly description: string;
  readonly sourceFile: string;
  readonly document: PlanDocumentModel;
  readonly source: readonly Inline[];
}

export function planPage(content: SiteContent, options: ViewOptions): PlanPage {
  const { href } = options;
  const plan = content.plan.data;
  return {
    title: '实施方案',
    description: `${plan.title}全文：指导思想、工作目标、工作任务、工作步骤和工作要求。`,
    sourceFile: content.plan.file,
    document: planDocument(plan, 'web', 1, { title: attachmentTitle(content, '领导小组成员名单'), href: href('leading-group/') }, href('original/')),
    source: ['本页据印发通知所附实施方案整理；印发通知和方案的原貌见', link('原文', href('original/')), '。'],
  };
}

export interface RosterPaperRow {
  readonly role: string;
  /** 成员 are listed unit and name side by side; leaders as 名字（单位职务）. */
  readonly members: boolean;
  readonly people: readonly { readonly unit: string; readonly name: string; readonly line: string }[];
}

export interface OriginalPage {
  readonly title: string;
  readonly description: string;
  readonly sourceFile: string;
  readonly intro: readonly Inline[];
  readonly notice: {
    readonly issuer: string;
    readonly title: string;
    readonly addressees: string;
    readonly body: string;
    readonly date: { readonly iso: string; readonly text: string };
  };
  readonly document: PlanDocumentModel;
  readonly attachment: { readonly id: string; readonly title: string; readonly roster: readonly RosterPaperRow[]; readonly office: string };
}

export function originalPage(content: SiteContent, options: ViewOptions): OriginalPage {
  const { href } = options;
  const notice = content.notice.data;
  const group = content.leadingGroup.data;
  const units = unitLookup(content.units.data);
  const issuer = units.name(notice.issuer);
  const title = attachmentTitle(content, `${group.name}成员名单`);
  const members = group.members;
  const head = members.find((m) => m.id === group.office.head);
  const roster = roles
    .map((role) => ({ role, people: members.filter((m) => m.role === role) }))
    .filter((g) => g.people.length > 0)
    .map(({ role, people }) => ({
      role,
      members: role === '成员',
      people: people.map((m) => ({ unit: units.shortName(m.unit), name: m.name, line: `${m.name}（${units.shortName(m.unit)}${m.title ?? ''}）` })),
    }));
  return {
    title: '原文',
    description: `${issuer}${notice.title}（原文）。`,
    sourceFile: content.notice.file,
    intro: [
      '以下是印发通知及所附实施方案、领导小组成员名单的原文，按党政机关公文格式排版，可直接打印。分节阅读和链接请用',
      link('实施方案', href('plan/')),
      '和',
      link('领导小组', href('leading-group/')),
      '页面。',
    ],
    notice: {
      issuer,
      title: notice.title,
      addressees: `${notice.addressees.join('、')}：`,
      body: notice.body,
      date: { iso: notice.date, text: formatDate(notice.date) },
    },
    document: planDocument(content.plan.data, 'gongwen', 2, { title, href: '#attachment-roster' }),
    attachment: {
      id: 'attachment-roster',
      title,
      roster,
      office: officeSentence({
        unitName: units.shortName(group.office.unit),
        headName: head?.name ?? group.office.head,
        headTitle: group.office.headTitle,
        duty: group.office.duty,
      }),
    },
  };
}
