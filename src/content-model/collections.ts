// Which file holds what: the one place that maps content/ onto schemas/.
import type { z } from 'zod';
import { AchievementSchema } from '../../schemas/achievement.ts';
import { CampaignSchema } from '../../schemas/campaign.ts';
import { LeadingGroupSchema } from '../../schemas/leading-group.ts';
import { NoticeSchema } from '../../schemas/notice.ts';
import { PlanSchema } from '../../schemas/plan.ts';
import { ReadinessSchema } from '../../schemas/readiness.ts';
import { DeliverablesFileSchema, SupervisionFileSchema, UnitRecordSchema } from '../../schemas/progress.ts';
import { SchoolDatasetSchema } from '../../schemas/school.ts';
import { SelfScoreSchema } from '../../schemas/self-score.ts';
import { SiteSchema } from '../../schemas/site.ts';
import { SurveySchema } from '../../schemas/survey.ts';
import { UnitsFileSchema } from '../../schemas/unit.ts';
import type { FileKind } from '../rules/context.ts';
import { EXAMPLES_DIR } from '../rules/examples.ts';

export interface Collection {
  readonly schema: z.core.$ZodType;
  /** What the file holds, in Chinese, for messages. */
  readonly title: string;
}

export const COLLECTIONS: Readonly<Record<FileKind, Collection>> = {
  site: { schema: SiteSchema, title: '网站配置' },
  campaign: { schema: CampaignSchema, title: '工作状态' },
  notice: { schema: NoticeSchema, title: '印发通知' },
  plan: { schema: PlanSchema, title: '实施方案' },
  units: { schema: UnitsFileSchema, title: '单位名录' },
  leadingGroup: { schema: LeadingGroupSchema, title: '领导小组' },
  achievement: { schema: AchievementSchema, title: '工作动态' },
  selfScore: { schema: SelfScoreSchema, title: '县级政府自评' },
  survey: { schema: SurveySchema, title: '公众满意度调查' },
  schools: { schema: SchoolDatasetSchema, title: '学校统计数据' },
  deliverables: { schema: DeliverablesFileSchema, title: '应交事项' },
  record: { schema: UnitRecordSchema, title: '单位进度记录' },
  supervision: { schema: SupervisionFileSchema, title: '督导意见' },
  readiness: { schema: ReadinessSchema, title: '优质均衡各项指标' },
};

/** The single files every county has, relative to content/. */
export const REQUIRED_FILES = {
  site: 'site.yaml',
  campaign: 'campaign.yaml',
  notice: 'notice.yaml',
  plan: 'plan.yaml',
  units: 'units.yaml',
  leadingGroup: 'leading-group.yaml',
} as const satisfies Partial<Record<FileKind, string>>;

/** Single files a county may have, relative to content/: readiness.yaml for a 优质均衡 campaign. */
export const OPTIONAL_FILES = {
  readiness: 'readiness.yaml',
} as const satisfies Partial<Record<FileKind, string>>;

export const ARTICLES_DIR = 'achievements';
export const SELF_SCORE_DIR = 'self-score';
export const SURVEY_DIR = 'survey';
export const SCHOOLS_DIR = 'schools';
export const PROGRESS_DIR = 'progress';
export { EXAMPLES_DIR };
/** Evidence attachments of content/readiness.yaml (src/rules/readiness.ts checks each one named). */
export { ATTACHMENTS_DIR, ATTACHMENT_EXTENSIONS } from '../rules/readiness.ts';

/** Files that may sit beside content without being content. */
export const ASSET_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'];
export const IGNORED_FILES = ['README.md', '.markdownlint.jsonc'];
