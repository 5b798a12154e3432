// `npm run schemas`: writes schemas/json/<name>.schema.json (JSON Schema
// draft-07) from the Zod schemas, so an editor with the YAML extension shows
// field descriptions, allowed values and most mistakes while typing. The Zod
// schemas stay the single source of truth: `npm run check` is what decides;
// these files only bring part of it into the editor, and a test fails when
// they are stale.
//
// Which schemas: every collection in src/content-model/collections.ts (single
// files, article folders, folders of YAML files), plus EXTRA_TARGETS for
// content that has its own loader. A new collection is
// picked up without touching this file.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { INVISIBLE, contentDate, dayDate, id, link, name, text } from '../schemas/common.ts';
import { DeliverablesFileSchema, SupervisionFileSchema, UnitRecordSchema } from '../schemas/progress.ts';
import { SchoolDatasetSchema } from '../schemas/school.ts';
import { articleCollections, fileCollections, yamlDirCollections } from '../src/content-model/collections.ts';

export interface JsonSchemaTarget {
  /** File name stem: schemas/json/<name>.schema.json. */
  readonly name: string;
  readonly schema: z.core.$ZodType;
  /** What the file describes, in Chinese (the schema's title). */
  readonly title: string;
  /**
   * Content files it applies to, as globs relative to the repository root.
   * The first target whose globs match a file is that file's schema.
   */
  readonly files: readonly string[];
  /**
   * Globs for yaml.schemas in .vscode/settings.json, when they must differ from
   * `files`: the YAML extension applies every schema whose glob matches, so a
   * catch-all glob there would clash with a more specific one.
   */
  readonly editorFiles?: readonly string[];
  /** True for Markdown frontmatter, which the YAML extension cannot validate in place. */
  readonly frontmatter: boolean;
}

/**
 * Content with its own loader rather than an entry in collections.ts. Another
 * engineer's schema is registered here by adding one line.
 */
const EXTRA_TARGETS: readonly JsonSchemaTarget[] = [
  { name: 'school-dataset', schema: SchoolDatasetSchema, title: '学校统计数据', files: ['content/schools/**/*.yaml'], frontmatter: false },
  {
    name: 'progress-deliverables',
    schema: DeliverablesFileSchema,
    title: '应交事项',
    files: ['content/progress/deliverables.yaml'],
    frontmatter: false,
  },
  {
    name: 'progress-supervision',
    schema: SupervisionFileSchema,
    title: '督导意见',
    files: ['content/progress/supervision.yaml', 'content/progress/examples/supervision.yaml'],
    frontmatter: false,
  },
  {
    name: 'progress-record',
    schema: UnitRecordSchema,
    title: '单位进度记录',
    files: ['content/progress/*.yaml', 'content/progress/examples/*.yaml'],
    // Named by each file's first line only: this glob would also match deliverables.yaml and supervision.yaml.
    editorFiles: [],
    frontmatter: false,
  },
];

/** Article collections are named for one entry: achievements → achievement.schema.json. */
const ARTICLE_SCHEMA_NAMES: Readonly<Record<string, string>> = { achievements: 'achievement' };

export function jsonSchemaTargets(): JsonSchemaTarget[] {
  const files = Object.values(fileCollections).map((c) => ({
    name: c.file.replace(/\.ya?ml$/, ''),
    schema: c.schema,
    title: c.title,
    files: [`content/${c.file}`],
    frontmatter: false,
  }));
  const articles = Object.entries(articleCollections).map(([key, c]) => ({
    name: ARTICLE_SCHEMA_NAMES[key] ?? key,
    schema: c.schema,
    title: c.title,
    files: [`content/${c.dir}/**/*.md`, `content/${c.dir}/**/*.mdx`],
    frontmatter: true,
  }));
  const folders = Object.values(yamlDirCollections).map((c) => ({
    name: c.dir,
    schema: c.schema,
    title: c.title,
    files: [`content/${c.dir}/**/*.yaml`],
    frontmatter: false,
  }));
  return [...files, ...articles, ...folders, ...EXTRA_TARGETS];
}

