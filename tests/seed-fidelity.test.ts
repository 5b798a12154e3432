// The content is a transcription of the seed document. This test reads the
// seed itself (named by content/notice.yaml `source`) and checks the content
// against it, so a typo in a name, a date or a 发文字号 fails CI.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/content-model/load.ts';
import type { ValidContent } from '../src/content-model/model.ts';

const ROOT = join(import.meta.dirname, '..');
const { model } = loadContent(ROOT);
const content = model as ValidContent;
const sourcePath = content.notice?.data.source;
const seed = sourcePath && existsSync(join(ROOT, sourcePath)) ? readFileSync(join(ROOT, sourcePath), 'utf8') : undefined;
const lines = (seed ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
const squash = (s: string) => s.replace(/\s+/g, '');

/** 2020年8月1日 / 8月15日 (year carried over) / 2020年12月底 → YYYY-MM-DD or YYYY-MM. */
function isoFrom(text: string, year?: string): { iso: string; year: string } {
  const m = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底)$/.exec(text);
  if (!m) throw new Error(`unreadable seed date: ${text}`);
  const y = m[1] ?? year!;
  const mm = m[2]!.padStart(2, '0');
  return { iso: m[3] ? `${y}-${mm}-${m[3].padStart(2, '0')}` : `${y}-${mm}`, year: y };
}

describe.runIf(seed)('content matches the seed document', () => {
  const units = content.units.data.units;
  const unitByShort = (short: string) => units.find((u) => (u.shortName ?? u.name) === short);
  const members = content.leadingGroup.data.members;

  it('has the notice as issued', () => {
    const notice = content.notice.data;
    const issuer = units.find((u) => u.id === notice.issuer)!;
    expect(lines[0]).toBe(issuer.name);
    expect(lines[1]).toBe(notice.title);
    expect(lines[2]).toBe(`${notice.addressees.join('、')}：`);
    expect(lines[3]).toBe(notice.body);
    expect(isoFrom(lines[4]!).iso).toBe(notice.date);
    for (const a of notice.attachments) expect(seed).toContain(`附件：${a}`);
  });

  it('has every roster line: role, name without spaces, unit and title', () => {
    const start = lines.findIndex((l) => l.startsWith('组  长') || l.startsWith('组长'));
    const end = lines.findIndex((l) => l.startsWith('领导小组下设办公室'));
    let role = '';
    const roster = lines.slice(start, end).map((line) => {
      const labelled = /^(组\s*长|副组长|成\s*员)：(.*)$/.exec(line);
      if (labelled) role = squash(labelled[1]!);
      const rest = labelled ? labelled[2]! : line;
      const leader = /^(.+?)（(.+)）$/.exec(rest);
      if (leader) return { role, name: squash(leader[1]!), unitAndTitle: leader[2]! };
      const [unit, name] = rest.split(/\s{3,}/);
      return { role, name: squash(name!), unit: squash(unit!) };
    });
    expect(roster.map((r) => r.role)).toEqual(members.map((m) => m.role));
    expect(roster.filter((r) => r.role === '组长')).toHaveLength(1);
    expect(roster.filter((r) => r.role === '副组长')).toHaveLength(3);
    expect(roster.filter((r) => r.role === '成员')).toHaveLength(29);
    roster.forEach((line, i) => {
      const member = members[i]!;
      const unit = units.find((u) => u.id === member.unit)!;
      expect(member.name).toBe(line.name);
      if (line.unitAndTitle !== undefined) expect(`${unit.shortName ?? unit.name}${member.title}`).toBe(line.unitAndTitle);
      else expect(unitByShort(line.unit!)?.id).toBe(member.unit);
    });
  });

  it('keeps the two people named 王建民 apart', () => {
    const wang = members.filter((m) => m.name === '王建民');
    expect(wang).toHaveLength(2);
    expect(new Set(wang.map((m) => m.id)).size).toBe(2);
    expect(new Set(wang.map((m) => m.unit)).size).toBe(2);
  });

  it('has the office where the seed puts it, headed by the same person as a 副组长', () => {
    const m = /办公室设在(.+?)，(.+?)同志兼任(.+?)，(.+?)。/.exec(seed!)!;
    const office = content.leadingGroup.data.office;
    expect(unitByShort(m[1]!)?.id).toBe(office.unit);
    const head = members.find((p) => p.id === office.head)!;
    expect(head.name).toBe(m[2]);
    expect(head.role).toBe('副组长');
    expect(office.headTitle).toBe(m[3]);
    expect(office.duty).toBe(m[4]);
  });

  it('has every phase with its dates', () => {
    const phases = [...seed!.matchAll(/第(.)阶段：(.+?)（(.+?)）/g)].map((m) => {
      const [from, to] = m[3]!.split(/—|至/);
      const start = isoFrom(from!);
      return { name: m[2], start: start.iso, end: to ? isoFrom(to, start.year).iso : start.iso };
    });
    expect(content.plan.data.phases.map((p) => ({ name: p.name, start: p.start, end: p.end }))).toEqual(phases);
  });

  it('has every dated step and every deadline the text sets', () => {
    const dated = [...seed!.matchAll(/\d\.(\d{4}年\d{1,2}月\d{1,2}日)前，(.+)/g)].map((m) => ({ deadline: isoFrom(m[1]!).iso, text: m[2] }));
    const steps = content.plan.data.phases.flatMap((p) => p.steps ?? []).filter((s) => s.deadline);
    expect(steps.map((s) => ({ deadline: s.deadline, text: s.text }))).toEqual(dated);
    const inText = [...seed!.matchAll(/于(\d{4}年\d{1,2}月\d{1,2}日)前/g)].map((m) => isoFrom(m[1]!).iso);
    expect(content.plan.data.deadlines.map((d) => d.date)).toEqual(inText);
  });

  it('has every 发文字号 of the legal basis, in order', () => {
    const numbers = [...seed!.matchAll(/（([^（）]+〔\d{4}〕\d+号)）/g)].map((m) => m[1]);
    expect(content.plan.data.basis.flatMap((b) => (b.docNumber ? [b.docNumber] : []))).toEqual(numbers);
  });

  it('copies every text verbatim', () => {
    const plan = content.plan.data;
    const texts = [
      plan.title,
      plan.preamble,
      plan.guidingIdeology,
      plan.goal,
      plan.tasks.summary,
      ...plan.tasks.keyAreas,
      ...plan.basis.map((b) => b.title),
      ...plan.phases.flatMap((p) => [p.summary ?? p.name, ...(p.steps ?? []).flatMap((s) => [s.text, s.title ?? s.text])]),
      ...plan.requirements.map((r) => `（${'一二三四五六七八九十'[r.number - 1]}）${r.title}。${r.text}`),
    ];
    for (const text of texts) expect(seed, text).toContain(text);
  });

  it('has all 18 township-level divisions with their statistics codes', () => {
    const csv = readFileSync(join(import.meta.dirname, 'reference', 'jianan-divisions.csv'), 'utf8').trim().split('\n').slice(1);
    const townships = units.filter((u) => u.divisionCode);
    expect(townships).toHaveLength(csv.length);
    for (const row of csv) {
      const [code, name, kind, short] = row.split(',');
      const unit = townships.find((u) => u.divisionCode === code);
      expect(unit, name).toMatchObject({ name, kind, leadingGroupMember: Boolean(short) });
      if (short) expect(unit!.shortName ?? unit!.name).toBe(short);
    }
  });
});
