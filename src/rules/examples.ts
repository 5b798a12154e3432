// Shipped sample content sits in an examples/ folder and says so; real content does neither.
import { row } from '../content-model/raw.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';

export const EXAMPLES_DIR = 'examples';

export const exampleFlag = defineRule({
  code: 'example-flag',
  severity: 'error',
  group: 'ids',
  meaning: `${EXAMPLES_DIR} 文件夹中的示例须标 example: true；标了 example: true 的内容须放在 ${EXAMPLES_DIR} 文件夹中。`,
  message: (p: { problem: 'unmarked' | 'misplaced' }) =>
    p.problem === 'unmarked'
      ? `${EXAMPLES_DIR} 文件夹中的内容是示例，须标明 example: true，以便在页面上显示“示例”`
      : `标为示例（example: true）的内容须放在 ${EXAMPLES_DIR} 文件夹中，与真实内容分开`,
  examples: {
    bad: [{ name: '真实记录标成了示例', file: 'content/progress/finance-bureau.yaml', lang: 'yaml', at: { set: '' }, code: 'example: true' }],
    good: [{ name: '真实记录不标示例', file: 'content/progress/finance-bureau.yaml', lang: 'yaml', at: { set: '' }, code: 'unit: finance-bureau' }],
  },
});

export const checkExampleFlags: Check = (context) => {
  const out: Finding[] = [];
  for (const parsed of context.files) {
    if (!['achievement', 'selfScore', 'survey', 'schools', 'record', 'supervision'].includes(parsed.kind)) continue;
    const flag = row(parsed.data)?.example;
    if (parsed.isExample && flag !== true) out.push(exampleFlag.finding(parsed.file, ['example'], { problem: 'unmarked' }));
    else if (!parsed.isExample && flag === true) out.push(exampleFlag.finding(parsed.file, ['example'], { problem: 'misplaced' }));
  }
  return out;
};
