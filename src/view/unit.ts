// One unit's page: what it is, its people in the leading group, where the
// content names it, its own progress and the news it published.
import type { SiteContent } from '../content-model/model.ts';
import { formatDate } from '../lib/dates.ts';
import type { ItemStatus } from '../lib/deliverables.ts';
import { countyWords } from './county.ts';
import { campaignFacts } from './facts.ts';
import { link, type Inline } from './inline.ts';
import { dateText, dating, datingNote, type DateText, type Href, type ViewOptions } from './options.ts';
import { findingsModel, progressRecords, type FindingsModel } from './progress-parts.ts';
import { unitProgressView } from './progress-records.ts';
import { unitMentions, type MentionContent, type Segment } from './unit-mentions.ts';
import { unitReadiness, type UnitItemView } from './readiness.ts';
import { READINESS_PATHS, readinessApplies, readinessAsOf } from './readiness-site.ts';
import { townshipSchools } from './school.ts';
import type { Crumb } from './layout.ts';
import { unitLookup } from './units.ts';

export interface MentionModel {
  readonly label: string;
  readonly href: string;
  readonly date: DateText | undefined;
  /** For text passages: the sentences that name the unit, the name marked. */
  readonly segments: readonly Segment[] | undefined;
}

export interface UnitProgressModel {
  readonly meta: readonly Inline[];
  /** Nothing applies and nothing is recorded: this sentence is all the section says. */
  readonly empty: string | undefined;
  readonly deliverables:
    | { readonly kind: 'none'; readonly text: string }
    /** Owed, but the unit has no record: the sentence around the 无记录 status. */
    | { readonly kind: 'unrecorded'; readonly before: string; readonly after: string }
    | {
        readonly kind: 'table';
        readonly caption: readonly Inline[];
        readonly rows: readonly {
          readonly title: string;
          readonly deadline: string;
          readonly status: ItemStatus;
          readonly done: { readonly text: string; readonly evidence: string | undefined } | undefined;
        }[];
      };
  readonly rectifications: {
    readonly empty: string | undefined;
    readonly items: readonly {
      readonly problem: string;
      readonly status: ItemStatus;
      /** 2020年8月25日发现，整改时限…，…整改完成，由…记录 (after the status). */
      readonly detail: string;
      readonly evidence: string | undefined;
    }[];
  };
  readonly findings: FindingsModel;
}

export interface UnitPage {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The breadcrumb above the page (src/view/layout.ts): every unit sits under 单位名录. */
  readonly trail: readonly Crumb[];
  readonly facts: {
    readonly shortName: string | undefined;
    readonly kind: string;
    /** Township-level units only. */
    readonly divisionCode: string | undefined;
    /** Its part in the leading group: 领导小组办公室所在单位，局长薛建峰任副组长兼办公室主任; 无 when none. */
    readonly member: string;
  };
  /** For a department: the seed writes its short name; the full name is expanded. */
  readonly nameNote: string | undefined;
  readonly people: readonly MentionModel[];
  readonly named: readonly MentionModel[];
  /** What stands under 内容中提到本单位的地方 when nothing names the unit. */
  readonly notNamed: readonly Inline[];
  readonly progress: UnitProgressModel;
  readonly news: readonly MentionModel[];
  /** 优质均衡 campaigns: the items and vetoes the unit is responsible for, with their status. */
  readonly readiness: UnitReadinessModel | undefined;
  /** Townships: the schools of the newest school dataset that are in it, linked to their pages. */
  readonly schools: readonly { readonly name: string; readonly type: string; readonly href: string }[];
}

export interface UnitReadinessModel {
  /** 截至…，本单位负责优质均衡评估的 N 项 (or that it has none). */
  readonly intro: readonly Inline[];
  /** label: the item's key and name (G7 特殊教育…), or a veto's name. */
  readonly rows: readonly (UnitItemView & { readonly label: string; readonly href: string })[];
}

function unitReadinessModel(content: SiteContent, options: ViewOptions, unitId: string): UnitReadinessModel | undefined {
  if (!readinessApplies(content)) return undefined;
  const { href } = options;
  const asOf = readinessAsOf(content, options);
  const items = unitReadiness(content, unitId, asOf);
  const page = href(READINESS_PATHS.page);
  const rows = items.map((i) => {
    const veto = i.key.startsWith('veto-');
    return { ...i, label: veto ? i.name : `${i.key} ${i.name}`, href: `${page}#${veto ? i.key : `item-${i.key}`}` };
  });
  const when = formatDate(content.readiness?.data.asOf ?? asOf);
  return {
    intro:
      rows.length === 0
        ? [`截至${when}，没有指定本单位负责优质均衡评估的指标。全部指标见`, link('优质均衡评估准备情况', page), '。']
        : [`截至${when}，本单位负责（牵头或配合）优质均衡评估的 ${rows.length} 项，状态如下。全部指标见`, link('优质均衡评估准备情况', page), '。'],
    rows,
  };
}

const mentionContents = new WeakMap<SiteContent, MentionContent>();

/** One MentionContent per content, so the mention index is built once for all unit pages. */
function mentionContent(content: SiteContent): MentionContent {
  let m = mentionContents.get(content);
  if (!m) {
    const group = content.leadingGroup.data;
    m = {
      notice: content.notice.data,
      plan: content.plan.data,
      members: group.members,
      office: group.office,
      achievements: content.achievements.map((a) => ({ id: a.id, title: a.data.title, date: a.data.date, unit: a.data.unit })),
      units: content.units.data.units,
    };
    mentionContents.set(content, m);
  }
  return m;
}

