// The Decap CMS configuration (src/editor/config.yml), generated from the Zod
// schemas: `npm run editor:config` writes it, a test fails when it is stale.
// Which content the form editor may touch is the table EDITOR_COLLECTIONS;
// everything inside a collection comes from its schema (see fields.ts).
//
// The backend (GitHub or GitLab, repository, branch) is not in this file: it
// belongs to the deployment, not to the schemas, and is added by the editor
// build (scripts/build-editor.ts).
import { stringify } from 'yaml';
import type { z } from 'zod';
import { AchievementSchema, categories } from '../../schemas/achievement.ts';
import { LeadingGroupSchema } from '../../schemas/leading-group.ts';
import { UnitRecordSchema } from '../../schemas/progress.ts';
import { UnitsFileSchema } from '../../schemas/unit.ts';
import { objectFields, type DecapField } from './fields.ts';
import { SOURCE_KEY, UNIT_RECORD_KEY } from './preserve.ts';

interface CommonSpec {
  /** Decap's collection name, in URLs: /admin/#/collections/<name>. */
  readonly name: string;
  readonly label: string;
  readonly description: string;
  readonly schema: z.ZodObject;
  /** Keys left out of the form at any depth; the file keeps them as they are. */
  readonly omit?: readonly string[];
  /** The first line of a file the editor creates (YAML files only), without "# ". */
  readonly header?: string;
}

export interface FolderSpec extends CommonSpec {
  readonly type: 'folder';
  readonly labelSingular: string;
  readonly folder: string;
  readonly extension: 'md' | 'yaml';
  /** The new file's name, a Decap slug template over the entry's fields. */
  readonly slug: string;
  readonly identifierField: string;
  readonly summary: string;
  /** Markdown articles: the body below the frontmatter, edited as plain text. */
  readonly body?: { readonly label: string; readonly hint: string };
  /** Only files whose top level has a `unit` key (the folder holds other kinds of file too). */
  readonly unitRecordsOnly?: boolean;
  readonly sortableFields?: readonly (string | { field: string; default_sort: 'asc' | 'desc' })[];
}

export interface FileSpec extends CommonSpec {
  readonly type: 'file';
  readonly file: string;
}

export type CollectionSpec = FolderSpec | FileSpec;

/**
 * What the form editor edits. Articles in content/achievements/examples/ are
 * not listed (Decap reads one folder level), nor are .mdx articles (their
 * components need a developer).
 */
export const EDITOR_COLLECTIONS: readonly CollectionSpec[] = [
  {
    type: 'folder',
    name: 'achievements',
    label: '工作动态',
    labelSingular: '文章',
    description: `新闻和成果：${categories.join('、')}。一篇一个文件，文件名由发布日期和发布单位生成。`,
    folder: 'content/achievements',
    extension: 'md',
    schema: AchievementSchema,
    omit: ['example', 'personalDataAllowed'],
    // Same naming as `npm run new -- achievement`: 2020-09-01-education-sports-bureau.md.
    slug: '{{fields.date}}-{{fields.unit}}',
    identifierField: 'title',
    summary: '{{fields.date}} {{fields.title}}',
    sortableFields: [{ field: 'date', default_sort: 'desc' }, 'title'],
    body: {
      label: '正文',
      hint: '纯文本 Markdown：空一行分段；“## ”开头的一行是小标题；“- ”开头的行是列表。',
    },
  },
  {
    type: 'folder',
    name: 'progress',
    label: '单位工作进度',
    labelSingular: '单位进度记录',
    description: '各单位已完成（报送）的事项和整改事项，一个单位一个文件（content/progress/单位编号.yaml）。',
    folder: 'content/progress',
    extension: 'yaml',
    schema: UnitRecordSchema,
    omit: ['example', 'personalDataAllowed'],
    header: 'yaml-language-server: $schema=../../schemas/json/progress-record.schema.json',
    slug: '{{fields.unit}}',
    identifierField: 'unit',
    summary: '{{fields.unit}}',
    unitRecordsOnly: true,
  },
  {
    type: 'file',
    name: 'leading-group',
    label: '领导小组',
    description: '领导小组成员名单和办公室（content/leading-group.yaml）。',
    file: 'content/leading-group.yaml',
    schema: LeadingGroupSchema,
    omit: ['personalDataAllowed'],
    header: 'yaml-language-server: $schema=../schemas/json/leading-group.schema.json',
  },
  {
    type: 'file',
    name: 'units',
    label: '单位名录',
    description: '全部单位：县级政府、政府部门和乡镇（街道）（content/units.yaml）。',
    file: 'content/units.yaml',
    schema: UnitsFileSchema,
    omit: ['personalDataAllowed'],
    header: 'yaml-language-server: $schema=../schemas/json/units.schema.json',
  },
];

