// One school's page (/schools/<id>/), for each school of the newest published
// school dataset: its 资源配置 figures in words against the 优质均衡
// minimum (教督〔2017〕6号) and the county value, a plain verdict on the
// 6-of-7 rule, its 生师比 as 每名教师对应 X 名学生, and the items judged school
// by school (G3–G6, E4). Also the schools of a township, for its unit page.
// Pure: content and options in, words out.
import type { Crumb } from './layout.ts';
import type { SchoolDataset, Stage } from '../../schemas/school.ts';
import type { SiteContent } from '../content-model/model.ts';
import { checkStandard2017, countedParts, STANDARD_2017, type School2017, type Stage2017 } from '../lib/indicators.ts';
import { schoolItems, type SchoolItemsRow, type SchoolItemStatus } from '../lib/school-items.ts';
import { applyThresholds, plainNumber, STANDARD_DOCUMENTS, type Thresholds } from '../lib/standards.ts';
import { round3 } from '../lib/thresholds.ts';
import type { Href, ViewOptions } from './options.ts';
import { againstLine, fixed, statusView, type StatusView } from './readiness.ts';
import { READINESS_PATHS, readinessApplies } from './readiness-site.ts';
import { unitLookup } from './units.ts';

export interface SchoolIndicatorRow {
  readonly key: string;
  readonly name: string;
  readonly unit: string;
  /** 本校的数值 */
  readonly value: string;
  readonly minimum: string;
  readonly county: string;
  readonly status: StatusView;
  /** For a missed indicator: 为最低标准的 79.5%. */
  readonly note: string | undefined;
}

export interface SchoolPartView {
  readonly stage: Stage;
  readonly label: string;
  /** 在校学生 520 人，专任教师 30 人，每名教师对应 17.3 名学生 */
  readonly people: string;
  /** Why the part is not counted (民办学校; 教学点 by default). */
  readonly excluded: string | undefined;
  /** The 6-of-7 verdict; undefined for a 民办 school (no figures computed). */
  readonly verdict: { readonly status: StatusView; readonly sentence: string } | undefined;
  readonly caption: string;
  readonly rows: readonly SchoolIndicatorRow[];
}

export interface SchoolItemView {
  readonly key: string;
  readonly name: string;
  readonly status: StatusView;
  readonly text: string;
}

export interface SchoolPage {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly sourceFile: string;
  readonly year: string;
  readonly facts: readonly { readonly term: string; readonly value: string; readonly href?: string | undefined }[];
  /** Set when the campaign is judged by 基本均衡: the 2017 minimums are for reference. */
  readonly reference: string | undefined;
  readonly standard: string;
  readonly parts: readonly SchoolPartView[];
  readonly items: { readonly caption: string; readonly rows: readonly SchoolItemView[] } | undefined;
  readonly links: readonly { readonly text: string; readonly href: string }[];
  /** 首页 › … › this school: under the readiness tables where they exist, else under 均衡指标. */
  readonly trail: readonly Crumb[];
  /** The menu item the page belongs to, the same place its trail starts from. */
  readonly section: 'readiness' | 'indicators';
}

/** The dataset whose schools get pages: the newest published one. */
export function newestDataset(content: SiteContent): { readonly file: string; readonly dataset: SchoolDataset } | undefined {
  return [...content.schools].sort((a, b) => b.dataset.year - a.dataset.year)[0];
}

/** Ids of the schools that have a page. */
export function schoolIds(content: SiteContent): string[] {
  return newestDataset(content)?.dataset.schools.map((s) => s.id) ?? [];
}

const thresholdsOf = (content: SiteContent): Thresholds => applyThresholds(content.campaign.data.thresholds as Parameters<typeof applyThresholds>[0]);

const SCHOOL_STATUS: Readonly<Record<SchoolItemStatus, StatusView>> = {
  pass: statusView('pass'),
  fail: statusView('fail'),
  pending: statusView('pending'),
  na: { code: 'na', symbol: '—', word: '不涉及' },
};

