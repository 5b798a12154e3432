// The one load-and-validate path, used by `npm run check`, Astro's content
// collections and every CLI alike. In phases:
//   1. discover   what each file under content/ is (discover.ts)
//   2. read       bytes to text, refusing what would be read wrongly (source.ts)
//   3. parse      YAML with positions, frontmatter, CSV tables (yaml.ts, frontmatter.ts, schools-table.ts)
//   4. validate   each file against its schema (zod-issues.ts)
//   5. bodies     article bodies: size, Markdown/MDX policy, personal data
//   6. rules      cross-file checks of src/rules/, located through each file's positions
// Never throws on bad content: every problem is a diagnostic.
import { todayInChina } from '../lib/dates.ts';
import type { FileKind, ParsedFile, RuleContext } from '../rules/context.ts';
import type { Finding } from '../rules/define.ts';
import { PLACEHOLDER, placeholder, placeholderText } from '../rules/date-bounds.ts';
import { fileMissing, fileTooLarge, MAX_ARTICLE_BODY, MAX_FILE_BYTES } from '../rules/files.ts';
import { ID, idDuplicate, idFormat } from '../rules/ids.ts';
import { IMAGE_FORMATS, imageFile, MAX_IMAGE_BYTES, type ImageProblem } from '../rules/image.ts';
import { CHECKS, ruleByCode } from '../rules/index.ts';
import { articleIdNumber, checkBodyLinks, imageExternal, linkLocalPath, linkProtocolRelative, type LinkedAttachment } from '../rules/links.ts';
import { ATTACHMENT_FORMATS, attachmentFile, attachmentMetadata, MAX_ATTACHMENT_BYTES } from '../rules/attachments.ts';
import { attachmentLabel, documentAuthors } from './attachments/metadata.ts';
import { urlScheme as urlSchemeRule } from '../rules/body.ts';
import { svgUnsafe } from '../rules/svg.ts';
import { svgHostileParts } from '../lib/svg-sanitize.ts';
import { DANGEROUS_SCHEMES } from './body/url-scheme.ts';
import { datasetYearDuplicate } from '../rules/schools.ts';
import { ARTICLES_DIR, COLLECTIONS, PROGRESS_DIR, REQUIRED_FILES } from './collections.ts';
import { diskFs, type ContentFs } from './content-fs.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { classify, type ContentFile } from './discover.ts';
import { docNumbersInBody, docNumbersInYaml } from './doc-numbers-in-text.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { scanBody, type BodyReference } from './markdown-policy.ts';
import { classifyLink } from './links/classify.ts';
import { isArticleRouteId, siteRoutes } from './links/site-routes.ts';
import type { Article, ArticleAttachment, ContentModel, ValidContent } from './model.ts';
import { ALLOWANCE_KEY, allowedKinds, personalDataInBody, personalDataInYaml } from './personal-data.ts';
import { row, unitDirectory } from './raw.ts';
import { readSchoolRecords, readSchoolTable, type SchoolTable } from './schools-table.ts';
import { readSource } from './source.ts';
import { parseYaml, type Locate } from './yaml.ts';
import { validateData } from './zod-issues.ts';
import { readXlsxTable, xlsxCellName } from './xlsx.ts';

export interface LoadResult {
  readonly model: ContentModel;
  /** Sorted by file, line, column. */
  readonly diagnostics: Diagnostic[];
  readonly errorCount: number;
}

export interface LoadOptions {
  /** Today in China; a record dated later cannot be true yet. Tests pin it. */
  readonly today?: string;
  /** Where the files are read from; the disk under `root` by default. */
  readonly fs?: ContentFs;
}

/** A file that parsed: what the rules see, and what the model is built from. */
interface Loaded extends ParsedFile {
  readonly locate: Locate;
  /** Puts a diagnostic in the file's own terms (a CSV's row and column). */
  readonly adapt?: (d: Diagnostic) => Diagnostic;
  /** The schema's output, when valid. */
  readonly output?: unknown;
  readonly body?: { readonly text: string; readonly startLine: number; readonly format: 'md' | 'mdx'; references?: readonly BodyReference[] };
}

