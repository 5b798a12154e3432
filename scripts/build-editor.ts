// `npm run editor`: builds the form editor (Decap CMS) into dist-editor/, a
// separate site from the public one (dist/), served at /admin/:
//   dist-editor/admin/index.html   the page (with a Content-Security-Policy)
//   dist-editor/admin/editor.js    Decap CMS and our formats, bundled by esbuild
//   dist-editor/admin/config.yml   src/editor/config.ts's configuration + the backend
//
// The backend is read from the environment, else from content/site.yaml's
// editUrl (https://github.com/org/repo/edit/main/ or
// https://gitlab.example.org/group/repo/-/edit/main/):
//   EDITOR_BACKEND   github | gitlab
//   EDITOR_REPO      org/repo (GitLab: group/subgroup/repo)
//   EDITOR_BRANCH    default main
//   EDITOR_BASE_URL  GitHub: your OAuth server (Decap's default is Netlify's);
//                    GitLab: the GitLab server, e.g. https://gitlab.example.org
//   EDITOR_APP_ID    GitLab: the OAuth application id (PKCE login, no server needed)
// `--local URL` (used by `npm run editor:serve` and the tests) adds Decap's
// local backend: on 127.0.0.1 the editor then talks to decap-server at URL.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parse, stringify } from 'yaml';
import { editorConfig } from '../src/editor/config.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = resolve(here, '..');

export interface Backend {
  readonly name: 'github' | 'gitlab' | 'proxy';
  readonly repo?: string;
  readonly branch?: string;
  readonly base_url?: string;
  readonly api_root?: string;
  readonly auth_type?: 'pkce';
  readonly app_id?: string;
  readonly proxy_url?: string;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** The repository an edit URL points at, or undefined when it is not a GitHub or GitLab one. */
export function backendFromEditUrl(editUrl: string): Backend | undefined {
  const url = URL.parse(editUrl);
  if (!url) return undefined;
  const gitlab = /^\/(.+?)\/-\/edit\/([^/]+)\/$/.exec(url.pathname);
  if (gitlab) {
    const origin = url.origin;
    return {
      name: 'gitlab',
      repo: gitlab[1]!,
      branch: gitlab[2]!,
      ...(origin === 'https://gitlab.com' ? {} : { base_url: origin, api_root: `${origin}/api/v4` }),
    };
  }
  const github = /^\/([^/]+\/[^/]+)\/edit\/([^/]+)\/$/.exec(url.pathname);
  if (github && url.hostname === 'github.com') return { name: 'github', repo: github[1]!, branch: github[2]! };
  return undefined;
}

/** The backend section of config.yml, from the environment, else from site.yaml's editUrl. */
export function resolveBackend(env: Env, editUrl: string | undefined): Backend | undefined {
  const fromSite = editUrl ? backendFromEditUrl(editUrl) : undefined;
  const name = env.EDITOR_BACKEND ?? fromSite?.name;
  const repo = env.EDITOR_REPO ?? fromSite?.repo;
  if ((name !== 'github' && name !== 'gitlab') || !repo) return undefined;
  const base = env.EDITOR_BASE_URL ?? (name === fromSite?.name ? fromSite.base_url : undefined);
  return {
    name,
    repo,
    branch: env.EDITOR_BRANCH ?? fromSite?.branch ?? 'main',
    ...(base ? { base_url: base } : {}),
    ...(name === 'gitlab' && base ? { api_root: `${base}/api/v4` } : {}),
    ...(name === 'gitlab' ? { auth_type: 'pkce' as const, ...(env.EDITOR_APP_ID ? { app_id: env.EDITOR_APP_ID } : {}) } : {}),
  };
}

/** The hosts the editor page may talk to: its own, the Git host's API, the local backend. */
export function connectSources(backend: Backend | undefined, localUrl: string | undefined): string[] {
  const sources = ["'self'"];
  if (backend?.name === 'github') sources.push(backend.api_root ? new URL(backend.api_root).origin : 'https://api.github.com');
  if (backend?.name === 'gitlab') sources.push(backend.base_url ?? 'https://gitlab.com');
  if (localUrl) sources.push(new URL(localUrl).origin);
  return sources;
}

function page(csp: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>内容编辑</title>
</head>
<body>
<noscript>内容编辑器需要启用 JavaScript。</noscript>
<script type="module" src="editor.js"></script>
</body>
</html>
`;
}

export interface BuildOptions {
  /** Project root whose content/site.yaml gives the backend. */
  readonly root?: string;
  readonly outDir?: string;
  /** decap-server's API URL, e.g. http://127.0.0.1:8081/api/v1. */
  readonly localBackend?: string;
  readonly env?: Env;
}

export interface BuildResult {
  readonly outDir: string;
  readonly backend: Backend | undefined;
  readonly bundleBytes: number;
  readonly bundleGzipBytes: number;
}

export async function buildEditor(options: BuildOptions = {}): Promise<BuildResult> {
  const root = options.root ?? PROJECT_ROOT;
  const outDir = resolve(options.outDir ?? join(PROJECT_ROOT, 'dist-editor'));
  const admin = join(outDir, 'admin');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(admin, { recursive: true });

  const site = parse(readFileSync(join(root, 'content', 'site.yaml'), 'utf8')) as { editUrl?: string };
  const backend = resolveBackend(options.env ?? process.env, site.editUrl);
  const local = options.localBackend;
  const config = {
    backend: backend ?? { name: 'proxy', proxy_url: local ?? 'http://127.0.0.1:8081/api/v1', branch: 'main' },
    ...(local ? { local_backend: { url: local } } : {}),
    ...editorConfig(),
  };
  writeFileSync(join(admin, 'config.yml'), stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }));

  const csp = [
    "default-src 'none'",
    // Decap validates its configuration with ajv, which compiles validators at run time.
    "script-src 'self' 'unsafe-eval'",
    // Decap's components style themselves with <style> elements (emotion).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connectSources(backend, local).join(' ')}`,
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  writeFileSync(join(admin, 'index.html'), page(csp));
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html>\n<html lang="zh-CN"><meta charset="utf-8"><title>内容编辑</title><p><a href="admin/">进入内容编辑器</a></p></html>\n',
  );

  await build({
    entryPoints: [join(PROJECT_ROOT, 'src', 'editor', 'main.ts')],
    outfile: join(admin, 'editor.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'warning',
  });
  const bundle = readFileSync(join(admin, 'editor.js'));
  return { outDir, backend, bundleBytes: bundle.length, bundleGzipBytes: gzipSync(bundle).length };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { local: { type: 'string' }, out: { type: 'string' } } });
  const started = performance.now();
  const result = await buildEditor({ localBackend: values.local, outDir: values.out });
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`编辑器已生成：${result.outDir}/admin/（editor.js ${kb(result.bundleBytes)}，gzip ${kb(result.bundleGzipBytes)}，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
  if (!result.backend) {
    console.log('注意：未设置仓库（content/site.yaml 的 editUrl 或环境变量 EDITOR_BACKEND、EDITOR_REPO），编辑器只能配合本机 decap-server 使用（npm run editor:serve）。');
  } else {
    console.log(`仓库：${result.backend.name} ${result.backend.repo}（分支 ${result.backend.branch}），修改以合并请求提交。`);
  }
}