function verdictOf(school: School2017, label: string, t: Thresholds, reference: boolean): { status: StatusView; sentence: string } {
  const share = plainNumber(t['shortfall-share'].value);
  const total = STANDARD_2017.length;
  const who = `本校${label}`;
  const tail = reference ? '（仅供参考）' : '';
  if (school.metCount === total) return { status: statusView('pass'), sentence: `${who} ${total} 项指标都达到最低标准，达标${tail}。` };
  if (school.pass) {
    const f = school.shortfalls[0]!;
    const name = STANDARD_2017.find((d) => d.key === f.key)!.name;
    return {
      status: statusView('pass'),
      sentence: `${who} ${total} 项指标中有 ${school.metCount} 项达到最低标准；未达到的一项“${name}”为最低标准的 ${againstLine(f.share * 100, t['shortfall-share'], 1)}%，不低于 ${share}%，按规定仍算达标${tail}。`,
    };
  }
  return {
    status: statusView('fail'),
    sentence: `${who} ${total} 项指标中有 ${school.metCount} 项达到最低标准，未达标${tail}：至少 6 项达到最低标准、其余一项不低于最低标准的 ${share}%，才算达标。`,
  };
}

function peopleText(pupils: number, teachers: number | undefined): string {
  if (teachers === undefined) return `在校学生 ${pupils} 人`;
  if (teachers <= 0) return `在校学生 ${pupils} 人，没有专任教师`;
  return `在校学生 ${pupils} 人，专任教师 ${teachers} 人，每名教师对应 ${fixed(pupils / teachers, 1)} 名学生`;
}

function itemRows(row: SchoolItemsRow): SchoolItemView[] {
  const room = (kind: string, c: SchoolItemsRow['G3']['music']) =>
    c.rooms === null ? `${kind}专用教室数待填报` : `${kind}专用教室 ${c.rooms} 间${c.minArea === null ? '' : `，最小的 ${plainNumber(c.minArea)} ㎡（每间至少 ${plainNumber(c.areaLine)} ㎡）`}`;
  return [
    {
      key: 'G3',
      name: '音乐、美术专用教室',
      status: SCHOOL_STATUS[row.G3.status],
      text: `${row.G3.classes === null ? '班级数待填报' : `${row.G3.classes} 个班，音乐、美术专用教室应各有 ${row.G3.required} 间`}；${room('音乐', row.G3.music)}；${room('美术', row.G3.art)}`,
    },
    { key: 'G4', name: '学校规模', status: SCHOOL_STATUS[row.G4.status], text: `全校义务教育阶段 ${row.G4.pupils} 人（不超过 ${row.G4.limit} 人）` },
    {
      key: 'G5',
      name: '班额',
      status: SCHOOL_STATUS[row.G5.status],
      text: row.G5.parts
        .map((p) => `${p.label}${p.largest !== null ? `最大班额 ${p.largest} 人` : p.oversized !== null ? `超过标准的班 ${p.oversized} 个` : '班额待填报'}（每班不超过 ${p.limit} 人）`)
        .join('；'),
    },
    {
      key: 'G6',
      name: '不足 100 名学生的学校按 100 名核定公用经费',
      status: SCHOOL_STATUS[row.G6.status],
      text: row.G6.status === 'na' ? `本校 ${row.G6.pupils} 人，不涉及` : `本校 ${row.G6.pupils} 人，${row.G6.funded === null ? '核定公用经费的学生数待填报' : `按 ${row.G6.funded} 人核定公用经费`}（至少按 ${row.G6.line} 人）`,
    },
    {
      key: 'E4',
      name: '教师培训经费',
      status: SCHOOL_STATUS[row.E4.status],
      text:
        row.E4.percent === null
          ? `${row.E4.publicFunds === null ? '年度公用经费预算总额' : '教师培训经费'}待填报`
          : `占年度公用经费预算总额的 ${againstLine(row.E4.percent, { compare: 'atLeast', value: row.E4.line }, 1)}%（不低于 ${plainNumber(row.E4.line)}%）`,
    },
  ];
}