/** Read, parse and validate one file (phases 2–5). */
function loadFile(fs: ContentFs, content: ContentFile, out: Diagnostic[]): Loaded | undefined {
  const { file, kind, format } = content;
  const schema = COLLECTIONS[kind].schema;
  const base = { file, kind, schema, stem: content.stem };
  if (format === 'xlsx') {
    // A workbook is bytes, not text: no encoding to check.
    const size = fs.size(file);
    if (size > MAX_FILE_BYTES) {
      out.push(fileTooLarge.at(file, { line: 1, column: 1 }, { what: 'file', bytes: size }));
      return undefined;
    }
    const sheet = readXlsxTable(fs.read(file), file);
    out.push(...sheet.diagnostics);
    if (sheet.diagnostics.some((d) => d.severity === 'error')) return undefined;
    return tableFile(base, readSchoolRecords(sheet.records, file, xlsxCellName(sheet.sheet)), out);
  }
  const source = readSource(fs, file);
  if (!source.ok) {
    out.push(source.diagnostic);
    return undefined;
  }

  if (format === 'csv') return tableFile(base, readSchoolTable(source.text, file), out);

  let yamlText = source.text;
  let lineOffset = 0;
  let body: { text: string; startLine: number; format: 'md' | 'mdx'; references?: readonly BodyReference[] } | undefined;
  if (format === 'md' || format === 'mdx') {
    const split = splitFrontmatter(source.text, file);
    if (!split.ok) {
      out.push(split.diagnostic);
      return undefined;
    }
    yamlText = split.yaml;
    lineOffset = split.yamlStartLine - 1;
    body = { text: split.body, startLine: split.bodyStartLine, format };
  }
  const parsed = parseYaml(yamlText, file, lineOffset);
  out.push(...parsed.diagnostics, ...parsed.notes);
  // The body is checked even when the frontmatter is wrong: one run reports everything.
  if (body) checkBody(file, body, parsed.diagnostics.length === 0 ? parsed.value : undefined, out);
  if (parsed.diagnostics.length > 0) return undefined;
  // An empty YAML block is null: report its fields as missing, pointing at line 1.
  const locate: Locate = parsed.value == null ? () => ({ line: lineOffset + 1, column: 1 }) : parsed.locate;
  const result = validateData(schema, parsed.value ?? {}, file, locate);
  out.push(...result.diagnostics);
  out.push(...personalDataInYaml(parsed.value, file, source.text, locate, body ? 'article' : 'entry'));
  out.push(...docNumbersInYaml(parsed.value, schema, file, source.text, locate));
  return { ...base, data: parsed.value, valid: result.diagnostics.length === 0, output: result.output, locate, ...(body ? { body } : {}) };
}

/** A school table (CSV or workbook) mapped onto the dataset, validated, its diagnostics in the table's terms. */
function tableFile(base: Omit<Loaded, 'data' | 'valid' | 'locate'>, table: SchoolTable, out: Diagnostic[]): Loaded | undefined {
  if (table.value === undefined) {
    out.push(...table.diagnostics);
    return undefined;
  }
  const result = validateData(base.schema, table.value, base.file, table.locate);
  out.push(...result.diagnostics.map(table.adapt));
  return { ...base, data: table.value, valid: result.diagnostics.length === 0, output: result.output, locate: table.locate, adapt: table.adapt };
}

/** Phase 5: an article body's size, markup policy and personal data; keeps its links and images for phase 6. */
function checkBody(file: string, body: { text: string; startLine: number; format: 'md' | 'mdx'; references?: readonly BodyReference[] }, frontmatter: unknown, out: Diagnostic[]): void {
  const bytes = new TextEncoder().encode(body.text).length;
  if (bytes > MAX_ARTICLE_BODY) {
    out.push(fileTooLarge.at(file, { line: 1, column: 1 }, { what: 'body', bytes }));
    return;
  }
  const scan = scanBody(body.text, body.format, file, body.startLine);
  out.push(...scan.diagnostics);
  body.references = scan.references;
  out.push(...personalDataInBody(body.text, file, body.startLine, allowedKinds(row(frontmatter)?.[ALLOWANCE_KEY])));
  out.push(...docNumbersInBody(body.text, file, body.startLine));
  for (const [i, line] of body.text.split('\n').entries()) {
    const at = line.indexOf(PLACEHOLDER);
    if (at !== -1) out.push(placeholder.at(file, { line: body.startLine + i, column: at + 1 }, { text: placeholderText(line) }));
  }
}

