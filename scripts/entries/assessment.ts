// Skeletons of the two assessment files a county fills in once a year: the
// public-satisfaction survey (content/survey/<year>.yaml) and the county
// government's self-score (content/self-score/<year>.yaml, 教督〔2012〕3号).
// Numbers nobody knows yet are left as 待填写, which the check reports until
// they are filled in.
import { SELF_SCORE_ITEMS, selfScoreAreas } from '../../schemas/self-score.ts';
import { EntryError, modeline, PLACEHOLDER, readText, yamlString, type EntryContext, type EntryKind, type EntryOptions } from './entry.ts';

/** Item ids per area, as in the example file: access-1, funding-1, … */
const AREA_PREFIX: Readonly<Record<(typeof selfScoreAreas)[number], string>> = {
  入学机会: 'access',
  保障机制: 'funding',
  教师队伍: 'teachers',
  质量与管理: 'quality',
};

function year(context: EntryContext, options: EntryOptions): number {
  const value = options.year ?? context.today.slice(0, 4);
  if (!/^\d{4}$/.test(value)) throw new EntryError(`--year 须是四位年份，如 2020，这里是“${value}”`);
  return Number(value);
}

function newFile(context: EntryContext, file: string): string {
  if (readText(context.root, file) !== undefined) throw new EntryError(`${file} 已经有了：请直接修改它`);
  return file;
}

const survey: EntryKind = {
  title: '公众满意度调查：一年一个文件，各调查对象群体的答卷人数和满意人数',
  options: { year: '调查年度（可选，默认今年）' },
  example: 'npm run new -- survey --year 2025',
  create(context, options) {
    const y = year(context, options);
    const file = newFile(context, `content/survey/${y}.yaml`);
    // The groups asked last time (or in the example), to keep the same breakdown.
    const previous = [...context.content.surveys].sort((a, b) => b.data.year - a.data.year)[0];
    const groups = previous?.data.groups.map((g) => ({ id: g.id, name: g.name })) ?? [{ id: PLACEHOLDER, name: PLACEHOLDER }];
    const text = [
      modeline(file, 'survey'),
      `# ${y} 年公众满意度调查：每个调查对象群体一条，respondents 是有效答卷人数，satisfied 是其中表示满意（含比较满意）的人数。`,
      '# 总满意度须达到 85% 以上。',
      `year: ${y}`,
      '# 调查方式（可选），如：',
      '# method: 问卷（纸质和网络）与入户走访',
      'groups:',
      ...groups.flatMap((g) => [`  - id: ${g.id}`, `    name: ${yamlString(g.name)}`, `    respondents: ${PLACEHOLDER}`, `    satisfied: ${PLACEHOLDER}`]),
      '',
    ].join('\n');
    return {
      file,
      text,
      next: [
        previous ? `调查对象群体照 ${previous.file} 列出，请按实际调查增删。` : '把“待填写”换成调查对象群体的编号（如 parents）和名称（如 学生家长）。',
        '把每个群体的“待填写”换成有效答卷人数和满意人数（只写数字）。',
        '改完运行 npm run check。',
      ],
    };
  },
};

/** Items per area from --items 4,5,4,4 (four numbers adding up to 17). */
function itemCounts(value: string | undefined): number[] {
  const hint = `四个方面（${selfScoreAreas.join('、')}）各有几个项目，合计 ${SELF_SCORE_ITEMS} 个，照评估细则数出来，如 --items 4,5,4,4`;
  if (value === undefined) throw new EntryError(`请用 --items 写明${hint}`);
  const counts = value.split(/[,，]/u).map((s) => Number(s.trim()));
  if (counts.length !== selfScoreAreas.length || counts.some((n) => !Number.isInteger(n) || n < 1)) throw new EntryError(`--items 须是四个正整数：${hint}`);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total !== SELF_SCORE_ITEMS) throw new EntryError(`--items 合计 ${total} 个项目，应为 ${SELF_SCORE_ITEMS} 个：${hint}`);
  return counts;
}

const selfScore: EntryKind = {
  title: `县级政府自评（教督〔2012〕3号，4 个方面 ${SELF_SCORE_ITEMS} 个项目）：一年一个文件`,
  options: {
    year: '自评年度（可选，默认今年）',
    items: `四个方面各有几个项目，如 4,5,4,4（合计 ${SELF_SCORE_ITEMS}；已有往年的真实自评时可不写，照往年的项目列出）`,
  },
  example: 'npm run new -- self-score --year 2025 --items 4,5,4,4',
  create(context, options) {
    const y = year(context, options);
    const file = newFile(context, `content/self-score/${y}.yaml`);
    // Last year's self-score gives the items and their points; a demo county's are invented.
    const previous = context.content.site?.data.example ? undefined : [...context.content.selfScores].sort((a, b) => b.data.year - a.data.year)[0];
    const lines = [
      modeline(file, 'self-score'),
      `# ${y} 年县级人民政府推进义务教育均衡发展工作自评：${selfScoreAreas.length} 个方面、${SELF_SCORE_ITEMS} 个项目、满分 100 分，85 分达标。`,
      '# 照评估细则逐项录入：text 是评估项目内容，maxPoints 是该项分值，score 是自评得分（不超过分值，可到 0.5 分）。',
      `year: ${y}`,
      '# 评估项目和分值的出处：评估细则的名称和文号',
      `source: ${yamlString(previous?.data.source ?? PLACEHOLDER)}`,
      'areas:',
    ];
    if (previous && options.items === undefined) {
      for (const area of previous.data.areas) {
        lines.push(`  - name: ${area.name}`, '    items:');
        for (const item of area.items) lines.push(`      - id: ${item.id}`, `        text: ${yamlString(item.text)}`, `        maxPoints: ${item.maxPoints}`, `        score: ${PLACEHOLDER}`);
      }
    } else {
      const counts = itemCounts(options.items);
      selfScoreAreas.forEach((name, i) => {
        lines.push(`  - name: ${name}`, '    items:');
        for (let n = 1; n <= counts[i]!; n++) {
          lines.push(`      - id: ${AREA_PREFIX[name]}-${n}`, `        text: ${PLACEHOLDER}`, `        maxPoints: ${PLACEHOLDER}`, `        score: ${PLACEHOLDER}`);
        }
      });
    }
    lines.push('');
    return {
      file,
      text: lines.join('\n'),
      next: [
        previous && options.items === undefined
          ? `项目和分值照 ${previous.file} 列出；把每项的 score（得分）“待填写”换成今年的自评得分。`
          : '把每项的“待填写”换成评估项目内容（text）、分值（maxPoints）和自评得分（score），source 写评估细则的名称和文号。',
        '改完运行 npm run check。',
      ],
    };
  },
};

export const ASSESSMENT_KINDS = { survey, 'self-score': selfScore } as const;
