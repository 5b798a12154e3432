// The optional CSV columns of the 2017 per-school items (docs/schools-csv.md):
// read into the same dataset as the YAML form, left out when empty, checked
// like the other columns.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { loadContent } from '../src/content-model/load.ts';
import { CSV_COLUMNS } from '../src/content-model/schools-table.ts';

const DEMO = join(import.meta.dirname, 'fixtures', 'demo');
const demo = diskFs(DEMO);
const CSV = 'content/schools/2026.csv';

const HEADER =
  '统计年度,学校编号,学校名称,乡镇编号,学校类型,办学性质,寄宿制学校,学段,在校学生数（人）,专任教师数（人）,高于规定学历教师数（人）,中级及以上专业技术职务教师数（人）,县级以上骨干教师数（人）,体育艺术专任教师数（人）,教学及辅助用房面积（㎡）,体育运动场馆面积（㎡）,教学仪器设备值（万元）,计算机台数（台）,图书（册）,网络多媒体教室数（间）,班级数（个）,最大班额（人）,音乐专用教室数（间）,最小音乐专用教室面积（㎡）,美术专用教室数（间）,最小美术专用教室面积（㎡）,年度公用经费预算总额（万元）,教师培训经费（万元）';
const PRIMARY = '2026,jia-primary-2026,甲镇第二小学,jia-town,小学,公办,否,小学,420,26,22,13,5,3,2350,3700,86.1,52,13400,10,12,44,1,96,1,90,60,3.2';
// A 九年一贯制 school: classes and class sizes per 学段, rooms and funds on the 共用 row.
const SHARED = '2026,bing-school-2026,丙乡第二学校,bing-township,九年一贯制,公办,是,共用,,,,,,,4000,7000,180,80,22000,17,,,2,96,2,90,95,5';
const JUNIOR = '2026,bing-school-2026,丙乡第二学校,bing-township,九年一贯制,公办,是,初中,300,26,19,11,4,3,,,,,,,6,50,,,,,,';
const PRIMARY_2 = '2026,bing-school-2026,丙乡第二学校,bing-township,九年一贯制,公办,是,小学,380,23,18,9,4,4,,,,,,,9,43,,,,,,';
const SPLIT = '分摊方式';

function load(lines: readonly string[]) {
  const text = lines.join('\n');
  const result = loadContent(DEMO, { fs: overlayFs(demo, { 'content/schools/2026.yaml': null, [CSV]: text }), today: '2026-11-30' });
  return { diagnostics: result.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`), dataset: result.model.schools[0]?.dataset };
}

describe('the CSV columns of the per-school items', () => {
  it('are read into the same figures as the YAML form', () => {
    const { diagnostics, dataset } = load([`${SPLIT},${HEADER}`, ...[PRIMARY, SHARED, JUNIOR, PRIMARY_2].map((row) => `按学生数,${row}`)]);
    expect(diagnostics).toEqual([]);
    const [primary, combined] = dataset!.schools;
    expect(primary!.boarding).toBe(false);
    // 60 万元 = 600000 元, 3.2 万元 = 32000 元.
    expect(primary!.parts.primary).toMatchObject({ classes: 12, largestClass: 44, musicRooms: 1, musicRoomMinArea: 96, artRooms: 1, artRoomMinArea: 90, publicFunds: 600000, trainingFunds: 32000 });
    expect(combined!.boarding).toBe(true);
    expect(combined!.shared).toMatchObject({ musicRooms: 2, artRooms: 2, publicFunds: 950000, trainingFunds: 50000 });
    expect(combined!.parts.junior).toMatchObject({ classes: 6, largestClass: 50 });
    expect(combined!.parts.junior).not.toHaveProperty('musicRooms');
  });

  it('may be left out altogether: a 2012 table stays valid', () => {
    // Without 寄宿制学校 and the eight item columns (the optional columns other than 示例 and 分摊方式).
    const base = (header: string) => header.replace(/（[^（）]*）$/u, '');
    const optional = new Set(CSV_COLUMNS.filter((c) => !c.required).map((c) => base(c.header)));
    expect(optional.has('班级数') && optional.has('寄宿制学校')).toBe(true);
    const keep = HEADER.split(',').flatMap((c, i) => (optional.has(base(c)) ? [] : [i]));
    expect(keep).toHaveLength(19);
    const cut = (row: string) => keep.map((i) => row.split(',')[i]).join(',');
    const { diagnostics, dataset } = load([cut(HEADER), cut(PRIMARY)]);
    expect(diagnostics).toEqual([]);
    expect(dataset!.schools[0]!.parts.primary).not.toHaveProperty('classes');
  });

  it('keep per-学段 figures off the 共用 row, and a school boarding or not on every row', () => {
    const classesOnShared = SHARED.replace(',17,,,2,', ',17,15,,2,');
    expect(load([`${SPLIT},${HEADER}`, ...[classesOnShared, JUNIOR, PRIMARY_2].map((row) => `按学生数,${row}`)]).diagnostics).toEqual([`${CSV}:2 csv-shared-row`]);
    const notBoarding = JUNIOR.replace(',是,初中,', ',否,初中,');
    expect(load([`${SPLIT},${HEADER}`, ...[SHARED, notBoarding, PRIMARY_2].map((row) => `按学生数,${row}`)]).diagnostics).toEqual([`${CSV}:3 csv-inconsistent`]);
  });

  it('are checked like any figure: a largest class over the pupils is reported at its cell', () => {
    const wrong = PRIMARY.replace(',12,44,', ',12,440,');
    expect(load([HEADER, wrong]).diagnostics).toEqual([`${CSV}:2 class-counts`]);
  });
});
