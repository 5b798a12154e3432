// The form editor's configuration: generated from the Zod schemas, committed as
// src/editor/config.yml, and pointed at the right repository by the build.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { backendFromEditUrl, connectSources, resolveBackend } from '../../scripts/build-editor.ts';
import { CONFIG_FILE } from '../../scripts/gen-editor-config.ts';
import { dayDate, contentDate, id, personRef, text, unitRef } from '../../schemas/common.ts';
import { EDITOR_COLLECTIONS, editorConfig, editorConfigYaml } from '../../src/editor/config.ts';
import { UnsupportedSchemaError, objectFields } from '../../src/editor/fields.ts';

test('src/editor/config.yml is what the schemas generate (run `npm run editor:config` after changing them)', () => {
  expect(readFileSync(CONFIG_FILE, 'utf8')).toBe(editorConfigYaml());
});

describe('fields from a Zod schema', () => {
  const schema = z.strictObject({
    title: text.describe('标题'),
    date: dayDate.describe('发布日期，如 2020-08-01'),
    deadline: contentDate.describe('整改时限，如 2020-10-31；到月的写 2020-10'),
    unit: unitRef.optional().describe('责任单位的编号（见 content/units.yaml）'),
    head: personRef.describe('负责人'),
    kind: z.enum(['镇', '乡']).describe('单位类别'),
    count: z.number().int().describe('学校数'),
    done: z.boolean().optional().describe('是否完成'),
    secret: z.string().describe('不在表单中'),
    items: z
      .array(z.strictObject({ id: id.describe('编号'), name: text.describe('名称'), secret: z.string() }))
      .min(1)
      .describe('条目'),
    image: z.strictObject({ src: z.string().describe('路径'), alt: text.describe('说明') }).optional().describe('配图（可选）'),
  });
  const fields = objectFields(schema, 'test', { omit: ['secret'] });
  const byName = Object.fromEntries(fields.map((f) => [f.name, f]));

  test('keeps the schema order, leaves out omitted keys at every depth', () => {
    expect(fields.map((f) => f.name)).toEqual(['title', 'date', 'deadline', 'unit', 'head', 'kind', 'count', 'done', 'items', 'image']);
    expect((byName.items!.fields as { name: string }[]).map((f) => f.name)).toEqual(['id', 'name']);
  });

  test('labels come from .describe(), the whole text becomes the hint when longer', () => {
    expect(byName.title).toMatchObject({ label: '标题', required: true });
    expect(byName.title!.hint).toBeUndefined();
    expect(byName.date).toMatchObject({ label: '发布日期', hint: '发布日期，如 2020-08-01' });
    expect(byName.unit).toMatchObject({ label: '责任单位的编号', hint: '责任单位的编号（见 content/units.yaml）', required: false });
  });

  test('dates of a day get a date picker writing 2020-08-01; a day or month stays text with a pattern', () => {
    expect(byName.date).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(byName.deadline!.widget).toBe('string');
    const [pattern] = byName.deadline!.pattern as [string, string];
    expect(['2020-10-31', '2020-10'].map((v) => new RegExp(pattern).test(v))).toEqual([true, true]);
    expect(new RegExp(pattern).test('2020年10月')).toBe(false);
  });

  test('unit and person references pick from the units and the leading group', () => {
    expect(byName.unit).toMatchObject({ widget: 'relation', collection: 'units', file: 'units', value_field: 'units.*.id' });
    expect(byName.head).toMatchObject({ widget: 'relation', collection: 'leading-group', value_field: 'members.*.id' });
  });

  test('enums, numbers, booleans and lists get their widgets', () => {
    expect(byName.kind).toMatchObject({ widget: 'select', options: ['镇', '乡'] });
    expect(byName.count).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(byName.done).toMatchObject({ widget: 'boolean', required: false });
    expect(byName.items).toMatchObject({ widget: 'list', min: 1, summary: '{{fields.name}} · {{fields.id}}' });
  });

  test('fields of an optional group are optional in the form (the check decides)', () => {
    expect(byName.image).toMatchObject({ widget: 'object', required: false, label: '配图' });
    expect(byName.image!.hint).toBeUndefined();
    expect((byName.image!.fields as { required: boolean }[]).map((f) => f.required)).toEqual([false, false]);
  });

  test('a reference named in the metadata picks from the list it refers to', () => {
    const refs = z.strictObject({
      school: id.meta({ ref: 'township' }).describe('所在乡镇'),
      kind: text.meta({ ref: 'unit-kind' }).describe('单位类别'),
    });
    const [school, kind] = objectFields(refs, 'test');
    expect(school).toMatchObject({ widget: 'relation', collection: 'units', value_field: 'units.*.id' });
    expect(kind).toMatchObject({ widget: 'relation', collection: 'units', value_field: 'kinds.*.name' });
    expect(kind!.pattern).toBeUndefined();
  });

  test('a label stops at the first separator outside parentheses', () => {
    const odd = z.strictObject({ code: z.string().describe('12 位统计用区划代码（乡镇级单位必填，加引号）') });
    expect(objectFields(odd, 'test')[0]).toMatchObject({ label: '12 位统计用区划代码', hint: '12 位统计用区划代码（乡镇级单位必填，加引号）' });
  });

  test('typed text is checked in the form against the schema’s own patterns', () => {
    const pattern = (f: Record<string, unknown> | undefined) => new RegExp((f!.pattern as [string, string])[0]);
    expect(['区教体局', ' 区教体局', '区教体局 '].map((v) => pattern(byName.title).test(v))).toEqual([true, false, false]);
    expect(['ma-hao', 'Ma Hao'].map((v) => pattern((byName.items!.fields as Record<string, unknown>[])[0]).test(v))).toEqual([true, false]);
  });

  test('.meta({ editor }) on a schema overrides the widget', () => {
    const withMeta = z.strictObject({ note: text.meta({ editor: { widget: 'text' } }).describe('备注') });
    expect(objectFields(withMeta, 'test')[0]).toMatchObject({ widget: 'text', label: '备注' });
  });

  test('a construct without a form names where it is', () => {
    const odd = z.strictObject({ when: z.union([z.string(), z.number()]).describe('时间') });
    expect(() => objectFields(odd, 'plan')).toThrow(UnsupportedSchemaError);
    expect(() => objectFields(odd, 'plan')).toThrow(/plan\.when/);
  });
});

