// The items judged school by school (src/lib/school-items.ts), at the edges
// of each line: every expected figure is worked out in the comments.
import { describe, expect, it } from 'vitest';
import type { School, SchoolDataset, SchoolPart, SchoolType } from '../schemas/school.ts';
import { roomsRequired, schoolItems, schoolItemsRow } from '../src/lib/school-items.ts';
import { applyThresholds } from '../src/lib/standards.ts';

/** The indicator figures a part must have; the per-school item figures are what each test gives. */
const BASE = { teachers: 10, qualifiedTeachers: 10, seniorTeachers: 5, backboneTeachers: 2, artsPeTeachers: 2, teachingArea: 5000, sportsArea: 8000, equipmentValue: 2000000, computers: 100, books: 20000, multimediaClassrooms: 20 };
const part = (pupils: number, extra: Partial<SchoolPart> = {}): SchoolPart => ({ ...BASE, pupils, ...extra });

function school(type: SchoolType, parts: School['parts'], extra: Partial<School> = {}): School {
  return { id: 'test-school', name: '测试学校', township: 'jia-town', type, ownership: '公办', parts, ...extra };
}
const rooms = { musicRooms: 1, musicRoomMinArea: 96, artRooms: 1, artRoomMinArea: 90 };

describe('G3: music and art rooms per 12 classes', () => {
  it('asks one room of each kind per 12 classes begun', () => {
    // ⌈12/12⌉ = 1, ⌈13/12⌉ = 2, ⌈24/12⌉ = 2, ⌈25/12⌉ = 3; a school of 3 classes still needs 1.
    expect([12, 13, 24, 25, 3].map((n) => roomsRequired(n, 12))).toEqual([1, 2, 2, 3, 1]);
  });

  it('passes 12 classes with 1 room each, fails 13 classes with 1 room each', () => {
    expect(schoolItemsRow(school('小学', { primary: part(500, { classes: 12, ...rooms }) })).G3.status).toBe('pass');
    const thirteen = schoolItemsRow(school('小学', { primary: part(540, { classes: 13, ...rooms }) })).G3;
    expect(thirteen).toMatchObject({ status: 'fail', required: 2 });
  });

  it('counts a 一贯制 school’s classes over both parts against its shared rooms', () => {
    // 小学 15 + 初中 10 = 25 classes → 3 rooms of each kind; the shared 3 music and 2 art rooms fail on art.
    const s = school(
      '九年一贯制',
      { primary: part(600, { classes: 15 }), junior: part(450, { classes: 10 }) },
      { shared: { musicRooms: 3, musicRoomMinArea: 100, artRooms: 2, artRoomMinArea: 95 } },
    );
    const g3 = schoolItemsRow(s).G3;
    expect(g3).toMatchObject({ classes: 25, required: 3, status: 'fail' });
    expect(g3.music.status).toBe('pass');
    expect(g3.art.status).toBe('fail');
  });

  it('fails a room smaller than 96 ㎡ (music) or 90 ㎡ (art), on the line passes', () => {
    expect(schoolItemsRow(school('小学', { primary: part(500, { classes: 12, ...rooms, musicRoomMinArea: 95.9 }) })).G3.status).toBe('fail');
    expect(schoolItemsRow(school('小学', { primary: part(500, { classes: 12, ...rooms, artRoomMinArea: 89.5 }) })).G3.status).toBe('fail');
  });

  it('is 待填报 without the classes or the rooms, never a pass', () => {
    expect(schoolItemsRow(school('小学', { primary: part(500, rooms) })).G3.status).toBe('pending');
    expect(schoolItemsRow(school('小学', { primary: part(500, { classes: 12 }) })).G3.status).toBe('pending');
    // Rooms given but not their area.
    expect(schoolItemsRow(school('小学', { primary: part(500, { classes: 12, musicRooms: 1, artRooms: 1 }) })).G3.status).toBe('pending');
  });
});

describe('G4: school size', () => {
  it('passes a 小学 of 2000 pupils, fails one of 2001', () => {
    expect(schoolItemsRow(school('小学', { primary: part(2000) })).G4.status).toBe('pass');
    expect(schoolItemsRow(school('小学', { primary: part(2001) })).G4.status).toBe('fail');
  });

  it('allows a 九年一贯制 school 2500 pupils over both parts, not 2501', () => {
    // 1500 + 1000 = 2500 passes; 1501 + 1000 = 2501 fails; 2001 would fail a plain 小学.
    expect(schoolItemsRow(school('九年一贯制', { primary: part(1500), junior: part(1000) })).G4).toMatchObject({ status: 'pass', pupils: 2500, limit: 2500 });
    expect(schoolItemsRow(school('九年一贯制', { primary: part(1501), junior: part(1000) })).G4.status).toBe('fail');
    expect(schoolItemsRow(school('十二年一贯制', { primary: part(1200), junior: part(801) })).G4.status).toBe('pass');
  });
});

