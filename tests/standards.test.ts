// Thresholds are data (src/lib/standards.ts): the national values of the
// reference, each with its source; a province may raise one in
// content/campaign.yaml, and a weaker value is reported and not used.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { loadContent } from '../src/content-model/load.ts';
import { judgeSchool2017, type Standard2017Key } from '../src/lib/indicators.ts';
import { scoreSelfAssessment } from '../src/lib/self-score.ts';
import { applyThresholds, citation, lineText, meets, NATIONAL, sourceText, THRESHOLD_DEFINITIONS } from '../src/lib/standards.ts';
import { surveyResult } from '../src/lib/survey.ts';

const DEMO = join(import.meta.dirname, 'fixtures', 'demo');
const demo = diskFs(DEMO);
const CAMPAIGN = 'content/campaign.yaml';
const campaignWith = (thresholds: string) => `standard: 优质均衡\nstatus: 进行中\nthresholds:\n${thresholds}`;
const check = (campaign: string) => loadContent(DEMO, { fs: overlayFs(demo, { [CAMPAIGN]: campaign }), today: '2026-11-30' }).diagnostics.map((d) => `${d.line} ${d.severity} ${d.rule}`);

describe('the national thresholds', () => {
  it('are the values of assessment.md §2–§3', () => {
    // Read off the reference's tables, not from the code.
    const expected: Record<string, number> = {
      'composite-cv-primary': 0.65,
      'composite-cv-junior': 0.55,
      'self-score': 85,
      satisfaction: 85,
      'q1-primary': 4.2,
      'q1-junior': 5.3,
      'q2-primary': 1,
      'q3-junior': 0.9,
      'q4-primary': 4.5,
      'q4-junior': 5.8,
      'q5-primary': 7.5,
      'q5-junior': 10.2,
      'q6-primary': 2000,
      'q6-junior': 2500,
      'q7-primary': 2.3,
      'q7-junior': 2.4,
      'cv-primary': 0.5,
      'cv-junior': 0.45,
      'shortfall-share': 85,
      'g3-classes-per-room': 12,
      'g3-music-room-area': 96,
      'g3-art-room-area': 90,
      'g4-school-size': 2000,
      'g4-combined-school-size': 2500,
      'g5-class-size-primary': 45,
      'g5-class-size-junior': 50,
      'g6-funded-pupils': 100,
      'g7-special-school-funding': 6000,
      'g9-training': 100,
      'g11-exchange': 10,
      'g11-backbone': 20,
      'g12-certified': 100,
      'g13-urban': 100,
      'g13-town': 95,
      'g14-quota': 50,
      'g15-migrant': 85,
      'e1-retention': 95,
      'e2-disabled-enrollment': 95,
      'e4-training-funds': 5,
      'e9-gap': 0.15,
      recognition: 85,
    };
    for (const [key, value] of Object.entries(expected)) expect(NATIONAL[key as keyof typeof NATIONAL].value, key).toBe(value);
  });

  it('each cite their document, and say where the reference marks the reading unverified', () => {
    for (const d of THRESHOLD_DEFINITIONS) {
      expect(d.source.number, d.key).toBe(d.standard === '基本均衡' ? '教督〔2012〕3号' : '教督〔2017〕6号');
      expect(d.source.item.length, d.key).toBeGreaterThan(2);
    }
    // The reference marks these UNVERIFIED: the 2017 CV formula, 高于规定学历, the pooled survey rate.
    expect(sourceText(NATIONAL['cv-junior'])).toContain('未核实');
    expect(sourceText(NATIONAL['q1-primary'])).toContain('未核实');
    expect(sourceText(NATIONAL.recognition)).toContain('未核实');
    expect(sourceText(NATIONAL['g4-school-size'])).not.toContain('未核实');
  });

  it('are all listed, with value and source, in the editors’ guide docs/readiness.md', () => {
    const guide = readFileSync(join(import.meta.dirname, '..', 'docs', 'readiness.md'), 'utf8');
    const missing = THRESHOLD_DEFINITIONS.map((d) => `| \`${d.key}\` | ${d.standard} | ${d.name} | ${lineText(d)} | ${citation(d.source)} |`).filter((row) => !guide.includes(row));
    expect(missing, 'copy these rows into the table of docs/readiness.md').toEqual([]);
  });

  it('are shown with their sign and unit', () => {
    expect(lineText(NATIONAL['cv-primary'])).toBe('≤ 0.50');
    expect(lineText(NATIONAL['e9-gap'])).toBe('< 0.15');
    expect(lineText(NATIONAL['e9-level'])).toBe('≥ Ⅲ 级');
    expect(lineText(NATIONAL['g7-special-school-funding'])).toBe('≥ 6000 元');
    expect(lineText(NATIONAL.recognition)).toBe('≥ 85%');
  });

  it('judge a strict line strictly: a gap rate of 0.15 is not below 0.15', () => {
    expect(meets(NATIONAL['e9-gap'], 0.15)).toBe(false);
    expect(meets(NATIONAL['e9-gap'], 0.149)).toBe(true);
    // 0.1 + 0.05 is 0.15000000000000002 in binary: still on the line, still not below it.
    expect(meets(NATIONAL['e9-gap'], 0.1 + 0.05)).toBe(false);
  });
});

