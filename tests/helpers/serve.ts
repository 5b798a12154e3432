// A tiny static file server for tests: serves a built site folder under a base
// path on 127.0.0.1, the way a plain static host (nginx, a portal's web root)
// would, so browser tests see real URLs, redirects and 404s. No dependency
// beyond node:http, and never listens on anything but loopback.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

/** Content type by file name; pagefind's index files (.pf_meta, .pf_index, .pf_fragment, .pagefind) are opaque binary. */
export function contentTypeFor(file: string): string {
  const ext = extname(file).toLowerCase();
  if (ext.startsWith('.pf_') || ext === '.pagefind') return 'application/octet-stream';
  return contentTypes[ext] ?? 'application/octet-stream';
}

export interface ServeOptions {
  /** The built folder, e.g. dist/. */
  readonly root: string;
  /** URL path the site lives under, with leading and trailing slash ('/' or '/zt/junheng/'). */
  readonly base?: string;
}

export interface RunningServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** origin + base, ending in '/'. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

async function fileAt(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

export async function serveDist({ root, base = '/' }: ServeOptions): Promise<RunningServer> {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`);
  const absRoot = resolve(root);
  const notFoundPage = join(absRoot, '404.html');

  const server = createServer((req, res) => {
    void (async () => {
      const send = async (status: number, file: string | undefined, headers: Record<string, string> = {}) => {
        if (!file) {
          res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
          res.end(status === 404 ? 'Not Found' : String(status));
          return;
        }
        const { size } = await stat(file);
        res.writeHead(status, { 'content-type': contentTypeFor(file), 'content-length': String(size), 'cache-control': 'no-store', ...headers });
        if (req.method === 'HEAD') return void res.end();
        createReadStream(file).pipe(res);
      };
      const notFound = async () => send(404, (await fileAt(notFoundPage)) === 'file' ? notFoundPage : undefined);

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, undefined, { allow: 'GET, HEAD' });
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return send(400, undefined);
      }
      // Outside the base path is another site on a shared portal: plain 404, not ours.
      if (!pathname.startsWith(base)) {
        if (`${pathname}/` === base) return send(301, undefined, { location: base + url.search });
        return send(404, undefined);
      }
      const relative = pathname.slice(base.length);
      const target = normalize(join(absRoot, relative));
      if (target !== absRoot && !target.startsWith(absRoot + sep)) return send(404, undefined);

      const kind = await fileAt(target);
      if (kind === 'file' && !pathname.endsWith('/')) return send(200, target);
      if (kind === 'dir') {
        const index = join(target, 'index.html');
        if ((await fileAt(index)) !== 'file') return notFound();
        // Directory URLs are canonical with a trailing slash (trailingSlash: 'always').
        if (!pathname.endsWith('/')) return send(301, undefined, { location: `${url.pathname}/${url.search}` });
        return send(200, index);
      }
      return notFound();
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    // Port 0: the kernel picks a free port, so parallel test runs never collide.
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + base,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
