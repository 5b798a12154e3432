// Everything in the content that names a unit: where a unit page links to.
// A passage counts only when it names the unit itself (全称 or 简称): 各乡镇 or
// 各有关部门 name no one in particular, and 区政府政研室 names the research
// office, not 区政府, so the longest name at each position wins.
import type { Member, LeadingGroup } from '../../schemas/leading-group.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Unit } from '../../schemas/unit.ts';
import {
  BASIS_ANCHOR,
  OPENING_ANCHOR,
  chineseNumber,
  phaseAnchor,
  requirementAnchor,
  requirementLead,
  sectionHeading,
  stepAnchor,
  stepLead,
} from '../lib/plan-text.ts';

export type UnitNames = Pick<Unit, 'id' | 'name' | 'shortName'>;

export interface AchievementRef {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly unit: string;
}

export interface MentionContent {
  readonly notice: Pick<Notice, 'issuer' | 'addressees' | 'body'>;
  readonly plan: Plan;
  readonly members: readonly Member[];
  readonly office: LeadingGroup['office'];
  readonly achievements: readonly AchievementRef[];
  /** All units, so that a longer name of another unit is not read as this one's. */
  readonly units: readonly UnitNames[];
}

export interface Segment {
  readonly text: string;
  /** True where the unit is named. */
  readonly mark: boolean;
}

export type MentionKind = 'issuer' | 'office' | 'member' | 'text' | 'achievement';

export interface Mention {
  readonly kind: MentionKind;
  readonly label: string;
  /** Site-relative path without a leading slash, for href(): plan/#step-launch. */
  readonly path: string;
  /** For text passages: the sentences that name the unit. */
  readonly segments?: readonly Segment[];
  readonly date?: string;
}

export const memberAnchor = (id: string): string => `member-${id}`;
export const OFFICE_ANCHOR = 'office';

interface Passage {
  readonly label: string;
  readonly path: string;
  readonly text: string;
}

/** The notice's and the plan's text, each passage with where it is shown. */
export function contentPassages(notice: MentionContent['notice'], plan: Plan): Passage[] {
  const p = '实施方案';
  const passages: Passage[] = [
    { label: '印发通知 · 主送机关', path: 'original/', text: notice.addressees.join('、') },
    { label: '印发通知 · 正文', path: 'original/', text: notice.body },
    { label: `${p} · 制定依据`, path: `plan/#${BASIS_ANCHOR}`, text: plan.basis.map((b) => b.title).join('；') },
    { label: `${p} · 开篇`, path: `plan/#${OPENING_ANCHOR}`, text: plan.preamble },
    { label: `${p} · ${sectionHeading('guiding-ideology')}`, path: 'plan/#guiding-ideology', text: plan.guidingIdeology },
    { label: `${p} · ${sectionHeading('goal')}`, path: 'plan/#goal', text: plan.goal },
    { label: `${p} · ${sectionHeading('tasks')}`, path: 'plan/#tasks', text: plan.tasks.summary },
  ];
  for (const phase of plan.phases) {
    const phaseLabel = `${p} · ${sectionHeading('steps')} · 第${chineseNumber(phase.number)}阶段：${phase.name}`;
    if (phase.summary) passages.push({ label: phaseLabel, path: `plan/#${phaseAnchor(phase.id)}`, text: phase.summary });
    (phase.steps ?? []).forEach((step, i) => {
      passages.push({
        label: `${phaseLabel} · 第${i + 1}项${step.title ? `：${step.title}` : ''}`,
        path: `plan/#${stepAnchor(step.id)}`,
        text: `${stepLead(step)}${step.text}`,
      });
    });
  }
  for (const req of plan.requirements) {
    passages.push({
      label: `${p} · ${sectionHeading('requirements')} · ${requirementLead(req).slice(0, -1)}`,
      path: `plan/#${requirementAnchor(req.id)}`,
      text: `${requirementLead(req)}${req.text}`,
    });
  }
  return passages;
}

interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly unit: string;
}

/** Where units are named in a text, the longest name winning at each position. */
export function findUnitNames(text: string, units: readonly UnitNames[]): Occurrence[] {
  const terms = units
    .flatMap((u) => [u.name, u.shortName].filter((t): t is string => !!t).map((term) => ({ term, unit: u.id })))
    .sort((a, b) => b.term.length - a.term.length);
  const found: Occurrence[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = terms.find((t) => text.startsWith(t.term, i));
    if (hit) {
      found.push({ start: i, end: i + hit.term.length, unit: hit.unit });
      i += hit.term.length;
    } else {
      i += 1;
    }
  }
  return found;
}

const SENTENCE_END = /[。！？；]/u;

