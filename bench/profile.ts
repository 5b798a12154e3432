// `npm run bench:profile`: where our `astro build` spends its time beyond the
// fair bare baseline (the same content and the same number of pages), for one
// size N (BENCH_N, default 1000). Each project is built once, cold, with V8's
// CPU profiler on; the report compares
//   1. the build's phases, timed from the moment each of Astro's log lines arrives;
//   2. page rendering by section, summed from Astro's per-page "(+N ms)";
//   3. CPU time by what ran (self time of each sample, grouped by file);
// and lists the functions of our own code (src/, schemas/, compiled pages)
// that take the most CPU time, callees included. Written to bench/work/profile-N.json.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ASTRO, clean, countPages, ENV, NODE, setUp, walk, WORK } from './projects.ts';

const N = Number(process.env.BENCH_N ?? 1000);

interface Line {
  ms: number;
  text: string;
}

/** Runs a cold `astro build` with the CPU profiler, recording when each output line arrives. */
async function profiledBuild(dir: string, profileDir: string, env: Record<string, string> = {}): Promise<{ seconds: number; lines: Line[] }> {
  clean(dir);
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  const started = performance.now();
  const child = spawn(NODE, [`--cpu-prof`, `--cpu-prof-dir=${profileDir}`, ASTRO, 'build'], {
    cwd: dir,
    env: { ...process.env, ...ENV, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Line[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => lines.push({ ms: performance.now() - started, text }));
  }
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`astro build failed in ${dir}:\n${lines.slice(-30).map((l) => l.text).join('\n')}`);
  return { seconds, lines };
}

/** Phases of a static build, each ending at the first line matching its marker. */
const PHASES: [string, RegExp][] = [
  ['start-up and config', /\[content\] Syncing content/],
  ['content layer (loaders, Markdown rendering)', /\[content\] Synced content/],
  ['types and routes', /\[build\] Building static entrypoints/],
  ['bundling (Vite)', /generating static routes/],
  ['page generation (getStaticPaths, render, CSP hashes, write)', /✓ Completed in/],
  ['images and finish', /\[build\] Complete!/],
];

function phases(lines: Line[], seconds: number): Record<string, number> {
  const out: Record<string, number> = {};
  let from = 0;
  let i = 0;
  for (const [name, marker] of PHASES) {
    // "✓ Completed in" also closes earlier steps: look only after the previous marker.
    const at = lines.findIndex((l, k) => k >= i && marker.test(l.text));
    if (at < 0) continue;
    out[name] = (lines[at]!.ms - from) / 1000;
    from = lines[at]!.ms;
    i = at + 1;
  }
  out['exit (data store written, process ends)'] = seconds - from / 1000;
  return out;
}

/** Sum of Astro's per-page render times ("├─ /units/x/index.html (+3ms)") by section. */
function pageTimes(lines: Line[]): Record<string, { pages: number; ms: number }> {
  const out: Record<string, { pages: number; ms: number }> = {};
  for (const { text } of lines) {
    for (const m of text.matchAll(/[├└]─ \/(\S*) \(\+(\d+)ms\)/g)) {
      // /news/N (list pages) apart from /news/… (articles); files by extension (/data/*.csv).
      const [first = '', second = ''] = m[1]!.replace(/\/?index\.html$/, '').split('/');
      const file = /\.(\w+)$/.exec(second)?.[1];
      const section = `/${first}${second === '' ? '' : /^\d+$/.test(second) ? '/N' : file ? `/*.${file}` : '/…'}`;
      const s = (out[section] ??= { pages: 0, ms: 0 });
      s.pages++;
      s.ms += Number(m[2]);
    }
  }
  return out;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** What a frame's file is, for grouping CPU time. First match wins. */
const CATEGORIES: [string, RegExp][] = [
  ['our content loader (src/content-model, schemas)', /\/(src\/content-model|schemas)\//],
  ['our site code (src/site, src/lib)', /\/src\/(site|lib)\//],
  ['yaml', /node_modules\/yaml\//],
  ['zod', /node_modules\/zod\//],
  ['Markdown (satteri, shiki)', /node_modules\/(satteri|@astrojs\/markdown-satteri|shiki|@shikijs|oniguruma)/],
  ['hashing (CSP digests, content digests)', /node:internal\/crypto|node_modules\/xxhash/],
  ['Astro render runtime (prerender chunks)', /\.prerender\/(prerender-entry|chunks\/(jsx-runtime|astro|server|content|_astro))/],
  ['compiled pages and components', /\.prerender\//],
  ['data store (devalue)', /node_modules\/devalue\//],
  ['bundling (vite, rolldown, compiler)', /node_modules\/(vite|rolldown|@rolldown|@astrojs\/compiler|esbuild|postcss|lightningcss)/],
  ['Astro (other)', /node_modules\/(astro|@astrojs)\//],
  ['file system', /node:(internal\/)?fs/],
  ['module loading', /node:internal\/modules/],
];

function categoryOf(url: string, name: string): string {
  if (name === '(idle)' || name === '(garbage collector)' || name === '(program)') return name;
  return CATEGORIES.find(([, re]) => re.test(url))?.[0] ?? 'other';
}

/** Our source files, and the chunks Vite compiled our pages, components and src/lib into (not Astro's runtime). */
const isOwnCode = (url: string) =>
  !url.includes('/node_modules/') && /\/bench\/work\/[^/]+\/(src|schemas)\/|\.prerender\/chunks\/(?!jsx-runtime|astro|server|content_|_astro)/.test(url);

/** Astro functions that stand for one known cost each, callees included. */
const WATCHED: Record<string, string> = {
  generateCspDigest: 'CSP: SHA-256 of each inline style and script, on every page',
  renderCspContent: 'CSP: the policy meta tag of every page',
  '#processMarkdown': "renderMarkdown (the loader's, or the glob loader's)",
  serializeDataStore: 'content data store written to node_modules/.astro',
  getStaticPaths: 'getStaticPaths of all routes (the synchronous parts)',
};

function analyse(profileDir: string, root: string) {
  const files = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
  const byCategory: Record<string, number> = {};
  const own = new Map<string, number>();
  const watched: Record<string, number> = {};
  for (const file of files) {
    const p = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as Profile;
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n: ProfileNode) =>
      `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(`file://${root}/`, '').replace(/^.*\/\.prerender\//, '.prerender/')}:${n.callFrame.lineNumber + 1}`;
    p.samples.forEach((id, i) => {
      const ms = (p.timeDeltas[i] ?? 0) / 1000;
      // Native frames (no file) count for the first caller that has one.
      let at: number | undefined = id;
      while (at !== undefined && !byId.get(at)!.callFrame.url && !byId.get(at)!.callFrame.functionName.startsWith('(')) at = parent.get(at);
      const frame = byId.get(at ?? id)!.callFrame;
      const category = categoryOf(frame.url, frame.functionName);
      byCategory[category] = (byCategory[category] ?? 0) + ms;
      const seen = new Set<string>();
      for (let c: number | undefined = id; c !== undefined; c = parent.get(c)) {
        const n = byId.get(c)!;
        const name = n.callFrame.functionName;
        if (name in WATCHED && !seen.has(name)) {
          seen.add(name);
          watched[name] = (watched[name] ?? 0) + ms;
        }
        if (!isOwnCode(n.callFrame.url)) continue;
        const key = label(n);
        if (seen.has(key)) continue;
        seen.add(key);
        own.set(key, (own.get(key) ?? 0) + ms);
      }
    });
  }
  return { byCategory, own, watched };
}

const round = (x: number) => Math.round(x);
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

mkdirSync(WORK, { recursive: true });
console.error(`N = ${N}: generating…`);
const { ours, bare } = setUp(N);
console.error(`N = ${N}: profiling our build…`);
const oursBuild = await profiledBuild(ours, join(WORK, `profile-ours-${N}`));
const pages = countPages(join(ours, 'dist'));
console.error(`N = ${N}: profiling the bare build with the same page count…`);
// The bare project renders an index and one page per Markdown article; plain pages make up the rest.
const articles = walk(join(bare, 'content', 'achievements')).filter((f) => f.endsWith('.md')).length;
const fairBuild = await profiledBuild(bare, join(WORK, `profile-bare-${N}`), { BARE_EXTRA_PAGES: String(pages - 1 - articles) });
if (countPages(join(bare, 'dist')) !== pages) throw new Error(`bare project rendered ${countPages(join(bare, 'dist'))} pages, ours ${pages}`);

const oursPhases = phases(oursBuild.lines, oursBuild.seconds);
const barePhases = phases(fairBuild.lines, fairBuild.seconds);
const oursPages = pageTimes(oursBuild.lines);
const barePages = pageTimes(fairBuild.lines);
const oursCpu = analyse(join(WORK, `profile-ours-${N}`), ours);
const bareCpu = analyse(join(WORK, `profile-bare-${N}`), bare);

const out: string[] = [];
out.push(`N = ${N}, ${pages} pages each. ours ${oursBuild.seconds.toFixed(2)} s, bare (same page count) ${fairBuild.seconds.toFixed(2)} s, ratio ${(oursBuild.seconds / fairBuild.seconds).toFixed(2)} (with the profiler on).`);
out.push('', 'Phases (wall clock, s):', '');
out.push(table(['phase', 'ours', 'bare', 'ours − bare'], Object.keys({ ...oursPhases, ...barePhases }).map((k) => [k, (oursPhases[k] ?? 0).toFixed(2), (barePhases[k] ?? 0).toFixed(2), ((oursPhases[k] ?? 0) - (barePhases[k] ?? 0)).toFixed(2)])));
out.push('', "Page rendering by section (sum of Astro's per-page ms, render and write; our build renders two pages at a time):", '');
const perPage = (v: { pages: number; ms: number } | undefined) => (v ? (v.ms / v.pages).toFixed(1) : '');
out.push(
  table(
    ['section', 'ours pages', 'ours ms', 'ms/page', 'bare pages', 'bare ms', 'ms/page'],
    Object.keys({ ...oursPages, ...barePages })
      .sort((x, y) => (oursPages[y]?.ms ?? 0) - (oursPages[x]?.ms ?? 0))
      .map((k) => [k, oursPages[k]?.pages ?? '', oursPages[k]?.ms ?? '', perPage(oursPages[k]), barePages[k]?.pages ?? '', barePages[k]?.ms ?? '', perPage(barePages[k])]),
  ),
);
out.push('', 'CPU time by what ran (self time, ms):', '');
out.push(
  table(
    ['what', 'ours', 'bare', 'ours − bare'],
    Object.keys({ ...oursCpu.byCategory, ...bareCpu.byCategory })
      .map((k) => [k, oursCpu.byCategory[k] ?? 0, bareCpu.byCategory[k] ?? 0] as const)
      .sort((a, b) => b[1] - b[2] - (a[1] - a[2]))
      .map(([k, o, b]) => [k, round(o), round(b), round(o - b)]),
  ),
);
out.push('', 'Known costs (CPU time, callees included, ms):', '');
out.push(table(['what', 'function', 'ours', 'bare'], Object.entries(WATCHED).map(([fn, what]) => [what, `\`${fn}\``, round(oursCpu.watched[fn] ?? 0), round(bareCpu.watched[fn] ?? 0)])));
out.push('', 'Our code by CPU time, callees included (ms; async callers are not on the stack):', '');
out.push(
  table(
    ['function and place', 'ms'],
    [...oursCpu.own]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([k, ms]) => [`\`${k}\``, round(ms)]),
  ),
);
console.log(out.join('\n'));
writeFileSync(
  join(WORK, `profile-${N}.json`),
  `${JSON.stringify({ n: N, pages, seconds: { ours: oursBuild.seconds, bare: fairBuild.seconds }, phases: { ours: oursPhases, bare: barePhases }, pageTimes: { ours: oursPages, bare: barePages }, cpu: { ours: oursCpu.byCategory, bare: bareCpu.byCategory }, watched: { ours: oursCpu.watched, bare: bareCpu.watched }, ownCode: Object.fromEntries(oursCpu.own) }, null, 2)}\n`,
);
