// The open datasets: each validated collection as a flat table, with the Zod
// schema its rows satisfy. JSON, CSV and JSON Schema endpoints and the /data/
// page all read this list, so they cannot disagree.
import { z } from 'zod';
import { AchievementSchema } from '../../schemas/achievement.ts';
import { id } from '../../schemas/common.ts';
import { MemberSchema } from '../../schemas/leading-group.ts';
import { BasisItemSchema, DeadlineSchema, PhaseSchema, RequirementSchema, StepSchema } from '../../schemas/plan.ts';
import { UnitSchema } from '../../schemas/unit.ts';
import type { SiteContent } from '../content-model/model.ts';
import { columnsFromJsonSchema, type Column } from '../lib/csv.ts';
import { sectionHeading } from '../lib/plan-text.ts';
import { countyWords } from './county.ts';
import { campaignFacts } from './facts.ts';
import type { Href } from './options.ts';

export interface Dataset {
  /** File name stem: /data/<name>.json, .csv, /data/schemas/<name>.schema.json. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** Where the rows come from, in a reader's words (the 数据开放 page shows it): never a file path. */
  readonly source: string;
  readonly rows: readonly Record<string, unknown>[];
  /** JSON Schema (draft-07) of the JSON file: an array of rows. */
  readonly jsonSchema: Record<string, unknown>;
  readonly columns: readonly Column[];
}

const stepRow = z.strictObject({ phase: id.describe('所属阶段的编号'), ...StepSchema.shape });
const achievementRow = z.strictObject({
  id: id.describe('文章编号，即文件名（不含扩展名）'),
  title: AchievementSchema.shape.title,
  date: AchievementSchema.shape.date,
  unit: AchievementSchema.shape.unit,
  category: AchievementSchema.shape.category,
  summary: AchievementSchema.shape.summary,
  url: z.string().describe('文章网址'),
});

function dataset(
  name: string,
  title: string,
  description: string,
  source: string,
  row: z.ZodType,
  rows: readonly Record<string, unknown>[],
): Dataset {
  const schema = z.array(row).meta({ title, description });
  // A row that does not fit the published schema is our bug: stop the build.
  schema.parse(rows);
  const jsonSchema = z.toJSONSchema(schema, { target: 'draft-7' }) as Record<string, unknown>;
  return { name, title, description, source, rows, jsonSchema, columns: columnsFromJsonSchema(jsonSchema) };
}

const cache = new WeakMap<SiteContent, { href: Href; datasets: Dataset[] }>();

/** The datasets of the content, built once per build (the page and three endpoints read them). */
export function datasets(content: SiteContent, href: Href): Dataset[] {
  const cached = cache.get(content);
  if (cached?.href === href) return cached.datasets;
  const built = buildDatasets(content, href);
  cache.set(content, { href, datasets: built });
  return built;
}

function buildDatasets(content: SiteContent, href: Href): Dataset[] {
  const site = content.site.data;
  const words = countyWords(site.county);
  const plan = content.plan.data;
  const planFile = '实施方案';
  const units = content.units.data.units;
  const members = content.leadingGroup.data.members;
  const unitsFile = `实施方案；乡镇（街道）的统计用区划代码来自国家统计局`;
  const groupFile = '印发通知的附件（领导小组成员名单）';
  return [
    dataset('units', '单位名录', `实施方案提到的全部单位和${words.all}乡镇（街道），含统计用区划代码。`, unitsFile, UnitSchema, units),
    dataset('leading-group-members', '领导小组成员', '领导小组组长、副组长和成员，按原文顺序。', groupFile, MemberSchema, members),
    dataset(
      'phases',
      '工作阶段',
      `实施方案“${sectionHeading('steps')}”的${campaignFacts(content).phases.words}及起止日期（具体步骤见“工作步骤”）。`,
      planFile,
      PhaseSchema.omit({ steps: true }),
      plan.phases.map(({ steps: _steps, ...p }) => p),
    ),
    dataset(
      'steps',
      '工作步骤',
      '各阶段下的具体步骤，照录原文。',
      planFile,
      stepRow,
      plan.phases.flatMap((p) => (p.steps ?? []).map((s) => ({ phase: p.id, ...s }))),
    ),
    dataset('deadlines', '完成时限', '实施方案规定的各项完成时限。', planFile, DeadlineSchema, plan.deadlines),
    dataset('requirements', '工作要求', `实施方案“${sectionHeading('requirements')}”，照录原文。`, planFile, RequirementSchema, plan.requirements),
    dataset('legal-basis', '制定依据', '实施方案所依据的文件和讲话，按原文顺序。', planFile, BasisItemSchema, plan.basis),
    dataset(
      'achievements',
      '工作动态目录',
      '工作动态栏目全部文章的标题、日期、发布单位、栏目和摘要（不含正文）。',
      '本站“工作动态”栏目',
      achievementRow,
      content.achievements.map((a) => ({
        id: a.id,
        title: a.data.title,
        date: a.data.date,
        unit: a.data.unit,
        category: a.data.category,
        summary: a.data.summary,
        url: new URL(href(`news/${a.id}/`), site.url).href,
      })),
    ),
  ];
}