/** The custom format a collection is saved with (registered by src/editor/main.ts). */
export function formatName(spec: CollectionSpec): string {
  const kind = spec.type === 'folder' && spec.extension === 'md' ? 'frontmatter' : 'yaml';
  return `keep-${kind}/${spec.name}`;
}

function withHeader(fields: DecapField[], header: string | undefined): DecapField[] {
  if (!header || fields.length === 0) return fields;
  // Decap hands a field's `comment` to the format; ours writes it as the first line of a new file.
  const [first, ...rest] = fields;
  return [{ ...first!, comment: header }, ...rest];
}

function collection(spec: CollectionSpec): Record<string, unknown> {
  const fields = withHeader(objectFields(spec.schema, spec.name, { omit: spec.omit }), spec.header);
  const common = { name: spec.name, label: spec.label, description: spec.description, format: formatName(spec), editor: { preview: false } };
  if (spec.type === 'file') {
    return { ...common, delete: false, files: [{ name: spec.name, label: spec.label, file: spec.file, fields }] };
  }
  const body: DecapField[] = spec.body ? [{ name: 'body', label: spec.body.label, widget: 'text', required: true, hint: spec.body.hint }] : [];
  return {
    ...common,
    label_singular: spec.labelSingular,
    folder: spec.folder,
    extension: spec.extension,
    create: true,
    // Deleting a published file would bypass review (Decap commits deletions straight to the branch).
    delete: false,
    slug: spec.slug,
    identifier_field: spec.identifierField,
    summary: spec.summary,
    ...(spec.sortableFields ? { sortable_fields: spec.sortableFields } : {}),
    ...(spec.unitRecordsOnly ? { filter: { field: UNIT_RECORD_KEY, value: true } } : {}),
    fields: [...fields, ...body],
  };
}

/** The whole configuration except the backend. */
export function editorConfig(specs: readonly CollectionSpec[] = EDITOR_COLLECTIONS): Record<string, unknown> {
  return {
    locale: 'zh_Hans',
    // Every change becomes a pull (merge) request that a maintainer reviews and CI checks.
    publish_mode: 'editorial_workflow',
    // Articles keep their pictures beside them (content/achievements/photo.jpg, image.src: ./photo.jpg).
    media_folder: 'content/achievements',
    public_folder: './',
    // File names are ids: lowercase ASCII, as `npm run check` requires.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: false,
    collections: specs.map(collection),
  };
}

export const CONFIG_HEADER = [
  '# Decap CMS configuration, generated from the Zod schemas by `npm run editor:config`.',
  '# Do not edit: change schemas/ or src/editor/config.ts and regenerate (a test fails when this is stale).',
  `# Hidden keys ${SOURCE_KEY} and ${UNIT_RECORD_KEY} are added and removed by src/editor/preserve.ts.`,
].join('\n');

export function editorConfigYaml(specs?: readonly CollectionSpec[]): string {
  return `${CONFIG_HEADER}\n${stringify(editorConfig(specs), { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
