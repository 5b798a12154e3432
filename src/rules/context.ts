// What a cross-file rule sees: every content file that parsed, valid or not,
// with the schema it is checked against. Rules read the data defensively
// (src/content-model/raw.ts): a file that failed its schema is still checked,
// so one run reports every problem.
import type { z } from 'zod';
import type { ContentFs } from '../content-model/content-fs.ts';
import type { RawUnit } from '../content-model/raw.ts';
import type { Finding } from './define.ts';

export type FileKind =
  | 'site'
  | 'campaign'
  | 'notice'
  | 'plan'
  | 'units'
  | 'leadingGroup'
  | 'achievement'
  | 'selfScore'
  | 'survey'
  | 'schools'
  | 'deliverables'
  | 'record'
  | 'supervision'
  | 'readiness';

export interface ParsedFile {
  /** Relative to the project root, e.g. content/progress/jia-town.yaml. */
  readonly file: string;
  readonly kind: FileKind;
  /** As parsed; not necessarily valid. */
  readonly data: unknown;
  /** Passed its schema. */
  readonly valid: boolean;
  readonly schema: z.core.$ZodType;
  /** The file name without folder and extension (an article's id, a record's unit). */
  readonly stem: string;
}

export interface RuleContext {
  readonly files: readonly ParsedFile[];
  /** Today in China: a record dated later cannot be true yet. */
  readonly today: string;
  readonly fs: ContentFs;
  /** The single file of a kind (site, plan, units, …), when it parsed. */
  one(kind: FileKind): ParsedFile | undefined;
  all(kind: FileKind): readonly ParsedFile[];
  /** The units of units.yaml as far as they read; undefined when the file is missing or unreadable. */
  readonly units: readonly RawUnit[] | undefined;
}

/** A cross-file rule's check. */
export type Check = (context: RuleContext) => Finding[];