describe('a province override', () => {
  it('above the national value is used, with the province document as its source', () => {
    const t = applyThresholds({ 'g7-special-school-funding': { value: 8000, source: '示教督〔2025〕2号' } });
    expect(t['g7-special-school-funding'].value).toBe(8000);
    expect(t['g7-special-school-funding'].national).toBe(6000);
    expect(sourceText(t['g7-special-school-funding'])).toMatch(/^省定标准：示教督〔2025〕2号；国家标准 ≥ 6000 元：教督〔2017〕6号/);
  });

  it('below the national value is not used, and the check warns', () => {
    const t = applyThresholds({ 'g7-special-school-funding': { value: 5000, source: '示教督〔2025〕2号' } });
    expect(t['g7-special-school-funding'].value).toBe(6000);
    expect(t['g7-special-school-funding'].province).toBeUndefined();
    // Lines: standard, status, thresholds, the key, then the value on line 5.
    expect(check(campaignWith('  g7-special-school-funding:\n    value: 5000\n    source: 示教督〔2025〕2号\n'))).toEqual(['5 warning threshold-laxer']);
    expect(check(campaignWith('  g7-special-school-funding:\n    value: 8000\n    source: 示教督〔2025〕2号\n'))).toEqual([]);
  });

  it('is stricter downwards for a maximum: a class size of 40 is a raise, 48 is not', () => {
    const raised = applyThresholds({ 'g5-class-size-primary': { value: 40, source: '示教督〔2025〕2号' } });
    const weaker = applyThresholds({ 'g5-class-size-primary': { value: 48, source: '示教督〔2025〕2号' } });
    expect(raised['g5-class-size-primary'].value).toBe(40);
    expect(weaker['g5-class-size-primary'].value).toBe(45);
    expect(check(campaignWith('  g5-class-size-primary:\n    value: 48\n    source: 示教督〔2025〕2号\n'))).toEqual(['5 warning threshold-laxer']);
  });

  it('needs its document number', () => {
    expect(check(campaignWith('  g7-special-school-funding:\n    value: 8000\n'))).toEqual(['5 error required']);
  });

  it('of a raised minimum moves the 6-of-7 rule: 2.2 间 is 95.7 % of 2.3 but 84.6 % of a raised 2.6', () => {
    // A 小学 meeting six minimums, with Q7 = 2.2 间/百生.
    const values: Record<Standard2017Key, number> = { Q1: 5, Q2: 1.5, Q3: 1, Q4: 5, Q5: 8, Q6: 2500, Q7: 2.2 };
    expect(judgeSchool2017(values, 'primary')).toMatchObject({ metCount: 6, pass: true });
    // 2.2 / 2.6 = 0.846… < 0.85: the school fails under the province's line.
    const t = applyThresholds({ 'q7-primary': { value: 2.6, source: '示教督〔2025〕2号' } });
    expect(judgeSchool2017(values, 'primary', t)).toMatchObject({ metCount: 6, pass: false });
  });

  it('of a 2012 line moves the survey and the self-score verdicts', () => {
    // 87 of 100 satisfied = 87 %: passes the national 85 %, fails a raised 90 %.
    const survey = { year: 2020, groups: [{ id: 'parents', name: '家长', respondents: 100, satisfied: 87 }] };
    const raised = applyThresholds({ satisfaction: { value: 90, source: '示教督〔2019〕1号' }, 'self-score': { value: 90, source: '示教督〔2019〕1号' } });
    expect(surveyResult(survey).pass).toBe(true);
    expect(surveyResult(survey, 'pooled', raised)).toMatchObject({ pass: false, passLine: 0.9 });
    // One item of 100 points scored 88: passes 85, fails 90.
    const selfScore = { year: 2020, areas: [{ name: '入学机会' as const, items: [{ id: 'a', text: '项目', maxPoints: 100, score: 88 }] }] };
    expect(scoreSelfAssessment(selfScore).pass).toBe(true);
    expect(scoreSelfAssessment(selfScore, raised)).toMatchObject({ pass: false, passLine: 90 });
  });
});
