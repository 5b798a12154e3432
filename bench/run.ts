// `npm run bench`: validation, build and page weight, each as a ratio against
// a baseline measured in the same run on the same machine and files.
//
//   BENCH_SIZES=1000     sizes N to run (default 100,1000,10000)
//   BENCH_REPEAT=1       runs per figure, the fastest is reported (default 3)
//   BENCH_OUT=work/x.json  where to write the results (default bench/results.json)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ASTRO, BIN, clean, countPages, ENV, NODE, ROOT, setUp, walk, WORK } from './projects.ts';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
// Reported as pass/fail columns, not asserted: times vary with the machine.
const TARGETS = { checkToFloor: 2, astroToFairBare: 1.3 };

interface Timing {
  seconds: number;
  /** User + system CPU time of the Node processes (all threads); steadier than wall time when other work shares the machine. */
  cpuSeconds?: number;
  peakMiB?: number;
}

function run(cwd: string, args: string[], env: Record<string, string> = {}): Timing {
  const rssFile = join(WORK, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const result = spawnSync(args[0]!, args.slice(1), {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...ENV,
      NODE_OPTIONS: `--import=${join(import.meta.dirname, 'rss.mjs')}`,
      BENCH_RSS_FILE: rssFile,
      ...env,
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && !(args.includes('src/cli/check.ts') && result.status === 1)) {
    throw new Error(`${args.join(' ')} failed in ${cwd}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  }
  const usage = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number)) : [];
  rmSync(rssFile, { force: true });
  if (usage.length === 0) return { seconds };
  return { seconds, cpuSeconds: usage.reduce((s, u) => s + u[1]!, 0) / 1e6, peakMiB: Math.max(...usage.map((u) => u[0]!)) / 1024 };
}

/**
 * The fastest run, with the wall times of all runs so the spread is on record.
 * Other work on the machine only ever adds time, so the fastest run is the best
 * estimate of what the command costs (and the median of a busy machine is noise).
 */
function fastest(runs: Timing[]): Timing & { runs: number[] } {
  const quickest = [...runs].sort((a, b) => a.seconds - b.seconds)[0]!;
  const cpu = runs.map((r) => r.cpuSeconds).filter((c) => c !== undefined);
  return { ...quickest, ...(cpu.length ? { cpuSeconds: Math.min(...cpu) } : {}), runs: runs.map((r) => Number(r.seconds.toFixed(3))) };
}

const best = (fn: () => Timing) => fastest(Array.from({ length: REPEAT }, fn));

/** One cold `astro build`. */
function build(dir: string, env: Record<string, string> = {}): Timing {
  clean(dir);
  return run(dir, [NODE, ASTRO, 'build'], env);
}

function weigh(dist: string) {
  const files = walk(dist);
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const pages = files.filter((f) => f.endsWith('.html'));
  let heaviest = { page: '', gzipBytes: 0 };
  let maxJsBytes = 0;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!.replace(/^\//, '')), 'utf8'));
    const gz = gzipSync(html + css.join('')).length;
    const rel = relative(dist, page);
    if (gz > heaviest.gzipBytes && !rel.startsWith('search/')) heaviest = { page: rel, gzipBytes: gz };
    if (!rel.startsWith('search/')) {
      const js = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].reduce((s, m) => s + statSync(join(dist, m[1]!.replace(/^\//, ''))).size, 0);
      const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((s, m) => s + m[1]!.length, 0);
      maxJsBytes = Math.max(maxJsBytes, js + inline);
    }
  }
  return { distBytes: bytes, pages: pages.length, heaviest, maxJsBytesExceptSearch: maxJsBytes };
}

const ratio = (a: Timing, b: Timing) => ({
  wall: a.seconds / b.seconds,
  ...(a.cpuSeconds && b.cpuSeconds ? { cpu: a.cpuSeconds / b.cpuSeconds } : {}),
});

mkdirSync(WORK, { recursive: true });
const results = [];
for (const n of SIZES) {
  console.error(`N = ${n}: generating…`);
  const { ours, bare } = setUp(n);
  // Other work on the machine slows every figure; the 1-minute load average before and after says how much there was.
  const loadBefore = loadavg()[0]!;

  console.error(`N = ${n}: validation…`);
  // Floor and check take turns too.
  const floorRuns: Timing[] = [];
  const checkRuns: Timing[] = [];
  for (let r = 0; r < REPEAT; r++) {
    floorRuns.push(run(ours, [NODE, join(import.meta.dirname, 'floor.ts'), '.']));
    checkRuns.push(run(ours, [NODE, 'src/cli/check.ts', '.']));
  }
  const floor = fastest(floorRuns);
  const check = fastest(checkRuns);
  const astroSync = best(() => {
    clean(bare);
    return run(bare, [NODE, ASTRO, 'sync']);
  });

  console.error(`N = ${n}: builds…`);
  // The three builds take turns, so a slower spell of the machine falls on all of them.
  const runs = { ours: [] as Timing[], pagefind: [] as Timing[], bareMarkdown: [] as Timing[], bareFair: [] as Timing[] };
  let weight: ReturnType<typeof weigh> | undefined;
  let bareMarkdownPages = 0;
  let bareFairPages = 0;
  for (let r = 0; r < REPEAT; r++) {
    // As `npm run build`: astro build validates through the content loader, then Pagefind indexes.
    runs.ours.push(build(ours));
    runs.pagefind.push(run(ours, [join(BIN, 'pagefind'), '--site', 'dist', '--quiet']));
    weight ??= weigh(join(ours, 'dist'));
    // Baseline 1, "bare: same Markdown": the bare project renders the articles and an index.
    runs.bareMarkdown.push(build(bare));
    bareMarkdownPages = countPages(join(bare, 'dist'));
    // Baseline 2, "bare: same page count": the same, plus plain pages up to the number of HTML pages our build wrote.
    runs.bareFair.push(build(bare, { BARE_EXTRA_PAGES: String(Math.max(0, weight.pages - bareMarkdownPages)) }));
    bareFairPages = countPages(join(bare, 'dist'));
    if (bareFairPages !== weight.pages) throw new Error(`the bare project rendered ${bareFairPages} pages, ours ${weight.pages}`);
  }
  const oursAstro = fastest(runs.ours);
  const oursPagefind = fastest(runs.pagefind);
  const bareMarkdown = fastest(runs.bareMarkdown);
  const bareFair = fastest(runs.bareFair);
  const toFair = ratio(oursAstro, bareFair);

  results.push({
    n,
    loadAverage: [Number(loadBefore.toFixed(2)), Number(loadavg()[0]!.toFixed(2))],
    check: {
      seconds: check.seconds,
      floorSeconds: floor.seconds,
      ratioToFloor: check.seconds / floor.seconds,
      cpuRatioToFloor: check.cpuSeconds && floor.cpuSeconds ? check.cpuSeconds / floor.cpuSeconds : undefined,
      runs: check.runs,
      floorRuns: floor.runs,
      target: TARGETS.checkToFloor,
      pass: check.seconds / floor.seconds <= TARGETS.checkToFloor,
      astroSyncSeconds: astroSync.seconds,
      ratioToAstroSync: check.seconds / astroSync.seconds,
    },
    build: {
      pages: weight!.pages,
      astro: oursAstro,
      pagefindSeconds: oursPagefind.seconds,
      seconds: oursAstro.seconds + oursPagefind.seconds,
      bareSameMarkdown: { pages: bareMarkdownPages, ...bareMarkdown, astroRatio: ratio(oursAstro, bareMarkdown) },
      bareSamePageCount: { pages: bareFairPages, ...bareFair, astroRatio: toFair },
      target: TARGETS.astroToFairBare,
      pass: toFair.wall <= TARGETS.astroToFairBare,
    },
    weight: weight!,
  });
}

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
const verdict = (pass: boolean) => (pass ? 'pass' : 'FAIL');
const table = [
  `| N | check s | floor s | check/floor (≤ ${TARGETS.checkToFloor}) | same, CPU time | pages | astro build s | bare: same Markdown s (pages) | astro/same Markdown | bare: same page count s | astro/same page count (≤ ${TARGETS.astroToFairBare}) | same, CPU time | pagefind s | peak MiB (bare, same page count) | dist MB | heaviest page gzip | JS bytes/page |`,
  `|${' --- |'.repeat(17)}`,
  ...results.map((r) =>
    [
      r.n,
      r.check.seconds.toFixed(2),
      r.check.floorSeconds.toFixed(2),
      `${r.check.ratioToFloor.toFixed(2)} ${verdict(r.check.pass)}`,
      r.check.cpuRatioToFloor?.toFixed(2) ?? '?',
      r.build.pages,
      r.build.astro.seconds.toFixed(1),
      `${r.build.bareSameMarkdown.seconds.toFixed(1)} (${r.build.bareSameMarkdown.pages})`,
      r.build.bareSameMarkdown.astroRatio.wall.toFixed(2),
      r.build.bareSamePageCount.seconds.toFixed(1),
      `${r.build.bareSamePageCount.astroRatio.wall.toFixed(2)} ${verdict(r.build.pass)}`,
      r.build.bareSamePageCount.astroRatio.cpu?.toFixed(2) ?? '?',
      r.build.pagefindSeconds.toFixed(1),
      `${r.build.astro.peakMiB?.toFixed(0) ?? '?'} (${r.build.bareSamePageCount.peakMiB?.toFixed(0) ?? '?'})`,
      (r.weight.distBytes / 1e6).toFixed(1),
      `${r.weight.heaviest.gzipBytes} B (${r.weight.heaviest.page})`,
      r.weight.maxJsBytesExceptSearch,
    ]
      .join(' | ')
      .replace(/^/, '| ')
      .replace(/$/, ' |'),
  ),
].join('\n');
console.log(table);
const out = join(import.meta.dirname, process.env.BENCH_OUT ?? 'results.json');
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), machine, repeat: REPEAT, targets: TARGETS, results }, null, 2)}\n`);
console.log(`\n写入 ${relative(ROOT, out)}（${machine.cpus} 核，${machine.memoryGiB} GiB，Node ${machine.node}）`);