export function schoolPage(content: SiteContent, options: ViewOptions, schoolId: string): SchoolPage {
  const { href } = options;
  const newest = newestDataset(content);
  const school = newest?.dataset.schools.find((s) => s.id === schoolId);
  if (!newest || !school) throw new Error(`no school ${schoolId} in the newest school dataset`);
  const { dataset } = newest;
  const t = thresholdsOf(content);
  const reference = !readinessApplies(content);
  const standard = checkStandard2017(dataset, { thresholds: t });
  // A 教学点 is not counted by default (UNVERIFIED practice): its own figures, for reference.
  const withPoints = school.type === '教学点' ? checkStandard2017(dataset, { thresholds: t, includeTeachingPoints: true }) : undefined;
  const teachersOf = countedParts(dataset, { includeTeachingPoints: true });
  const units = unitLookup(content.units.data);
  const stagesOfSchool = (['primary', 'junior'] as const).filter((st) => school.parts[st] !== undefined);
  const multi = stagesOfSchool.length > 1;

  const parts = stagesOfSchool.map((st): SchoolPartView => {
    const stage = standard.stages.find((s) => s.stage === st)!;
    const label = multi ? `${stage.label}部分` : '';
    const part = school.parts[st]!;
    const counted = stage.schools.find((s) => s.id === school.id);
    const excluded = stage.excluded.find((e) => e.id === school.id)?.reason;
    const own: School2017 | undefined = counted ?? withPoints?.stages.find((s) => s.stage === st)?.schools.find((s) => s.id === school.id);
    const teachers = teachersOf[st].counted.find((p) => p.id === school.id)?.totals.teachers ?? part.teachers;
    return {
      stage: st,
      label: stage.label,
      people: peopleText(part.pupils, teachers),
      excluded: excluded === undefined ? undefined : `本校不计入全${content.site.data.county.word}的差异系数：${excluded}${own ? '。下表按本校自己的数据对照最低标准，仅供参考' : ''}。`,
      verdict: own ? verdictOf(own, label, t, reference || counted === undefined) : undefined,
      caption: `${stage.label}资源配置 7 项指标：本校数值、每校最低标准和全${content.site.data.county.word}县域值（${dataset.year} 年）`,
      rows: own ? indicatorRows(own, stage, t) : [],
    };
  });

  const itemsRow = schoolItems(dataset, t).schools.find((s) => s.id === school.id);
  const township = units.get(school.township);
  return {
    id: school.id,
    title: school.name,
    description: `${school.name}：${dataset.year} 年资源配置各项指标与优质均衡标准和全${content.site.data.county.word}的比较。`,
    sourceFile: newest.file,
    year: `${dataset.year} 年统计数据`,
    facts: [
      { term: '所在乡镇（街道）', value: township?.name ?? school.township, href: township ? href(`units/${township.id}/`) : undefined },
      { term: '学校类型', value: school.type },
      { term: '办学性质', value: school.ownership },
      ...(school.boarding ? [{ term: '寄宿制', value: '是' }] : []),
    ],
    reference: reference ? `本次工作按${content.campaign.data.standard}标准评估；下面对照优质均衡标准，仅供参考。` : undefined,
    standard: `最低标准依据 ${STANDARD_DOCUMENTS['优质均衡'].number}${STANDARD_DOCUMENTS['优质均衡'].title}资源配置部分：每所学校 7 项指标至少 6 项达到最低标准，其余一项不低于最低标准的 ${plainNumber(t['shortfall-share'].value)}%。`,
    parts,
    items: itemsRow && !reference ? { caption: '按学校核对的其他指标（政府保障程度、教育质量）', rows: itemRows(itemsRow) } : undefined,
    links: [
      ...(reference ? [] : [{ text: '全部学校的达标情况', href: href(READINESS_PATHS.schools) }]),
      { text: '均衡指标', href: href('indicators/') },
    ],
    section: reference ? 'indicators' : 'readiness',
    trail: reference
      ? [{ label: '均衡指标', path: 'indicators/' }]
      : [
          { label: '评估准备', path: READINESS_PATHS.page },
          { label: '各校达标情况', path: READINESS_PATHS.schools },
        ],
  };
}

function indicatorRows(own: School2017, stage: Stage2017, t: Thresholds): SchoolIndicatorRow[] {
  return STANDARD_2017.map((d) => {
    const indicator = stage.indicators.find((i) => i.key === d.key)!;
    const met = own.met[d.key];
    const shortfall = own.shortfalls.find((f) => f.key === d.key);
    return {
      key: d.key,
      name: d.name,
      unit: d.unit,
      value: round3(own.values[d.key]),
      minimum: plainNumber(indicator.minimum),
      county: indicator.countyValue === null ? '—' : round3(indicator.countyValue),
      status: statusView(met ? 'pass' : 'fail'),
      note: shortfall ? `为最低标准的 ${againstLine(shortfall.share * 100, t['shortfall-share'], 1)}%` : undefined,
    };
  });
}

/** The schools of a township (its unit page), linked to their pages; empty for other units or without school data. */
export function townshipSchools(content: SiteContent, unitId: string, href: Href): { readonly name: string; readonly type: string; readonly href: string }[] {
  return (newestDataset(content)?.dataset.schools ?? []).filter((s) => s.township === unitId).map((s) => ({ name: s.name, type: s.type, href: href(`schools/${s.id}/`) }));
}
