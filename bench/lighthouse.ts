// `npm run lighthouse`: Lighthouse (mobile preset, its default: a mid-range
// phone on slow 4G, simulated) on one page of each kind of the real and the
// demo site, served from the built dist/ and dist-demo/ by a plain static
// server without compression (tests/helpers/serve.ts), the way a county's
// web host with no gzip set up would send them. Prints a table of the four
// category scores, LCP and transfer size per page and writes it to
// bench/lighthouse.md. Not part of `npm test`: about 15 s a page.
//
//   CHROME_PATH=/usr/bin/chromium  the browser (default: Debian's Chromium)
//   LIGHTHOUSE_SITES=dist          which builds (default dist,dist-demo)
//   LIGHTHOUSE_OUT=bench/x.md      where to write the table
//
// Build first: `npm run build:test` (or BUILD_DATE=… npm run build / build:demo).
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from '../tests/helpers/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SITES = (process.env.LIGHTHOUSE_SITES ?? 'dist,dist-demo').split(',').filter(Boolean);
const OUT = resolve(ROOT, process.env.LIGHTHOUSE_OUT ?? 'bench/lighthouse.md');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/** URL paths of one page of each kind: every unit page, school page and article is laid out alike, so one of each stands for all. */
function pageKinds(dir: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const file of walk(dir).filter((f) => f.endsWith('.html')).sort()) {
    const rel = relative(dir, file).split(sep).join('/');
    const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
    const kind = path.replace(/^\/units\/[^/]+\/$/, '/units/*/').replace(/^\/schools\/[^/]+\/$/, '/schools/*/').replace(/^\/news\/(?!\d+\/)[^/]+\/$/, '/news/*/');
    if (seen.has(kind)) continue;
    seen.add(kind);
    out.push(path);
  }
  return out;
}

interface Row {
  site: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  lcpMs: number | null;
  transferBytes: number | null;
  /** Lighthouse's measure of how fast this machine was during the run (a mid-range phone of its calibration is about 1000). */
  benchmarkIndex: number | null;
  /** Audits that cost a category points, for the notes. */
  failing: string[];
}

async function main(): Promise<void> {
  if (!existsSync(CHROME_PATH)) throw new Error(`${CHROME_PATH} not found: install Chromium or set CHROME_PATH.`);
  for (const site of SITES) {
    if (!existsSync(join(ROOT, site, 'index.html'))) throw new Error(`${site}/ is not built: run \`npm run build:test\` first.`);
  }
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Nothing but the local server can be reached: the pages load nothing from third parties.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  const rows: Row[] = [];
  try {
    for (const site of SITES) {
      const server = await serveDist({ root: join(ROOT, site), base: '/' });
      try {
        for (const path of pageKinds(join(ROOT, site))) {
          const result = await lighthouse(server.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
          const lhr = result?.lhr;
          if (!lhr) throw new Error(`Lighthouse returned nothing for ${site}${path}`);
          const score = (c: string) => {
            const s = lhr.categories[c]?.score;
            return s === null || s === undefined ? null : Math.round(s * 100);
          };
          const failing = Object.values(lhr.categories).flatMap((cat) =>
            cat.auditRefs
              .filter((ref) => ref.weight > 0)
              .map((ref) => lhr.audits[ref.id]!)
              .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
              .map((a) => `${cat.id}: ${a.id}`),
          );
          const row: Row = {
            site,
            path,
            scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
            lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
            transferBytes: lhr.audits['total-byte-weight']?.numericValue ?? null,
            benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
            failing,
          };
          rows.push(row);
          console.log(`${site}${path}: ${CATEGORIES.map((c) => row.scores[c]).join(' / ')}, LCP ${fmtMs(row.lcpMs)}, ${fmtKiB(row.transferBytes)}, benchmark ${Math.round(row.benchmarkIndex ?? 0)}${failing.length ? `  (${failing.join(', ')})` : ''}`);
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await chrome.kill();
  }
  const table = markdown(rows);
  writeFileSync(OUT, table);
  console.log(`\n${table}\nWritten to ${relative(ROOT, OUT)}.`);
}

const fmtMs = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`);
const fmtKiB = (b: number | null) => (b === null ? '—' : `${(b / 1024).toFixed(1)} KiB`);

function markdown(rows: readonly Row[]): string {
  const lines = [
    '# Lighthouse, mobile preset',
    '',
    `Measured by \`npm run lighthouse\` (bench/lighthouse.ts) on ${new Date().toISOString().slice(0, 10)}: Lighthouse mobile preset`,
    '(simulated slow 4G, 4× CPU slowdown), the built sites served by a plain static server without',
    'compression. One page of each kind; every unit page and every article stands for the rest.',
    '',
    'Performance depends on how busy the machine is: the Benchmark column is Lighthouse\'s own',
    'measure of the CPU during each run (higher is faster). On a loaded machine, total blocking time',
    'and so the performance score are worse than a reader\'s phone would see; the other three',
    'categories do not depend on it.',
    '',
    '| Site | Page | Performance | Accessibility | Best practices | SEO | LCP | Transfer | Benchmark |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.site} | \`${r.path}\` | ${CATEGORIES.map((c) => r.scores[c] ?? '—').join(' | ')} | ${fmtMs(r.lcpMs)} | ${fmtKiB(r.transferBytes)} | ${r.benchmarkIndex === null ? '—' : Math.round(r.benchmarkIndex)} |`,
    ),
  ];
  const notes = rows.filter((r) => r.failing.length > 0);
  if (notes.length > 0) {
    lines.push('', 'Audits that cost points:', '');
    for (const r of notes) lines.push(`- ${r.site} \`${r.path}\`: ${r.failing.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

await main();
