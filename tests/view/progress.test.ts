// 工作进度 as a reader sees it: the real 建安区 campaign, finished on
// 2020-12-31 with no unit's record published; the demo county's running
// campaign on 2026-11-30 and after its second phase, from its records in
// tests/fixtures/demo/content/progress/ (the figures below are counted by hand
// from those files); and a county that keeps no progress records at all.
import { describe, expect, it } from 'vitest';
import { labelsFit } from '../../src/lib/chart-labels.ts';
import { plainText } from '../../src/view/inline.ts';
import { progressPage, progressPhasesPage, progressTimelinePage, progressUnitsPage } from '../../src/view/progress.ts';
import { county, demo, options, real, underBase } from './content.ts';

const demoNow = () => progressPage(demo(), options('2026-11-30'));

describe('工作进度 of a finished campaign (the real content)', () => {
  // The build date does not matter: the campaign ended on 2020-12-31.
  const m = progressPage(real(), options('2026-12-02'));

  it('is computed as of the campaign’s end and says the campaign is over', () => {
    expect(plainText(m.intro)).toBe('进度按2020年12月31日（工作结束之日）计算；本站更新于2026年12月2日。阶段和时限照录实施方案。');
    expect(m.now.currentLabel).toBe('工作状态');
    expect(m.now.current).toEqual({ kind: 'sentence', text: '已结束：相关工作已于2020年12月31日结束。实施方案规定的五个阶段的完成情况以各单位的记录为准。' });
    expect(m.now.next).toBeUndefined();
    expect(m.now.none).toBeUndefined();
  });

  it('claims no phase done without a record: each reads 完成情况无记录', () => {
    expect(m.phases.map((p) => [p.heading, p.status, p.record])).toEqual([
      ['第一阶段：宣传发动', 'unrecorded', '计划于2020年8月15日结束；完成情况无记录。'],
      ['第二阶段：自查整改', 'unrecorded', '计划于2020年10月31日结束；完成情况无记录。'],
      ['第三阶段：督导检查', 'unrecorded', '计划于2020年11月15日结束；完成情况无记录。'],
      ['第四阶段：迎接国家检查', 'unrecorded', '计划于2020年12月10日结束；完成情况无记录。'],
      // On the campaign's last day its last phase is over, not 进行中.
      ['第五阶段：工作总结', 'unrecorded', '计划于2020年12月底结束；完成情况无记录。'],
    ]);
    // Steps without a deadline of their own follow their phase: no ✓ for them either.
    expect(m.phases[0]!.steps.map((s) => s.status)).toEqual(['unrecorded', 'unrecorded', 'unrecorded']);
    expect(m.timeline.rows.filter((r) => r.kind === 'phase').map((r) => r.status)).toEqual(Array(5).fill('unrecorded'));
    expect(m.timeline.description).toMatch(/^第一阶段宣传发动，2020年8月1日至8月15日，完成情况无记录；/);
    expect(m.timeline.rows.some((r) => r.status === 'done')).toBe(false);
  });

  it('counts the deliverables and the units each applies to, and says no unit’s work is on record', () => {
    // 完成自查、完成整改、完成档案资料准备: all 18 乡镇（街道） and the 16 member departments;
    // 上报汇报材料: the 29 member units (16 departments, 13 townships).
    expect(m.units.matrix.intro).toBe(
      '实施方案要求各单位分别完成的事项共 4 项：“完成自查”“完成整改”“完成档案资料准备”各适用于 34 个单位，“上报汇报材料”适用于 29 个单位。尚未登记各单位的完成情况。',
    );
    expect(m.units.matrix.tally).toBeUndefined();
    expect(m.units.overdue.summary).toBe('截至2020年12月31日工作结束时，尚未登记各单位的完成情况，无从判断是否逾期。');
    expect(m.units.overdue.items).toEqual([]);
  });

  it('says how the plan’s 3 deadlines and the 4 deliverables relate, so the two counts never seem to disagree', () => {
    // The seed's deadlines: 8月31日 (自查), 10月31日 (整改), 12月25日 (汇报材料); 档案资料 is 第四阶段 step 1 (11月16日).
    expect(m.deadlines.intro).toBe(
      '下表是实施方案写明的 3 个完成时限；各阶段步骤的时限见上面的时间线。各单位须分别完成的事项共 4 项，见下面的“各单位进度”：“完成自查”“完成整改”“上报汇报材料”在下表中；“完成档案资料准备”的时限写在第四阶段第1步中（2020年11月16日前）。',
    );
    expect(m.deadlines.rows).toHaveLength(3);
    expect(m.units.matrix.columns).toHaveLength(4);
  });

  it('lists 区教体局 with the office’s duty, not as a unit without any part', () => {
    const rows = m.units.matrix.groups.flatMap((g) => g.rows);
    expect(rows.find((r) => r.label === '区教体局')).toMatchObject({
      cells: [],
      duty: '领导小组办公室设在本单位，负责创建日常工作；实施方案没有要求本单位单独完成上列事项。',
    });
    expect(m.units.matrix.groups[0]!.heading).toBe('区直部门（17 个）');
  });

  it('spans the timeline over the campaign, from the plan’s first month to its last', () => {
    for (const chart of m.timeline.charts) {
      expect(chart.layout.ticks.filter((t) => t.month).map((t) => t.month)).toEqual(['8月', '9月', '10月', '11月', '12月']);
      expect(chart.layout.ticks.filter((t) => t.year).map((t) => t.year)).toEqual(['2020年']);
    }
  });
});

