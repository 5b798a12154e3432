// Where a county stands on the 优质均衡 items (src/lib/readiness.ts): a status
// from the recorded value, 待填报 without data, 已提供佐证 for evidence (never
// 达标), and the vetoes. Expected figures are worked out in the comments.
import { describe, expect, it } from 'vitest';
import type { Readiness } from '../schemas/readiness.ts';
import type { Survey } from '../schemas/survey.ts';
import { assessReadiness, unitItems, type ReadinessResult } from '../src/lib/readiness.ts';
import { applyThresholds } from '../src/lib/standards.ts';
import { STATUS_WORDS } from '../src/view/readiness.ts';

const ASOF = '2026-11-30';
const readiness = (items: Record<string, unknown>, vetoes?: Record<string, unknown>): Readiness => ({ asOf: ASOF, items, ...(vetoes ? { vetoes } : {}) }) as unknown as Readiness;
const item = (r: ReadinessResult, key: string) => r.areas.flatMap((a) => a.items).find((i) => i.key === key)!;
const doc = { title: '《示例文件》', number: '示教〔2026〕1号' };
const units = ['education-bureau'];
const survey = (groups: [string, number, number][]): Survey => ({
  year: 2026,
  groups: groups.map(([category, respondents, satisfied], i) => ({ id: `g${i}`, name: `${category}组`, category, respondents, satisfied })),
}) as Survey;
const ALL_SEVEN = ['学生', '家长', '教师', '校长', '人大代表', '政协委员', '其他'];

describe('an item with no data', () => {
  const empty = assessReadiness({ asOf: ASOF });

  it('is 待填报, for every one of the 32 items, and never a pass', () => {
    const statuses = empty.areas.flatMap((a) => a.items.map((i) => i.status));
    expect(statuses).toHaveLength(7 + 15 + 9 + 1);
    expect(new Set(statuses)).toEqual(new Set(['pending']));
    expect(empty.verdict.status).toBe('pending');
  });

  it('says what is missing and that nobody is assigned', () => {
    expect(item(empty, 'G7').missing).toEqual(['“特殊教育学校生均公用经费”的数值', '责任单位']);
    expect(item(empty, 'G3').missing).toEqual(['学校统计数据（content/schools/）', '责任单位']);
    expect(item(empty, 'R1').missing).toEqual(['社会认可度调查（content/survey/）', '责任单位']);
  });

  it('is 待填报 when the entry names its units but not its value', () => {
    const r = assessReadiness({ asOf: ASOF, readiness: readiness({ G13: { units, values: { urban: 100 } } }) });
    expect(item(r, 'G13')).toMatchObject({ status: 'pending', missing: ['“镇区就近划片入学比例”的数值'] });
  });
});

describe('a measured value', () => {
  const g7 = (funding: number, thresholds = applyThresholds()) => item(assessReadiness({ asOf: ASOF, thresholds, readiness: readiness({ G7: { units, values: { funding } } }) }), 'G7').status;

  it('passes on the line and fails below it: 6000 元 and 5999 元', () => {
    expect(g7(6000)).toBe('pass');
    expect(g7(5999)).toBe('fail');
  });

  it('is judged against a province’s raised line: 7000 元 fails 8000', () => {
    expect(g7(7000, applyThresholds({ 'g7-special-school-funding': { value: 8000, source: '示教督〔2025〕2号' } }))).toBe('fail');
    // A weaker province value is not used: 5500 元 still fails the national 6000.
    expect(g7(5500, applyThresholds({ 'g7-special-school-funding': { value: 5000, source: '示教督〔2025〕2号' } }))).toBe('fail');
  });

  it('fails an item when any one of its values fails: 12.5 % exchange, 19.9 % backbone', () => {
    const r = assessReadiness({ asOf: ASOF, readiness: readiness({ G11: { units, values: { exchange: 12.5, backbone: 19.9 } } }) });
    expect(item(r, 'G11').measures.map((m) => m.pass)).toEqual([true, false]);
    expect(item(r, 'G11').status).toBe('fail');
  });

  it('compares the teachers’ salary with the civil servants’ as a ratio: equal passes, 1 元 less fails', () => {
    // 97200 / 97200 = 100 % ≥ 100 %; 97199 / 97200 = 99.999 % < 100 %.
    const g8 = (teacherSalary: number) => item(assessReadiness({ asOf: ASOF, readiness: readiness({ G8: { units, values: { teacherSalary, civilServantSalary: 97200 }, evidence: [doc] } }) }), 'G8');
    expect(g8(97200)).toMatchObject({ status: 'evidence', ratio: { value: 100, pass: true } });
    expect(g8(97199).status).toBe('fail');
  });
});

describe('evidence', () => {
  it('makes an evidence-only item 已提供佐证, never 达标', () => {
    const r = assessReadiness({ asOf: ASOF, readiness: readiness({ G1: { units, evidence: [doc] }, G2: { units } }) });
    expect(item(r, 'G1').status).toBe('evidence');
    expect(STATUS_WORDS[item(r, 'G1').status].word).toBe('已提供佐证');
    expect(item(r, 'G2')).toMatchObject({ status: 'pending', missing: ['佐证材料：城乡“四统一”的文件'] });
  });

  it('leaves a value-and-evidence item 待填报 until both are given, and fails it on its value alone', () => {
    const g14 = (quota: number, evidence?: unknown[]) => item(assessReadiness({ asOf: ASOF, readiness: readiness({ G14: { units, values: { quota }, ...(evidence ? { evidence } : {}) } }) }), 'G14').status;
    expect(g14(50, [doc])).toBe('evidence');
    expect(g14(50)).toBe('pending');
    expect(g14(49.9)).toBe('fail');
    expect(g14(49.9, [doc])).toBe('fail');
  });
});

