// 实施方案 and 原文: the plan's wording as the seed writes it, rebuilt from the
// content (the seed's lines are quoted from seeds/000_10ae24934fdcea49.txt).
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/view/inline.ts';
import { originalPage, planPage } from '../../src/view/plan.ts';
import { county, options, real, underBase } from './content.ts';

describe('实施方案 page', () => {
  const doc = planPage(real(), options()).document;

  it('has a table of contents with every phase and requirement', () => {
    expect(doc.toc?.map((e) => e.label)).toEqual([
      '制定依据',
      '一、指导思想',
      '二、工作目标',
      '三、工作任务',
      '四、工作步骤',
      '五、工作要求',
      '附件：建安区迎接义务教育基本均衡发展国家整体评估认定工作领导小组成员名单',
    ]);
    expect(doc.toc?.find((e) => e.label === '四、工作步骤')?.children.map((c) => c.label)).toEqual([
      '第一阶段：宣传发动',
      '第二阶段：自查整改',
      '第三阶段：督导检查',
      '第四阶段：迎接国家检查',
      '第五阶段：工作总结',
    ]);
  });

  it('cites each basis document with its 发文字号, and a speech as having none', () => {
    expect(doc.basis?.rows[0]).toEqual({ cite: true, title: '《国务院关于深入推进义务教育均衡发展的意见》', number: '发文字号：国发〔2012〕48号' });
    expect(doc.basis?.rows.at(-1)).toMatchObject({ cite: false, number: '（讲话，无发文字号）' });
  });

  it('counts the key areas in words and numbers the steps of each phase', () => {
    expect(doc.tasks.keyAreas?.lead).toBe('重点抓好以下四个方面：');
    // Seed: 第一阶段：宣传发动（2020年8月1日—8月15日）, the dash kept.
    expect(doc.steps.phases[0]?.heading).toBe('第一阶段：宣传发动（2020年8月1日—8月15日）');
    expect(doc.steps.phases[0]?.steps?.map((s) => s.number)).toEqual(['1.', '2.', '3.']);
  });

  it('marks what the website adds as 编者加 and says where the original is', () => {
    expect(doc.editorial?.mark).toBe('编者加');
    expect(plainText(planPage(real(), underBase()).document.editorial!.legend)).toBe(
      '标有“编者加”的标题和列表是本网站为便于阅读而加的，原文没有；其余文字照录原文，原貌见原文。',
    );
    expect(planPage(real(), underBase()).document.editorial!.legend).toContainEqual({ link: '原文', href: '/zt/junheng/original/' });
    expect(originalPage(real(), options()).document.editorial).toBeUndefined();
  });

  it('links the roster attachment to the leading group page, under the base path', () => {
    expect(planPage(real(), underBase()).document.attachment.href).toBe('/zt/junheng/leading-group/');
    expect(plainText(planPage(real(), underBase()).source)).toBe('本页据印发通知所附实施方案整理；印发通知和方案的原貌见原文。');
  });
});

describe('原文 page', () => {
  it('sets the notice as on paper: issuer, addressees, date', () => {
    const m = originalPage(real(), options());
    expect(m.notice.issuer).toBe('建安区人民政府办公室');
    expect(m.notice.date).toEqual({ iso: '2020-08-01', text: '2020年8月1日' });
    expect(m.document.variant).toBe('gongwen');
    expect(m.document.toc).toBeUndefined();
  });

  it('lists the roster as the seed’s attachment does, units by their short names', () => {
    const m = originalPage(real(), options());
    // Seed: 组  长：马  浩（区政府区长）
    expect(m.attachment.roster[0]).toMatchObject({ role: '组长', members: false, people: [{ line: '马浩（区政府区长）' }] });
    expect(m.attachment.roster.map((r) => r.role)).toEqual(['组长', '副组长', '成员']);
    // Seed: 领导小组下设办公室，办公室设在区教体局，薛建峰同志兼任办公室主任，负责创建日常工作。
    expect(m.attachment.office).toBe('领导小组下设办公室，办公室设在区教体局，薛建峰同志兼任办公室主任，负责创建日常工作。');
  });

  it('titles the attachment after the group when the notice names none', () => {
    const m = originalPage(county(), options());
    expect(m.attachment.title).toBe('测试县工作领导小组成员名单');
    expect(m.attachment.office).toBe('领导小组下设办公室，办公室设在财政局，丙丁同志兼任办公室主任，负责日常工作。');
    expect(m.attachment.roster.map((r) => r.role)).toEqual(['组长', '成员']);
  });
});
