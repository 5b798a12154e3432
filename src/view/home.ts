// 首页: what the campaign is, where it stands, and the way into each section.
import type { SiteContent } from '../content-model/model.ts';
import { formatDate } from '../lib/dates.ts';
import { countyWords } from './county.ts';
import { dossierLink, type DossierLinkModel } from './dossier.ts';
import { campaignFacts } from './facts.ts';
import { link, type Inline } from './inline.ts';
import { homeNews, type HomeNewsModel } from './news.ts';
import { dating, type ViewOptions } from './options.ts';
import { progressNow, type ProgressNowModel } from './progress-now.ts';
import { readinessApplies } from './readiness-site.ts';
import { sectionLinks, type SectionLink } from './sections.ts';
import { unitLookup } from './units.ts';

export interface HomePage {
  readonly title: string;
  readonly description: string;
  /** 2020年8月1日，…印发《…》，部署…，分五个阶段推进。 */
  readonly intro: readonly Inline[];
  readonly goal: string;
  readonly progress: ProgressNowModel;
  readonly sections: readonly SectionLink[];
  readonly news: HomeNewsModel;
  /** 资料汇编（PDF，…）, when the build published it. */
  readonly dossier: DossierLinkModel | undefined;
}

export function homePage(content: SiteContent, options: ViewOptions): HomePage {
  const { href } = options;
  const site = content.site.data;
  const plan = content.plan.data;
  const notice = content.notice.data;
  const issuer = unitLookup(content.units.data).name(notice.issuer);
  return {
    title: site.name,
    description: site.description,
    intro: [
      `${formatDate(notice.date)}，${issuer}印发`,
      link(`《${plan.title}》`, href('plan/')),
      `，部署迎接国家义务教育基本均衡发展整体评估认定工作，分${campaignFacts(content).phases.words}推进。`,
    ],
    goal: plan.goal,
    progress: progressNow(content, dating(content, options.buildDate), href('progress/')),
    sections: sectionLinks(countyWords(site.county), href, { readiness: readinessApplies(content) }),
    news: homeNews(content, href),
    dossier: dossierLink(options),
  };
}
