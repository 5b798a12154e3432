// Which file holds what. The one place that maps content/ onto schemas/.
import type { z } from 'zod';
import { achievement } from '../../schemas/achievement.ts';
import { leadingGroup } from '../../schemas/leading-group.ts';
import { notice } from '../../schemas/notice.ts';
import { plan } from '../../schemas/plan.ts';
import { site } from '../../schemas/site.ts';
import { unitsFile } from '../../schemas/unit.ts';

/** A collection kept in one YAML file under content/. */
export interface FileCollection {
  readonly file: string;
  readonly schema: z.core.$ZodType;
  /** What the file holds, in Chinese, for "missing file" messages. */
  readonly title: string;
}

export const fileCollections = {
  site: { file: 'site.yaml', schema: site, title: '网站配置' },
  notice: { file: 'notice.yaml', schema: notice, title: '印发通知' },
  plan: { file: 'plan.yaml', schema: plan, title: '实施方案' },
  units: { file: 'units.yaml', schema: unitsFile, title: '单位名录' },
  leadingGroup: { file: 'leading-group.yaml', schema: leadingGroup, title: '领导小组' },
} as const satisfies Record<string, FileCollection>;

/** Markdown/MDX articles: one file each, metadata in frontmatter. */
export const articleCollections = {
  achievements: { dir: 'achievements', schema: achievement, title: '工作动态', examplesDir: 'examples' },
} as const;

/** Files that may sit beside content without being content. */
export const ASSET_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'];
export const IGNORED_FILES = ['README.md', '.markdownlint.jsonc'];
