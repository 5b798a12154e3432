// The readiness pages of a 优质均衡 campaign, with their links: /readiness/
// (the verdict, the four areas item by item, public recognition and the
// vetoes), /readiness/schools/ (each indicator's 差异系数 and every school
// against the 6-of-7 rule, the items judged school by school) and
// /readiness/standards/ (every threshold in force with its source). The words
// come from src/view/readiness.ts; this adds only where each thing links to.
// A 基本均衡 campaign has no readiness pages (readinessApplies).
import type { Crumb } from './layout.ts';
import type { SiteContent } from '../content-model/model.ts';
import type { Download } from './data.ts';
import type { Href, ViewOptions } from './options.ts';
import { dating } from './options.ts';
import { toCsv } from '../lib/csv.ts';
import { STANDARD_DOCUMENTS } from '../lib/standards.ts';
import { READINESS_CSV_HEADER, READINESS_SCHOOLS_CSV_HEADER, readinessCsvRows, readinessJson, readinessOf, readinessPage, readinessSchoolRows, type AreaView, type EvidenceView, type ItemView, type ReadinessPage, type SchoolItemsView, type StageView, type VetoView } from './readiness.ts';

/** Whether the campaign is judged by the 优质均衡 standard, the only one the readiness pages are for. */
export function readinessApplies(content: Pick<SiteContent, 'campaign'>): boolean {
  return content.campaign.data.standard === '优质均衡';
}

/** Where the readiness pages and downloads are, site-relative. */
export const READINESS_PATHS = {
  page: 'readiness/',
  schools: 'readiness/schools/',
  standards: 'readiness/standards/',
  json: 'data/readiness.json',
  csv: 'data/readiness.csv',
  schoolsCsv: 'data/readiness-schools.csv',
} as const;

/** Evidence files in content/attachments/ are published under this path. */
export const EVIDENCE_PATH = 'readiness/attachments/';

export interface LinkedUnit {
  readonly name: string;
  readonly href: string;
  /** 牵头 for the first of several units. */
  readonly lead: boolean;
}

export interface LinkedEvidence {
  readonly text: string;
  readonly href: string | undefined;
}

export interface LinkedItem extends Omit<ItemView, 'units' | 'evidence'> {
  readonly units: readonly LinkedUnit[];
  readonly evidence: readonly LinkedEvidence[];
}

export interface LinkedArea extends Omit<AreaView, 'items'> {
  readonly items: readonly LinkedItem[];
  /** 社会认可度 only: the survey by respondent group. */
  readonly recognition?: ReadinessPage['recognition'];
}

export interface LinkedVeto extends Omit<VetoView, 'evidence' | 'units'> {
  readonly evidence: readonly LinkedEvidence[];
  readonly units: readonly LinkedUnit[];
}

export interface ReadinessMain {
  readonly title: string;
  readonly description: string;
  readonly sourceFile: string;
  readonly asOf: string;
  readonly standard: string;
  readonly verdict: ReadinessPage['verdict'];
  readonly legend: ReadinessPage['legend'];
  readonly areas: readonly LinkedArea[];
  readonly recognition: ReadinessPage['recognition'];
  readonly vetoes: readonly LinkedVeto[];
  readonly notes: readonly string[];
  readonly downloads: readonly Download[];
  /** The sub-pages: the per-school tables and the thresholds. */
  readonly more: { readonly schools: { readonly href: string; readonly text: string } | undefined; readonly standards: { readonly href: string; readonly text: string } };
}

export interface LinkedStage extends Omit<StageView, 'schools'> {
  readonly schools: readonly (StageView['schools'][number] & { readonly href: string })[];
}

export interface LinkedSchoolItems extends Omit<SchoolItemsView, 'rows'> {
  readonly rows: readonly (SchoolItemsView['rows'][number] & { readonly href: string })[];
}

export interface ReadinessSchools {
  readonly title: string;
  readonly description: string;
  /** 首页 › 评估准备 › this page. */
  readonly trail: readonly Crumb[];
  readonly asOf: string;
  readonly rule: { readonly status: AreaView['status']; readonly text: string } | undefined;
  readonly stages: readonly LinkedStage[];
  readonly schoolItems: LinkedSchoolItems | undefined;
  readonly notes: readonly string[];
  readonly downloads: readonly Download[];
}

export interface ReadinessStandards {
  readonly title: string;
  readonly description: string;
  /** 首页 › 评估准备 › this page. */
  readonly trail: readonly Crumb[];
  readonly standard: string;
  readonly thresholds: ReadinessPage['thresholds'];
  readonly note: string;
}

export interface ReadinessSite {
  readonly main: ReadinessMain;
  /** Undefined when the county has published no school data. */
  readonly schools: ReadinessSchools | undefined;
  readonly standards: ReadinessStandards;
}

function linkedUnits(units: readonly { id: string; name: string }[], href: Href): LinkedUnit[] {
  return units.map((u, i) => ({ name: u.name, href: href(`units/${u.id}/`), lead: i === 0 && units.length > 1 }));
}

function linkedEvidence(e: EvidenceView, href: Href): LinkedEvidence {
  const file = e.file?.startsWith('attachments/') ? href(`${EVIDENCE_PATH}${e.file.slice('attachments/'.length)}`) : undefined;
  const link = e.link === undefined ? undefined : e.link.startsWith('/') ? href(e.link) : e.link;
  return { text: e.text, href: file ?? link };
}

