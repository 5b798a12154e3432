// The items of 教督〔2017〕6号 that are judged school by school from the
// school-statistics dataset (schemas/school.ts itemFields):
//   G3  music and art rooms: 1 of each per 12 classes (12 → 1, 13 → 2), each
//       room at least 96 ㎡ (music) / 90 ㎡ (art)
//   G4  school size: ≤ 2000 pupils, ≤ 2500 for a 九年一贯制/十二年一贯制 school
//   G5  class size: every class ≤ 45 (小学) / ≤ 50 (初中)
//   G6  a 小学 or 教学点 of fewer than 100 pupils is funded as 100
//   E4  teacher training funds ≥ 5 % of the school's public-funds budget
// A figure the dataset leaves out makes the school 待填报 on that item, never
// passing. Pure functions; thresholds from src/lib/standards.ts.
import { stageLabels, stages, type School, type SchoolDataset, type SchoolPart, type SchoolType, type ShareableItemKey, type Stage } from '../../schemas/school.ts';
import type { ExcludedPart } from './indicators.ts';
import { meets, NATIONAL, type AppliedThreshold, type Thresholds } from './standards.ts';

/** pending: a figure is missing; na: the item does not concern this school (G6 for a school of 100 pupils or more). */
export type SchoolItemStatus = 'pass' | 'fail' | 'pending' | 'na';

export const SCHOOL_ITEM_KEYS = ['G3', 'G4', 'G5', 'G6', 'E4'] as const;
export type SchoolItemKey = (typeof SCHOOL_ITEM_KEYS)[number];

export interface RoomCheck {
  /** Rooms of the whole school; null when not given. */
  readonly rooms: number | null;
  /** Area of the smallest room; null when not given (or no room). */
  readonly minArea: number | null;
  /** The least area each room must have. */
  readonly areaLine: number;
  readonly status: SchoolItemStatus;
}

export interface SchoolItemsRow {
  readonly id: string;
  readonly name: string;
  readonly township: string;
  readonly type: SchoolType;
  readonly boarding: boolean | undefined;
  /** Pupils of every compulsory part. */
  readonly pupils: number;
  readonly G3: {
    readonly status: SchoolItemStatus;
    /** Classes of every part; null when a part does not give them. */
    readonly classes: number | null;
    /** Rooms of each kind the classes call for: ⌈classes ÷ 12⌉. */
    readonly required: number | null;
    readonly music: RoomCheck;
    readonly art: RoomCheck;
  };
  readonly G4: { readonly status: SchoolItemStatus; readonly pupils: number; readonly limit: number; readonly combined: boolean };
  readonly G5: {
    readonly status: SchoolItemStatus;
    readonly parts: readonly {
      readonly stage: Stage;
      readonly label: string;
      readonly largest: number | null;
      readonly oversized: number | null;
      readonly limit: number;
      readonly status: SchoolItemStatus;
    }[];
  };
  readonly G6: { readonly status: SchoolItemStatus; readonly pupils: number; readonly funded: number | null; readonly line: number };
  readonly E4: { readonly status: SchoolItemStatus; readonly publicFunds: number | null; readonly trainingFunds: number | null; readonly percent: number | null; readonly line: number };
}

export interface SchoolItemSummary {
  readonly key: SchoolItemKey;
  /** pass also when no school is concerned (notApplicable). */
  readonly status: 'pass' | 'fail' | 'pending';
  readonly failing: readonly string[];
  readonly pending: readonly string[];
  /** Schools the item concerns. */
  readonly concerned: number;
  readonly notApplicable: boolean;
}

export interface SchoolItemsResult {
  readonly year: number;
  readonly schools: readonly SchoolItemsRow[];
  /** 民办 schools: left out, as for the resource indicators. */
  readonly excluded: readonly ExcludedPart[];
  readonly items: Readonly<Record<SchoolItemKey, SchoolItemSummary>>;
}

const COMBINED: readonly SchoolType[] = ['九年一贯制', '十二年一贯制'];
/** G6 concerns 村小学 and 教学点; a dataset does not say which 小学 are 村小学, so every small 小学 counts. */
const SMALL_SCHOOL_TYPES: readonly SchoolType[] = ['小学', '教学点'];

function partsOf(school: School): { stage: Stage; part: SchoolPart }[] {
  return stages.flatMap((stage) => (school.parts[stage] ? [{ stage, part: school.parts[stage]! }] : []));
}

/** A per-part figure summed over the parts; null when any part leaves it out. */
function sumParts(parts: readonly { part: SchoolPart }[], key: 'classes' | 'fundedPupils'): number | null {
  const values = parts.map((p) => p.part[key]);
  return values.every((v) => v !== undefined) ? values.reduce((s: number, v) => s + v!, 0) : null;
}

/** A whole-school figure: the shared one of a 一贯制 school, else the parts' sum; null when incomplete. */
function schoolTotal(school: School, parts: readonly { part: SchoolPart }[], key: ShareableItemKey): number | null {
  const shared = school.shared?.[key];
  if (shared !== undefined) return shared;
  const values = parts.map((p) => p.part[key]);
  return values.every((v) => v !== undefined) ? values.reduce((s: number, v) => s + v!, 0) : null;
}

/** The smallest room of a kind: shared, else the smallest over the parts that have such rooms. */
function smallestRoom(school: School, parts: readonly { part: SchoolPart }[], rooms: 'musicRooms' | 'artRooms', area: 'musicRoomMinArea' | 'artRoomMinArea'): number | null {
  if (school.shared?.[rooms] !== undefined || school.shared?.[area] !== undefined) return school.shared?.[area] ?? null;
  const withRooms = parts.filter((p) => (p.part[rooms] ?? 0) > 0);
  const areas = withRooms.map((p) => p.part[area]);
  return withRooms.length > 0 && areas.every((a) => a !== undefined) ? Math.min(...(areas as number[])) : null;
}

