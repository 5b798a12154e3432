// `npm run editor:serve`: try the form editor on this computer. Builds
// dist-editor/ with the local backend, then serves it at
// http://127.0.0.1:8080/admin/ beside decap-server (127.0.0.1:8081), which
// reads and writes the files of this working copy directly: review them with
// `git diff` and `npm run check` before committing.
//
// startEditor() is also what tests/editor/e2e.test.ts runs, on a copy of the
// repository in a temporary folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, buildEditor, type BuildResult } from './build-editor.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves a folder on 127.0.0.1 (folders answer with their index.html). */
function serveStatic(dir: string, port: number): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

function startDecapServer(repo: string, port: number, mode: 'fs' | 'git', log: (line: string) => void): Promise<ChildProcess> {
  const entry = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [entry], {
    cwd: repo,
    env: { ...process.env, GIT_REPO_DIRECTORY: repo, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: mode, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((ok, fail) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log(text.trimEnd());
      seen += text;
      if (/listening/i.test(seen)) ok(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`decap-server exited (${code}): ${seen}`)));
  });
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise((ok) => s.close(ok));
  return port;
}

export interface EditorOptions {
  /** The working copy decap-server reads and writes. */
  readonly repo: string;
  /** Ports; 0 picks free ones (tests). */
  readonly port?: number;
  readonly proxyPort?: number;
  readonly outDir?: string;
  /**
   * fs (default): decap-server writes the files in place, and Decap publishes
   * at once. git: it commits each entry to a branch of its own (cms/…), as the
   * editorial workflow does with pull requests; it checks branches out in
   * `repo`, so use it only on a copy.
   */
  readonly mode?: 'fs' | 'git';
  readonly log?: (line: string) => void;
}

export interface RunningEditor {
  /** http://127.0.0.1:PORT/admin/ */
  readonly url: string;
  readonly build: BuildResult;
  close(): Promise<void>;
}

export async function startEditor(options: EditorOptions): Promise<RunningEditor> {
  const log = options.log ?? (() => {});
  const proxyPort = options.proxyPort || (await freePort());
  const localBackend = `http://127.0.0.1:${proxyPort}/api/v1`;
  const build = await buildEditor({ root: options.repo, outDir: options.outDir, localBackend, env: {} });
  const proxy = await startDecapServer(options.repo, proxyPort, options.mode ?? 'fs', log);
  const server = await serveStatic(build.outDir, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/admin/`,
    build,
    async close() {
      await new Promise((ok) => server.close(ok));
      if (proxy.exitCode === null) {
        const exited = new Promise((ok) => proxy.once('exit', ok));
        proxy.kill();
        await exited;
      }
    },
  };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, 'proxy-port': { type: 'string', default: '8081' } } });
  const editor = await startEditor({
    repo: PROJECT_ROOT,
    port: Number(values.port),
    proxyPort: Number(values['proxy-port']),
    log: (line) => console.log(line),
  });
  console.log(`内容编辑器：${editor.url}（直接修改本目录中的文件；按 Ctrl+C 停止）`);
  process.on('SIGINT', () => void editor.close().then(() => process.exit(0)));
}