/** What is wrong with an article's image, or undefined. */
function imageProblem(fs: ContentFs, article: string, src: string): ImageProblem | undefined {
  const name = src.slice(src.lastIndexOf('/') + 1);
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
  if (!src.startsWith('./') || src.includes('..')) return { kind: 'path', src };
  if (!IMAGE_FORMATS.includes(ext)) return { kind: 'format', ext };
  const path = `${article.slice(0, article.lastIndexOf('/'))}/${src.slice(2)}`;
  if (!fs.exists(path)) return { kind: 'missing', src };
  const bytes = fs.size(path);
  return bytes > MAX_IMAGE_BYTES ? { kind: 'size', bytes } : undefined;
}

/** The frontmatter picture's address, read as the body's are: a finding, or undefined when it is fine. */
function imageFinding(fs: ContentFs, article: string, src: string): Finding | undefined {
  const path = ['image', 'src'];
  const link = classifyLink(src);
  if (link.kind === 'local-path') return linkLocalPath.finding(article, path, { url: src, name: link.name, where: 'article' });
  if (link.kind === 'protocol-relative') return linkProtocolRelative.finding(article, path, { url: src, host: link.host });
  if (link.kind === 'external') return imageExternal.finding(article, path, { url: src });
  if (link.kind === 'scheme' && DANGEROUS_SCHEMES.has(link.scheme)) return urlSchemeRule.finding(article, path, { scheme: link.scheme });
  const problem = imageProblem(fs, article, src);
  return problem ? imageFile.finding(article, path, problem) : undefined;
}

/** Checks that need the loader's own knowledge: article ids from file names, images and links on disk, one dataset per year. */
function loaderChecks(fs: ContentFs, loaded: readonly Loaded[], others: readonly string[], out: Diagnostic[], findings: Finding[], attachmentsOf: Map<string, ArticleAttachment[]>): void {
  // Every SVG under content/ is there to be published: cleaned by the build, reported here.
  for (const file of others.filter((f) => f.toLowerCase().endsWith('.svg'))) {
    const hostile = svgHostileParts(new TextDecoder().decode(fs.read(file)));
    if (hostile.length > 0) out.push(svgUnsafe.at(file, { line: 1, column: 1 }, { parts: hostile.join('、') }));
  }
  const articleIds = new Map<string, string>();
  const articles = loaded.filter((l) => l.kind === 'achievement');
  for (const a of articles) {
    const ext = a.body?.format === 'mdx' ? '.mdx' : '.md';
    if (/^\d+$/.test(a.stem)) out.push(articleIdNumber.at(a.file, { line: 1, column: 1 }, { id: a.stem, ext }));
    else if (!ID.test(a.stem)) out.push(idFormat.at(a.file, { line: 1, column: 1 }, { value: a.stem, ext }));
    else if (articleIds.has(a.stem)) out.push(idDuplicate.at(a.file, { line: 1, column: 1 }, { article: a.stem, other: articleIds.get(a.stem)! }));
    else articleIds.set(a.stem, a.file);
    const src = row(row(a.data)?.image)?.src;
    if (typeof src === 'string') {
      const finding = imageFinding(fs, a.file, src);
      if (finding) findings.push(finding);
    }
  }
  const routes = siteRoutes(loaded);
  const articleFiles = new Map([...articleIds].map(([id, file]) => [file, id]));
  const linked = new Set<string>();
  for (const a of articles) {
    if (!a.body?.references?.length) continue;
    const result = checkBodyLinks(fs, routes, articleFiles, { file: a.file, id: a.stem, references: a.body.references });
    out.push(...result.diagnostics);
    if (result.attachments.length > 0) attachmentsOf.set(a.file, result.attachments.map((x) => withLabel(fs, x)));
    for (const x of result.attachments) linked.add(x.file);
  }
  // Attachments: beside articles, linked (else not published); every one (evidence in content/attachments/ too)
  // small enough, and checked for what its metadata will publish.
  for (const file of others.filter((f) => ATTACHMENT_FORMATS.includes(extensionOf(f)))) {
    const bytes = fs.size(file);
    if (file.startsWith(`content/${ARTICLES_DIR}/`) && !linked.has(file)) out.push(attachmentFile.at(file, { line: 1, column: 1 }, { problem: 'unlinked', name: file.slice(file.lastIndexOf('/') + 1) }));
    if (bytes > MAX_ATTACHMENT_BYTES) {
      out.push(attachmentFile.at(file, { line: 1, column: 1 }, { problem: 'size', bytes }));
      continue;
    }
    for (const author of documentAuthors(fs.read(file), extensionOf(file))) {
      out.push(attachmentMetadata.at(file, { line: 1, column: 1 }, { property: author.property, masked: maskName(author.value) }));
    }
  }
  const years = new Map<number, string>();
  for (const d of loaded.filter((l) => l.kind === 'schools' && l.valid)) {
    const year = (d.output as { year: number }).year;
    const other = years.get(year);
    if (other !== undefined) findings.push(datasetYearDuplicate.finding(d.file, ['year'], { year, other }));
    else years.set(year, d.file);
  }
}