/** Rooms of each kind that `classes` call for: 1 per `perRoom` classes begun (12 → 1, 13 → 2, 24 → 2, 25 → 3). */
export function roomsRequired(classes: number, perRoom: number): number {
  return Math.max(1, Math.ceil(classes / perRoom));
}

function roomCheck(rooms: number | null, minArea: number | null, required: number | null, areaLine: number): RoomCheck {
  let status: SchoolItemStatus;
  if (rooms === null) status = 'pending';
  // Every school needs at least one room of each kind, whatever its classes.
  else if (rooms < (required ?? 1)) status = 'fail';
  else if (required === null) status = 'pending';
  else if (minArea === null) status = 'pending';
  else status = meets({ compare: 'atLeast', value: areaLine }, minArea) ? 'pass' : 'fail';
  return { rooms, minArea, areaLine, status };
}

function worst(statuses: readonly SchoolItemStatus[]): SchoolItemStatus {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('pending')) return 'pending';
  if (statuses.every((s) => s === 'na')) return 'na';
  return 'pass';
}

function judge(line: Pick<AppliedThreshold, 'compare' | 'value'>, value: number): SchoolItemStatus {
  return meets(line, value) ? 'pass' : 'fail';
}

export function schoolItemsRow(school: School, thresholds: Thresholds = NATIONAL): SchoolItemsRow {
  const parts = partsOf(school);
  const pupils = parts.reduce((s, p) => s + p.part.pupils, 0);

  const classes = sumParts(parts, 'classes');
  const perRoom = thresholds['g3-classes-per-room'].value;
  const required = classes === null ? null : roomsRequired(classes, perRoom);
  const music = roomCheck(schoolTotal(school, parts, 'musicRooms'), smallestRoom(school, parts, 'musicRooms', 'musicRoomMinArea'), required, thresholds['g3-music-room-area'].value);
  const art = roomCheck(schoolTotal(school, parts, 'artRooms'), smallestRoom(school, parts, 'artRooms', 'artRoomMinArea'), required, thresholds['g3-art-room-area'].value);

  const combined = COMBINED.includes(school.type);
  const sizeLine = thresholds[combined ? 'g4-combined-school-size' : 'g4-school-size'];

  const classParts = parts.map(({ stage, part }) => {
    const limit = thresholds[stage === 'primary' ? 'g5-class-size-primary' : 'g5-class-size-junior'];
    const largest = part.largestClass ?? null;
    const oversized = part.oversizedClasses ?? null;
    const checks: SchoolItemStatus[] = [];
    if (largest !== null) checks.push(judge(limit, largest));
    if (oversized !== null) checks.push(oversized === 0 ? 'pass' : 'fail');
    return { stage, label: stageLabels[stage], largest, oversized, limit: limit.value, status: checks.length === 0 ? ('pending' as const) : worst(checks) };
  });

  const fundedLine = thresholds['g6-funded-pupils'].value;
  const funded = sumParts(parts, 'fundedPupils');
  const small = SMALL_SCHOOL_TYPES.includes(school.type) && pupils < fundedLine;
  const g6: SchoolItemStatus = !small ? 'na' : funded === null ? 'pending' : funded >= fundedLine ? 'pass' : 'fail';

  const publicFunds = schoolTotal(school, parts, 'publicFunds');
  const trainingFunds = schoolTotal(school, parts, 'trainingFunds');
  const percent = publicFunds !== null && trainingFunds !== null && publicFunds > 0 ? (100 * trainingFunds) / publicFunds : null;
  const e4Line = thresholds['e4-training-funds'];

  return {
    id: school.id,
    name: school.name,
    township: school.township,
    type: school.type,
    boarding: school.boarding,
    pupils,
    G3: { status: worst([music.status, art.status]), classes, required, music, art },
    G4: { status: judge(sizeLine, pupils), pupils, limit: sizeLine.value, combined },
    G5: { status: worst(classParts.map((p) => p.status)), parts: classParts },
    G6: { status: g6, pupils, funded, line: fundedLine },
    E4: { status: percent === null ? 'pending' : judge(e4Line, percent), publicFunds, trainingFunds, percent, line: e4Line.value },
  };
}

/** G3–G6 and E4 for every public school of a dataset, and each item's county result. */
export function schoolItems(dataset: SchoolDataset, thresholds: Thresholds = NATIONAL): SchoolItemsResult {
  const counted = dataset.schools.filter((s) => s.ownership !== '民办');
  const excluded = dataset.schools.filter((s) => s.ownership === '民办').map((s) => ({ id: s.id, name: s.name, reason: '民办学校' }));
  const schools = counted.map((s) => schoolItemsRow(s, thresholds));
  const items = Object.fromEntries(
    SCHOOL_ITEM_KEYS.map((key) => {
      const statuses = schools.map((s) => ({ id: s.id, status: s[key].status }));
      const concerned = statuses.filter((s) => s.status !== 'na');
      const failing = concerned.filter((s) => s.status === 'fail').map((s) => s.id);
      const pending = concerned.filter((s) => s.status === 'pending').map((s) => s.id);
      const status = failing.length > 0 ? 'fail' : pending.length > 0 || schools.length === 0 ? 'pending' : 'pass';
      return [key, { key, status, failing, pending, concerned: concerned.length, notApplicable: schools.length > 0 && concerned.length === 0 }];
    }),
  ) as unknown as Record<SchoolItemKey, SchoolItemSummary>;
  return { year: dataset.year, schools, excluded, items };
}
