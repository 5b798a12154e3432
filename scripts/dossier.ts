// `npm run dossier -- <input.html> <output.pdf> --date YYYY-MM-DD [--title T] [--author A]`:
// renders an HTML document to the printable A4 PDF (src/dossier/render.ts explains the markup it
// understands). Relative URLs in the document are read from the input's folder. The document made
// from content/ (cover, notice, plan, units…) is still to come; until then this renders any
// document written to the engine's conventions, e.g. to look at a layout.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderPdf } from '../src/dossier/render.ts';

const usage = 'usage: npm run dossier -- <input.html> <output.pdf> --date YYYY-MM-DD [--title T] [--author A]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { date: { type: 'string' }, title: { type: 'string' }, author: { type: 'string' } },
});
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
console.log(`${output}: ${(pdf.length / 1024).toFixed(0)} KiB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
