// "Did you mean": a unit or person written by name gets its id and full name,
// wherever a reference is written; a near-miss id gets the nearest ids; a wrong
// value of a fixed list gets the nearest value of the same kind.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categories } from '../schemas/achievement.ts';
import { roles } from '../schemas/leading-group.ts';
import { rectificationStatuses } from '../schemas/progress.ts';
import { schoolTypes } from '../schemas/school.ts';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { loadContent } from '../src/content-model/load.ts';
import { nearest, suggest } from '../src/content-model/suggest.ts';

const DEMO = join(import.meta.dirname, 'fixtures', 'demo');
const demo = diskFs(DEMO);
const decoder = new TextDecoder();

/** The messages for `file` of the demo county with `from` replaced by `to`. */
function messages(file: string, from: string, to: string): string[] {
  const text = decoder.decode(demo.read(file));
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  const { diagnostics } = loadContent(DEMO, { fs: overlayFs(demo, { [file]: text.replace(from, to) }), today: '2026-11-30' });
  return diagnostics.filter((d) => d.file === file).map((d) => `${d.rule}: ${d.message}`);
}

describe('Chinese values of a fixed list', () => {
  it('suggests the value sharing the word’s last character, which names what it is', () => {
    expect(suggest('组员', roles)).toBe('成员');
    expect(suggest('小组成员', roles)).toBe('成员');
    expect(suggest('副组员', roles)).toBe('副组长');
    expect(suggest('工作新闻', categories)).toBe('工作动态');
    expect(suggest('九年制', schoolTypes)).toBe('九年一贯制');
  });
  it('offers nothing when nothing is near, or two values are equally near', () => {
    expect(suggest('主任', roles)).toBeUndefined();
    expect(suggest('整改', rectificationStatuses)).toBeUndefined();
  });
  it('still compares ids and keys by spelling', () => {
    expect(suggest('finanse-bureau', ['finance-bureau', 'hr-bureau'])).toBe('finance-bureau');
    expect(nearest('yo-town', ['yi-town', 'yu-town', 'jia-town'])).toEqual(['yi-town', 'yu-town']);
  });
});

describe('an enum value in the demo roster', () => {
  it('组员 gets 成员, not 组长', () => {
    expect(messages('content/leading-group.yaml', 'role: 成员', 'role: 组员')).toEqual(['enum: “组员”不是可选值。可选：组长、副组长、成员（是不是“成员”？）']);
  });
});

describe('a unit written by name gets its id and full name', () => {
  it('in the roster', () => {
    expect(messages('content/leading-group.yaml', 'unit: finance-bureau', 'unit: 财政局')).toEqual(['unit-unknown: “财政局”是单位名称：这里请写单位编号 finance-bureau（示例县财政局）']);
  });
  it('in an article, by its full name', () => {
    expect(messages('content/achievements/2026-09-01-plan-issued.md', 'unit: county-government-office', 'unit: 示例县人民政府办公室')).toEqual([
      'unit-unknown: “示例县人民政府办公室”是单位名称：这里请写单位编号 county-government-office（示例县人民政府办公室）',
    ]);
  });
  it('in a progress record, by a name shortened another way', () => {
    expect(messages('content/progress/finance-bureau.yaml', 'unit: finance-bureau', 'unit: 县财政局')).toEqual([
      'unit-unknown: “县财政局”不是单位编号，也不是已登记单位的名称：是不是 finance-bureau（示例县财政局）？这里请写单位编号',
    ]);
  });
  it('in the school data, where the township is', () => {
    expect(messages('content/schools/2026.yaml', 'township: jia-town', 'township: 甲镇')).toEqual(['unit-unknown: “甲镇”是单位名称：这里请写单位编号 jia-town（甲镇）']);
  });
  it('in a school table (CSV), with its row and column', () => {
    const csv = [
      '统计年度,学校编号,学校名称,乡镇编号,学校类型,办学性质,学段,在校学生数（人）,专任教师数（人）,高于规定学历教师数（人）,中级及以上专业技术职务教师数（人）,县级以上骨干教师数（人）,体育艺术专任教师数（人）,教学及辅助用房面积（㎡）,体育运动场馆面积（㎡）,教学仪器设备值（万元）,计算机台数（台）,图书（册）,网络多媒体教室数（间）',
      '2025,jia-primary-2025,甲镇第二小学,甲镇,小学,公办,小学,420,26,22,13,5,3,2350,3700,86.1,52,13400,10',
    ].join('\n');
    const { diagnostics } = loadContent(DEMO, { fs: overlayFs(demo, { 'content/schools/2025.csv': csv }), today: '2026-11-30' });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['2:30 第 2 行“乡镇编号”列：“甲镇”是单位名称：这里请写单位编号 jia-town（甲镇）']);
  });
});

describe('a person written by name', () => {
  it('gets every member of that name, with their units', () => {
    expect(messages('content/leading-group.yaml', 'head: wang-bing', 'head: 冯癸')).toEqual([
      'person-unknown: “冯癸”是姓名，有 2 人同名：feng-gui-bing（冯癸，丙乡）、feng-gui-ding（冯癸，丁乡）；这里请写其中一人的编号',
    ]);
  });
});
