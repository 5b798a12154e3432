// The form editor's bundle entry (built by scripts/build-editor.ts into
// dist-editor/admin/editor.js). Reads config.yml beside the page, registers
// one file format per collection (so each knows its fields' order, see
// preserve.ts), replaces the `string` widget with one that input methods can
// type into (ime-string.ts), then starts Decap CMS. Nothing here is loaded by
// the public site.
import CMS from 'decap-cms-app';
import { parse } from 'yaml';
import { ImeSafeStringControl } from './ime-string.ts';
import { fieldOrder, readFrontmatter, readYaml, writeFrontmatter, writeYaml } from './preserve.ts';

interface Field {
  readonly name: string;
  readonly comment?: string;
  readonly fields?: readonly Field[];
  readonly field?: Field;
}

interface Collection {
  readonly name: string;
  readonly format: string;
  readonly extension?: string;
  readonly fields?: readonly Field[];
  readonly files?: readonly { readonly fields: readonly Field[] }[];
}

type Data = Record<string, unknown>;

function register(collection: Collection): void {
  const fields = collection.fields ?? collection.files?.[0]?.fields ?? [];
  const order = fieldOrder(fields);
  const header = fields[0]?.comment;
  if (collection.format.startsWith('keep-frontmatter/')) {
    CMS.registerCustomFormat(collection.format, collection.extension ?? 'md', {
      fromFile: (raw: string) => readFrontmatter(raw),
      toFile: (data: Data) => writeFrontmatter(data, order),
    });
  } else {
    CMS.registerCustomFormat(collection.format, collection.extension ?? 'yaml', {
      fromFile: (raw: string) => readYaml(raw),
      toFile: (data: Data) => writeYaml(data, order, header),
    });
  }
}

async function start(): Promise<void> {
  const response = await fetch('config.yml', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`读取编辑器配置 config.yml 失败（HTTP ${response.status}）`);
  const config = parse(await response.text()) as { collections: Collection[] } & Data;
  for (const c of config.collections) register(c);
  CMS.registerWidget('string', ImeSafeStringControl as never);
  CMS.init({ config: { ...config, load_config_file: false } as never });
}

start().catch((error: unknown) => {
  const p = document.createElement('p');
  p.textContent = `编辑器未能启动：${error instanceof Error ? error.message : String(error)}`;
  document.body.append(p);
});
