// 站内搜索: Pagefind's UI and, for readers without JavaScript, the sections.
// The search hints are drawn from the content, so a fork shows its own names.
import type { SiteContent } from '../content-model/model.ts';
import { countyWords } from './county.ts';
import type { ViewOptions } from './options.ts';
import { readinessApplies } from './readiness-site.ts';
import { sectionLinks, type SectionLink } from './sections.ts';
import { unitLookup } from './units.ts';

export interface SearchPage {
  /** 可以搜索人名（如 …）、单位（如 …）、阶段（如 …）或任意关键词，多个关键词用空格分开。 */
  readonly hint: string;
  readonly placeholder: string;
  readonly formAction: string;
  readonly pagefind: { readonly bundlePath: string; readonly baseUrl: string; readonly css: string; readonly script: string };
  readonly script: string;
  readonly sections: readonly SectionLink[];
}

export function searchPage(content: SiteContent, options: ViewOptions): SearchPage {
  const { href } = options;
  const members = content.leadingGroup.data.members;
  const units = unitLookup(content.units.data);
  const person = members.find((m) => m.role === '成员') ?? members[0];
  const unit = units.units.find((u) => units.role(u) === '部门' && u.leadingGroupMember && u.shortName);
  const phases = content.plan.data.phases;
  const phase = phases[1] ?? phases[0];
  const hints = [person && `人名（如 ${person.name}）`, unit && `单位（如 ${unit.shortName}）`, phase && `阶段（如 ${phase.name}）`].filter(Boolean).join('、');
  return {
    hint: `可以搜索${hints}或任意关键词，多个关键词用空格分开。`,
    placeholder: `输入关键词${phase && unit ? `，如 ${phase.name}、${unit.shortName}` : ''}`,
    formAction: href('search/'),
    // The index stores paths relative to the build folder; a portal sub-path is added back here.
    pagefind: { bundlePath: href('pagefind/'), baseUrl: href(''), css: href('pagefind/pagefind-ui.css'), script: href('pagefind/pagefind-ui.js') },
    script: href('search.js'),
    sections: sectionLinks(countyWords(content.site.data.county), href, { readiness: readinessApplies(content) }).map((s) => ({ ...s, note: s.note.replace(/。$/, '') })),
  };
}