/** The sentences of `text` that contain an occurrence, with the occurrences marked. */
function excerpt(text: string, hits: readonly Occurrence[]): Segment[] {
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (SENTENCE_END.test(text[i]!)) {
      sentences.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  const segments: Segment[] = [];
  let previousEnd = -1;
  for (const s of sentences) {
    const inside = hits.filter((h) => h.start >= s.start && h.start < s.end);
    if (inside.length === 0) continue;
    if (previousEnd !== -1 && previousEnd !== s.start) segments.push({ text: '……', mark: false });
    let cursor = s.start;
    for (const h of inside) {
      if (h.start > cursor) segments.push({ text: text.slice(cursor, h.start), mark: false });
      segments.push({ text: text.slice(h.start, h.end), mark: true });
      cursor = h.end;
    }
    if (cursor < s.end) segments.push({ text: text.slice(cursor, s.end), mark: false });
    previousEnd = s.end;
  }
  return segments;
}

/** Everything in the content that names `unit`, in a fixed order: issuer, office, members, text, news. */
export function unitMentions(content: MentionContent, unit: UnitNames): Mention[] {
  const mentions: Mention[] = [];
  if (content.notice.issuer === unit.id) {
    mentions.push({ kind: 'issuer', label: '印发通知的发文机关', path: 'original/' });
  }
  if (content.office.unit === unit.id) {
    const head = content.members.find((m) => m.id === content.office.head);
    mentions.push({
      kind: 'office',
      label: `领导小组办公室设在本单位${head ? `，${head.name}兼任${content.office.headTitle}` : ''}，${content.office.duty}`,
      path: `leading-group/#${OFFICE_ANCHOR}`,
    });
  }
  for (const m of content.members) {
    if (m.unit !== unit.id) continue;
    mentions.push({
      kind: 'member',
      label: `${m.role}：${m.name}${m.title ? `（${m.title}）` : ''}`,
      path: `leading-group/#${memberAnchor(m.id)}`,
    });
  }
  const { passages, achievementsByUnit } = indexOf(content);
  for (const { passage, hits: all } of passages) {
    const hits = all.filter((h) => h.unit === unit.id);
    if (hits.length === 0) continue;
    mentions.push({ kind: 'text', label: passage.label, path: passage.path, segments: excerpt(passage.text, hits) });
  }
  for (const a of achievementsByUnit.get(unit.id) ?? []) {
    mentions.push({ kind: 'achievement', label: a.title, path: `news/${a.id}/`, date: a.date });
  }
  return mentions;
}

interface ContentIndex {
  readonly passages: { passage: Passage; hits: Occurrence[] }[];
  readonly achievementsByUnit: Map<string, AchievementRef[]>;
}

// Every unit page asks about the same content: find all units' names in the
// text and group the articles once, not once per unit (which grows as
// units × articles and dominated the build of a large site).
const indexes = new WeakMap<MentionContent, ContentIndex>();

function indexOf(content: MentionContent): ContentIndex {
  let index = indexes.get(content);
  if (!index) {
    const achievementsByUnit = new Map<string, AchievementRef[]>();
    for (const a of content.achievements) {
      const list = achievementsByUnit.get(a.unit);
      if (list) list.push(a);
      else achievementsByUnit.set(a.unit, [a]);
    }
    index = {
      passages: contentPassages(content.notice, content.plan).map((passage) => ({ passage, hits: findUnitNames(passage.text, content.units) })),
      achievementsByUnit,
    };
    indexes.set(content, index);
  }
  return index;
}

/**
 * Members who share a name with another member, each with the others: two
 * people named 王建民 are two people, told apart by their units.
 */
export function namesakes(members: readonly Pick<Member, 'id' | 'name' | 'unit'>[]): Map<string, Pick<Member, 'id' | 'name' | 'unit'>[]> {
  const result = new Map<string, Pick<Member, 'id' | 'name' | 'unit'>[]>();
  for (const m of members) {
    const others = members.filter((o) => o.name === m.name && o.id !== m.id);
    if (others.length > 0) result.set(m.id, others);
  }
  return result;
}

/**
 * Units in a reader's order: townships by 统计用区划代码 (the official order),
 * other units by where their people first appear in the roster, the rest last,
 * each group keeping its input order otherwise.
 */
export function orderUnits<U extends Pick<Unit, 'id' | 'divisionCode'>>(units: readonly U[], members: readonly Pick<Member, 'unit'>[]): U[] {
  const firstInRoster = (id: string) => {
    const i = members.findIndex((m) => m.unit === id);
    return i === -1 ? Number.POSITIVE_INFINITY : i;
  };
  return units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => {
      const ca = a.u.divisionCode;
      const cb = b.u.divisionCode;
      if (ca !== undefined && cb !== undefined) return ca.localeCompare(cb);
      if (ca !== undefined || cb !== undefined) return ca === undefined ? -1 : 1;
      return firstInRoster(a.u.id) - firstInRoster(b.u.id) || a.i - b.i;
    })
    .map(({ u }) => u);
}