describe('工作进度 of a running campaign (the demo county on 2026-11-30)', () => {
  it('says where it stands on the build date', () => {
    const m = demoNow();
    expect(m.now.currentLabel).toBe('当前阶段');
    expect(m.now.asOfLine).toBe('截至2026年11月30日（按本站更新当天计算）。');
    expect(m.phases.map((p) => p.status)).toEqual(['unrecorded', 'active', 'pending', 'pending', 'pending']);
  });

  it('says of the current phase how many units did what', () => {
    // 完成自查 (9 units): 财政局、人社局、甲镇、乙镇、戊街道 on time, 自然资源局 and 丙乡 late,
    // 住建局 recorded without it, 丁乡 without a record. 完成整改: 财政局 and 甲镇 done.
    expect(demoNow().phases[1]!.record).toBe(
      '计划于2026年12月31日结束。截至2026年11月30日，“完成自查”：适用于 9 个单位，7 个已完成（其中 2 个逾期完成），1 个有记录但未完成，1 个无记录；“完成整改”：适用于 9 个单位，2 个已完成，6 个有记录但未完成，1 个无记录。',
    );
  });

  it('calls a past phase with some records 部分完成, in numbers', () => {
    const m = progressPage(demo(), options('2027-01-10'));
    expect(m.phases[1]!.status).toBe('partial');
    expect(m.phases[1]!.record).toBe(
      '计划于2026年12月31日结束；“完成自查”：适用于 9 个单位，7 个已完成（其中 2 个逾期完成），1 个有记录但未完成，1 个无记录；“完成整改”：适用于 9 个单位，2 个已完成，6 个有记录但未完成，1 个无记录。',
    );
  });

  it('counts units with and without a record, and tallies their deliverables', () => {
    const { matrix } = demoNow().units;
    // 9 units owe 完成自查 and 完成整改; 县教育局 also owes the last two: 10 in all, 8 with a record.
    expect(matrix.intro).toBe(
      '实施方案要求各单位分别完成的事项共 4 项：“完成自查”“完成整改”各适用于 9 个单位，“完成档案资料整理”“上报汇报材料”各适用于 10 个单位。截至2026年11月30日，这 10 个单位中 8 个有进度记录，2 个尚无记录。',
    );
    // 8 records × 4 deliverables = 32: on time 5 自查 + 2 整改, late 2, overdue 1 (住建局’s 自查), 22 not yet due.
    expect(matrix.tally).toBe('有记录的单位要完成的事项共 32 项次：按期完成 7，逾期完成 2，逾期未完成 1，未到期 22。');
    const yi = matrix.groups.flatMap((g) => g.rows).find((r) => r.label === '乙镇');
    expect(yi?.cells.map((c) => (c.kind === 'status' ? [c.status, c.done] : c.kind))).toEqual([
      ['on-time', '2026年10月15日完成'],
      ['not-due', undefined],
      ['not-due', undefined],
      ['not-due', undefined],
    ]);
  });

  it('lists what is overdue, with the days', () => {
    const { overdue } = demoNow().units;
    expect(overdue.summary).toBe('截至2026年11月30日，共 2 项逾期未完成，逾期最久的排在前面。');
    expect(overdue.items.map((i) => `${i.unit.name}：${i.title}${i.detail}`)).toEqual([
      '示例县住房和城乡建设局：完成自查，要完成的事项，时限2026年10月15日，已逾期 46 天',
      '乙镇：乙镇控辍保学台账更新不及时，部分转学学生未登记去向，整改事项，时限2026年11月15日，已逾期 15 天',
    ]);
  });

  it('sums up the rectification items found and closed, and their peak', () => {
    const burndown = demoNow().units.burndown!;
    expect(plainText(burndown.summary)).toBe(
      '从2026年10月10日发现第一个问题到2026年11月30日，共发现 5 个需要整改的问题，已整改完成 1 个，尚未整改完成 4 个，其中逾期 1 个；尚未整改完成的最多时有 4 个（2026年11月24日）。按整改时限计：按期完成 1，逾期完成 0，逾期未完成 1，未到期 3。',
    );
    expect(burndown.rows.at(-1)).toEqual({ date: ['2026年', '11月30日'], found: 0, closed: 0, open: 4, overdue: 1 });
  });

  it('spans the burndown chart over the campaign, its month labels apart', () => {
    for (const chart of demoNow().units.burndown!.charts) {
      const labels = chart.layout.xTicks;
      // The plan runs 2026-09-01 to 2027-06-30: the axis starts at its first month, whatever day the first item was found.
      expect(labels[0]?.text).toBe('2026年9月');
      expect(labels.at(-1)!.month <= '2027-06-01').toBe(true);
      expect(labels.some((l) => l.text === '2027年1月' || l.text.startsWith('2027年'))).toBe(true);
      expect(labelsFit(labels, { left: 0, right: chart.layout.width, gap: 0 })).toBe(true);
      // The line stops at the end of 2026-11-30, well before the right edge.
      expect(chart.layout.endX).toBeLessThan(chart.layout.plot.right);
    }
  });

  it('shows the findings known by then, newest first, with the items they raised', () => {
    const { findings } = demoNow().units;
    expect(findings.items.map((f) => [f.date, f.unit?.name, f.circulatedText])).toEqual([
      ['2026年11月19日', '丙乡', '通报批评：否'],
      ['2026年11月18日', '乙镇', '通报批评：否'],
      ['2026年11月17日', '甲镇', '通报批评：否'],
      ['2026年11月16日', '示例县住房和城乡建设局', '通报批评：是'],
    ]);
    expect(findings.items[1]?.rectifications).toEqual([{ text: '整改事项：乙镇初级中学网络多媒体教室数量不足（时限2026年12月20日）', status: 'not-due' }]);
  });

  it('links units under the base path', () => {
    const m = progressPage(demo(), underBase('2026-11-30'));
    expect(m.units.overdue.items[0]?.unit.href).toBe('/zt/junheng/units/housing-bureau/');
    expect(m.intro).toContainEqual({ link: '实施方案', href: '/zt/junheng/plan/' });
  });
});

