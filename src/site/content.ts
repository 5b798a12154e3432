// The validated content for pages. src/content-model/load.ts checked it before
// Astro stored it (see astro-loader.ts); here it only gets its type. Pages take
// what they need from getContent() and hand it to a view model (src/view/).
import { getCollection, getEntry } from 'astro:content';
import type { Achievement } from '../../schemas/achievement.ts';
import type { LeadingGroup, Member } from '../../schemas/leading-group.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Deliverable, SupervisionFile, UnitRecord } from '../../schemas/progress.ts';
import type { SchoolDataset } from '../../schemas/school.ts';
import type { SelfScore } from '../../schemas/self-score.ts';
import type { Survey } from '../../schemas/survey.ts';
import type { Site } from '../../schemas/site.ts';
import type { Unit, UnitKind } from '../../schemas/unit.ts';
import type { SiteContent } from '../content-model/model.ts';
import { todayInChina } from '../lib/dates.ts';
import { basePathHref, dating, type Href, type ViewOptions } from '../view/options.ts';

/**
 * In a build, content does not change between pages, so it is read once;
 * `astro dev` reloads content on edits, so there each call reads afresh.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (cached ??= load()));
}

/** The whole validated content model. */
export const getContent: () => Promise<SiteContent> = once(async () => {
  const entry = await getEntry('model', 'model');
  if (!entry) throw new Error('missing the content model: the content loader should have failed first');
  return entry.data as unknown as SiteContent;
});

export const getSite = async (): Promise<Site> => (await getContent()).site.data;
export const getNotice = async (): Promise<{ data: Notice; filePath: string }> => {
  const { notice } = await getContent();
  return { data: notice.data, filePath: notice.file };
};
export const getPlan = async (): Promise<{ data: Plan; filePath: string }> => {
  const { plan } = await getContent();
  return { data: plan.data, filePath: plan.file };
};
export const getLeadingGroup = async (): Promise<{ data: Omit<LeadingGroup, 'members'>; filePath: string }> => {
  const { leadingGroup } = await getContent();
  return { data: leadingGroup.data, filePath: leadingGroup.file };
};

/** In the order of content/units.yaml. */
export const getUnits = async (): Promise<Unit[]> => [...(await getContent()).units.data.units];
/** The county's kinds of unit, in the order of content/units.yaml. */
export const getUnitKinds = async (): Promise<UnitKind[]> => [...(await getContent()).units.data.kinds];

export interface RosterMember extends Member {
  readonly order: number;
}

export const getMembers = async (): Promise<RosterMember[]> => (await getContent()).leadingGroup.data.members.map((m, order) => ({ ...m, order }));

export type AchievementEntry = Awaited<ReturnType<typeof getAchievements>>[number];

/** Newest first; examples included (pages mark them 示例). */
export const getAchievements = once(async () => {
  const entries = new Map((await getCollection('achievements')).map((e) => [e.id, e]));
  return (await getContent()).achievements.map((a) => ({
    entry: entries.get(a.id)!,
    data: { ...a.data, isExample: a.isExample, sourceFile: a.file } as Achievement & { isExample: boolean; sourceFile: string },
  }));
});

/** Marks where a loaded file came from and whether it is sample data. */
export interface Sourced {
  readonly sourceFile: string;
  readonly isExample: boolean;
}

/** School statistics datasets, newest year first (each carries its own `example` flag). */
export async function getSchoolDatasets(): Promise<(SchoolDataset & { sourceFile: string })[]> {
  return (await getContent()).schools.map((s) => ({ ...s.dataset, sourceFile: s.file })).sort((a, b) => b.year - a.year);
}

export async function getSelfScores(): Promise<(SelfScore & Sourced)[]> {
  return (await getContent()).selfScores.map((s) => ({ ...s.data, isExample: s.isExample, sourceFile: s.file })).sort((a, b) => b.year - a.year);
}

export async function getSurveys(): Promise<(Survey & Sourced)[]> {
  return (await getContent()).surveys.map((s) => ({ ...s.data, isExample: s.isExample, sourceFile: s.file })).sort((a, b) => b.year - a.year);
}

/** The deliverables every unit owes, in file order. */
export async function getDeliverables(): Promise<(Deliverable & { sourceFile: string })[]> {
  const d = (await getContent()).progress.deliverables;
  return d ? d.data.deliverables.map((x) => ({ ...x, sourceFile: d.file })) : [];
}

export async function getProgressRecords(): Promise<(UnitRecord & Sourced)[]> {
  return (await getContent()).progress.records.map((r) => ({ ...r.data, isExample: r.isExample, sourceFile: r.file }));
}

export async function getSupervision(): Promise<(SupervisionFile & Sourced)[]> {
  return (await getContent()).progress.supervision.map((r) => ({ ...r.data, isExample: r.isExample, sourceFile: r.file }));
}

/**
 * The date progress is computed for: the configured asOf (an archived
 * campaign), else BUILD_DATE from the environment (tests, reproducible
 * builds), else today in China.
 */
export async function getAsOf(): Promise<{ asOf: string; buildDate: string; fixed: boolean }> {
  const { asOf, buildDate, archived } = dating(await getSite(), viewOptions().buildDate);
  return { asOf, buildDate, fixed: archived };
}

/** What every view model (src/view/) is given besides the content. */
export function viewOptions(): ViewOptions {
  return { buildDate: process.env.BUILD_DATE ?? todayInChina(), href };
}

/** A site-relative link that works at a domain root and under a portal sub-path. */
export const href: Href = basePathHref(import.meta.env.BASE_URL);
