// 单位名录: every unit, grouped by the county's kinds of unit (content/units.yaml
// `kinds`), townships with their 统计用区划代码, each unit with its people in the group.
import type { SiteContent } from '../content-model/model.ts';
import { countyWords } from './county.ts';
import { campaignFacts } from './facts.ts';
import type { ViewOptions } from './options.ts';
import { orderUnits } from './unit-mentions.ts';

export interface UnitRow {
  readonly name: string;
  readonly href: string;
  readonly shortName: string | undefined;
  readonly divisionCode: string | undefined;
  /** Its part in the leading group in words (领导小组成员单位，…任成员), or — when it has none. */
  readonly member: string;
  readonly people: readonly { readonly name: string; readonly role: string }[];
}

export interface UnitGroup {
  readonly id: string;
  readonly kind: string;
  /** 镇（8个） */
  readonly heading: string;
  /** Township-level units carry a 统计用区划代码 column. */
  readonly township: boolean;
  readonly rows: readonly UnitRow[];
}

export interface UnitsIndexPage {
  readonly description: string;
  readonly groupHref: string;
  /** 实施方案和领导小组名单涉及的单位，以及全县各乡镇（街道），共N个，其中领导小组成员单位M个。 */
  readonly intro: string;
  readonly groups: readonly UnitGroup[];
}

export function unitsIndexPage(content: SiteContent, options: ViewOptions): UnitsIndexPage {
  const { href } = options;
  const words = countyWords(content.site.data.county);
  const members = content.leadingGroup.data.members;
  const facts = campaignFacts(content);
  const units = orderUnits(content.units.data.units, members);
  const groups = content.units.data.kinds
    .map((kind, i) => ({ kind, id: `kind-${i}`, units: units.filter((u) => u.kind === kind.name) }))
    .filter((g) => g.units.length > 0)
    .map(({ kind, id, units: list }) => ({
      id,
      kind: kind.name,
      heading: `${kind.name}（${list.length}个）`,
      township: kind.role === '乡镇',
      rows: list.map((u) => ({
        name: u.name,
        href: href(`units/${u.id}/`),
        shortName: u.shortName,
        divisionCode: u.divisionCode,
        member: facts.unitRoles(u.id).join('，') || '—',
        people: members.filter((m) => m.unit === u.id).map((m) => ({ name: m.name, role: m.role })),
      })),
    }));
  return {
    description: `实施方案和领导小组涉及的${words.directUnits}，以及${words.all}各乡镇（街道）。`,
    groupHref: href('leading-group/'),
    intro: `实施方案和领导小组名单涉及的单位，以及${words.all}各乡镇（街道），共${units.length}个，其中领导小组成员单位${facts.memberUnits.length}个。`,
    groups,
  };
}
