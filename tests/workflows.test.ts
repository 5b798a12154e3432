// The git hosts' pipelines must check what .ci/run checks, so a pull request
// that passes on GitHub or GitLab also passes the project's own CI.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { codeQualityReport, markdownReport, parseCheckOutput } from '../scripts/check-report.ts';
import { compressDirectory } from '../scripts/compress.ts';

const ROOT = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** `npm …` commands in a shell script or a list of them, one per line. */
function npmCommands(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^npm\s/.test(line))
    .map((line) => line.replace(/\s*(?:2>&1\s*)?(?:\|.*)?$/, '').replace(/\s+/g, ' '));
}

/** Packages of `apt-get install` lines, continuation lines joined. */
function aptPackages(script: string): string[] {
  const joined = script.replace(/\\\n\s*/g, ' ');
  return [...joined.matchAll(/apt-get install ([^\n>]+)/g)].flatMap((m) => m[1]!.split(/\s+/).filter((w) => w && !w.startsWith('-')));
}

interface GithubStep {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface GithubJob {
  steps: GithubStep[];
  if?: string;
  container?: string;
}
const github = parse(read('.github/workflows/ci.yml')) as { on: Record<string, unknown>; jobs: Record<string, GithubJob> };
const gitlab = parse(read('.gitlab-ci.yml')) as Record<
  string,
  { script?: string[]; before_script?: string[]; after_script?: string[]; rules?: unknown; artifacts?: { paths?: string[]; expose_as?: string } }
>;
const ciRun = read('.ci/run');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

const githubShell = (job: GithubJob) => job.steps.map((s) => s.run ?? '').join('\n');
const gitlabShell = (job: (typeof gitlab)[string]) => [...(job.before_script ?? []), ...(job.script ?? [])].join('\n');

describe('.ci/run', () => {
  it('is parsed into the commands the pipelines must share', () => {
    expect(npmCommands(ciRun)).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
  });
});

describe.each([
  ['GitHub Actions', () => githubShell(github.jobs.test!)],
  ['GitLab CI', () => gitlabShell(gitlab.test!)],
])('the %s test job', (_host, shell) => {
  it('runs every npm command of .ci/run, in the same order', () => {
    const commands = npmCommands(shell());
    const required = npmCommands(ciRun);
    expect(commands.filter((c) => required.includes(c))).toEqual(required);
  });

  it('installs the browser and fonts .ci/run installs', () => {
    expect(aptPackages(shell())).toEqual(expect.arrayContaining(aptPackages(ciRun)));
  });

  it('calls only npm scripts that exist', () => {
    const run = npmCommands(shell()).flatMap((c) => /^npm run ([\w:-]+)/.exec(c)?.[1] ?? []);
    expect(run.filter((name) => !(name in scripts))).toEqual([]);
  });
});

describe('GitHub Actions', () => {
  it('checks pull requests and publishes main to Pages after the tests pass', () => {
    expect(Object.keys(github.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    const build = github.jobs['pages-build']!;
    expect(build.if).toContain("github.ref == 'refs/heads/main'");
    expect((build as unknown as { needs: string }).needs).toBe('test');
    expect(npmCommands(githubShell(build))).toContain('npm run build');
    expect(build.steps.map((s) => s.uses?.split('@')[0])).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact']));
    expect(github.jobs['pages-deploy']!.steps.map((s) => s.uses?.split('@')[0])).toContain('actions/deploy-pages');
  });

  it('uses the Node version of .nvmrc', () => {
    for (const job of Object.values(github.jobs)) {
      for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/setup-node'))) {
        expect(step.with?.['node-version-file']).toBe('.nvmrc');
      }
    }
  });
});

describe('GitLab CI', () => {
  it('publishes the built site as public/ from the default branch', () => {
    const pages = gitlab.pages!;
    expect(npmCommands(gitlabShell(pages))).toContain('npm run build');
    expect(pages.artifacts?.paths).toEqual(['public']);
    expect(JSON.stringify(pages.rules)).toContain('$CI_DEFAULT_BRANCH');
  });
});

describe('the review summary (what a change does to the site)', () => {
  it('is written by the same npm script on both hosts, against the base of the change', () => {
    expect(scripts.review).toBe('node scripts/review-summary.ts');
    const githubStep = github.jobs.test!.steps.find((s) => s.run?.includes('npm run review'));
    expect(npmCommands(githubStep?.run ?? '')).toEqual(['npm run review -- --base HEAD^1 --out review.md']);
    expect((githubStep as { if?: string }).if).toContain("github.event_name == 'pull_request'");
    expect(githubStep?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    const review = gitlab.review!;
    expect(npmCommands(gitlabShell(review))).toEqual(['npm ci --no-audit --no-fund', 'npm run review -- --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --out review.md --text review.txt']);
    expect(JSON.stringify(review.rules)).toContain('merge_request_event');
    expect(review.artifacts?.paths).toEqual(['review.txt']);
  });

  it('has the base commit on GitHub: the merge commit and its first parent', () => {
    const checkout = github.jobs.test!.steps.find((s) => s.uses?.startsWith('actions/checkout'));
    expect(Number(checkout?.with?.['fetch-depth'])).toBeGreaterThanOrEqual(2);
  });

  it('names the merge request link in ASCII, which GitLab requires of expose_as', () => {
    expect(gitlab.review!.artifacts?.expose_as).toMatch(/^\w[-\w ]*$/);
  });
});

describe('the check report', () => {
  const output = [
    'content/plan.yaml:18:10  结束日期 2020-07-15 早于开始日期 2020-08-01：请检查两个日期是否写反  [date-range]',
    'content/plan.yaml:92:11  警告：时限 2020-12-25 不在所属阶段“迎接国家检查”（2020-11-16 至 2020-12-10）之内；如原文如此，可保留  [deadline-outside-phase]',
    '::error file=content/plan.yaml,line=18,col=10,title=date-range::结束日期',
    '发现 1 个错误、1 个警告。请按提示修改后再提交；警告不阻止合并。（用时 80 毫秒）',
  ].join('\n');

  it('reads back what npm run check printed', () => {
    const { diagnostics, other } = parseCheckOutput(output);
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.severity, d.rule])).toEqual([
      ['content/plan.yaml', 18, 10, 'error', 'date-range'],
      ['content/plan.yaml', 92, 11, 'warning', 'deadline-outside-phase'],
    ]);
    expect(other).toEqual(['发现 1 个错误、1 个警告。请按提示修改后再提交；警告不阻止合并。（用时 80 毫秒）']);
  });

  it('lists each problem in the job summary with a link to its rule on the repository', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'county/junheng', GITHUB_SHA: 'abc123' };
    const summary = markdownReport(output, env);
    expect(summary).toContain(
      '| `content/plan.yaml:18:10` | 错误 | 结束日期 2020-07-15 早于开始日期 2020-08-01：请检查两个日期是否写反 | [date-range](https://github.com/county/junheng/blob/abc123/docs/rules.md#rule-date-range) |',
    );
    expect(summary).toContain('| 警告 |');
  });

  it('says so when the check never ran', () => {
    expect(markdownReport(undefined)).toContain('内容检查没有运行');
    expect(JSON.parse(codeQualityReport(undefined))).toEqual([]);
  });

  it('gives GitLab one Code Quality issue per problem, located on its line', () => {
    const issues = JSON.parse(codeQualityReport(output)) as { check_name: string; severity: string; location: { path: string; lines: { begin: number } }; fingerprint: string }[];
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['date-range', 'major', 'content/plan.yaml', 18],
      ['deadline-outside-phase', 'minor', 'content/plan.yaml', 92],
    ]);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(2);
  });
});

describe('precompressing the built site (scripts/compress.ts)', () => {
  it('writes .gz and .br copies of text files that decompress to the original, and leaves the rest alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'junheng-compress-'));
    try {
      mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
      const html = `<!doctype html><html lang="zh-CN"><body>${'<p>义务教育基本均衡发展</p>'.repeat(200)}</body></html>`;
      writeFileSync(join(dir, 'index.html'), html);
      writeFileSync(join(dir, 'tiny.css'), 'body{margin:0}');
      writeFileSync(join(dir, 'photo.png'), Buffer.alloc(4096, 7));
      // Pagefind writes its index already gzipped, under its own extensions.
      writeFileSync(join(dir, 'pagefind', 'fragment', 'zh_1.pf_fragment'), Buffer.alloc(4096, 1));

      const stats = await compressDirectory(dir);

      expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(html);
      expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(html);
      expect(stats.brotliBytes).toBeLessThan(stats.bytes / 4);
      for (const untouched of ['tiny.css', 'photo.png', 'pagefind/fragment/zh_1.pf_fragment']) {
        expect(existsSync(join(dir, `${untouched}.gz`)), untouched).toBe(false);
        expect(existsSync(join(dir, `${untouched}.br`)), untouched).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
