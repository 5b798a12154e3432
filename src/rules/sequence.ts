// Numbered lists (phases, requirements) count from 1 without gaps.
import { items } from '../content-model/raw.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';

export const sequence = defineRule({
  code: 'sequence',
  severity: 'error',
  group: 'ids',
  meaning: '序号须按顺序从 1 编起，不能跳号或重复。',
  message: (p: { expected: number; actual: number }) => `序号应为 ${p.expected}（按顺序从 1 编起），这里是 ${p.actual}`,
  examples: {
    bad: [{ name: '跳了号', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'phases.1' }, code: 'number: 3' }],
    good: [{ name: '按顺序', file: 'content/plan.yaml', lang: 'yaml', at: { set: 'phases.1' }, code: 'number: 2' }],
  },
});

export const checkSequence: Check = (context) => {
  const plan = context.one('plan');
  if (!plan) return [];
  const out: Finding[] = [];
  for (const list of ['phases', 'requirements']) {
    items(plan.data, list).forEach(([x, i], position) => {
      if (typeof x.number === 'number' && x.number !== position + 1) out.push(sequence.finding(plan.file, [list, i, 'number'], { expected: position + 1, actual: x.number }));
    });
  }
  return out;
};