describe('工作进度 of a county without progress records', () => {
  const m = progressPage(county(), options('2020-09-10'));

  it('says there is nothing to show', () => {
    expect(m.units.burndown).toBeUndefined();
    expect(m.units.noBurndown).toBe('截至2020年9月10日，没有登记需要整改的问题。');
    expect(m.units.findings.empty).toBe('截至2020年9月10日，没有督导意见。');
    expect(m.units.overdue.summary).toBe('截至2020年9月10日，尚未登记各单位的完成情况，无从判断是否逾期。');
    expect(m.units.matrix.intro).toBe('本站没有登记实施方案要求各单位分别完成的事项。');
  });

  it('still shows the plan’s two phases, the past one without a claim of completion', () => {
    expect(m.phases.map((p) => [p.heading, p.when, p.status])).toEqual([
      ['第一阶段：宣传发动', '2020年8月1日至8月15日', 'unrecorded'],
      ['第二阶段：工作总结', '2020年12月底', 'pending'],
    ]);
  });
});

describe('the long parts of /progress/ on pages of their own', () => {
  it('links the timeline, the per-unit table and the phases from /progress/ with a sentence each', () => {
    const more = progressPage(real(), options()).more;
    const links = [more.timeline, more.units, more.phases].map((parts) => parts.find((p) => typeof p !== 'string' && 'href' in p));
    expect(links).toEqual([
      { link: '工作步骤时间线', href: '/progress/timeline/' },
      { link: '各单位事项完成情况', href: '/progress/units/' },
      { link: '各阶段工作内容', href: '/progress/phases/' },
    ]);
    for (const parts of [more.timeline, more.units, more.phases]) expect(plainText(parts)).toMatch(/^.{10,}见.+。$/);
  });

  it('gives each sub-page the same parts /progress/ computed, under 首页 › 工作进度', () => {
    const page = progressPage(demo(), options('2026-11-30'));
    const units = progressUnitsPage(demo(), options('2026-11-30'));
    const timeline = progressTimelinePage(demo(), options('2026-11-30'));
    const phases = progressPhasesPage(demo(), options('2026-11-30'));
    expect(units.matrix).toEqual(page.units.matrix);
    expect(timeline.timeline).toEqual(page.timeline);
    expect(phases.phases).toEqual(page.phases);
    for (const p of [units, timeline, phases]) expect(p.trail).toEqual([{ label: '工作进度', path: 'progress/' }]);
  });
});
