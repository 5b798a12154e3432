// The one load-and-validate path: files → text → YAML with positions →
// schemas → cross-file rules → diagnostics. Used by `npm run check` and by
// Astro's content collections alike.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { todayInChina } from '../lib/dates.ts';
import {
  ASSET_EXTENSIONS,
  EXAMPLES_DIR,
  IGNORED_FILES,
  SCHOOLS_DIR,
  articleCollections,
  fileCollections,
  yamlDirCollections,
} from './collections.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { Article, ContentModel, Loaded, ValidContent } from './model.ts';
import { PROGRESS_DIR, classifyProgressFile, progressRules, type RawProgress } from './progress-rules.ts';
import { crossFileRules, type Finding, type RawContent } from './rules.ts';
import { checkMarkdownPolicy } from './markdown-policy.ts';
import { ALLOWANCE_KEY, allowedKinds, personalDataInBody, personalDataInYaml } from './personal-data.ts';
import { loadSchoolDataset } from './schools.ts';
import { row, unitDirectory } from './raw.ts';
import { readSource } from './source.ts';
import { validateData } from './zod-issues.ts';
import { parseYaml, type Locate } from './yaml.ts';
import { progressSchemas } from '../../schemas/progress.ts';

export interface LoadResult {
  readonly model: ContentModel;
  /** Sorted by file, line, column. */
  readonly diagnostics: Diagnostic[];
  readonly errorCount: number;
}

export interface LoadOptions {
  /** Today in China; a record dated later cannot be true yet. Tests pin it. */
  readonly today?: string;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => {
      const full = join(dir, d.name);
      return d.isDirectory() ? walk(full) : [full];
    })
    .sort();
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Formats the site publishes; photos are re-encoded at build time, which drops EXIF (and GPS). */
export const IMAGE_FORMATS = ['.jpg', '.jpeg', '.png', '.webp', '.svg'];
/** A photo larger than this is straight from a camera: resize it before committing. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** What is wrong with an article's image, in Chinese, or undefined. */
function imageProblem(article: string, src: string): string | undefined {
  const ext = extname(src).toLowerCase();
  if (!src.startsWith('./') || src.includes('..')) return `配图路径“${src}”须以 ./ 开头，指向文章旁边的图片文件，如 ./photo.jpg`;
  if (!IMAGE_FORMATS.includes(ext)) return `配图格式“${ext || '（无扩展名）'}”不支持：请用 ${IMAGE_FORMATS.join('、')}`;
  const abs = join(article, '..', src);
  if (!existsSync(abs)) return `找不到配图文件“${src}”：请把图片放在文章所在的文件夹，或改正文件名（区分大小写）`;
  const size = statSync(abs).size;
  if (size > MAX_IMAGE_BYTES) return `配图文件过大（${(size / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_IMAGE_BYTES / 1024 / 1024} MB）：请先缩小图片（长边 1600 像素左右即可）再提交`;
  return undefined;
}

/** An article body larger than this is a mistake, and slow to parse and render. */
const MAX_ARTICLE_BODY = 200 * 1024;

/**
 * Load and validate everything under `<root>/content`. Never throws on bad
 * content: every problem is returned as a diagnostic.
 */
