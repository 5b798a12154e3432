// Phase 1 of loading: what each file under content/ is. Nothing an editor adds
// may be silently ignored: a file is content of a known kind, a picture beside
// an article, or a problem reported with what to do.
import { examplesFolder } from '../rules/examples.ts';
import { fileUnknown } from '../rules/files.ts';
import { progressFile } from '../rules/progress.ts';
import { ATTACHMENT_FORMATS } from '../rules/attachments.ts';
import type { FileKind } from '../rules/context.ts';
import {
  ARTICLES_DIR,
  ASSET_EXTENSIONS,
  ATTACHMENT_EXTENSIONS,
  ATTACHMENTS_DIR,
  EXAMPLES_DIR,
  IGNORED_FILES,
  OPTIONAL_FILES,
  PROGRESS_DIR,
  REQUIRED_FILES,
  SCHOOLS_DIR,
  SELF_SCORE_DIR,
  SURVEY_DIR,
} from './collections.ts';
import type { Diagnostic } from './diagnostics.ts';

export type Format = 'yaml' | 'md' | 'mdx' | 'csv' | 'xlsx';

export interface ContentFile {
  /** Relative to the project root, e.g. content/progress/jia-town.yaml. */
  readonly file: string;
  readonly kind: FileKind;
  readonly format: Format;
  /** The file name without folder and extension. */
  readonly stem: string;
}

export type Discovered = { readonly type: 'content'; readonly content: ContentFile } | { readonly type: 'other' } | { readonly type: 'problem'; readonly diagnostic: Diagnostic };

const at = (file: string) => ({ line: 1, column: 1 });

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** What `file` (relative to the project root, starting with content/) is. */
export function classify(file: string): Discovered {
  const parts = file.split('/').slice(1);
  const name = parts.at(-1) ?? '';
  const ext = extension(name);
  const stem = ext ? name.slice(0, -ext.length) : name;
  const top = parts.length > 1 ? parts[0] : undefined;
  const below = parts.slice(1, -1);
  const content = (kind: FileKind, format: Format): Discovered => ({ type: 'content', content: { file, kind, format, stem } });
  if (IGNORED_FILES.includes(name)) return { type: 'other' };
  // Samples live in the demo county only; an examples/ folder would publish them as real.
  if (parts.slice(0, -1).includes(EXAMPLES_DIR)) return { type: 'problem', diagnostic: examplesFolder.at(file, at(file)) };
  if (ASSET_EXTENSIONS.includes(ext)) return { type: 'other' };

  // Attachments beside articles (src/rules/attachments.ts checks they are linked and what they publish).
  if (top === ARTICLES_DIR && ATTACHMENT_FORMATS.includes(ext)) return { type: 'other' };

  if (top === undefined) {
    const kind = (Object.keys(REQUIRED_FILES) as (keyof typeof REQUIRED_FILES)[]).find((k) => REQUIRED_FILES[k] === name);
    if (kind) return content(kind, 'yaml');
    const optional = (Object.keys(OPTIONAL_FILES) as (keyof typeof OPTIONAL_FILES)[]).find((k) => OPTIONAL_FILES[k] === name);
    if (optional) return content(optional, 'yaml');
  } else if (top === ATTACHMENTS_DIR && ATTACHMENT_EXTENSIONS.includes(ext)) {
    // Evidence attachments: checked where content/readiness.yaml names them.
    return { type: 'other' };
  } else if (top === ARTICLES_DIR && (ext === '.md' || ext === '.mdx')) {
    return content('achievement', ext === '.md' ? 'md' : 'mdx');
  } else if (top === SELF_SCORE_DIR && ext === '.yaml') {
    return content('selfScore', 'yaml');
  } else if (top === SURVEY_DIR && ext === '.yaml') {
    return content('survey', 'yaml');
  } else if (top === SCHOOLS_DIR && (ext === '.yaml' || ext === '.csv' || ext === '.xlsx')) {
    return content('schools', ext === '.yaml' ? 'yaml' : ext === '.csv' ? 'csv' : 'xlsx');
  } else if (top === PROGRESS_DIR && (ext === '.yaml' || ext === '.yml')) {
    const problem = (params: Parameters<typeof progressFile.message>[0]): Discovered => ({ type: 'problem', diagnostic: progressFile.at(file, at(file), params) });
    if (ext === '.yml') return problem({ problem: 'yml', name });
    if (below.length > 0) return problem({ problem: 'placement' });
    if (stem === 'deliverables') return content('deliverables', 'yaml');
    return content(stem === 'supervision' ? 'supervision' : 'record', 'yaml');
  }
  const hint =
    top === ARTICLES_DIR
      ? '工作动态须为 .md 或 .mdx 文件；配图可用 jpg、png、webp、svg，附件可用 pdf、docx、xlsx'
      : top === SCHOOLS_DIR
        ? '学校统计数据须为 .yaml、.csv 或 .xlsx（Excel 工作簿）文件：请检查文件名和扩展名；.xls 旧格式请在 Excel 或 WPS 中另存为 .xlsx'
        : top === ATTACHMENTS_DIR
          ? `佐证材料附件须为 ${ATTACHMENT_EXTENSIONS.join('、')} 文件`
          : ATTACHMENT_FORMATS.includes(ext)
            ? '附件（pdf、docx、xlsx）须放在 content/achievements/ 中、由一篇工作动态链接；进度记录的佐证材料请写那篇文章的网址，如 /news/文章的文件名/'
            : '请检查文件名和所在文件夹（如工作动态须放在 content/achievements/ 中，扩展名为 .md）';
  return { type: 'problem', diagnostic: fileUnknown.at(file, at(file), { hint }) };
}
