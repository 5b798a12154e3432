// Typed access to the validated collections for pages. The data was checked by
// src/content-model/load.ts before Astro stored it; here it only gets its type.
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
import type { Unit } from '../../schemas/unit.ts';
import { todayInChina } from '../lib/dates.ts';

async function single<T>(collection: 'site' | 'notice' | 'plan' | 'leadingGroup', id: string): Promise<{ data: T; filePath: string }> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`missing ${collection}/${id}: the content loader should have failed first`);
  return { data: entry.data as T, filePath: entry.filePath ?? '' };
}

export const getSite = async () => (await single<Site>('site', 'site')).data;
export const getNotice = () => single<Notice>('notice', 'notice');
export const getPlan = () => single<Plan>('plan', 'plan');
export const getLeadingGroup = () => single<Omit<LeadingGroup, 'members'>>('leadingGroup', 'leading-group');

/**
 * In a build, content does not change between pages, so lists every page asks
 * for are shaped once (with ten thousand articles, per page it was seconds);
 * `astro dev` reloads content on edits, so there each call reads afresh.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (cached ??= load()));
}

/** In the order of content/units.yaml. */
export const getUnits: () => Promise<Unit[]> = once(async () =>
  (await getCollection('units'))
    .map((e) => e.data as Unit & { order: number })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...unit }) => unit),
);

export interface RosterMember extends Member {
  readonly order: number;
}

export const getMembers: () => Promise<RosterMember[]> = once(async () =>
  (await getCollection('members')).map((e) => e.data as RosterMember).sort((a, b) => a.order - b.order),
);

export type AchievementEntry = Awaited<ReturnType<typeof getAchievements>>[number];

/** Newest first; examples included (pages mark them 示例). */
export const getAchievements = once(async () => {
  const entries = await getCollection('achievements');
  return entries
    .map((entry) => ({ entry, data: entry.data as Achievement & { isExample: boolean; sourceFile: string } }))
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.entry.id.localeCompare(b.entry.id));
});

/** Marks where a loaded file came from and whether it is sample data. */
export interface Sourced {
  readonly sourceFile: string;
  readonly isExample: boolean;
}

/** School statistics datasets, newest year first (each carries its own `example` flag). */
export async function getSchoolDatasets(): Promise<(SchoolDataset & { sourceFile: string })[]> {
  return (await getCollection('schools')).map((e) => e.data as SchoolDataset & { sourceFile: string }).sort((a, b) => b.year - a.year);
}

export async function getSelfScores(): Promise<(SelfScore & Sourced)[]> {
  return (await getCollection('selfScores')).map((e) => e.data as SelfScore & Sourced).sort((a, b) => b.year - a.year);
}

export async function getSurveys(): Promise<(Survey & Sourced)[]> {
  return (await getCollection('surveys')).map((e) => e.data as Survey & Sourced).sort((a, b) => b.year - a.year);
}

/** The deliverables every unit owes, in file order. */
export async function getDeliverables(): Promise<(Deliverable & { sourceFile: string })[]> {
  return (await getCollection('deliverables')).map((e) => e.data as Deliverable & { order: number; sourceFile: string }).sort((a, b) => a.order - b.order);
}

export async function getProgressRecords(): Promise<(UnitRecord & Sourced)[]> {
  return (await getCollection('progressRecords')).map((e) => e.data as UnitRecord & Sourced);
}

export async function getSupervision(): Promise<(SupervisionFile & Sourced)[]> {
  return (await getCollection('supervision')).map((e) => e.data as SupervisionFile & Sourced);
}

/**
 * The date progress is computed for: the configured asOf (an archived
 * campaign), else BUILD_DATE from the environment (tests, reproducible
 * builds), else today in China.
 */
export async function getAsOf(): Promise<{ asOf: string; buildDate: string; fixed: boolean }> {
  const site = await getSite();
  const buildDate = process.env.BUILD_DATE ?? todayInChina();
  return { asOf: site.asOf ?? buildDate, buildDate, fixed: site.asOf !== undefined };
}

/** A site-relative link that works at a domain root and under a portal sub-path. */
export function href(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}
