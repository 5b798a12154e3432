// `npm run schemas`: writes schemas/json/<name>.schema.json (JSON Schema
// draft-07) from the Zod schemas, so an editor with the YAML extension shows
// field descriptions, allowed values and most mistakes while typing. The Zod
// schemas stay the single source of truth: `npm run check` is what decides;
// these files only bring part of it into the editor, and a test fails when
// they are stale.
//
// Which schemas: every kind of file in src/content-model/collections.ts. The
// checks come from the same definitions: patterns are the schemas' own
// z.string().regex() checks, and each pattern's message is its rule's meaning.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { COLLECTIONS } from '../src/content-model/collections.ts';
import type { FileKind } from '../src/rules/context.ts';

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

/** One JSON Schema per kind of file; the file names are the ones editors' VS Code settings use. */
const TARGETS: Readonly<Record<FileKind, { name: string; files: readonly string[]; editorFiles?: readonly string[] }>> = {
  site: { name: 'site', files: ['content/site.yaml'] },
  campaign: { name: 'campaign', files: ['content/campaign.yaml'] },
  notice: { name: 'notice', files: ['content/notice.yaml'] },
  plan: { name: 'plan', files: ['content/plan.yaml'] },
  units: { name: 'units', files: ['content/units.yaml'] },
  leadingGroup: { name: 'leading-group', files: ['content/leading-group.yaml'] },
  achievement: { name: 'achievement', files: ['content/achievements/**/*.md', 'content/achievements/**/*.mdx'] },
  selfScore: { name: 'self-score', files: ['content/self-score/**/*.yaml'] },
  survey: { name: 'survey', files: ['content/survey/**/*.yaml'] },
  schools: { name: 'school-dataset', files: ['content/schools/**/*.yaml'] },
  deliverables: { name: 'progress-deliverables', files: ['content/progress/deliverables.yaml'] },
  supervision: { name: 'progress-supervision', files: ['content/progress/supervision.yaml'] },
  readiness: { name: 'readiness', files: ['content/readiness.yaml'] },
  record: {
    name: 'progress-record',
    files: ['content/progress/*.yaml'],
    // Named by each file's first line only: this glob would also match deliverables.yaml and supervision.yaml.
    editorFiles: [],
  },
};

export function jsonSchemaTargets(): JsonSchemaTarget[] {
  // Specific globs first: the first target whose globs match a file is that file's schema.
  const order: FileKind[] = ['site', 'campaign', 'notice', 'plan', 'units', 'leadingGroup', 'readiness', 'achievement', 'selfScore', 'survey', 'schools', 'deliverables', 'supervision', 'record'];
  return order.map((kind) => ({ ...TARGETS[kind], schema: COLLECTIONS[kind].schema, title: COLLECTIONS[kind].title, frontmatter: kind === 'achievement' }));
}

/** Metadata the loader reads (rules, references, uniqueness) that means nothing to a JSON Schema validator. */
const LOADER_META = ['rules', 'ref', 'unique'];

function toJsonSchema(target: JsonSchemaTarget): Record<string, unknown> {
  const generated = z.toJSONSchema(target.schema, {
    target: 'draft-07',
    // What an editor writes, before transforms (a quantity is the string "1200 人").
    io: 'input',
    // A custom type with no JSON form accepts anything here; npm run check still checks it.
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      for (const key of LOADER_META) delete (jsonSchema as Record<string, unknown>)[key];
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
