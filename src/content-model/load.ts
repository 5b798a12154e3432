// The one load-and-validate path: files → text → YAML with positions →
// schemas → cross-file rules → diagnostics. Used by `npm run check` and by
// Astro's content collections alike.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { ASSET_EXTENSIONS, IGNORED_FILES, articleCollections, fileCollections } from './collections.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { Article, ContentModel, Loaded, ValidContent } from './model.ts';
import { crossFileRules, type RawContent } from './rules.ts';
import { readSource } from './source.ts';
import { checkSchema } from './zod-issues.ts';
import { parseYaml, type Locate } from './yaml.ts';

export interface LoadResult {
  readonly model: ContentModel;
  /** Sorted by file, line, column. */
  readonly diagnostics: Diagnostic[];
  readonly errorCount: number;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    return d.isDirectory() ? walk(full) : [full];
  });
}

/**
 * Load and validate everything under `<root>/content`. Never throws on bad
 * content: every problem is returned as a diagnostic.
 */
export function loadContent(root: string): LoadResult {
  const contentDir = join(root, 'content');
  const diagnostics: Diagnostic[] = [];
  const model: ContentModel = { achievements: [] };
  const rel = (abs: string) => toPosix(relative(root, abs));

  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    diagnostics.push({ file: 'content', line: 1, column: 1, severity: 'error', rule: 'file-missing', message: '找不到 content 文件夹：内容须放在仓库根目录的 content/ 中' });
    return { model, diagnostics, errorCount: 1 };
  }
  const claimed = new Set<string>();
  const raw: RawContent = { achievements: [] };
  const locators = new Map<string, Locate>();

  for (const [key, collection] of Object.entries(fileCollections)) {
    const abs = join(contentDir, collection.file);
    const file = rel(abs);
    claimed.add(abs);
    if (!existsSync(abs)) {
      diagnostics.push({ file, line: 1, column: 1, severity: 'error', rule: 'file-missing', message: `缺少文件 ${file}（${collection.title}）：请从仓库历史或示例中恢复` });
      continue;
    }
    const source = readSource(abs, file);
    if (!source.ok) {
      diagnostics.push(source.diagnostic);
      continue;
    }
    const parsed = parseYaml(source.text, file);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.length > 0) continue;
    (raw as unknown as Record<string, unknown>)[key] = { file, data: parsed.value };
    locators.set(file, parsed.locate);
    const problems = checkSchema(collection.schema, parsed.value, file, parsed.locate);
    diagnostics.push(...problems);
    if (problems.length === 0) {
      (model as unknown as Record<string, Loaded<unknown>>)[key] = { file, data: parsed.value, locate: parsed.locate };
    }
  }

  for (const collection of Object.values(articleCollections)) {
    const dir = join(contentDir, collection.dir);
    for (const abs of walk(dir).sort()) {
      const ext = extname(abs).toLowerCase();
      if (ext !== '.md' && ext !== '.mdx') continue;
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
      const parsed = parseYaml(split.yaml, file, split.yamlStartLine - 1);
      diagnostics.push(...parsed.diagnostics);
      if (parsed.diagnostics.length > 0) continue;
      // An empty frontmatter block parses to null: report fields as missing, pointing at the block.
      const locate: Locate = parsed.value == null ? () => ({ line: 1, column: 1 }) : parsed.locate;
      const problems = checkSchema(collection.schema, parsed.value ?? {}, file, locate);
      diagnostics.push(...problems);
      const relInDir = toPosix(relative(dir, abs));
      const isExample = relInDir.split('/').includes(collection.examplesDir);
      raw.achievements.push({ file, data: parsed.value, isExample });
      locators.set(file, locate);
      const id = relInDir.slice(0, -ext.length).replace(/^.*\//, '');
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
        diagnostics.push({ file, line: 1, column: 1, severity: 'error', rule: 'id-format', message: `文件名“${id}${ext}”不合规：只能用小写英文字母、数字和连字符，如 2020-08-01-plan-issued${ext}` });
        continue;
      }
      if (problems.length > 0) continue;
      const article: Article<(typeof model.achievements)[number]['data']> = {
        id,
        file,
        data: parsed.value as (typeof model.achievements)[number]['data'],
        locate,
        body: split.body,
        bodyStartLine: split.bodyStartLine,
        format: ext === '.mdx' ? 'mdx' : 'md',
        isExample,
      };
      const clash = model.achievements.find((a) => a.id === id);
      if (clash) {
        diagnostics.push({ file, line: 1, column: 1, severity: 'error', rule: 'id-duplicate', message: `文件名“${id}”与 ${clash.file} 重复：文章网址由文件名生成，请改用另一个文件名` });
        continue;
      }
      model.achievements.push(article);
    }
  }

  // Nothing an editor adds may be silently ignored.
  for (const abs of walk(contentDir)) {
    if (claimed.has(abs)) continue;
    const name = abs.slice(abs.lastIndexOf(sep) + 1);
    if (IGNORED_FILES.includes(name) || ASSET_EXTENSIONS.includes(extname(abs).toLowerCase())) continue;
    diagnostics.push({ file: rel(abs), line: 1, column: 1, severity: 'error', rule: 'file-unknown', message: '这个文件不属于任何内容类别，不会发布：请检查文件名和所在文件夹（如工作动态须放在 content/achievements/ 中，扩展名为 .md）' });
  }

  for (const finding of crossFileRules(raw)) {
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
export function loadValidContent(root: string): { content: ValidContent; diagnostics: Diagnostic[] } {
  const result = loadContent(root);
  if (result.errorCount > 0) throw new ContentError(result.diagnostics);
  return { content: result.model as ValidContent, diagnostics: result.diagnostics };
}
