// `npm run dossier [-- <output.pdf>]`: writes the 迎检资料汇编 of the content (CONTENT_ROOT, else
// this repository) to one A4 PDF, by default dossier.pdf in the site's output folder
// (SITE_OUT_DIR, else dist/), where the built site links it. The build does the same
// (src/integrations/dossier.ts). SITE_BASE as for the build.
//
// `npm run dossier -- --html <input.html> <output.pdf> --date YYYY-MM-DD [--title T] [--author A]`
// renders any HTML document written to the engine's conventions (src/dossier/render.ts), e.g. to
// look at a layout; relative URLs in it are read from the input's folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDossier } from '../src/dossier/build.ts';
import { DOSSIER_PATH } from '../src/dossier/document.ts';
import { renderPdf } from '../src/dossier/render.ts';

const usage =
  'usage: npm run dossier [-- <output.pdf>]\n       npm run dossier -- --html <input.html> <output.pdf> --date YYYY-MM-DD [--title T] [--author A]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { html: { type: 'boolean' }, date: { type: 'string' }, title: { type: 'string' }, author: { type: 'string' } },
});

const kib = (bytes: Uint8Array) => `${(bytes.length / 1024).toFixed(0)} KiB`;

if (values.html) {
  const [input, output] = positionals;
  if (!input || !output || !values.date || positionals.length > 2) {
    console.error(usage);
    process.exit(2);
  }
  const html = readFileSync(input, 'utf8');
  const title = values.title ?? /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
  if (!title) {
    console.error('the document has no <title>: give one with --title');
    process.exit(2);
  }
  const started = performance.now();
  const pdf = await renderPdf(html, { baseDir: dirname(resolve(input)), creationDate: values.date, title, author: values.author });
  writeFileSync(output, pdf);
  console.log(`${output}: ${kib(pdf)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} else {
  if (positionals.length > 1 || values.date || values.title || values.author) {
    console.error(usage);
    process.exit(2);
  }
  const output = positionals[0] ?? resolve(process.env.SITE_OUT_DIR ?? 'dist', DOSSIER_PATH);
  const built = await buildDossier({ root: resolve(process.env.CONTENT_ROOT ?? '.'), base: process.env.SITE_BASE});
  mkdirSync(dirname(resolve(output)), { recursive: true });
  writeFileSync(output, built.pdf);
  console.log(`${output}: ${built.title}，资料截至 ${built.date}，${kib(built.pdf)} in ${built.seconds.toFixed(1)} s`);
}
