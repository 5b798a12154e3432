import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SchoolDataset } from '../schemas/school.ts';
import { loadSchoolDatasetFile } from '../src/content-model/dataset-file.ts';
import { checkStandard2017, computeBalance, judgeSchool2017, round3, type Standard2017Key } from '../src/lib/indicators.ts';

const root = join(import.meta.dirname, '..');
function load(rel: string): SchoolDataset {
  const { dataset, diagnostics } = loadSchoolDatasetFile(join(root, rel));
  expect(diagnostics).toEqual([]);
  return dataset!;
}
const stage = <T extends { stage: string }>(list: T[], s: 'primary' | 'junior') => list.find((x) => x.stage === s)!;

/** A 小学 whose every total is `factor` times a fixed base, so all eight per-pupil values scale alike. */
function primarySchool(id: string, pupils: number, factor: number): SchoolDataset['schools'][number] {
  const k = (pupils / 100) * factor;
  return {
    id,
    name: `示例${id}`,
    township: 'guicun-township',
    type: '小学',
    ownership: '公办',
    parts: {
      primary: {
        pupils,
        teachers: 5 * k,
        qualifiedTeachers: 5 * k,
        seniorTeachers: 2 * k,
        backboneTeachers: 1 * k,
        artsPeTeachers: 1 * k,
        teachingArea: 500 * k,
        sportsArea: 800 * k,
        equipmentValue: 200000 * k,
        computers: 10 * k,
        books: 2000 * k,
        multimediaClassrooms: 3 * k,
      },
    },
  };
}
const dataset = (schools: SchoolDataset['schools']): SchoolDataset => ({ year: 2020, splitRule: { method: 'as-reported' }, schools });

describe('差异系数 is weighted by enrollment', () => {
  it('returns the weighted CV, not the plain one', () => {
    // Fixture: A has 100 pupils and 2000 books (x = 20 册/生), B 300 pupils and 3000 books (x = 10).
    // County value X̄ = (2000 + 3000) / (100 + 300) = 12.5 (not the mean of 20 and 10, which is 15).
    // Weighted: S² = (100/400)(20 − 12.5)² + (300/400)(10 − 12.5)² = 14.0625 + 4.6875 = 18.75,
    //   S = √18.75 = 4.3301…, CV = 4.3301 / 12.5 = 0.34641… (= √3 / 5).
    // Unweighted: mean 15, population SD 5, CV = 5 / 15 = 0.3333…; with the sample SD √50, 0.4714….
    const result = computeBalance(load('tests/fixtures/schools-weighted-cv/dataset.yaml'));
    const primary = stage(result.stages, 'primary');
    const books = primary.indicators.find((i) => i.key === 'L5')!;
    expect(books.countyValue).toBeCloseTo(12.5, 12);
    expect(books.cv).toBeCloseTo(Math.sqrt(3) / 5, 12);
    expect(books.cv).not.toBeCloseTo(1 / 3, 3);
    expect(books.cv).not.toBeCloseTo(Math.sqrt(50) / 15, 3);
    // Every other indicator has the same per-pupil value at both schools: CV 0.
    // County values: L1 = 2000 ㎡ / 400 = 5; L3 = 800000 元 / 400 = 2000; L4 = 100 × 40 台 / 400 = 10; L6 = 20 人 / 400 = 0.05.
    const byKey = Object.fromEntries(primary.indicators.map((i) => [i.key, i]));
    expect(byKey.L1!.countyValue).toBeCloseTo(5, 12);
    expect(byKey.L3!.countyValue).toBeCloseTo(2000, 9);
    expect(byKey.L4!.countyValue).toBeCloseTo(10, 12);
    expect(byKey.L6!.countyValue).toBeCloseTo(0.05, 12);
    for (const key of ['L1', 'L2', 'L3', 'L4', 'L6', 'L7', 'L8']) expect(byKey[key]!.cv).toBeCloseTo(0, 12);
    // 综合 = plain mean of the eight CVs = (√3/5) / 8 = 0.0433…, within 0.65.
    expect(primary.composite).toBeCloseTo(Math.sqrt(3) / 5 / 8, 12);
    expect(primary.pass).toBe(true);
    expect(round3(primary.composite!)).toBe('0.043');
    // No 初中 parts: nothing to judge.
    expect(stage(result.stages, 'junior').pass).toBeNull();
  });

  it('fails a 学段 whose 综合差异系数 is over 0.65', () => {
    // Two schools of 100 pupils, one with 5 times the other's resources: x = b and 5b,
    // X̄ = 3b, S = √(½(2b)² + ½(2b)²) = 2b, so every CV = 2/3 and 综合 = 0.667 > 0.65.
    const primary = stage(computeBalance(dataset([primarySchool('a', 100, 1), primarySchool('b', 100, 5)])).stages, 'primary');
    expect(primary.composite).toBeCloseTo(2 / 3, 12);
    expect(primary.pass).toBe(false);
  });
});

describe('which schools count', () => {
  it('leaves out 民办 schools always and 教学点 unless asked', () => {
    // Example 小学 parts counted: 1850 + 960 + 420 + 1210 + 655 + 720 (九年一贯制) = 5815 pupils;
    // 初中: 1620 + 980 + 510 (九年一贯制) + 1150 (完全中学) = 4260.
    const example = load('tests/fixtures/schools-csv/schools-example.yaml');
    const base = computeBalance(example);
    expect(stage(base.stages, 'primary').pupils).toBe(5815);
    expect(stage(base.stages, 'junior').pupils).toBe(4260);
    expect(stage(base.stages, 'primary').excluded.map((e) => e.name)).toEqual(['示例民办实验学校', '示例教学点']);
    // With 教学点 counted: 5815 + 46 = 5861.
    const withPoints = computeBalance(example, { includeTeachingPoints: true });
    expect(stage(withPoints.stages, 'primary').pupils).toBe(5861);
    expect(withPoints.options.includeTeachingPoints).toBe(true);
  });
});