/** The evidence files the readiness file names in content/attachments/, as published: name under EVIDENCE_PATH → file relative to content/. */
export function evidenceFiles(content: SiteContent): { readonly name: string; readonly file: string }[] {
  const r = content.readiness?.data;
  if (!r) return [];
  const all = [
    ...Object.values(r.items as Record<string, { evidence?: readonly { file?: string }[] } | undefined>).flatMap((e) => e?.evidence ?? []),
    ...Object.entries(r.vetoes ?? {}).flatMap(([key, v]) =>
      key === 'provincial' ? (v as readonly { evidence?: readonly { file?: string }[] }[]).flatMap((p) => p.evidence ?? []) : ((v as { evidence?: readonly { file?: string }[] }).evidence ?? []),
    ),
  ];
  const files = [...new Set(all.map((e) => e.file).filter((f): f is string => f?.startsWith('attachments/') === true))];
  return files.map((file) => ({ name: file.slice('attachments/'.length), file }));
}

const DOC_2017 = STANDARD_DOCUMENTS['优质均衡'];

/** A source under the page's 依据 line: the 办法 by its number alone (its title is in that line). */
export function shortSource(source: string): string {
  return source.replaceAll(`${DOC_2017.number}${DOC_2017.title}`, `${DOC_2017.number} `);
}

function downloads(href: Href, withSchools: boolean): Download[] {
  return [
    { text: '评估准备情况（JSON，完整精度）', href: href(READINESS_PATHS.json), download: true },
    { text: '评估准备情况（CSV，可用 Excel 打开）', href: href(READINESS_PATHS.csv), download: true },
    ...(withSchools ? [{ text: '各校资源配置和逐校指标（CSV，可用 Excel 打开）', href: href(READINESS_PATHS.schoolsCsv), download: true }] : []),
  ];
}

/** The day the readiness figures are as of when the readiness file gives none: the day progress is computed for. */
export function readinessAsOf(content: SiteContent, options: ViewOptions): string {
  return dating(content, options.buildDate).asOf;
}

export function readinessSite(content: SiteContent, options: ViewOptions): ReadinessSite {
  const { href } = options;
  const page = readinessPage(content, readinessAsOf(content, options));
  const hasSchools = page.stages.length > 0;
  const trail: readonly Crumb[] = [{ label: '评估准备', path: READINESS_PATHS.page }];
  const sourceFile = content.readiness?.file ?? 'content/readiness.yaml';
  return {
    main: {
      title: page.title,
      description: '优质均衡发展督导评估四个方面各项指标的达标情况、缺少的材料和责任单位，以及一票否决情形。',
      sourceFile,
      asOf: page.asOf,
      standard: page.standard,
      verdict: page.verdict,
      legend: page.legend,
      areas: page.areas.map((a) => ({
        ...a,
        items: a.items.map((i) => ({ ...i, sources: i.sources.map(shortSource), units: linkedUnits(i.units, href), evidence: i.evidence.map((e) => linkedEvidence(e, href)) })),
        ...(a.id === 'recognition' ? { recognition: page.recognition } : {}),
      })),
      recognition: page.recognition,
      vetoes: page.vetoes.map((v) => ({ ...v, source: shortSource(v.source), evidence: v.evidence.map((e) => linkedEvidence(e, href)), units: linkedUnits(v.units, href) })),
      notes: page.notes,
      downloads: downloads(href, hasSchools),
      more: {
        schools: hasSchools ? { href: href(READINESS_PATHS.schools), text: '各项资源配置指标的差异系数和每所学校的达标情况' } : undefined,
        standards: { href: href(READINESS_PATHS.standards), text: '所用标准及出处（全部标准值）' },
      },
    },
    schools: hasSchools
      ? {
          title: '资源配置：差异系数和各校达标情况',
          description: '优质均衡资源配置 7 项指标的县域值、差异系数，每所学校 7 项指标的达标情况，以及按学校核对的其他指标。',
          trail,
          asOf: page.asOf,
          rule: page.areas[0]?.schoolRule,
          stages: page.stages.map((s) => ({ ...s, schools: s.schools.map((school) => ({ ...school, href: href(`schools/${school.id}/`) })) })),
          schoolItems: page.schoolItems && { ...page.schoolItems, rows: page.schoolItems.rows.map((row) => ({ ...row, href: href(`schools/${row.id}/`) })) },
          notes: page.notes.slice(1),
          downloads: downloads(href, true).slice(2),
        }
      : undefined,
    standards: {
      title: '优质均衡评估所用标准及出处',
      description: '优质均衡发展督导评估各项标准值、本省提高的标准和每项标准的出处。',
      trail,
      standard: page.standard,
      thresholds: page.thresholds,
      note: page.notes[0]!,
    },
  };
}

/** One download of the readiness results: /data/<name>.<ext>. */
export interface ReadinessFile {
  readonly name: 'readiness' | 'readiness-schools';
  readonly ext: 'json' | 'csv';
  readonly body: string;
  readonly type: string;
}

/**
 * The readiness downloads: the whole result as JSON (full precision; its
 * standard2017 and schoolItems are what `npm run indicators -- <file> --json`
 * prints for the same dataset), one CSV row per item and veto, and one per
 * counted school part (when there is school data). None for a 基本均衡 campaign.
 */
export function readinessFiles(content: SiteContent, options: ViewOptions): ReadinessFile[] {
  if (!readinessApplies(content)) return [];
  const result = readinessOf(content, readinessAsOf(content, options));
  const files: ReadinessFile[] = [
    { name: 'readiness', ext: 'json', body: `${JSON.stringify(readinessJson(result), null, 2)}\n`, type: 'application/json; charset=utf-8' },
    { name: 'readiness', ext: 'csv', body: toCsv(READINESS_CSV_HEADER, readinessCsvRows(result, content)), type: 'text/csv; charset=utf-8' },
  ];
  if (result.standard2017) files.push({ name: 'readiness-schools', ext: 'csv', body: toCsv(READINESS_SCHOOLS_CSV_HEADER, readinessSchoolRows(result)), type: 'text/csv; charset=utf-8' });
  return files;
}
