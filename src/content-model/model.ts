// The validated content, as pages and the CLI receive it.
import type { Achievement } from '../../schemas/achievement.ts';
import type { LeadingGroup } from '../../schemas/leading-group.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { DeliverablesFile, SupervisionFile, UnitRecord } from '../../schemas/progress.ts';
import type { SchoolDataset } from '../../schemas/school.ts';
import type { SelfScore } from '../../schemas/self-score.ts';
import type { Site } from '../../schemas/site.ts';
import type { Survey } from '../../schemas/survey.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { Locate } from './yaml.ts';

export interface Loaded<T> {
  /** Path relative to the project root, e.g. content/plan.yaml. */
  readonly file: string;
  readonly data: T;
  readonly locate: Locate;
}

export interface Article<T> extends Loaded<T> {
  /** From the file name: content/achievements/2020-08-01-plan-issued.md → 2020-08-01-plan-issued. */
  readonly id: string;
  readonly body: string;
  readonly bodyStartLine: number;
  readonly format: 'md' | 'mdx';
  /** In the examples folder: shipped sample content, shown marked 示例. */
  readonly isExample: boolean;
}

export interface Sample<T> extends Loaded<T> {
  /** In an examples folder: shipped sample data, shown marked 示例. */
  readonly isExample: boolean;
}

/** Each part is undefined (or left out of its list) when its file is missing or failed its schema. */
export interface ContentModel {
  site?: Loaded<Site>;
  notice?: Loaded<Notice>;
  plan?: Loaded<Plan>;
  units?: Loaded<{ units: Unit[] }>;
  leadingGroup?: Loaded<LeadingGroup>;
  achievements: Article<Achievement>[];
  selfScores: Sample<SelfScore>[];
  surveys: Sample<Survey>[];
  schools: { file: string; dataset: SchoolDataset }[];
  progress: { deliverables?: Sample<DeliverablesFile>; records: Sample<UnitRecord>[]; supervision: Sample<SupervisionFile>[] };
}

/** The model once validation passed: every part present. */
export type ValidContent = Required<ContentModel>;
