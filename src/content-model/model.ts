// The validated content, as pages and the CLI receive it.
import type { Achievement } from '../../schemas/achievement.ts';
import type { Campaign } from '../../schemas/campaign.ts';
import type { LeadingGroup } from '../../schemas/leading-group.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { DeliverablesFile, SupervisionFile, UnitRecord } from '../../schemas/progress.ts';
import type { Readiness } from '../../schemas/readiness.ts';
import type { SchoolDataset } from '../../schemas/school.ts';
import type { SelfScore } from '../../schemas/self-score.ts';
import type { Site } from '../../schemas/site.ts';
import type { Survey } from '../../schemas/survey.ts';
import type { UnitsFile } from '../../schemas/unit.ts';
import type { Locate } from './yaml.ts';

export interface Loaded<T> {
  /** Path relative to the project root, e.g. content/plan.yaml. */
  readonly file: string;
  readonly data: T;
  readonly locate: Locate;
}

/** A file an article links to, published beside the article's page. */
export interface ArticleAttachment {
  /** As written in the body, relative to the article (./plan.pdf): also where it is published, relative to the page. */
  readonly href: string;
  /** The file, relative to the project root. */
  readonly file: string;
  /** The link's text, or the file name. */
  readonly title: string;
  /** Type and size, e.g. "PDF，1.2 MB". */
  readonly label: string;
}

export interface Article<T> extends Loaded<T> {
  /** From the file name: content/achievements/2020-08-01-plan-issued.md → 2020-08-01-plan-issued. */
  readonly id: string;
  readonly body: string;
  readonly bodyStartLine: number;
  readonly format: 'md' | 'mdx';
  /** What the body links to beside it, in the order of the body. */
  readonly attachments: readonly ArticleAttachment[];
}

/** Each part is undefined (or left out of its list) when its file is missing or failed its schema. */
export interface ContentModel {
  site?: Loaded<Site>;
  campaign?: Loaded<Campaign>;
  notice?: Loaded<Notice>;
  plan?: Loaded<Plan>;
  units?: Loaded<UnitsFile>;
  leadingGroup?: Loaded<LeadingGroup>;
  achievements: Article<Achievement>[];
  selfScores: Loaded<SelfScore>[];
  surveys: Loaded<Survey>[];
  schools: { file: string; dataset: SchoolDataset }[];
  progress: { deliverables?: Loaded<DeliverablesFile>; records: Loaded<UnitRecord>[]; supervision: Loaded<SupervisionFile>[] };
  /** content/readiness.yaml, which only a 优质均衡 campaign has. */
  readiness?: Loaded<Readiness>;
}

/** The model once validation passed: every required part present. */
export type ValidContent = Required<Omit<ContentModel, 'readiness'>> & Pick<ContentModel, 'readiness'>;

/** A loaded file as plain data: what pages and the CLI read (no positions, no bodies). */
export interface Entry<T> {
  readonly file: string;
  readonly data: T;
}

export interface ArticleEntry<T> extends Entry<T> {
  readonly id: string;
  readonly attachments: readonly ArticleAttachment[];
}

/**
 * The validated content as plain, serializable data: the one shape the site's
 * view models (src/view/) and the CLIs take. Astro stores it as one entry.
 * A site is either a real county or, as a whole, the fictional demo county
 * (site.example): no single entry is ever an example among real ones.
 */
export interface SiteContent {
  readonly site: Entry<Site>;
  readonly campaign: Entry<Campaign>;
  readonly notice: Entry<Notice>;
  readonly plan: Entry<Plan>;
  readonly units: Entry<UnitsFile>;
  readonly leadingGroup: Entry<LeadingGroup>;
  /** Newest first (by date, then id). */
  readonly achievements: readonly ArticleEntry<Achievement>[];
  readonly selfScores: readonly Entry<SelfScore>[];
  readonly surveys: readonly Entry<Survey>[];
  readonly schools: readonly { readonly file: string; readonly dataset: SchoolDataset }[];
  readonly progress: {
    /** Absent when the county keeps no progress records (no content/progress/). */
    readonly deliverables: Entry<DeliverablesFile> | undefined;
    readonly records: readonly Entry<UnitRecord>[];
    readonly supervision: readonly Entry<SupervisionFile>[];
  };
  /** The 优质均衡 items (content/readiness.yaml); absent when the county has none. */
  readonly readiness?: Entry<Readiness>;
}

const entry = <T>(loaded: Loaded<T>): Entry<T> => ({ file: loaded.file, data: loaded.data });

export function toSiteContent(model: ValidContent): SiteContent {
  return {
    site: entry(model.site),
    campaign: entry(model.campaign),
    notice: entry(model.notice),
    plan: entry(model.plan),
    units: entry(model.units),
    leadingGroup: entry(model.leadingGroup),
    achievements: model.achievements
      .map((a) => ({ id: a.id, file: a.file, data: a.data, attachments: a.attachments }))
      .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)),
    selfScores: model.selfScores.map(entry),
    surveys: model.surveys.map(entry),
    schools: model.schools.map((s) => ({ file: s.file, dataset: s.dataset })),
    progress: {
      deliverables: model.progress.deliverables && entry(model.progress.deliverables),
      records: model.progress.records.map(entry),
      supervision: model.progress.supervision.map(entry),
    },
    ...(model.readiness ? { readiness: entry(model.readiness) } : {}),
  };
}
