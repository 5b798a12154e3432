// `npm run editor:config`: writes src/editor/config.yml, the form editor's
// configuration generated from the Zod schemas (see src/editor/config.ts).
// tests/editor/config.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorConfigYaml } from '../src/editor/config.ts';
import { PROJECT_ROOT } from './build-editor.ts';

export const CONFIG_FILE = join(PROJECT_ROOT, 'src', 'editor', 'config.yml');

if (import.meta.main) {
  writeFileSync(CONFIG_FILE, editorConfigYaml());
  console.log('已生成 src/editor/config.yml');
}
