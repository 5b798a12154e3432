// The site configuration, read at Astro config time through the same loader
// and schema as everything else (content/site.yaml).
import { join } from 'node:path';
import type { Site } from '../../schemas/site.ts';
import { SiteSchema as siteSchema } from '../../schemas/site.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { readSource } from './source.ts';
import { parseYaml } from './yaml.ts';
import { checkSchema } from './zod-issues.ts';

export function readSiteConfig(root: string): Site {
  const file = 'content/site.yaml';
  const source = readSource(join(root, file), file);
  if (!source.ok) throw new Error(formatDiagnostic(source.diagnostic));
  const parsed = parseYaml(source.text, file);
  const problems = [...parsed.diagnostics, ...(parsed.diagnostics.length ? [] : checkSchema(siteSchema, parsed.value, file, parsed.locate))];
  if (problems.length > 0) throw new Error(`网站配置有误：\n${problems.map(formatDiagnostic).join('\n')}`);
  return parsed.value as Site;
}
