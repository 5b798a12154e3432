// Figures of a plausible size. A unit typed wrong passes every format check and
// publishes a figure 10,000 times off: 260.5元 written under a 万元 header, or an
// area in the pupils column. Per pupil, a school's equipment and floor areas
// fall within wide bounds; outside them the figure is almost surely mistyped.
// Warnings, since a real school may be unusual: the editor confirms and keeps it.
import { partFields, type PartFieldKey } from '../../schemas/school.ts';
import { parseQuantity } from '../lib/quantity.ts';
import { items, row } from '../content-model/raw.ts';
import type { PathSegment } from '../content-model/yaml.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';

/** Per pupil, the least and most a school's figure can plausibly be (standards: 2000–2500 元, 4.5–10.2 ㎡). */
export const PER_PUPIL: Readonly<Partial<Record<PartFieldKey, { readonly min: number; readonly max: number; readonly unit: string }>>> = {
  equipmentValue: { min: 10, max: 1_000_000, unit: '元' },
  teachingArea: { min: 0.5, max: 200, unit: '㎡' },
  sportsArea: { min: 0.2, max: 1000, unit: '㎡' },
};

const bounds = Object.entries(PER_PUPIL)
  .map(([k, b]) => `${partFields[k as PartFieldKey].label}每生 ${b!.min}–${b!.max.toLocaleString('en-US')} ${b!.unit}`)
  .join('，');

const round = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n >= 1 ? n.toFixed(1) : n.toPrecision(2));

export const schoolMagnitude = defineRule({
  code: 'school-magnitude',
  severity: 'warning',
  group: 'schools',
  meaning: `按学生数折算后大得或小得不合常理的数字（${bounds}之外），多半是单位写错了（如万元写成了元）或填错了列。这只是警告：核对无误的可以保留。`,
  message: (p: { school: string; label: string; perPupil: string; unit: string; text: string; low: boolean; bound: number }) =>
    `${p.school}的${p.label}“${p.text}”折合每生约 ${p.perPupil} ${p.unit}，${p.low ? `不到 ${p.bound} ${p.unit}` : `超过 ${p.bound.toLocaleString('en-US')} ${p.unit}`}：多半是单位写错了（${p.unit === '元' ? (p.low ? '万元写成了元' : '元写成了万元') : '多写或少写了几位'}）或填错了列，请核对；核对无误的可以保留`,
  examples: {
    bad: [{ name: '万元写成了元', file: 'content/schools/2026.yaml', lang: 'yaml', at: { set: 'schools.0.parts.primary' }, code: 'equipmentValue: 420 元' }],
    good: [{ name: '单位写对', file: 'content/schools/2026.yaml', lang: 'yaml', at: { set: 'schools.0.parts.primary' }, code: 'equipmentValue: 420 万元' }],
  },
});

export const checkSchoolMagnitudes: Check = (context) => {
  const out: Finding[] = [];
  for (const dataset of context.all('schools')) {
    for (const [school, i] of items(dataset.data, 'schools')) {
      const parts = row(school.parts) ?? {};
      const pupils = Object.values(parts).reduce<number>((sum, part) => {
        const q = parseQuantity(row(part)?.pupils, 'people');
        return sum + (q.ok ? q.value : 0);
      }, 0);
      if (pupils <= 0) continue;
      for (const [key, bound] of Object.entries(PER_PUPIL) as [PartFieldKey, NonNullable<(typeof PER_PUPIL)[PartFieldKey]>][]) {
        const field = partFields[key];
        const places: [PathSegment[], unknown][] = [
          ...Object.entries(parts).map(([stage, part]): [PathSegment[], unknown] => [['schools', i, 'parts', stage, key], row(part)?.[key]]),
          [['schools', i, 'shared', key], row(school.shared)?.[key]],
        ];
        const given = places.flatMap(([path, value]) => {
          const q = parseQuantity(value, field.dimension, field.label);
          return q.ok ? [{ path, value: q.value, text: String(value).trim() }] : [];
        });
        const total = given.reduce((sum, g) => sum + g.value, 0);
        if (given.length === 0 || total <= 0) continue;
        const perPupil = total / pupils;
        const low = perPupil < bound.min;
        if (!low && perPupil <= bound.max) continue;
        const first = given[0]!;
        out.push(
          schoolMagnitude.finding(dataset.file, first.path, {
            school: typeof school.name === 'string' ? school.name : String(school.id),
            label: field.label,
            perPupil: round(perPupil),
            unit: bound.unit,
            text: first.text,
            low,
            bound: low ? bound.min : bound.max,
          }),
        );
      }
    }
  }
  return out;
};