function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

function withLabel(fs: ContentFs, a: LinkedAttachment): ArticleAttachment {
  const name = a.file.slice(a.file.lastIndexOf('/') + 1);
  return { href: a.href, file: a.file, title: a.text || name, label: attachmentLabel(extensionOf(a.file), fs.size(a.file)) };
}

/** A name as the messages show it (CI logs are public): its first character, then one * per character. */
function maskName(value: string): string {
  const chars = [...value];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 8))}`;
}

/** What the cross-file rules see of the parsed files. */
export function ruleContext(files: readonly ParsedFile[], today: string, fs: ContentFs): RuleContext {
  const byKind = (kind: FileKind) => files.filter((l) => l.kind === kind);
  const unitsFile = byKind('units')[0];
  return {
    files,
    today,
    fs,
    one: (kind) => byKind(kind)[0],
    all: byKind,
    units: unitsFile && Array.isArray(row(unitsFile.data)?.units) ? unitDirectory(unitsFile.data) : undefined,
  };
}

/** Phase 6: every cross-file rule, each finding located in its file. */
function runRules(fs: ContentFs, loaded: readonly Loaded[], today: string, extra: readonly Finding[]): Diagnostic[] {
  const context = ruleContext(loaded, today, fs);
  const byFile = new Map(loaded.map((l) => [l.file, l]));
  return [...extra, ...CHECKS.flatMap((check) => check(context))].map((f) => {
    const file = byFile.get(f.file);
    const position = file ? file.locate(f.path, f.target) : { line: 1, column: 1 };
    const d: Diagnostic = { file: f.file, ...position, severity: f.severity, rule: f.rule, message: f.message };
    return file?.adapt ? file.adapt(d) : d;
  });
}

/** The model of every valid file (a file with errors is left out; the diagnostics say why). */
function buildModel(loaded: readonly Loaded[], attachments: ReadonlyMap<string, readonly ArticleAttachment[]> = new Map()): ContentModel {
  const model: ContentModel = { achievements: [], selfScores: [], surveys: [], schools: [], progress: { records: [], supervision: [] } };
  const articleIds = new Set<string>();
  for (const l of loaded) {
    if (!l.valid) continue;
    const entry = { file: l.file, data: l.output, locate: l.locate };
    switch (l.kind) {
      case 'site':
      case 'campaign':
      case 'notice':
      case 'plan':
      case 'units':
      case 'leadingGroup':
      case 'readiness':
        (model as unknown as Record<string, unknown>)[l.kind] = { file: l.file, data: l.output, locate: l.locate };
        break;
      case 'achievement':
        if (!isArticleRouteId(l.stem) || articleIds.has(l.stem) || !l.body) break;
        articleIds.add(l.stem);
        model.achievements.push({ ...entry, id: l.stem, body: l.body.text, bodyStartLine: l.body.startLine, format: l.body.format, attachments: attachments.get(l.file) ?? [] } as Article<never>);
        break;
      case 'selfScore':
        model.selfScores.push(entry as never);
        break;
      case 'survey':
        model.surveys.push(entry as never);
        break;
      case 'schools': {
        // A second dataset of the same year is an error (dataset-year-duplicate); the first stays.
        const dataset = l.output as { year: number };
        if (!model.schools.some((s) => s.dataset.year === dataset.year)) model.schools.push({ file: l.file, dataset: l.output as never });
        break;
      }
      case 'deliverables':
        model.progress.deliverables = entry as never;
        break;
      case 'record':
        model.progress.records.push(entry as never);
        break;
      case 'supervision':
        model.progress.supervision.push(entry as never);
        break;
    }
  }
  return model;
}

/** Drops a diagnostic that another one at the same position explains better (see RuleDefinition.supersedes). */
function withoutSuperseded(list: readonly Diagnostic[]): Diagnostic[] {
  const at = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}`;
  const superseded = new Set(list.flatMap((d) => (ruleByCode(d.rule)?.supersedes ?? []).map((code) => `${at(d)} ${code}`)));
  return superseded.size === 0 ? [...list] : list.filter((d) => !superseded.has(`${at(d)} ${d.rule}`));
}

