// Every SVG file of the build is rewritten through the SVG sanitizer
// (src/lib/svg-sanitize.ts) once Astro has written dist/: pictures beside
// articles (frontmatter or body, copied or re-emitted by the image service)
// and public/ alike. Opened on its own in a browser tab, on a host that does
// not send our CSP header, a published SVG then runs nothing and loads nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sanitizeSvg } from '../lib/svg-sanitize.ts';

export function sanitizeSvgFiles(dir: string): { file: string; hostile: readonly string[] }[] {
  const cleaned: { file: string; hostile: readonly string[] }[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.toLowerCase().endsWith('.svg')) continue;
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const result = sanitizeSvg(before);
    if (result.svg !== before) writeFileSync(path, result.svg);
    if (result.hostile.length > 0) cleaned.push({ file, hostile: result.hostile });
  }
  return cleaned;
}

export function sanitizeSvgIntegration(): AstroIntegration {
  return {
    name: 'junheng-sanitize-svg',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // npm run check refuses such files (svg-unsafe); this is the guarantee for the published site.
        for (const { file, hostile } of sanitizeSvgFiles(fileURLToPath(dir))) logger.warn(`${file}: removed ${hostile.join(', ')}`);
      },
    },
  };
}
