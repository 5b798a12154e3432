// The site configuration, read at Astro config time through the same phases
// and schema as everything else (content/site.yaml).
import type { Site } from '../../schemas/site.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { loadOneFile } from './load.ts';

export function readSiteConfig(root: string): Site {
  const { output, diagnostics } = loadOneFile(root, 'content/site.yaml');
  if (output === undefined) throw new Error(`网站配置有误：\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  return output as Site;
}
