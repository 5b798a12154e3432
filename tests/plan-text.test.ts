import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { LeadingGroup } from '../schemas/leading-group.ts';
import type { Plan } from '../schemas/plan.ts';
import type { Unit } from '../schemas/unit.ts';
import {
  basisClause,
  chineseNumber,
  openingParagraph,
  phaseHeading,
  requirementLead,
  sectionHeading,
  stepLead,
  officeSentence,
  stepLine,
} from '../src/lib/plan-text.ts';

const root = new URL('../', import.meta.url);
const seed = readFileSync(new URL('seeds/000_10ae24934fdcea49.txt', root), 'utf8');
const plan = parse(readFileSync(new URL('content/plan.yaml', root), 'utf8')) as Plan;

describe('the plan read back as the seed writes it', () => {
  it('rebuilds the opening paragraph word for word', () => {
    const paragraph = openingParagraph(plan);
    expect(paragraph.startsWith('依据《国务院关于深入推进义务教育均衡发展的意见》（国发〔2012〕48号）')).toBe(true);
    expect(seed).toContain(paragraph);
  });

  it('writes every numbered step as the seed does, with title or deadline first', () => {
    const lines = plan.phases.flatMap((phase) => (phase.steps ?? []).map(stepLine));
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(seed).toContain(line);
    expect(lines).toContain(`1.2020年11月16日前，${plan.phases[3]!.steps![0]!.text}`);
  });

  it('writes every requirement lead as the seed does', () => {
    for (const req of plan.requirements) expect(seed).toContain(`${requirementLead(req)}${req.text}`);
  });

  it('heads the sections 一、 to 五、 as in the seed', () => {
    for (const id of ['guiding-ideology', 'goal', 'tasks', 'steps', 'requirements'] as const) {
      expect(seed).toContain(sectionHeading(id));
    }
    expect(sectionHeading('steps')).toBe('四、工作步骤');
  });

  it('gives each phase its dates, the last one to the month', () => {
    const headings = plan.phases.map(phaseHeading);
    // The seed joins phase one's dates with a dash (—) and the others with 至: each heading is kept as written.
    expect(headings[0]).toBe('第一阶段：宣传发动（2020年8月1日—8月15日）');
    expect(headings[1]).toBe('第二阶段：自查整改（2020年8月16日至10月31日）');
    for (const heading of headings) expect(seed).toContain(heading);
    expect(headings[4]).toBe('第五阶段：工作总结（2020年12月底）');
  });
});

describe('the office sentence of the attachment', () => {
  it('reads as the seed, naming the office by the unit’s short name', () => {
    const group = parse(readFileSync(new URL('content/leading-group.yaml', root), 'utf8')) as LeadingGroup;
    const { units } = parse(readFileSync(new URL('content/units.yaml', root), 'utf8')) as { units: Unit[] };
    const unit = units.find((u) => u.id === group.office.unit)!;
    const head = group.members.find((m) => m.id === group.office.head)!;
    const sentence = officeSentence({
      unitName: unit.shortName ?? unit.name,
      headName: head.name,
      headTitle: group.office.headTitle,
      duty: group.office.duty,
    });
    expect(seed).toContain(sentence);
  });
});

describe('basis clause', () => {
  const doc = (title: string, docNumber?: string) => ({ title, kind: '文件' as const, ...(docNumber ? { docNumber } : {}) });

  it('joins the last citation with 和 and leaves a document without number bare', () => {
    expect(basisClause([doc('甲', '国发〔2012〕48号'), doc('乙')])).toBe('依据《甲》（国发〔2012〕48号）和《乙》，');
    expect(basisClause([doc('甲', '国发〔2012〕48号')])).toBe('依据《甲》（国发〔2012〕48号），');
    expect(basisClause([])).toBe('');
  });

  it('cites a speech without 书名号', () => {
    expect(basisClause([doc('甲'), { title: '某领导讲话要求', kind: '讲话' }])).toBe('依据《甲》和某领导讲话要求，');
  });
});

describe('step lead', () => {
  it('reads a month deadline as 底前', () => {
    expect(stepLead({ deadline: '2020-12' })).toBe('2020年12月底前，');
    expect(stepLead({ title: '抓好宣传工作' })).toBe('抓好宣传工作。');
    expect(stepLead({})).toBe('');
  });
});

describe('chinese numbers', () => {
  it('writes the numbering of official documents', () => {
    expect([1, 6, 10, 11, 20, 21, 99].map(chineseNumber)).toEqual(['一', '六', '十', '十一', '二十', '二十一', '九十九']);
    expect(() => chineseNumber(0)).toThrow(RangeError);
  });
});
