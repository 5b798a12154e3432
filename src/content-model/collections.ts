// Which file holds what. The one place that maps content/ onto schemas/.
import type { z } from 'zod';
import { AchievementSchema } from '../../schemas/achievement.ts';
import { LeadingGroupSchema } from '../../schemas/leading-group.ts';
import { NoticeSchema } from '../../schemas/notice.ts';
import { PlanSchema } from '../../schemas/plan.ts';
import { SelfScoreSchema } from '../../schemas/self-score.ts';
import { SiteSchema } from '../../schemas/site.ts';
import { SurveySchema } from '../../schemas/survey.ts';
import { UnitsFileSchema } from '../../schemas/unit.ts';

/** A collection kept in one YAML file under content/. */
export interface FileCollection {
  readonly file: string;
  readonly schema: z.core.$ZodType;
  /** What the file holds, in Chinese, for "missing file" messages. */
  readonly title: string;
}

export const fileCollections = {
  site: { file: 'site.yaml', schema: SiteSchema, title: '网站配置' },
  notice: { file: 'notice.yaml', schema: NoticeSchema, title: '印发通知' },
  plan: { file: 'plan.yaml', schema: PlanSchema, title: '实施方案' },
  units: { file: 'units.yaml', schema: UnitsFileSchema, title: '单位名录' },
  leadingGroup: { file: 'leading-group.yaml', schema: LeadingGroupSchema, title: '领导小组' },
} as const satisfies Record<string, FileCollection>;

/** The folder inside a collection's folder that holds shipped sample content. */
export const EXAMPLES_DIR = 'examples';

/** Markdown/MDX articles: one file each, metadata in frontmatter. */
export const articleCollections = {
  achievements: { dir: 'achievements', schema: AchievementSchema, title: '工作动态' },
} as const;

/** Folders of YAML files, one entry per file (e.g. one per year). */
export const yamlDirCollections = {
  selfScores: { dir: 'self-score', schema: SelfScoreSchema, title: '县级政府自评' },
  surveys: { dir: 'survey', schema: SurveySchema, title: '公众满意度调查' },
} as const;

/** Folders with loaders of their own: school statistics (YAML or CSV) and progress records. */
export const SCHOOLS_DIR = 'schools';

/** Files that may sit beside content without being content. */
export const ASSET_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'];
export const IGNORED_FILES = ['README.md', '.markdownlint.jsonc'];
