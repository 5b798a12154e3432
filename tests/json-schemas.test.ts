// The JSON Schemas in schemas/json/ are what VS Code uses to flag mistakes
// while an editor types. They must be current, must fit every file they are
// attached to, and must never flag content that `npm run check` accepts.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, generateJsonSchemas, jsonSchemaTargets, type JsonSchemaTarget } from '../scripts/gen-json-schemas.ts';
import { REQUIRED_FILES } from '../src/content-model/collections.ts';
import { diskFs } from '../src/content-model/content-fs.ts';
import { splitFrontmatter } from '../src/content-model/frontmatter.ts';
import { loadContent } from '../src/content-model/load.ts';
import { readSource } from '../src/content-model/source.ts';
import { parseYaml } from '../src/content-model/yaml.ts';
import { FIXTURES, scenarioRoot } from './helpers/scenario.ts';

const ROOT = join(import.meta.dirname, '..');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/** The glob forms used in targets: `**` for any folders, `*` within one name. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('**/')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
    .join('(?:[^/]+/)*');
  return new RegExp(`^${body}$`);
}

function targetFor(file: string): JsonSchemaTarget | undefined {
  return jsonSchemaTargets().find((t) => t.files.some((g) => globToRegExp(g).test(file)));
}

const ajv = new Ajv({ allErrors: true });
// The YAML extension's Chinese message for a failed pattern; no meaning to a validator.
ajv.addKeyword('patternErrorMessage');
const validators = new Map<string, ValidateFunction>();
function validatorFor(target: JsonSchemaTarget): ValidateFunction {
  let v = validators.get(target.name);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(join(JSON_SCHEMA_DIR, `${target.name}.schema.json`), 'utf8')) as object);
    validators.set(target.name, v);
  }
  return v;
}

/** Data of a content file as the loader reads it, or undefined when it does not even parse. */
function dataOf(root: string, file: string, target: JsonSchemaTarget): unknown {
  const source = readSource(diskFs(root), file);
  if (!source.ok) return undefined;
  let yamlText = source.text;
  if (target.frontmatter) {
    const split = splitFrontmatter(source.text, file);
    if (!split.ok) return undefined;
    yamlText = split.yaml;
  }
  const parsed = parseYaml(yamlText, file);
  return parsed.diagnostics.length > 0 ? undefined : (parsed.value ?? {});
}

interface Verdict {
  readonly file: string;
  readonly errors: string[];
}

/** JSON Schema errors for every content file under root that has a schema. */
function jsonSchemaVerdicts(root: string): Verdict[] {
  return walk(join(root, 'content')).flatMap((abs) => {
    const file = relative(root, abs).split(sep).join('/');
    const target = targetFor(file);
    if (!target) return [];
    const data = dataOf(root, file, target);
    if (data === undefined) return [];
    const validate = validatorFor(target);
    validate(data);
    return [{ file, errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`) }];
  });
}

describe('schemas/json', () => {
  it('is what the Zod schemas generate (else run npm run schemas)', () => {
    const generated = generateJsonSchemas();
    const committed = readdirSync(JSON_SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'));
    const stale = [...generated.keys()].filter((f) => !existsSync(join(JSON_SCHEMA_DIR, f)) || readFileSync(join(JSON_SCHEMA_DIR, f), 'utf8') !== generated.get(f));
    const orphaned = committed.filter((f) => !generated.has(f));
    expect({ stale, orphaned }, 'schemas/json/ is out of date: run npm run schemas and commit the result').toEqual({ stale: [], orphaned: [] });
  });

  it('keeps every field description of the Zod schemas', () => {
    const plan = JSON.parse(readFileSync(join(JSON_SCHEMA_DIR, 'plan.schema.json'), 'utf8')) as {
      properties: { phases: { items: { properties: { end: { description: string } } } } };
    };
    expect(plan.properties.phases.items.properties.end.description).toBe('结束日期，如 2020-08-15；到月的写 2020-12（指该月底）');
  });

  it('is named correctly wherever a YAML content file names it in its first line', () => {
    const yamlFiles = walk(join(ROOT, 'content')).filter((f) => f.endsWith('.yaml'));
    const modelines = yamlFiles.flatMap((abs) => {
      const file = relative(ROOT, abs).split(sep).join('/');
      const first = readFileSync(abs, 'utf8').split('\n')[0] ?? '';
      return first.startsWith('# yaml-language-server:') ? [{ file, first }] : [];
    });
    // The single-file collections must carry it (they are what a county edits first);
    // other files are covered by the mapping in .vscode/settings.json.
    const required = Object.values(REQUIRED_FILES).map((name) => `content/${name}`);
    expect(modelines.map((m) => m.file)).toEqual(expect.arrayContaining(required));
    for (const { file, first } of modelines) {
      const target = targetFor(file);
      expect(target, `${file} has no JSON Schema target`).toBeDefined();
      const depth = file.split('/').length - 1;
      expect(first, file).toBe(`# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/json/${target!.name}.schema.json`);
    }
  });

  it('is mapped in .vscode/settings.json for every content file it applies to', () => {
    const settings = JSON.parse(readFileSync(join(ROOT, '.vscode', 'settings.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    const expected = Object.fromEntries(
      jsonSchemaTargets()
        .filter((t) => !t.frontmatter)
        .map((t) => [`./schemas/json/${t.name}.schema.json`, t.editorFiles ?? t.files] as const)
        .filter(([, files]) => files.length > 0),
    );
    expect(settings['yaml.schemas']).toEqual(expected);
  });

  it('accepts every real content file', () => {
    const verdicts = jsonSchemaVerdicts(ROOT);
    expect(verdicts.map((v) => v.file)).toContain('content/plan.yaml');
    expect(verdicts.filter((v) => v.errors.length > 0)).toEqual([]);
  });

  it('never flags a file that npm run check accepts, in any validator scenario', () => {
    const scenarios = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const falseAlarms: Verdict[] = [];
    for (const name of scenarios) {
      const root = scenarioRoot(name);
      try {
        const failing = new Set(loadContent(root).diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
        falseAlarms.push(...jsonSchemaVerdicts(root).filter((v) => v.errors.length > 0 && !failing.has(v.file)));
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
    expect(falseAlarms).toEqual([]);
  });

  it.each([
    ['id-format', 'content/units.yaml'],
    ['unknown-key', 'content/units.yaml'],
    // Not 'enum' on a unit's kind: the kinds are content (units.yaml `kinds`), so only npm run check knows them.
    ['division-code', 'content/units.yaml'],
    ['date-invalid', 'content/plan.yaml'],
    ['date-chinese', 'content/notice.yaml'],
    ['text-whitespace', 'content/plan.yaml'],
    ['name-whitespace', 'content/leading-group.yaml'],
    ['invisible-char', 'content/leading-group.yaml'],
    ['required', 'content/leading-group.yaml'],
    ['frontmatter-date', 'content/achievements/2020-08-01-plan-issued.md'],
  ])('shows the %s mistake in the editor too (%s)', (scenario, file) => {
    const root = scenarioRoot(scenario);
    try {
      const verdict = jsonSchemaVerdicts(root).find((v) => v.file === file);
      expect(verdict?.errors.length).toBeGreaterThan(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