/**
 * One file on its own, through the same phases (for the site configuration,
 * read before anything else): its output when valid, and its diagnostics.
 * Cross-file rules do not run.
 */
export function loadOneFile(root: string, file: string): { output?: unknown; diagnostics: Diagnostic[] } {
  const fs = diskFs(root);
  const found = classify(file);
  if (found.type !== 'content') return { diagnostics: found.type === 'problem' ? [found.diagnostic] : [] };
  if (!fs.exists(file)) return { diagnostics: [fileMissing.at(file, { line: 1, column: 1 }, { file, title: COLLECTIONS[found.content.kind].title })] };
  const diagnostics: Diagnostic[] = [];
  const loaded = loadFile(fs, found.content, diagnostics);
  return loaded?.valid && diagnostics.length === 0 ? { output: loaded.output, diagnostics } : { diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * Load and validate everything under `<root>/content`. Never throws on bad
 * content: every problem is returned as a diagnostic.
 */
export function loadContent(root: string, options: LoadOptions = {}): LoadResult {
  const fs = options.fs ?? diskFs(root);
  const today = options.today ?? todayInChina();
  const diagnostics: Diagnostic[] = [];
  if (!fs.isDirectory('content')) {
    const d = fileMissing.at('content', { line: 1, column: 1 }, { folder: 'content', hint: '内容须放在仓库根目录的 content/ 中' });
    return { model: buildModel([]), diagnostics: [d], errorCount: 1 };
  }

  // 1. Discover.
  const files: ContentFile[] = [];
  const others: string[] = [];
  for (const file of fs.files('content')) {
    const found = classify(file);
    if (found.type === 'content') files.push(found.content);
    else if (found.type === 'problem') diagnostics.push(found.diagnostic);
    else others.push(file);
  }
  for (const [kind, name] of Object.entries(REQUIRED_FILES)) {
    if (!files.some((f) => f.kind === kind)) {
      diagnostics.push(fileMissing.at(`content/${name}`, { line: 1, column: 1 }, { file: `content/${name}`, title: COLLECTIONS[kind as FileKind].title }));
    }
  }
  if (fs.isDirectory(`content/${PROGRESS_DIR}`) && !files.some((f) => f.kind === 'deliverables')) {
    const file = `content/${PROGRESS_DIR}/deliverables.yaml`;
    diagnostics.push(fileMissing.at(file, { line: 1, column: 1 }, { file, title: COLLECTIONS.deliverables.title, hint: '各单位的进度记录要引用其中的事项，请从仓库历史中恢复' }));
  }

  // 2–5. Read, parse, validate, check bodies.
  const loaded = files.flatMap((f) => loadFile(fs, f, diagnostics) ?? []);

  // 6. Rules across entries and files.
  const findings: Finding[] = [];
  // Attachments each article links to, by article file, for the model.
  const attachments = new Map<string, ArticleAttachment[]>();
  loaderChecks(fs, loaded, others, diagnostics, findings, attachments);
  diagnostics.push(...runRules(fs, loaded, today, findings));

  const sorted = sortDiagnostics(withoutSuperseded(diagnostics));
  return { model: buildModel(loaded, attachments), diagnostics: sorted, errorCount: sorted.filter((d) => d.severity === 'error').length };
}

export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(`内容检查未通过（${diagnostics.filter((d) => d.severity === 'error').length} 个错误），请运行 npm run check 查看`);
    this.diagnostics = diagnostics;
  }
}

/** For the site build and the CLIs: the content, or an error that lists every problem. */
export function loadValidContent(root: string, options: LoadOptions = {}): { content: ValidContent; diagnostics: Diagnostic[] } {
  const result = loadContent(root, options);
  if (result.errorCount > 0) throw new ContentError(result.diagnostics);
  return { content: result.model as ValidContent, diagnostics: result.diagnostics };
}