describe('一贯制 shared figures', () => {
  it('splits by pupils, or by the 1:1.1 weighting when chosen', () => {
    // 100 小学 and 100 初中 pupils share 2100 books and 48.3 万元 = 483000 元 of equipment.
    // By pupils: 2100 × 100/200 = 1050 books each → 10.5 册/生; 483000 / 2 = 241500 元 → 2415 元/生.
    const data = load('tests/fixtures/schools-split/dataset.yaml');
    const byPupils = computeBalance(data);
    const value = (r: typeof byPupils, s: 'primary' | 'junior', key: string) => stage(r.stages, s).indicators.find((i) => i.key === key)!.countyValue;
    expect(value(byPupils, 'primary', 'L5')).toBeCloseTo(10.5, 12);
    expect(value(byPupils, 'junior', 'L5')).toBeCloseTo(10.5, 12);
    expect(value(byPupils, 'junior', 'L3')).toBeCloseTo(2415, 9);
    // Weighted 1:1.1: weighted pupils 100 + 110 = 210; 小学 gets 2100 × 100/210 = 1000 books (10 册/生),
    // 初中 2100 × 110/210 = 1100 (11 册/生); equipment 483000 × 100/210 = 230000 → 2300 元/生, 初中 2530.
    const weighted = computeBalance(data, { splitRule: { method: 'weighted' } });
    expect(weighted.options).toEqual({ splitMethod: 'weighted', juniorWeight: 1.1, includeTeachingPoints: false });
    expect(value(weighted, 'primary', 'L5')).toBeCloseTo(10, 12);
    expect(value(weighted, 'junior', 'L5')).toBeCloseTo(11, 12);
    expect(value(weighted, 'primary', 'L3')).toBeCloseTo(2300, 9);
    expect(value(weighted, 'junior', 'L3')).toBeCloseTo(2530, 9);
  });
});

describe('教督〔2017〕6号 check', () => {
  it('passes 6 of 7 with the seventh at exactly 85 %, fails it at 84.9 %', () => {
    // Both schools: 1000 pupils, six minimums met (Q1 = 100 × 50/1000 = 5 ≥ 4.2, Q2 1.2 ≥ 1, Q3 1.0 ≥ 0.9,
    // Q5 8 ≥ 7.5, Q6 2100 ≥ 2000, Q7 2.5 ≥ 2.3). 教学及辅助用房 (minimum 4.5 ㎡/生):
    // 甲 3825 ㎡ → 3.825 = 0.85 × 4.5 (exactly 85 %); 乙 3820.5 ㎡ → 3.8205 = 0.849 × 4.5.
    const result = checkStandard2017(load('tests/fixtures/schools-2017-edges/dataset.yaml'));
    const primary = stage(result.stages, 'primary');
    const [a, b] = primary.schools;
    expect(a!.metCount).toBe(6);
    expect(a!.shortfalls.map((f) => f.key)).toEqual(['Q4']);
    expect(a!.shortfalls[0]!.share).toBeCloseTo(0.85, 12);
    expect(a!.pass).toBe(true);
    expect(b!.metCount).toBe(6);
    expect(b!.shortfalls[0]!.share).toBeCloseTo(0.849, 12);
    expect(b!.pass).toBe(false);
    expect(primary.schoolsPassing).toBe(1);
    expect(primary.pass).toBe(false);
  });

  it('fails a school that misses two minimums, however narrowly', () => {
    // 小学 minimums: 4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3; here Q1 and Q2 are each at 99 % of theirs.
    const values: Record<Standard2017Key, number> = { Q1: 4.158, Q2: 0.99, Q3: 0.9, Q4: 4.5, Q5: 7.5, Q6: 2000, Q7: 2.3 };
    expect(judgeSchool2017(values, 'primary')).toMatchObject({ metCount: 5, pass: false });
    expect(judgeSchool2017({ ...values, Q1: 4.2, Q2: 1 }, 'primary')).toMatchObject({ metCount: 7, pass: true });
  });

  it('counts a CV exactly on the 0.50 line (小学) as within it', () => {
    // Equal pupils, resources 1 : 3: x = b and 3b, X̄ = 2b, S = √(½b² + ½b²) = b, so every CV = 0.5.
    const primary = stage(checkStandard2017(dataset([primarySchool('a', 100, 1), primarySchool('b', 100, 3)])).stages, 'primary');
    for (const i of primary.indicators) {
      expect(i.cv).toBeCloseTo(0.5, 12);
      expect(i.cvPass).toBe(true);
    }
  });
});

describe('round3', () => {
  it('rounds half away from zero on the decimal as written', () => {
    // 1.0005 is stored as 1.000499999…, so toFixed(3) gives 1.000; the figure on paper rounds to 1.001.
    expect((1.0005).toFixed(3)).toBe('1.000');
    expect(round3(1.0005)).toBe('1.001');
    expect(round3(2)).toBe('2.000');
    expect(round3(2193.6620808254514)).toBe('2193.662');
    expect(round3(0.0004)).toBe('0.000');
  });
});
