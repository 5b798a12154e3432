// One school's page (src/view/school.ts) on the demo county's 2026 data
// (tests/fixtures/demo/content/schools/2026.yaml). Every figure below is
// worked by hand from that file, not read back from the code.
import { describe, expect, it } from 'vitest';
import { schoolIds, schoolPage, townshipSchools } from '../../src/view/school.ts';
import { unitPage } from '../../src/view/unit.ts';
import { demo, options, real } from './content.ts';

const o = options('2026-11-30');

describe('which schools have a page', () => {
  it('is every school of the newest dataset, none where none is published', () => {
    expect(schoolIds(demo())).toHaveLength(11);
    expect(schoolIds(real())).toEqual([]);
  });
});

describe('a school that misses one indicator but keeps 85 %', () => {
  const m = schoolPage(demo(), o, 'yi-junior');
  const part = m.parts[0]!;

  it('says so in plain words', () => {
    // 多媒体教室 15 间 ÷ 700 人 × 100 = 2.142857 间/百生; ÷ 2.4 = 0.892857 → 89.3 %.
    expect(part.verdict).toEqual({
      status: { code: 'pass', symbol: '✓', word: '达标' },
      sentence: '本校 7 项指标中有 6 项达到最低标准；未达到的一项“每百名学生拥有网络多媒体教室数”为最低标准的 89.3%，不低于 85%，按规定仍算达标。',
    });
    // 700 pupils ÷ 56 teachers = 12.5.
    expect(part.people).toBe('在校学生 700 人，专任教师 56 人，每名教师对应 12.5 名学生');
  });

  it('gives each figure against the minimum and the county value', () => {
    const q7 = part.rows.find((r) => r.key === 'Q7')!;
    expect(q7).toMatchObject({ value: '2.143', minimum: '2.4', status: { word: '未达标' }, note: '为最低标准的 89.3%' });
    // 骨干教师 9 ÷ 700 × 100 = 1.2857; county 初中: (20 + 12 + 9 + 4) ÷ (1400 + 900 + 700 + 300) × 100 = 45 ÷ 3300 × 100 = 1.3636.
    expect(part.rows.find((r) => r.key === 'Q2')).toMatchObject({ value: '1.286', minimum: '1', county: '1.364', status: { word: '达标' }, note: undefined });
    // 190 万元 ÷ 700 = 2714.2857 元/生.
    expect(part.rows.find((r) => r.key === 'Q6')!.value).toBe('2714.286');
  });

  it('lists the items judged school by school, a missing figure as 待填报', () => {
    expect(m.items!.rows.map((r) => [r.key, r.status.word])).toEqual([
      ['G3', '达标'],
      ['G4', '达标'],
      ['G5', '达标'],
      ['G6', '不涉及'],
      ['E4', '待填报'],
    ]);
    expect(m.facts[0]).toEqual({ term: '所在乡镇（街道）', value: '乙镇', href: '/units/yi-town/' });
  });
});

describe('a school that fails the 6-of-7 rule', () => {
  it('names how many it meets and what passing needs', () => {
    // 丙乡中心小学: 3100 ㎡ ÷ 520 = 5.96 < 7.5 and 10 ÷ 520 × 100 = 1.92 < 2.3: 5 of 7.
    const part = schoolPage(demo(), o, 'bing-central-primary').parts[0]!;
    expect(part.verdict!.sentence).toBe('本校 7 项指标中有 5 项达到最低标准，未达标：至少 6 项达到最低标准、其余一项不低于最低标准的 85%，才算达标。');
    expect(part.rows.filter((r) => r.status.word === '未达标').map((r) => [r.key, r.value])).toEqual([
      ['Q5', '5.962'],
      ['Q7', '1.923'],
    ]);
  });
});

describe('schools not counted', () => {
  it('gives a 九年一贯制 school one part per 学段, shared grounds split by pupils', () => {
    const m = schoolPage(demo(), o, 'bing-nine-year');
    expect(m.parts.map((p) => p.label)).toEqual(['小学', '初中']);
    // 7300 ㎡ shared, split 380 : 300, is 7300 ÷ 680 = 10.735 ㎡ per pupil in each part.
    expect(m.parts.map((p) => p.rows.find((r) => r.key === 'Q5')!.value)).toEqual(['10.735', '10.735']);
    expect(m.parts[0]!.verdict!.sentence).toBe('本校小学部分 7 项指标都达到最低标准，达标。');
    // 380 ÷ 23 = 16.52.
    expect(m.parts[0]!.people).toBe('在校学生 380 人，专任教师 23 人，每名教师对应 16.5 名学生');
  });

  it('shows a 教学点 for reference only, and a 民办 school without figures', () => {
    const point = schoolPage(demo(), o, 'ding-teaching-point-1').parts[0]!;
    expect(point.excluded).toBe('本校不计入全县的差异系数：教学点，是否计入尚未核实，默认不计入。下表按本校自己的数据对照最低标准，仅供参考。');
    // 5.8 万元 ÷ 38 = 1526.3 元 (76.3 % of 2000); no 骨干 or 体育艺术 teachers: 4 of 7.
    expect(point.rows.find((r) => r.key === 'Q6')).toMatchObject({ value: '1526.316', note: '为最低标准的 76.3%' });
    expect(point.verdict!.sentence).toContain('有 4 项达到最低标准，未达标（仅供参考）');
    const privateSchool = schoolPage(demo(), o, 'yucai-private');
    expect(privateSchool.parts.map((p) => [p.excluded, p.verdict, p.rows.length])).toEqual([
      ['本校不计入全县的差异系数：民办学校。', undefined, 0],
      ['本校不计入全县的差异系数：民办学校。', undefined, 0],
    ]);
    expect(privateSchool.items).toBeUndefined();
  });
});

describe('a township’s schools', () => {
  it('are listed on its unit page, linked', () => {
    expect(unitPage(demo(), o, 'jia-town').schools).toEqual([
      { name: '甲镇中心小学', type: '小学', href: '/schools/jia-central-primary/' },
      { name: '甲镇初级中学', type: '初中', href: '/schools/jia-junior/' },
    ]);
    expect(townshipSchools(demo(), 'finance-bureau', o.href)).toEqual([]);
    expect(unitPage(real(), options(), 'finance-bureau').schools).toEqual([]);
  });
});

describe('a 基本均衡 campaign that publishes school data', () => {
  it('compares with the 优质均衡 minimums for reference only, without the readiness links', () => {
    const content = demo();
    const basic = { ...content, campaign: { ...content.campaign, data: { ...content.campaign.data, standard: '基本均衡' as const } } };
    const m = schoolPage(basic, o, 'yi-junior');
    expect(m.reference).toBe('本次工作按基本均衡标准评估；下面对照优质均衡标准，仅供参考。');
    expect(m.parts[0]!.verdict!.sentence).toContain('按规定仍算达标（仅供参考）。');
    expect(m.items).toBeUndefined();
    expect(m.links).toEqual([{ text: '均衡指标', href: '/indicators/' }]);
    // No 评估准备 menu item exists on such a site: the page sits under 均衡指标.
    expect(m).toMatchObject({ section: 'indicators', trail: [{ label: '均衡指标', path: 'indicators/' }] });
  });
});

describe('where a school page sits in the menu', () => {
  it('under 评估准备 › 各校达标情况 in a 优质均衡 campaign, with that menu item marked', () => {
    expect(schoolPage(demo(), o, 'yi-junior')).toMatchObject({
      section: 'readiness',
      trail: [
        { label: '评估准备', path: 'readiness/' },
        { label: '各校达标情况', path: 'readiness/schools/' },
      ],
    });
  });
});