/** A link from content (佐证材料): a site path gets the base path, an https:// address stays. */
const contentLink = (target: string, href: Href) => (target.startsWith('/') ? href(target) : target);

function unitProgressModel(content: SiteContent, options: ViewOptions, unitId: string): UnitProgressModel {
  const { href } = options;
  const when = dating(content, options.buildDate);
  const { asOf, buildDate } = when;
  const units = unitLookup(content.units.data);
  const records = progressRecords(content);
  const view = unitProgressView(unitId, records.input, records.findings, asOf);
  const { progress } = view;
  const county = countyWords(content.site.data.county);
  // The office's unit owes no deliverable, but has a part: say it rather than "nothing applies".
  const duty = campaignFacts(content).dutyUnits.find((d) => d.unit === unitId)?.duty;
  const deliverables: UnitProgressModel['deliverables'] =
    view.owes.length === 0
      ? { kind: 'none', text: duty ? `${duty}；实施方案没有要求本单位单独完成各单位须分别完成的事项。` : '实施方案规定各单位要完成的事项不适用于本单位。' }
      : !progress.recorded
        ? {
            kind: 'unrecorded',
            before: `本单位应完成${view.owes.map((d) => `“${d.title}”（${formatDate(d.deadline, 'end')}前）`).join('、')}，但尚无进度记录（`,
            after: '）：情况不明，不算逾期。',
          }
        : {
            kind: 'table',
            caption: [`${units.name(unitId)}要完成的事项：完成情况（截至${formatDate(asOf)}）`],
            rows: progress.deliverables.map((row) => ({
              title: row.deliverable.title,
              deadline: `${formatDate(row.deliverable.deadline, 'end')}前`,
              status: row.status,
              done: row.submission && {
                text: `${formatDate(row.submission.date)}完成`,
                evidence: row.submission.evidence && contentLink(row.submission.evidence, href),
              },
            })),
          };
  return {
    meta: [`进度按${formatDate(asOf)}${datingNote(when, 'basis')}计算；本站更新于${formatDate(buildDate)}。${county.all}情况见`, link('工作进度', href('progress/')), '。'],
    empty: view.empty
      ? duty
        ? `${duty}；实施方案没有要求本单位单独完成各单位须分别完成的事项，也没有关于本单位的整改事项和督导意见。`
        : '实施方案规定各单位要完成的事项不适用于本单位，也没有关于本单位的整改事项和督导意见。'
      : undefined,
    deliverables,
    rectifications: {
      empty:
        progress.rectifications.length === 0
          ? `截至${formatDate(asOf)}，没有记录本单位负责的整改事项${progress.recorded ? '' : '（本单位尚无进度记录）'}。`
          : undefined,
      items: progress.rectifications.map((r) => {
        const closed = r.item.closed !== undefined && r.item.closed <= asOf;
        return {
          problem: r.item.problem,
          status: r.status,
          detail:
            `；${formatDate(r.item.found)}发现${r.item.finding ? '（督导检查）' : ''}，整改时限${formatDate(r.item.deadline, 'end')}` +
            (closed ? `，${formatDate(r.item.closed!)}整改完成` : '') +
            (r.recordedBy !== unitId ? `，由${units.name(r.recordedBy)}记录` : ''),
          evidence: closed && r.item.evidence ? contentLink(r.item.evidence, href) : undefined,
        };
      }),
    },
    findings: findingsModel(content, view.findings, asOf, href, false),
  };
}

export function unitPage(content: SiteContent, options: ViewOptions, unitId: string): UnitPage {
  const { href } = options;
  const units = unitLookup(content.units.data);
  const unit = units.get(unitId);
  if (!unit) throw new Error(`no unit ${unitId} in content/units.yaml`);
  const role = units.role(unit);
  const facts = campaignFacts(content);
  const mentions = unitMentions(mentionContent(content), unit).map((m) => ({
    kind: m.kind,
    model: { label: m.label, href: href(m.path), date: m.date === undefined ? undefined : dateText(m.date), segments: m.segments },
  }));
  const of = (...kinds: string[]) => mentions.filter((m) => kinds.includes(m.kind)).map((m) => m.model);
  const township = role === '乡镇';
  return {
    id: unit.id,
    title: unit.name,
    description: `${unit.name}：领导小组成员、实施方案中涉及本单位的内容和本单位的工作进度。`,
    trail: [{ label: '单位名录', path: 'units/' }],
    facts: {
      shortName: unit.shortName,
      kind: unit.kind,
      divisionCode: township ? unit.divisionCode : undefined,
      member: facts.unitRoles(unit.id).join('，') || '无',
    },
    nameNote: role === '部门' ? `原文写作“${units.shortName(unit.id)}”；全称按通行的机构名称展开，以有关部门核定的名称为准。` : undefined,
    people: of('member'),
    named: of('issuer', 'office', 'text'),
    notNamed: [`印发通知和实施方案没有点名本单位；方案对“${township ? '各乡镇' : '各有关部门'}”提出的要求见`, link('实施方案', href('plan/')), '。'],
    progress: unitProgressModel(content, options, unit.id),
    news: of('achievement'),
    readiness: unitReadinessModel(content, options, unit.id),
    schools: township ? townshipSchools(content, unit.id, href) : [],
  };
}