interface Hint {
  readonly pattern?: string;
  readonly minLength?: number;
  /** Shown by the YAML extension instead of "String does not match the pattern". */
  readonly patternErrorMessage?: string;
}

/**
 * The building blocks in schemas/common.ts check strings in code
 * (superRefine), which JSON Schema cannot see. Where a check has a faithful
 * regular-expression form, the editor gets it too; a hint may only be looser
 * than the real check, never stricter, or the editor would flag valid content.
 * `.describe()` clones a schema but keeps its definition, so matching on the
 * definition also finds every described copy (unitRef is id described).
 */
// The zero-width and direction-control characters that schemas/common.ts
// rejects (rule invisible-char), as a JSON Schema (ECMA-262) lookahead.
const VISIBLE = `(?![\\s\\S]*${INVISIBLE.source})`;
const INVISIBLE_HINT = '不能含看不见的字符（常见于从网页或 Word 复制的文字）';

const HINTS: ReadonlyMap<object, Hint> = new Map<object, Hint>([
  [id._zod.def, { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', patternErrorMessage: '编号只能用小写英文字母、数字和连字符，如 finance-bureau' }],
  [text._zod.def, { minLength: 1, pattern: `^${VISIBLE}\\S(?:[\\s\\S]*\\S)?$`, patternErrorMessage: `首尾不能有空格或换行，也不能为空；${INVISIBLE_HINT}` }],
  [name._zod.def, { minLength: 1, pattern: `^${VISIBLE}\\S+$`, patternErrorMessage: `名称中不能有空格（排版对齐用的空格不属于名称）；${INVISIBLE_HINT}` }],
  [dayDate._zod.def, { pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$', patternErrorMessage: '日期写作 2020-08-01（年-月-日，月和日都是两位）' }],
  [contentDate._zod.def, { pattern: '^\\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?$', patternErrorMessage: '日期写作 2020-08-01；只到月的写 2020-12' }],
  [link._zod.def, { pattern: '^(?:https?://\\S+|/\\S*)$', patternErrorMessage: '链接须以 https:// 、http:// 或 / 开头，且不含空格' }],
]);

function toJsonSchema(target: JsonSchemaTarget): Record<string, unknown> {
  const generated = z.toJSONSchema(target.schema, {
    target: 'draft-07',
    // What an editor writes, before transforms (a quantity is the string "1200 人").
    io: 'input',
    // A custom type with no JSON form accepts anything here; npm run check still checks it.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const hint = HINTS.get(zodSchema._zod.def);
      if (hint && jsonSchema.type === 'string') Object.assign(jsonSchema, hint);
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $comment: 'Generated from schemas/*.ts by scripts/gen-json-schemas.ts: do not edit; run `npm run schemas`.',
    title: target.title,
    ...rest,
  };
}

/** File name → file text, for every target. */
export function generateJsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const target of jsonSchemaTargets()) {
    const file = `${target.name}.schema.json`;
    if (out.has(file)) throw new Error(`Two JSON Schema targets are named ${target.name}`);
    out.set(file, `${JSON.stringify(toJsonSchema(target), null, 2)}\n`);
  }
  return out;
}

export const JSON_SCHEMA_DIR = join(import.meta.dirname, '..', 'schemas', 'json');

function main(): void {
  const files = generateJsonSchemas();
  mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
  // A schema whose collection was removed must not linger and mislead editors.
  for (const existing of readdirSync(JSON_SCHEMA_DIR)) {
    if (existing.endsWith('.schema.json') && !files.has(existing)) rmSync(join(JSON_SCHEMA_DIR, existing));
  }
  for (const [file, textContent] of files) writeFileSync(join(JSON_SCHEMA_DIR, file), textContent);
  console.log(`已生成 ${files.size} 个 JSON Schema：schemas/json/（${[...files.keys()].join('、')}）`);
}

if (import.meta.main) main();