describe('G5: class size', () => {
  it('passes a 小学 whose largest class is 45, fails 46', () => {
    expect(schoolItemsRow(school('小学', { primary: part(500, { largestClass: 45 }) })).G5.status).toBe('pass');
    expect(schoolItemsRow(school('小学', { primary: part(500, { largestClass: 46 }) })).G5.status).toBe('fail');
  });

  it('passes an 初中 whose largest class is 50, fails 51', () => {
    expect(schoolItemsRow(school('初中', { junior: part(500, { largestClass: 50 }) })).G5.status).toBe('pass');
    expect(schoolItemsRow(school('初中', { junior: part(500, { largestClass: 51 }) })).G5.status).toBe('fail');
  });

  it('judges each part of a 一贯制 school by its own limit: 48 fails the 小学, passes the 初中', () => {
    const g5 = schoolItemsRow(school('九年一贯制', { primary: part(400, { largestClass: 48 }), junior: part(300, { largestClass: 48 }) })).G5;
    expect(g5.parts.map((p) => [p.label, p.status])).toEqual([
      ['小学', 'fail'],
      ['初中', 'pass'],
    ]);
    expect(g5.status).toBe('fail');
  });

  it('takes the number of oversized classes instead: 0 passes, 1 fails; neither given is 待填报', () => {
    expect(schoolItemsRow(school('小学', { primary: part(500, { oversizedClasses: 0 }) })).G5.status).toBe('pass');
    expect(schoolItemsRow(school('小学', { primary: part(500, { oversizedClasses: 1 }) })).G5.status).toBe('fail');
    expect(schoolItemsRow(school('小学', { primary: part(500) })).G5.status).toBe('pending');
  });

  it('follows a province’s lower limit', () => {
    const t = applyThresholds({ 'g5-class-size-primary': { value: 40, source: '示教督〔2025〕2号' } });
    expect(schoolItemsRow(school('小学', { primary: part(500, { largestClass: 45 }) }), t).G5.status).toBe('fail');
  });
});

describe('G6: small schools funded as 100 pupils', () => {
  it('asks a 教学点 of 99 pupils to be funded for 100', () => {
    expect(schoolItemsRow(school('教学点', { primary: part(99, { fundedPupils: 100 }) })).G6.status).toBe('pass');
    expect(schoolItemsRow(school('教学点', { primary: part(99, { fundedPupils: 99 }) })).G6.status).toBe('fail');
    expect(schoolItemsRow(school('教学点', { primary: part(99) })).G6.status).toBe('pending');
  });

  it('does not concern a school of 100 pupils or more, or an 初中', () => {
    expect(schoolItemsRow(school('小学', { primary: part(100) })).G6.status).toBe('na');
    expect(schoolItemsRow(school('初中', { junior: part(60) })).G6.status).toBe('na');
  });
});

describe('E4: training funds ≥ 5 % of the public funds', () => {
  it('passes 5 % exactly, fails 4.99 %', () => {
    // 50000 / 1000000 = 5 %; 49900 / 1000000 = 4.99 %.
    expect(schoolItemsRow(school('小学', { primary: part(500, { publicFunds: 1_000_000, trainingFunds: 50_000 }) })).E4).toMatchObject({ status: 'pass', percent: 5 });
    expect(schoolItemsRow(school('小学', { primary: part(500, { publicFunds: 1_000_000, trainingFunds: 49_900 }) })).E4.status).toBe('fail');
  });

  it('is 待填报 without either figure', () => {
    expect(schoolItemsRow(school('小学', { primary: part(500, { publicFunds: 1_000_000 }) })).E4.status).toBe('pending');
  });
});

describe('the county result of each item', () => {
  const dataset = (schools: School[]): SchoolDataset => ({ year: 2026, splitRule: { method: 'as-reported' }, schools });

  it('fails when one school fails, is 待填报 when one has no data and none fails, and leaves 民办 schools out', () => {
    const a = school('小学', { primary: part(500, { largestClass: 45 }) }, { id: 'a', name: '甲' });
    const b = school('小学', { primary: part(500) }, { id: 'b', name: '乙' });
    const c = school('小学', { primary: part(500, { largestClass: 46 }) }, { id: 'c', name: '丙' });
    const privateSchool = school('小学', { primary: part(500, { largestClass: 60 }) }, { id: 'p', name: '民', ownership: '民办' });
    expect(schoolItems(dataset([a, b])).items.G5).toMatchObject({ status: 'pending', pending: ['b'], failing: [] });
    expect(schoolItems(dataset([a, b, c])).items.G5).toMatchObject({ status: 'fail', pending: ['b'], failing: ['c'] });
    const withPrivate = schoolItems(dataset([a, privateSchool]));
    expect(withPrivate.items.G5.status).toBe('pass');
    expect(withPrivate.excluded).toEqual([{ id: 'p', name: '民', reason: '民办学校' }]);
  });

  it('passes G6 when no school is small enough to be concerned, and says so', () => {
    expect(schoolItems(dataset([school('小学', { primary: part(500) })])).items.G6).toMatchObject({ status: 'pass', notApplicable: true, concerned: 0 });
  });
});
