// The 2012 standard's county self-score and the public survey (schemas/self-score.ts, schemas/survey.ts).
import { defineRule, type RuleExample } from './define.ts';

export const SELF_SCORE_AREAS = ['入学机会', '保障机制', '教师队伍', '质量与管理'] as const;
export const SELF_SCORE_ITEMS = 17;
export const SELF_SCORE_MAX = 100;

const SELF_SCORE = 'content/self-score/2026.yaml';

/**
 * A self-score file of `counts[i]` items in area i, each worth `points` (the
 * last item takes the rest of 100), as the tests write it.
 */
function selfScoreFile(counts: readonly number[], options: { total?: number; areas?: readonly string[] } = {}): string {
  const total = options.total ?? SELF_SCORE_MAX;
  const n = counts.reduce((a, b) => a + b, 0);
  const each = Math.floor(total / n);
  let k = 0;
  const areas = (options.areas ?? SELF_SCORE_AREAS).map((name, i) => {
    const items = Array.from({ length: counts[i] ?? 0 }, () => {
      k++;
      const max = k === n ? total - each * (n - 1) : each;
      return `      - id: item-${k}\n        text: 评估项目 ${k}\n        maxPoints: ${max}\n        score: ${max}`;
    });
    return `  - name: ${name}\n    items:\n${items.join('\n')}`;
  });
  return `year: 2026\nareas:\n${areas.join('\n')}\n`;
}
const fourAreas = [4, 4, 4, 5];
const scoreExample = (name: string, code: string, file: string, lines?: readonly number[]): RuleExample => ({
  name,
  file: SELF_SCORE,
  lang: 'yaml',
  code,
  at: { shown: true },
  write: { [SELF_SCORE]: file },
  ...(lines ? { lines } : {}),
});

export const selfScorePoints = defineRule({
  code: 'self-score-points',
  severity: 'error',
  group: 'assessment',
  meaning: '分值和得分最多保留两位小数，得分不能超过该项分值。',
  message: (p: { problem: 'decimals'; what: '分值' | '得分' } | { problem: 'over'; score: number; max: number }) =>
    p.problem === 'decimals' ? `${p.what}最多保留两位小数（如 2.5）` : `得分 ${p.score} 超过了该项分值 ${p.max}：请核对`,
  examples: {
    bad: [scoreExample('得分超过分值', '- id: item-1\n  maxPoints: 5\n  score: 6.5', selfScoreFile(fourAreas).replace('maxPoints: 5\n        score: 5', 'maxPoints: 5\n        score: 6.5'), [8])],
    good: [scoreExample('得分不超过分值', '- id: item-1\n  maxPoints: 5\n  score: 4.5', selfScoreFile(fourAreas).replace('maxPoints: 5\n        score: 5', 'maxPoints: 5\n        score: 4.5'))],
  },
});

export const selfScoreAreas = defineRule({
  code: 'self-score-areas',
  severity: 'error',
  group: 'assessment',
  meaning: `自评须包含 ${SELF_SCORE_AREAS.join('、')} 四个方面，每个方面只写一次。`,
  message: (p: { duplicate: string } | { missing: readonly string[] }) =>
    'duplicate' in p ? `“${p.duplicate}”重复：每个方面只写一次` : `缺少方面：${p.missing.join('、')}（共四个方面：${SELF_SCORE_AREAS.join('、')}）`,
  examples: {
    bad: [
      scoreExample(
        '方面写重了',
        'areas:\n  - name: 入学机会\n  - name: 入学机会\n  - name: 教师队伍\n  - name: 质量与管理',
        selfScoreFile(fourAreas, { areas: ['入学机会', '入学机会', '教师队伍', '质量与管理'] }),
        [3, 21],
      ),
    ],
    good: [scoreExample('四个方面各一次', 'areas:\n  - name: 入学机会\n  - name: 保障机制\n  - name: 教师队伍\n  - name: 质量与管理', selfScoreFile(fourAreas))],
  },
});

export const selfScoreItems = defineRule({
  code: 'self-score-items',
  severity: 'error',
  group: 'assessment',
  meaning: `评估项目共 ${SELF_SCORE_ITEMS} 项：项目数不对时，请对照评估细则核对是否漏项或重复。`,
  message: (p: { count: number }) => `共有 ${p.count} 个评估项目，评估办法规定为 ${SELF_SCORE_ITEMS} 项：请核对`,
  examples: {
    bad: [scoreExample(`只有 ${SELF_SCORE_ITEMS - 1} 项`, `四个方面的 items 合计 ${SELF_SCORE_ITEMS - 1} 项`, selfScoreFile([4, 4, 4, 4]), [3])],
    good: [scoreExample(`${SELF_SCORE_ITEMS} 项`, `四个方面的 items 合计 ${SELF_SCORE_ITEMS} 项`, selfScoreFile(fourAreas))],
  },
});

export const selfScoreTotal = defineRule({
  code: 'self-score-total',
  severity: 'error',
  group: 'assessment',
  meaning: `各项分值（maxPoints）合计须为 ${SELF_SCORE_MAX} 分。`,
  message: (p: { total: number }) => `各项分值合计 ${p.total} 分，应为 ${SELF_SCORE_MAX} 分：请核对各项分值`,
  examples: {
    bad: [scoreExample('合计 98 分', '各项 maxPoints 合计 98 分', selfScoreFile(fourAreas, { total: 98 }), [3])],
    good: [scoreExample(`合计 ${SELF_SCORE_MAX} 分`, `各项 maxPoints 合计 ${SELF_SCORE_MAX} 分`, selfScoreFile(fourAreas))],
  },
});

export const surveyCount = defineRule({
  code: 'survey-count',
  severity: 'error',
  group: 'assessment',
  meaning: '满意人数不能多于有效答卷人数。',
  message: (p: { satisfied: number; respondents: number }) => `满意人数 ${p.satisfied} 多于答卷人数 ${p.respondents}：请核对`,
  examples: {
    bad: [{ name: '满意人数多于答卷人数', file: 'content/survey/2026.yaml', lang: 'yaml', at: { set: 'groups.0' }, code: 'respondents: 1200\nsatisfied: 1260', lines: [2] }],
    good: [{ name: '不多于答卷人数', file: 'content/survey/2026.yaml', lang: 'yaml', at: { set: 'groups.0' }, code: 'respondents: 1200\nsatisfied: 1126' }],
  },
});
