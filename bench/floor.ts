// The parse floor: read every content file and parse its YAML (frontmatter
// for Markdown) with the same YAML library, and nothing else. `npm run check`
// cannot be faster than this; the benchmark reports check as a ratio of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

let parsed = 0;
for (const file of walk(join(process.argv[2] ?? '.', 'content'))) {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.yaml')) parse(text);
  else if (file.endsWith('.md') || file.endsWith('.mdx')) parse(text.split('\n---\n')[0]!.replace(/^---\n/, ''));
  else continue;
  parsed++;
}
console.log(`parsed ${parsed} files`);
