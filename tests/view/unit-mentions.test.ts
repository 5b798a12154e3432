import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { LeadingGroup } from '../../schemas/leading-group.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Unit } from '../../schemas/unit.ts';
import { findUnitNames, namesakes, orderUnits, unitMentions, type MentionContent } from '../../src/view/unit-mentions.ts';

const root = new URL('../../', import.meta.url);
const read = <T>(file: string): T => parse(readFileSync(new URL(`content/${file}`, root), 'utf8')) as T;

const units = read<{ units: Unit[] }>('units.yaml').units;
const group = read<LeadingGroup>('leading-group.yaml');
const content: MentionContent = {
  notice: read<Notice>('notice.yaml'),
  plan: read<Plan>('plan.yaml'),
  members: group.members,
  office: group.office,
  achievements: [],
  units,
};
const unit = (id: string) => {
  const found = units.find((u) => u.id === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
};
const marked = (m: { segments?: readonly { text: string; mark: boolean }[] }) =>
  (m.segments ?? []).filter((s) => s.mark).map((s) => s.text);

describe('what names a unit in the real content', () => {
  it('finds the notice issuer', () => {
    const mentions = unitMentions(content, unit('district-government-office'));
    expect(mentions.map((m) => [m.kind, m.path])).toEqual([['issuer', 'original/']]);
  });

  it('finds the office, its head and the text passages naming 区政府', () => {
    const bureau = unitMentions(content, unit('education-sports-bureau'));
    expect(bureau.find((m) => m.kind === 'office')?.label).toBe('领导小组办公室设在本单位，薛建峰兼任办公室主任，负责创建日常工作');
    expect(bureau.filter((m) => m.kind === 'member').map((m) => m.label)).toEqual(['副组长：薛建峰（局长）']);

    const government = unitMentions(content, unit('district-government'));
    expect(government.filter((m) => m.kind === 'member').map((m) => m.path)).toEqual([
      'leading-group/#member-ma-hao',
      'leading-group/#member-zhou-yao',
    ]);
    const text = government.filter((m) => m.kind === 'text');
    // 已经区政府研究同意 (body), 区政府有关部门 (addressee), 区政府推进… (tasks), …区政府有关部门成立工作机构 (step 1).
    expect(text.map((m) => m.path)).toEqual(['original/', 'original/', 'plan/#tasks', 'plan/#step-set-up-organisation']);
    for (const m of text) expect(marked(m)).toEqual(['区政府']);
    // 省政府 in the preamble is not 区政府.
    expect(text.some((m) => m.path === 'plan/#opening')).toBe(false);
  });

  it('does not count 各乡镇 as naming any township', () => {
    for (const u of units.filter((u) => ['镇', '乡', '街道'].includes(u.kind))) {
      expect(unitMentions(content, u).filter((m) => m.kind === 'text')).toEqual([]);
    }
  });

  it('keeps the two 王建民 apart', () => {
    const guicun = unitMentions(content, unit('guicun-township'));
    expect(guicun.filter((m) => m.kind === 'member').map((m) => m.path)).toEqual(['leading-group/#member-wang-jianmin-guicun']);
    const finance = unitMentions(content, unit('finance-bureau'));
    expect(finance.filter((m) => m.kind === 'member').map((m) => m.path)).toEqual(['leading-group/#member-wang-jianmin-finance']);
  });

  it('says nothing about a unit the content never names', () => {
    expect(unitMentions(content, unit('shangji-town'))).toEqual([]);
  });
});

describe('names inside other names', () => {
  it('reads 区政府政研室 as the research office, not 区政府', () => {
    const hits = findUnitNames('请区政府政研室和区政府各派一人。', units);
    expect(hits.map((h) => h.unit)).toEqual(['policy-research-office', 'district-government']);
  });

  it('marks only the sentences that name the unit', () => {
    const plan: Plan = {
      ...content.plan,
      goal: '各乡镇做好准备。区教体局牵头汇总。区政府政研室配合。区教体局负责上报。',
    };
    const mentions = unitMentions({ ...content, plan }, unit('education-sports-bureau')).filter((m) => m.path === 'plan/#goal');
    expect(mentions).toHaveLength(1);
    const text = mentions[0]!.segments!.map((s) => s.text).join('');
    expect(text).toBe('区教体局牵头汇总。……区教体局负责上报。');
    expect(marked(mentions[0]!)).toEqual(['区教体局', '区教体局']);
    const office = unitMentions({ ...content, plan }, unit('policy-research-office')).filter((m) => m.path === 'plan/#goal');
    expect(office.map((m) => m.segments!.map((s) => s.text).join(''))).toEqual(['区政府政研室配合。']);
  });
});

describe('achievements', () => {
  it('lists only the unit’s own', () => {
    const achievements = [
      { id: 'a', title: '甲', date: '2020-08-02', unit: 'guicun-township' },
      { id: 'b', title: '乙', date: '2020-08-03', unit: 'finance-bureau' },
    ];
    const mentions = unitMentions({ ...content, achievements }, unit('guicun-township')).filter((m) => m.kind === 'achievement');
    expect(mentions).toEqual([{ kind: 'achievement', label: '甲', path: 'news/a/', date: '2020-08-02' }]);
  });
});

describe('namesakes', () => {
  it('pairs the two 王建民 and no one else', () => {
    const result = namesakes(group.members);
    expect([...result.keys()]).toEqual(['wang-jianmin-finance', 'wang-jianmin-guicun']);
    expect(result.get('wang-jianmin-finance')!.map((m) => m.unit)).toEqual(['guicun-township']);
  });
});

describe('orderUnits', () => {
  it('puts townships in code order and departments in roster order, whatever the input order', () => {
    const shuffled = [...units].sort((a, b) => a.id.localeCompare(b.id));
    const ordered = orderUnits(shuffled, group.members);
    const departments = ordered.filter((u) => u.kind === '区直部门').map((u) => u.shortName ?? u.name);
    expect(departments.slice(0, 5)).toEqual(['区政府政研室', '区教体局', '监察委', '组织部', '公安局']);
    // The issuing office has no one in the roster: it comes after those who do.
    expect(departments.at(-1)).toBe('建安区人民政府办公室');
    const townships = ordered.filter((u) => u.divisionCode !== undefined).map((u) => u.name);
    expect(townships.slice(0, 5)).toEqual(['许由街道', '新元街道', '邓庄街道', '昌盛街道', '将官池镇']);
    expect(townships.at(-1)).toBe('艾庄回族乡');
  });
});
