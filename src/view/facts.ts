// The counts and roles more than one page states, computed once from the
// content: how many phases, which units each deliverable applies to, the
// member units, the roster, and what part each unit has in the leading group.
// Every page takes them from here, so the home page, 工作进度, 单位名录,
// 领导小组 and each unit's page can never disagree.
//
// Reading of the seed (../shared/seeds/, content/leading-group.yaml): the
// roster's 成员 are the 领导小组成员单位 (units.yaml leadingGroupMember); the
// 组长 and 副组长 are people of 区政府, 区政府政研室 and 区教体局, whose units are
// therefore not listed as 成员单位. 区教体局 has its own part all the same: "领导小组
// 下设办公室，办公室设在区教体局，薛建峰同志兼任办公室主任，负责创建日常工作", and
// 工作要求（五） has every 成员单位 send its 汇报材料 to "均衡创建办公室", which we
// read as that same office. The seed gives the office no deliverable of its
// own with a deadline (第四阶段第2步 "汇总相关资料…形成…汇报材料" names no unit),
// so it owes none in content/progress/deliverables.yaml; its part is shown in
// words wherever units' duties are listed, never invented as a deliverable.
import type { Member } from '../../schemas/leading-group.ts';
import { roles } from '../../schemas/leading-group.ts';
import type { Deliverable } from '../../schemas/progress.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { SiteContent } from '../content-model/model.ts';
import { selectUnits } from '../lib/deliverables.ts';
import { chineseCount } from '../lib/progress.ts';
import { unitLookup } from './units.ts';

export interface DeliverableFacts {
  readonly deliverable: Deliverable;
  /** Unit ids it applies to, in directory order. */
  readonly units: readonly string[];
}

export interface CampaignFacts {
  /** 五个阶段 */
  readonly phases: { readonly count: number; readonly words: string };
  readonly deliverables: readonly DeliverableFacts[];
  /** Every unit some deliverable applies to, in directory order. */
  readonly deliverableUnits: readonly string[];
  /** 领导小组成员单位 (units.yaml leadingGroupMember). */
  readonly memberUnits: readonly Unit[];
  /** Township-level units (乡、镇、街道). */
  readonly townships: readonly Unit[];
  /** The roster: how many people, by role, in the seed's order of roles. */
  readonly roster: { readonly total: number; readonly byRole: readonly { readonly role: string; readonly count: number }[] };
  /** The unit the leading group's office sits in. */
  readonly officeUnit: string;
  /** What a unit is in the leading group, in words; empty when nothing. */
  unitRoles(unitId: string): string[];
  /**
   * The units whose part in the campaign the plan states without giving them a
   * deliverable (the office's unit): listed with their duties in words.
   */
  readonly dutyUnits: readonly { readonly unit: string; readonly duty: string }[];
  /** “完成自查”“完成整改”“完成档案资料准备”各适用于 34 个单位，“上报汇报材料”适用于 29 个单位 */
  readonly appliesText: string;
}

const cache = new WeakMap<SiteContent, CampaignFacts>();

/** How a member's post and place read: 区长马浩任组长, 局长薛建峰任副组长兼办公室主任. */
function memberRole(m: Member, officeHead: string, headTitle: string): string {
  return `${m.title ?? ''}${m.name}任${m.role}${m.id === officeHead ? `兼${headTitle}` : ''}`;
}

/** Deliverables grouped by the units they apply to, in the order they first appear. */
function appliesText(list: readonly DeliverableFacts[]): string {
  const groups: { units: readonly string[]; titles: string[] }[] = [];
  for (const d of list) {
    const same = groups.find((g) => g.units.length === d.units.length && g.units.every((u, i) => u === d.units[i]));
    if (same) same.titles.push(d.deliverable.title);
    else groups.push({ units: d.units, titles: [d.deliverable.title] });
  }
  return groups
    .map((g) => `${g.titles.map((t) => `“${t}”`).join('')}${g.titles.length > 1 ? '各' : ''}适用于 ${g.units.length} 个单位`)
    .join('，');
}

export function campaignFacts(content: SiteContent): CampaignFacts {
  let facts = cache.get(content);
  if (facts) return facts;
  const units = content.units.data.units;
  const lookup = unitLookup(content.units.data);
  const group = content.leadingGroup.data;
  const deliverables = (content.progress.deliverables?.data.deliverables ?? []).map((deliverable) => ({ deliverable, units: selectUnits(deliverable.appliesTo, units) }));
  const owing = new Set(deliverables.flatMap((d) => d.units));
  const unitRoles = (unitId: string): string[] => {
    const unit = lookup.get(unitId);
    if (!unit) return [];
    const people = group.members.filter((m) => m.unit === unitId);
    const leaders = people.filter((m) => m.role !== '成员');
    const members = people.filter((m) => m.role === '成员');
    return [
      ...(group.office.unit === unitId ? ['领导小组办公室所在单位'] : []),
      ...(unit.leadingGroupMember ? ['领导小组成员单位'] : []),
      ...leaders.map((m) => memberRole(m, group.office.head, group.office.headTitle)),
      ...members.map((m) => memberRole(m, group.office.head, group.office.headTitle)),
    ];
  };
  facts = {
    phases: { count: content.plan.data.phases.length, words: `${chineseCount(content.plan.data.phases.length)}个阶段` },
    deliverables,
    deliverableUnits: units.filter((u) => owing.has(u.id)).map((u) => u.id),
    memberUnits: units.filter((u) => u.leadingGroupMember),
    townships: units.filter((u) => lookup.role(u) === '乡镇'),
    roster: { total: group.members.length, byRole: roles.map((role) => ({ role, count: group.members.filter((m) => m.role === role).length })) },
    officeUnit: group.office.unit,
    unitRoles,
    dutyUnits: owing.has(group.office.unit) ? [] : [{ unit: group.office.unit, duty: `领导小组办公室设在本单位，${group.office.duty}` }],
    appliesText: appliesText(deliverables),
  };
  cache.set(content, facts);
  return facts;
}