export function loadContent(root: string, options: LoadOptions = {}): LoadResult {
  const today = options.today ?? todayInChina();
  const contentDir = join(root, 'content');
  const diagnostics: Diagnostic[] = [];
  const model: ContentModel = { achievements: [], selfScores: [], surveys: [], schools: [], progress: { records: [], supervision: [] } };
  const rel = (abs: string) => toPosix(relative(root, abs));
  const error = (file: string, rule: string, message: string) =>
    diagnostics.push({ file, line: 1, column: 1, severity: 'error', rule, message });

  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    error('content', 'file-missing', '找不到 content 文件夹：内容须放在仓库根目录的 content/ 中');
    return { model, diagnostics, errorCount: 1 };
  }
  const claimed = new Set<string>();
  const raw: RawContent = { achievements: [] };
  const rawProgress: { deliverables?: RawProgress['deliverables']; records: RawProgress['records'][number][]; supervision: RawProgress['supervision'][number][] } = { records: [], supervision: [] };
  const locators = new Map<string, Locate>();

  /**
   * Read, parse and validate one YAML text (a whole file, or the frontmatter
   * of an article); the parsed value goes to the rules even when invalid.
   */
  function yamlFile(abs: string, schema: Parameters<typeof validateData>[0], frontmatter?: { yaml: string; lineOffset: number; whole: string }) {
    const file = rel(abs);
    claimed.add(abs);
    let whole = frontmatter?.whole;
    if (whole === undefined) {
      const read = readSource(abs, file);
      if (!read.ok) {
        diagnostics.push(read.diagnostic);
        return undefined;
      }
      whole = read.text;
    }
    const lineOffset = frontmatter?.lineOffset ?? 0;
    const parsed = parseYaml(frontmatter?.yaml ?? whole, file, lineOffset);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.length > 0) return undefined;
    // An empty YAML block is null: report its fields as missing, pointing at line 1.
    const locate: Locate = parsed.value == null ? () => ({ line: lineOffset + 1, column: 1 }) : parsed.locate;
    locators.set(file, locate);
    const result = validateData(schema, parsed.value ?? {}, file, locate);
    diagnostics.push(...result.diagnostics);
    diagnostics.push(...personalDataInYaml(parsed.value, file, whole, locate, frontmatter ? 'article' : 'entry'));
    return { file, value: parsed.value, locate, output: result.output, valid: result.diagnostics.length === 0 };
  }

  /** Sample content lives in an examples/ folder and says so; real content does neither. */
  function exampleFlag(file: string, isExample: boolean, data: unknown) {
    const flag = (data as { example?: unknown } | null)?.example;
    if (isExample && flag !== true) {
      findings.push({ file, path: ['example'], severity: 'error', rule: 'example-flag', message: `${EXAMPLES_DIR} 文件夹中的内容是示例，须标明 example: true，以便在页面上显示“示例”` });
    } else if (!isExample && flag === true) {
      findings.push({ file, path: ['example'], severity: 'error', rule: 'example-flag', message: `标为示例（example: true）的内容须放在 ${EXAMPLES_DIR} 文件夹中，与真实内容分开` });
    }
  }
  const findings: Finding[] = [];
  const inExamples = (dir: string, abs: string) => toPosix(relative(dir, abs)).split('/').includes(EXAMPLES_DIR);

  // 1. Single YAML files.
  for (const [key, collection] of Object.entries(fileCollections)) {
    const abs = join(contentDir, collection.file);
    if (!existsSync(abs)) {
      error(rel(abs), 'file-missing', `缺少文件 ${rel(abs)}（${collection.title}）：请从仓库历史或示例中恢复`);
      continue;
    }
    const loaded = yamlFile(abs, collection.schema);
    if (!loaded) continue;
    (raw as unknown as Record<string, unknown>)[key] = { file: loaded.file, data: loaded.value };
    if (loaded.valid) (model as unknown as Record<string, Loaded<unknown>>)[key] = { file: loaded.file, data: loaded.output, locate: loaded.locate };
  }

  // 2. Markdown and MDX articles.
  const articleIds = new Map<string, { file: string }>();
  for (const collection of Object.values(articleCollections)) {
    const dir = join(contentDir, collection.dir);
    for (const abs of walk(dir)) {
      const ext = extname(abs).toLowerCase();
      if ((ext !== '.md' && ext !== '.mdx') || IGNORED_FILES.includes(abs.slice(abs.lastIndexOf(sep) + 1))) continue;
      claimed.add(abs);
      const file = rel(abs);
      const source = readSource(abs, file);
      if (!source.ok) {
        diagnostics.push(source.diagnostic);
        continue;
      }
      const split = splitFrontmatter(source.text, file);
      if (!split.ok) {
        diagnostics.push(split.diagnostic);
        continue;
      }
      const loaded = yamlFile(abs, collection.schema, { yaml: split.yaml, lineOffset: split.yamlStartLine - 1, whole: source.text });
      // The body is checked even when the frontmatter is wrong: one run reports everything.
      if (split.body.length > MAX_ARTICLE_BODY) {
        error(file, 'file-too-large', `正文过长（${Math.round(split.body.length / 1024)} KB，上限 ${MAX_ARTICLE_BODY / 1024} KB）：请拆成几篇文章`);
      } else {
        diagnostics.push(...checkMarkdownPolicy(split.body, ext === '.mdx' ? 'mdx' : 'md', file, split.bodyStartLine));
        const allowance = (loaded?.value as Record<string, unknown> | null | undefined)?.[ALLOWANCE_KEY];
        diagnostics.push(...personalDataInBody(split.body, file, split.bodyStartLine, allowedKinds(allowance)));
      }
      if (!loaded) continue;
      const image = (loaded.value as { image?: { src?: unknown } } | null)?.image;
      if (typeof image?.src === 'string') {
        const problem = imageProblem(abs, image.src);
        if (problem) findings.push({ file, path: ['image', 'src'], severity: 'error', rule: 'image-file', message: problem });
      }
      const isExample = inExamples(dir, abs);
      raw.achievements.push({ file, data: loaded.value });
      exampleFlag(file, isExample, loaded.value);
      const id = abs.slice(abs.lastIndexOf(sep) + 1, -ext.length);
      if (!ID.test(id)) {
        error(file, 'id-format', `文件名“${id}${ext}”不合规：只能用小写英文字母、数字和连字符，如 2020-08-01-plan-issued${ext}`);
        continue;
      }
      const clash = articleIds.get(id);
      if (clash) {
        error(file, 'id-duplicate', `文件名“${id}”与 ${clash.file} 重复：文章网址由文件名生成，请改用另一个文件名`);
        continue;
      }
      if (!loaded.valid) continue;
      const article: Article<ContentModel['achievements'][number]['data']> = {
        id,
        file,
        data: loaded.output as ContentModel['achievements'][number]['data'],
        locate: loaded.locate,
        body: split.body,
        bodyStartLine: split.bodyStartLine,
        format: ext === '.mdx' ? 'mdx' : 'md',
        isExample,
      };
      model.achievements.push(article);
      articleIds.set(id, article);
    }
  }

  // 3. Folders of YAML files (one per year or survey).
  for (const [key, collection] of Object.entries(yamlDirCollections)) {
    const dir = join(contentDir, collection.dir);
    for (const abs of walk(dir)) {
      if (extname(abs) !== '.yaml') continue;
      const loaded = yamlFile(abs, collection.schema);
      if (!loaded) continue;
      const isExample = inExamples(dir, abs);
      exampleFlag(loaded.file, isExample, loaded.value);
      if (loaded.valid) (model[key as keyof typeof yamlDirCollections] as unknown[]).push({ file: loaded.file, data: loaded.output, locate: loaded.locate, isExample });
    }
  }

  // 4. Progress records: deliverables, one file per unit, supervision findings.
  const progressDir = join(contentDir, PROGRESS_DIR);
  for (const abs of walk(progressDir)) {
    const kind = classifyProgressFile(toPosix(relative(progressDir, abs)));
    if (kind === undefined) continue;
    if (!kind.ok) {
      claimed.add(abs);
      error(rel(abs), 'progress-file', kind.message);
      continue;
    }
    const loaded = yamlFile(abs, progressSchemas[kind.kind]);
    if (!loaded) continue;
    const entry = { file: loaded.file, data: loaded.output, locate: loaded.locate, isExample: kind.isExample };
    if (kind.kind === 'deliverables') {
      rawProgress.deliverables = { file: loaded.file, data: loaded.value };
      if (loaded.valid) model.progress.deliverables = entry as ContentModel['progress']['deliverables'];
    } else if (kind.kind === 'supervision') {
      rawProgress.supervision.push({ file: loaded.file, data: loaded.value, isExample: kind.isExample });
      if (loaded.valid) model.progress.supervision.push(entry as ContentModel['progress']['supervision'][number]);
    } else {
      rawProgress.records.push({ file: loaded.file, data: loaded.value, isExample: kind.isExample, unit: kind.unit });
      if (loaded.valid) model.progress.records.push(entry as ContentModel['progress']['records'][number]);
    }
  }
  if (existsSync(progressDir) && !existsSync(join(progressDir, 'deliverables.yaml'))) {
    error(rel(join(progressDir, 'deliverables.yaml')), 'file-missing', '缺少文件 content/progress/deliverables.yaml（应交事项）：各单位的进度记录要引用其中的事项，请从仓库历史中恢复');
  }

  // 5. School statistics, YAML or CSV, checked against the units loaded above.
  const schoolsDir = join(contentDir, SCHOOLS_DIR);
  const unitList = Array.isArray(row(raw.units?.data)?.units) ? unitDirectory(raw.units?.data) : undefined;
  const years = new Map<number, string>();
  for (const abs of walk(schoolsDir)) {
    const ext = extname(abs).toLowerCase();
    if (ext !== '.yaml' && ext !== '.csv') continue;
    claimed.add(abs);
    const loaded = loadSchoolDataset(abs, rel(abs), { units: unitList });
    diagnostics.push(...loaded.diagnostics);
    if (!loaded.dataset) continue;
    const other = years.get(loaded.dataset.year);
    if (other !== undefined) {
      error(rel(abs), 'dataset-year-duplicate', `统计年度 ${loaded.dataset.year} 已有数据（${other}）：同一年度只能有一份学校统计数据；有了真实数据后请删除示例数据`);
      continue;
    }
    years.set(loaded.dataset.year, rel(abs));
    model.schools.push({ file: rel(abs), dataset: loaded.dataset });
  }

  // 6. Nothing an editor adds may be silently ignored.
  for (const abs of walk(contentDir)) {
    if (claimed.has(abs)) continue;
    const name = abs.slice(abs.lastIndexOf(sep) + 1);
    if (IGNORED_FILES.includes(name) || ASSET_EXTENSIONS.includes(extname(abs).toLowerCase())) continue;
    error(rel(abs), 'file-unknown', '这个文件不属于任何内容类别，不会发布：请检查文件名和所在文件夹（如工作动态须放在 content/achievements/ 中，扩展名为 .md）');
  }

  // 7. Rules across entries and files, located through each file's positions.
  findings.push(...crossFileRules(raw), ...progressRules(rawProgress, { plan: raw.plan, units: raw.units, today }));
  for (const finding of findings) {
    const locate = locators.get(finding.file);
    const { line, column } = locate ? locate(finding.path, finding.target) : { line: 1, column: 1 };
    diagnostics.push({ file: finding.file, line, column, severity: finding.severity, rule: finding.rule, message: finding.message });
  }

  const sorted = sortDiagnostics(diagnostics);
  return { model, diagnostics: sorted, errorCount: sorted.filter((d) => d.severity === 'error').length };
}

export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(`内容检查未通过（${diagnostics.filter((d) => d.severity === 'error').length} 个错误），请运行 npm run check 查看`);
    this.diagnostics = diagnostics;
  }
}

/** For the site build: the content, or an error that lists every problem. */
export function loadValidContent(root: string, options: LoadOptions = {}): { content: ValidContent; diagnostics: Diagnostic[] } {
  const result = loadContent(root, options);
  if (result.errorCount > 0) throw new ContentError(result.diagnostics);
  return { content: result.model as ValidContent, diagnostics: result.diagnostics };
}