describe('the generated configuration', () => {
  const config = editorConfig() as { collections: Record<string, unknown>[]; locale: string; publish_mode: string };

  test('is in Chinese and sends every change through review', () => {
    expect(config.locale).toBe('zh_Hans');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.collections.every((c) => c.delete === false)).toBe(true);
  });

  test('edits articles, progress records, the leading group and the units', () => {
    expect(config.collections.map((c) => c.name)).toEqual(['achievements', 'progress', 'leading-group', 'units']);
    const articles = config.collections[0]!;
    expect(articles).toMatchObject({ folder: 'content/achievements', extension: 'md', slug: '{{fields.date}}-{{fields.unit}}' });
    expect((articles.fields as { name: string; widget: string }[]).map((f) => `${f.name}:${f.widget}`)).toEqual([
      'title:string',
      'date:datetime',
      'unit:relation',
      'category:select',
      'summary:string',
      'image:object',
      // Plain text: Decap's rich editor garbles Chinese typed through an IME.
      'body:text',
    ]);
  });

  test('every relation points at a collection and file of this configuration, at a list the file has', () => {
    const relations: Record<string, unknown>[] = [];
    const walk = (fields: Record<string, unknown>[]) => {
      for (const f of fields) {
        if (f.widget === 'relation') relations.push(f);
        if (Array.isArray(f.fields)) walk(f.fields as Record<string, unknown>[]);
      }
    };
    for (const c of config.collections) {
      walk((c.fields ?? (c.files as { fields: Record<string, unknown>[] }[])[0]!.fields) as Record<string, unknown>[]);
    }
    expect(relations.length).toBeGreaterThan(4);
    for (const r of relations) {
      const target = config.collections.find((c) => c.name === r.collection);
      const file = (target?.files as { name: string; file: string }[] | undefined)?.find((f) => f.name === r.file);
      expect(file, String(r.collection)).toBeDefined();
      const [list, , key] = String(r.value_field).split('.');
      const data = parse(readFileSync(file!.file, 'utf8')) as Record<string, Record<string, unknown>[]>;
      expect(data[list!]!.every((item) => typeof item[key!] === 'string')).toBe(true);
    }
  });

  test('a file the editor creates starts with a schema line that points at an existing JSON Schema', () => {
    for (const spec of EDITOR_COLLECTIONS.filter((c) => c.header)) {
      const path = /\$schema=(\S+)$/.exec(spec.header!)?.[1];
      const dir = spec.type === 'folder' ? spec.folder : dirname(spec.file);
      expect(existsSync(resolve(dir, path!)), spec.name).toBe(true);
    }
  });
});

describe('the repository the editor saves to', () => {
  test('comes from a GitHub edit URL', () => {
    expect(backendFromEditUrl('https://github.com/xuchang/junheng/edit/main/')).toEqual({ name: 'github', repo: 'xuchang/junheng', branch: 'main' });
  });

  test('comes from a GitLab edit URL, a self-hosted server included', () => {
    expect(backendFromEditUrl('https://gitlab.com/xuchang/web/junheng/-/edit/master/')).toEqual({ name: 'gitlab', repo: 'xuchang/web/junheng', branch: 'master' });
    expect(resolveBackend({ EDITOR_APP_ID: 'abc' }, 'https://git.example.gov.cn/jyj/junheng/-/edit/main/')).toEqual({
      name: 'gitlab',
      repo: 'jyj/junheng',
      branch: 'main',
      base_url: 'https://git.example.gov.cn',
      api_root: 'https://git.example.gov.cn/api/v4',
      auth_type: 'pkce',
      app_id: 'abc',
    });
  });

  test('is overridden by the environment, and absent when nothing names it', () => {
    expect(resolveBackend({ EDITOR_BACKEND: 'github', EDITOR_REPO: 'a/b', EDITOR_BASE_URL: 'https://auth.example.org' }, undefined)).toEqual({
      name: 'github',
      repo: 'a/b',
      branch: 'main',
      base_url: 'https://auth.example.org',
    });
    expect(resolveBackend({}, undefined)).toBeUndefined();
    expect(resolveBackend({}, 'https://example.org/edit/')).toBeUndefined();
  });

  test('is the only host besides the page itself that the page may connect to', () => {
    expect(connectSources({ name: 'github', repo: 'a/b' }, undefined)).toEqual(["'self'", 'https://api.github.com']);
    expect(connectSources(undefined, 'http://127.0.0.1:8081/api/v1')).toEqual(["'self'", 'http://127.0.0.1:8081']);
  });
});
