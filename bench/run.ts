// `npm run bench`: validation, build and page weight, each as a ratio against
// a baseline measured in the same run on the same machine and files.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generate } from './generate.ts';

const ROOT = join(import.meta.dirname, '..');
const WORK = join(import.meta.dirname, 'work');
const NODE = process.execPath;
const BIN = join(ROOT, 'node_modules', '.bin');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);

interface Timing {
  seconds: number;
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
      PATH: `${BIN}:${process.env.PATH}`,
      NODE_OPTIONS: `--import=${join(import.meta.dirname, 'rss.mjs')}`,
      BENCH_RSS_FILE: rssFile,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && !(args.includes('src/cli/check.ts') && result.status === 1)) {
    throw new Error(`${args.join(' ')} failed in ${cwd}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  }
  const peaks = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').map(Number) : [];
  return { seconds, ...(peaks.length ? { peakMiB: Math.max(...peaks) / 1024 } : {}) };
}

function median(fn: () => Timing): Timing {
  const runs = Array.from({ length: REPEAT }, fn).sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor(runs.length / 2)]!;
}

function project(dir: string, files: string[], from: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of files) cpSync(join(from, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench', private: true, type: 'module' }));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
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

mkdirSync(WORK, { recursive: true });
const results = [];
for (const n of SIZES) {
  console.error(`N = ${n}: generating…`);
  const ours = join(WORK, `ours-${n}`);
  const bare = join(WORK, `bare-${n}`);
  project(ours, ['src', 'schemas', 'public', 'astro.config.mjs', 'tsconfig.json'], ROOT);
  project(bare, ['src', 'astro.config.mjs'], join(import.meta.dirname, 'bare'));
  generate(ours, n);
  cpSync(join(ours, 'content'), join(bare, 'content'), { recursive: true });

  console.error(`N = ${n}: validation…`);
  const floor = median(() => run(ours, [NODE, join(import.meta.dirname, 'floor.ts'), '.']));
  const check = median(() => run(ours, [NODE, 'src/cli/check.ts', '.']));
  const astroSync = median(() => {
    rmSync(join(bare, '.astro'), { recursive: true, force: true });
    rmSync(join(bare, 'node_modules', '.astro'), { recursive: true, force: true });
    return run(bare, [NODE, join(BIN, 'astro'), 'sync']);
  });

  console.error(`N = ${n}: builds…`);
  const clean = (dir: string) => ['dist', '.astro'].forEach((d) => rmSync(join(dir, d), { recursive: true, force: true }));
  clean(bare);
  const bareBuild = run(bare, [NODE, join(BIN, 'astro'), 'build']);
  clean(ours);
  // As `npm run build`: astro build validates through the content loader, then Pagefind indexes.
  const oursAstro = run(ours, [NODE, join(BIN, 'astro'), 'build'], { BUILD_DATE: '2020-09-10' });
  const oursPagefind = run(ours, [join(BIN, 'pagefind'), '--site', 'dist']);
  const fullSeconds = oursAstro.seconds + oursPagefind.seconds;

  const weight = weigh(join(ours, 'dist'));
  results.push({
    n,
    check: { seconds: check.seconds, floorSeconds: floor.seconds, ratioToFloor: check.seconds / floor.seconds, astroSyncSeconds: astroSync.seconds, ratioToAstroSync: check.seconds / astroSync.seconds },
    build: {
      seconds: fullSeconds,
      astroSeconds: oursAstro.seconds,
      pagefindSeconds: oursPagefind.seconds,
      bareSeconds: bareBuild.seconds,
      ratioToBare: fullSeconds / bareBuild.seconds,
      astroRatioToBare: oursAstro.seconds / bareBuild.seconds,
      peakMiB: oursAstro.peakMiB,
      barePeakMiB: bareBuild.peakMiB,
    },
    weight,
  });
}

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
const table = [
  '| N | check s | floor s | check/floor | astro sync s | check/sync | build s (astro + pagefind) | bare s | build/bare | astro build/bare | peak MiB (bare) | dist MB | heaviest page gzip | JS bytes/page |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map((r) =>
    [
      r.n,
      r.check.seconds.toFixed(2),
      r.check.floorSeconds.toFixed(2),
      r.check.ratioToFloor.toFixed(2),
      r.check.astroSyncSeconds.toFixed(2),
      r.check.ratioToAstroSync.toFixed(2),
      `${r.build.seconds.toFixed(1)} (${r.build.astroSeconds.toFixed(1)} + ${r.build.pagefindSeconds.toFixed(1)})`,
      r.build.bareSeconds.toFixed(1),
      r.build.ratioToBare.toFixed(2),
      r.build.astroRatioToBare.toFixed(2),
      `${r.build.peakMiB?.toFixed(0) ?? '?'} (${r.build.barePeakMiB?.toFixed(0) ?? '?'})`,
      (r.weight.distBytes / 1e6).toFixed(1),
      `${r.weight.heaviest.gzipBytes} B (${r.weight.heaviest.page})`,
      r.weight.maxJsBytesExceptSearch,
    ].join(' | ').replace(/^/, '| ').replace(/$/, ' |'),
  ),
].join('\n');
console.log(table);
writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, repeat: REPEAT, results }, null, 2)}\n`);
console.log(`\n写入 bench/results.json（${machine.cpus} 核，${machine.memoryGiB} GiB，Node ${machine.node}）`);
