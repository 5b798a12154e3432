// 领导小组: the roster in the seed's order, namesakes told apart by their
// units, and the group's office.
import type { SiteContent } from '../content-model/model.ts';
import { campaignFacts } from './facts.ts';
import { link, type Inline } from './inline.ts';
import type { ViewOptions } from './options.ts';
import { memberAnchor, namesakes, OFFICE_ANCHOR } from './unit-mentions.ts';
import { unitLookup } from './units.ts';

export interface RosterRow {
  readonly anchor: string;
  readonly order: number;
  readonly role: string;
  readonly name: string;
  /** （与…的王建民是两个人） when another member has the same name. */
  readonly namesake: string | undefined;
  readonly unit: { readonly name: string; readonly href: string };
  /** Post in the member's own unit; the seed gives it for leaders only. */
  readonly title: string | undefined;
}

export interface OfficeModel {
  readonly anchor: string;
  readonly unit: { readonly name: string; readonly href: string };
  readonly headTitle: string;
  /** The head as a link to the roster row, with what else they are; or the id when not in the roster. */
  readonly head: { readonly name: string; readonly href: string; readonly note: string } | { readonly text: string };
  readonly duty: string;
}

export interface LeadingGroupPage {
  readonly title: string;
  readonly description: string;
  readonly sourceFile: string;
  readonly intro: readonly Inline[];
  /** One warning per group of members who share a name. */
  readonly namesakeNotes: readonly string[];
  readonly caption: string;
  readonly rows: readonly RosterRow[];
  readonly office: OfficeModel;
  readonly unitsHref: string;
}

export function leadingGroupPage(content: SiteContent, options: ViewOptions): LeadingGroupPage {
  const { href } = options;
  const group = content.leadingGroup.data;
  const members = group.members;
  const units = unitLookup(content.units.data);
  const facts = campaignFacts(content);
  const counts = facts.roster.byRole.map((r) => `${r.role}${r.count}人`).join('、');
  const same = namesakes(members);
  // Each namesake group once: at the member whose id sorts first.
  const namesakeNotes = members.flatMap((m) => {
    const others = same.get(m.id);
    if (!others || others.some((o) => o.id < m.id)) return [];
    const all = [m, ...others];
    return [`名单中有${all.length}位成员同名“${m.name}”，分别在${all.map((x) => units.name(x.unit)).join('和')}，是不同的人。`];
  });
  const head = members.find((m) => m.id === group.office.head);
  return {
    title: group.name,
    description: `${group.name}成员名单（${counts}）和领导小组办公室。`,
    sourceFile: content.leadingGroup.file,
    intro: [
      `据印发通知的附件《${group.name}成员名单》，领导小组共${facts.roster.total}人：${counts}。名单按原文顺序排列；原文见`,
      link('原文·附件', href('original/#attachment-roster')),
      '。',
    ],
    namesakeNotes,
    caption: `${group.shortName}成员名单（共${facts.roster.total}人）`,
    rows: members.map((m, i) => ({
      anchor: memberAnchor(m.id),
      order: i + 1,
      role: m.role,
      name: m.name,
      namesake: same.has(m.id) ? `（与${same.get(m.id)!.map((o) => units.name(o.unit)).join('、')}的${m.name}是两个人）` : undefined,
      unit: { name: units.name(m.unit), href: href(`units/${m.unit}/`) },
      title: m.title,
    })),
    office: {
      anchor: OFFICE_ANCHOR,
      unit: { name: units.name(group.office.unit), href: href(`units/${group.office.unit}/`) },
      headTitle: group.office.headTitle,
      head: head
        ? { name: head.name, href: `#${memberAnchor(head.id)}`, note: `（兼任；领导小组${head.role}，${units.shortName(head.unit)}${head.title ?? ''}）` }
        : { text: group.office.head },
      duty: group.office.duty,
    },
    unitsHref: href('units/'),
  };
}