describe('E9: the national quality monitoring', () => {
  const e9 = (level: string, gapRate: number) => item(assessReadiness({ asOf: ASOF, readiness: readiness({ E9: { units, subjects: [{ subject: '四年级数学', level, gapRate }] } }) }), 'E9').status;

  it('passes level Ⅲ with a gap rate of 0.149, fails level Ⅱ, fails a gap rate of 0.15', () => {
    expect(e9('Ⅲ', 0.149)).toBe('pass');
    expect(e9('Ⅳ', 0)).toBe('pass');
    expect(e9('Ⅱ', 0.1)).toBe('fail');
    expect(e9('Ⅲ', 0.15)).toBe('fail');
  });
});

describe('社会认可度', () => {
  const r1 = (groups: [string, number, number][]) => assessReadiness({ asOf: ASOF, survey: survey(groups), readiness: readiness({ R1: { units } }) });
  // Six groups of 100 and 其他 of 400: 1000 answers in all.
  const groups = (satisfiedOfLast: number): [string, number, number][] => [...ALL_SEVEN.slice(0, 6).map((c): [string, number, number] => [c, 100, 85]), ['其他', 400, satisfiedOfLast]];

  it('passes at 85 % and fails at 84.9 %, counted over every answer', () => {
    // 6 × 85 + 340 = 850 of 1000 = 85 %; 6 × 85 + 339 = 849 of 1000 = 84.9 %.
    expect(r1(groups(340)).recognition).toMatchObject({ respondents: 1000, satisfied: 850, rate: 85, status: 'pass' });
    expect(r1(groups(339)).recognition).toMatchObject({ satisfied: 849, status: 'fail' });
  });

  it('gives each respondent group its sample and rate', () => {
    const other = r1(groups(340)).recognition.categories.find((c) => c.category === '其他')!;
    expect(other).toMatchObject({ respondents: 400, satisfied: 340, rate: 85, groups: ['其他组'] });
  });

  it('below 85 % is a veto: the campaign fails, whatever else it has', () => {
    const r = r1(groups(339));
    expect(r.vetoes.find((v) => v.key === 'recognition')!.status).toBe('present');
    expect(r.verdict).toMatchObject({ status: 'veto', vetoes: ['社会认可度低于 85%'] });
  });

  it('is 待填报 while the groups name no category, even above 85 %', () => {
    const plain = { year: 2026, groups: [{ id: 'parents', name: '家长', respondents: 100, satisfied: 90 }] } as Survey;
    const r = assessReadiness({ asOf: ASOF, survey: plain, readiness: readiness({ R1: { units } }) });
    expect(item(r, 'R1')).toMatchObject({ status: 'pending', missing: ['调查群体的类别（category）：家长'] });
  });

  it('is 待填报 while a respondent group is not surveyed, even above 85 %', () => {
    const r = r1(groups(340).filter(([c]) => c !== '政协委员'));
    expect(item(r, 'R1')).toMatchObject({ status: 'pending', missing: ['未调查的对象：政协委员'] });
  });
});

describe('a veto', () => {
  const statement = { present: false, statement: '经核查不存在。', units, evidence: [doc] };

  it('recorded as present fails the campaign and is named', () => {
    const r = assessReadiness({ asOf: ASOF, readiness: readiness({}, { examAdmission: { ...statement, present: true, statement: '某校以考试方式招生。' } }) });
    expect(r.vetoes.find((v) => v.key === 'examAdmission')!.status).toBe('present');
    expect(r.verdict).toMatchObject({ status: 'veto', vetoes: ['以考试方式招生'] });
  });

  it('stated as absent with evidence is cleared for the inspectors; without evidence it is 待填报', () => {
    const r = assessReadiness({ asOf: ASOF, readiness: readiness({}, { schoolChoice: statement, keySchools: { ...statement, evidence: undefined } }) });
    const status = (key: string) => r.vetoes.find((v) => v.key === key)!.status;
    expect([status('schoolChoice'), status('keySchools'), status('examAdmission')]).toEqual(['clear', 'pending', 'pending']);
  });

  it('of the province is checked like the national ones', () => {
    const r = assessReadiness({ asOf: ASOF, readiness: readiness({}, { provincial: [{ ...statement, id: 'fraud', name: '弄虚作假', source: '示教督〔2025〕2号', present: true }] }) });
    expect(r.verdict).toMatchObject({ status: 'veto', vetoes: ['弄虚作假'] });
  });
});

describe('who is responsible', () => {
  it('lists a unit’s items and vetoes with their status, lead or not', () => {
    const r = assessReadiness({
      asOf: ASOF,
      readiness: readiness({ G7: { units: ['finance-bureau'], values: { funding: 6500 } }, G8: { units: ['hr-bureau', 'finance-bureau'] } }, { examAdmission: { present: false, statement: '无。', units: ['finance-bureau'] } }),
    });
    expect(unitItems(r, 'finance-bureau').map((i) => [i.key, i.status, i.lead])).toEqual([
      ['G7', 'pass', true],
      ['G8', 'pending', false],
      ['veto-examAdmission', 'pending', true],
    ]);
    expect(unitItems(r, 'planning-bureau')).toEqual([]);
  });
});
