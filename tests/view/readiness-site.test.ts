// The readiness pages' links and where they apply (src/view/readiness-site.ts),
// on the demo county (a 优质均衡 campaign) and the real one (基本均衡, none).
// Expected values are read off content/readiness.yaml and units.yaml by hand.
import { describe, expect, it } from 'vitest';
import { homePage } from '../../src/view/home.ts';
import { layoutView } from '../../src/view/layout.ts';
import { evidenceFiles, readinessApplies, readinessFiles, readinessSite, shortSource } from '../../src/view/readiness-site.ts';
import { unitPage } from '../../src/view/unit.ts';
import { demo, options, real, underBase } from './content.ts';

const DEMO_DAY = '2026-11-30';

describe('where the readiness pages apply', () => {
  it('is a 优质均衡 campaign only: the real 基本均衡 site has no readiness section, page or download', () => {
    expect(readinessApplies(demo())).toBe(true);
    expect(readinessApplies(real())).toBe(false);
    expect(readinessFiles(real(), options())).toEqual([]);
    const nav = (content: ReturnType<typeof demo>) => layoutView(content, options(DEMO_DAY), { title: 'x', trail: [], pathname: '/' }).nav.map((n) => n.label);
    expect(nav(real())).not.toContain('评估准备');
    // After 均衡指标, as the home page lists it too.
    expect(nav(demo()).slice(3, 5)).toEqual(['均衡指标', '评估准备']);
    expect(homePage(demo(), options(DEMO_DAY)).sections.map((s) => s.href)).toContain('/readiness/');
    expect(unitPage(real(), options(), 'finance-bureau').readiness).toBeUndefined();
  });
});

describe('the readiness page', () => {
  const site = readinessSite(demo(), options(DEMO_DAY));
  const items = site.main.areas.flatMap((a) => a.items);

  it('shows every item of the four areas with a status in words and a symbol', () => {
    expect(site.main.areas.map((a) => [a.title, a.items.length])).toEqual([
      ['资源配置', 7],
      ['政府保障程度', 15],
      ['教育质量', 9],
      ['社会认可度', 1],
    ]);
    for (const i of items) expect(['✓ 达标', '✗ 未达标', '○ 待填报', '△ 已提供佐证']).toContain(`${i.status.symbol} ${i.status.word}`);
    expect(site.main.asOf).toBe('数据截至 2026年11月30日');
  });

  it('links each responsible unit to its page, the lead unit marked', () => {
    // readiness.yaml: G8 units: [hr-bureau, finance-bureau]; units.yaml short names 人社局, 财政局.
    expect(items.find((i) => i.key === 'G8')!.units).toEqual([
      { name: '人社局', href: '/units/hr-bureau/', lead: true },
      { name: '财政局', href: '/units/finance-bureau/', lead: false },
    ]);
    // G13 has no units: the page says 未指定 and lists 责任单位 as missing.
    expect(items.find((i) => i.key === 'G13')!).toMatchObject({ units: [], whose: '未指定' });
    const g7 = underBase(DEMO_DAY);
    expect(readinessSite(demo(), g7).main.areas[1]!.items.find((i) => i.key === 'G7')!.units).toEqual([{ name: '财政局', href: '/zt/junheng/units/finance-bureau/', lead: false }]);
  });

  it('links evidence kept in content/attachments/ to its published copy', () => {
    expect(items.find((i) => i.key === 'G1')!.evidence).toEqual([{ text: '《示例县义务教育学校布局专项规划（2026—2035年）》（示政〔2026〕8号，2026年6月30日）', href: '/readiness/attachments/g1-layout-plan.pdf' }]);
    expect(evidenceFiles(demo())).toEqual([{ name: 'g1-layout-plan.pdf', file: 'attachments/g1-layout-plan.pdf' }]);
  });

  it('says where each line comes from, the 办法 by its number under the page’s 依据 line', () => {
    expect(site.main.standard).toBe('依据 教督〔2017〕6号《县域义务教育优质均衡发展督导评估办法》');
    expect(items.find((i) => i.key === 'G9')!.sources).toEqual(['教督〔2017〕6号 政府保障程度第 9 项', '教督〔2017〕6号 政府保障程度第 9 项：教师 5 年 360 学时培训完成率']);
    expect(shortSource('省定标准：示教督〔2025〕2号《示例省…》')).toBe('省定标准：示教督〔2025〕2号《示例省…》');
  });

  it('states the vetoes, each with its anchor-able key, status and units', () => {
    expect(site.main.vetoes.map((v) => [v.key, v.status.word])).toEqual([
      ['examAdmission', '已说明不存在（附佐证，由评估组核实）'],
      ['schoolChoice', '已说明不存在（附佐证，由评估组核实）'],
      ['keySchools', '待填报'],
      ['fraud', '已说明不存在（附佐证，由评估组核实）'],
      ['recognition', '不存在（按调查结果计算）'],
    ]);
  });

  it('offers the downloads and the sub-pages', () => {
    expect(site.main.downloads.map((d) => d.href)).toEqual(['/data/readiness.json', '/data/readiness.csv', '/data/readiness-schools.csv']);
    expect(site.main.more.schools?.href).toBe('/readiness/schools/');
    expect(site.schools!.stages.map((s) => s.schools.length)).toEqual([6, 4]);
    expect(site.schools!.stages[0]!.schools.find((s) => s.id === 'bing-central-primary')!.href).toBe('/schools/bing-central-primary/');
  });
});

describe('a unit’s 优质均衡 items', () => {
  it('lists what the unit leads or helps with, linked to the item on the readiness page', () => {
    const m = unitPage(demo(), options(DEMO_DAY), 'finance-bureau').readiness!;
    // readiness.yaml names finance-bureau on Q6, Q7, G2, G6 (first), G7 (alone), G8, E4.
    expect(m.rows.map((r) => [r.key, r.role, r.status.word])).toEqual([
      ['Q6', '配合', '达标'],
      ['Q7', '配合', '达标'],
      ['G2', '配合', '待填报'],
      ['G6', '牵头', '达标'],
      ['G7', '牵头', '达标'],
      ['G8', '配合', '已提供佐证'],
      ['E4', '配合', '待填报'],
    ]);
    expect(m.rows.find((r) => r.key === 'G7')).toMatchObject({ label: 'G7 特殊教育学校生均公用经费不低于 6000 元', href: '/readiness/#item-G7' });
    // 乙镇初级中学 gave no training funds.
    expect(m.rows.find((r) => r.key === 'E4')!.missing).toEqual(['乙镇初级中学的教师培训经费']);
  });

  it('links a veto to its place on the page', () => {
    const rows = unitPage(demo(), options(DEMO_DAY), 'county-government-office').readiness!.rows;
    expect(rows.find((r) => r.key === 'veto-fraud')).toMatchObject({ label: '弄虚作假', href: '/readiness/#veto-fraud', role: '配合' });
  });
});
