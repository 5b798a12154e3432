// 工作进度 as a reader sees it on 2020-11-20, from the example records in
// content/progress/examples/ (the figures below are counted by hand from those
// files), and for a county that keeps no progress records at all.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/view/inline.ts';
import { progressPage } from '../../src/view/progress.ts';
import { county, options, real, underBase } from './content.ts';

const november = () => progressPage(real(), options('2020-11-20'));

describe('工作进度: the plan’s phases and deadlines', () => {
  it('describes the timeline in words for readers who cannot see the chart', () => {
    expect(progressPage(real(), options('2020-09-10')).timeline.description).toBe(
      '第一阶段宣传发动，2020年8月1日至8月15日，已完成；第二阶段自查整改，2020年8月16日至10月31日，进行中；第三阶段督导检查，2020年11月1日至11月15日，未开始；第四阶段迎接国家检查，2020年11月16日至12月10日，未开始；第五阶段工作总结，2020年12月底，未开始。以上按2020年9月10日计算；各步骤和时限的日期与状态见图后的表格。',
    );
  });

  it('says when a deadline lies after the end of its phase, as the plan has it', () => {
    const report = november().deadlines.rows.find((r) => r.date === '2020年12月25日前');
    expect(report?.afterPhase).toBe('（期限在该阶段结束日2020年12月10日之后，照录原文）');
    expect(report?.phase).toBe('所属阶段：第四阶段 迎接国家检查');
  });

  it('shows the chart’s as-of line only while the day lies on the chart', () => {
    expect(november().timeline.legend).toContain('红色虚线为进度计算日。');
    expect(progressPage(real(), options('2022-06-01')).timeline.legend).not.toContain('红色虚线');
  });
});

describe('工作进度: each unit’s records', () => {
  it('counts units with and without a record, and tallies their deliverables', () => {
    const { matrix } = november().units;
    // 4 deliverables; 18 townships and 16 other member units; 5 units have (example) records.
    expect(matrix.intro).toBe('实施方案规定的应交事项共 4 项，适用于 34 个单位。截至2020年11月20日，5 个单位有进度记录（示例），29 个单位尚无记录。');
    expect(matrix.tally).toBe('有记录的单位应交事项共 20 项次：按期完成 11，逾期完成 3，逾期未完成 1，未到期 5。');
    const wunvdian = matrix.groups.flatMap((g) => g.rows).find((r) => r.label === '五女店镇');
    expect(wunvdian?.cells.map((c) => (c.kind === 'status' ? [c.status, c.done] : c.kind))).toEqual([
      ['on-time', '2020年8月31日完成'],
      ['overdue', undefined],
      ['late', '2020年11月20日完成'],
      ['not-due', undefined],
    ]);
  });

  it('lists what is overdue, with the days', () => {
    const { overdue } = november().units;
    expect(overdue.summary).toBe('截至2020年11月20日，共 2 项逾期未完成，逾期最久的排在前面。');
    expect(overdue.items.map((i) => `${i.unit.name}：${i.title}${i.detail}`)).toEqual([
      '五女店镇：完成整改，应交事项，时限2020年10月31日，已逾期 20 天',
      '五女店镇：【示例】某校功能室图书登记不完整，整改事项，时限2020年10月31日，已逾期 20 天',
    ]);
  });

  it('sums up the rectification items found and closed, and their peak', () => {
    const burndown = november().units.burndown!;
    expect(plainText(burndown.summary)).toBe(
      '示例从2020年8月24日发现第一个问题到2020年11月20日，共发现 10 个需要整改的问题，已整改完成 6 个，未销号 4 个，其中逾期 1 个；未销号最多时为 6 个（2020年8月28日）。按整改时限计：按期完成 5，逾期完成 1，逾期未完成 1，未到期 3。',
    );
    // The chart's text alternative says in words what the badge says.
    expect(burndown.description).toMatch(/。以上为示例数据。$/);
    expect(burndown.rows.at(-1)).toEqual({ date: ['2020年', '11月20日'], found: 0, closed: 0, open: 4, overdue: 1 });
  });

  it('shows the findings known by then, newest first, with the items they raised', () => {
    const { findings } = november().units;
    expect(findings.items.map((f) => [f.date, f.unit?.name, f.circulatedText])).toEqual([
      ['2020年11月10日', '灵井镇', '通报批评：否'],
      ['2020年11月5日', '建安区住房和城乡建设局', '通报批评：否'],
      ['2020年11月4日', '五女店镇', '通报批评：是'],
    ]);
    expect(findings.items[2]?.rectifications).toEqual([{ text: '整改事项：【示例】某校运动场地面破损未修复（时限2020年12月底）', status: 'not-due' }]);
  });

  it('calls only what the section shows an example, and names the county that removes them', () => {
    const note = november().units.exampleNote!;
    expect(plainText(note)).toBe(
      '示例本节中的各单位完成情况、整改问题、督导意见均为演示网站功能的示例记录，所述问题、日期和完成情况均为虚构，不代表任何单位的真实工作。建安区填报真实记录后会删除全部示例，本节随之显示真实情况。',
    );
    // Before the first finding, there are no findings to call examples.
    expect(plainText(progressPage(real(), options('2020-08-20')).units.exampleNote!)).toMatch(/^示例本节中的各单位完成情况均为/);
  });

  it('links units under the base path', () => {
    const m = progressPage(real(), underBase('2020-11-20'));
    expect(m.units.overdue.items[0]?.unit.href).toBe('/zt/junheng/units/wunvdian-town/');
    expect(m.intro).toContainEqual({ link: '实施方案', href: '/zt/junheng/plan/' });
  });
});

describe('工作进度 of a county without progress records', () => {
  const m = progressPage(county(), options('2020-09-10'));

  it('says there is nothing to show, without calling anything an example', () => {
    expect(m.units.exampleNote).toBeUndefined();
    expect(m.units.burndown).toBeUndefined();
    expect(m.units.noBurndown).toBe('截至2020年9月10日，没有需要整改的问题。');
    expect(m.units.findings.empty).toBe('截至2020年9月10日，没有督导意见。');
    expect(m.units.overdue.summary).toBe('截至2020年9月10日，有进度记录的单位没有逾期未完成的事项。');
    expect(m.units.matrix.intro).toBe('实施方案规定的应交事项共 0 项，适用于 0 个单位。截至2020年9月10日，0 个单位有进度记录，0 个单位尚无记录。');
  });

  it('still shows the plan’s two phases', () => {
    expect(m.phases.map((p) => [p.heading, p.when, p.status])).toEqual([
      ['第一阶段：宣传发动', '2020年8月1日至8月15日', 'done'],
      ['第二阶段：工作总结', '2020年12月底', 'pending'],
    ]);
  });
});
