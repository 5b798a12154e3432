// The test server behaves like the static host the site is deployed on: the
// browser tests are only as good as the server they load pages from.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../helpers/serve.ts';
import { serveDist } from '../helpers/serve.ts';

let root: string;
let server: RunningServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const files: Record<string, string> = {
    'index.html': '<h1>首页</h1>',
    '404.html': '<h1>页面不存在</h1>',
    'plan/index.html': '<h1>实施方案</h1>',
    'news/rss.xml': '<rss/>',
    'data/units.json': '[]',
    'data/units.csv': 'a,b',
    'favicon.svg': '<svg/>',
    '_astro/page.css': 'body{}',
    'pagefind/pagefind.js': '',
    'pagefind/wasm.unknown.pagefind': '',
    'pagefind/index/zh-cn_1.pf_index': '',
    'pagefind/pagefind.zh-cn_2.pf_meta': '',
    'x.wasm': '',
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  writeFileSync(join(tmpdir(), 'serve-test-secret.txt'), 'secret');
  server = await serveDist({ root, base: '/zt/junheng/' });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'serve-test-secret.txt'), { force: true });
});

const get = (path: string) => fetch(server.origin + path, { redirect: 'manual' });

describe('serveDist', () => {
  test('listens on 127.0.0.1 only, on a port of its own', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/zt/junheng/`);
  });

  test('serves directory pages under the base path as UTF-8 HTML', async () => {
    const res = await get('/zt/junheng/plan/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<h1>实施方案</h1>');
    expect((await get('/zt/junheng/')).status).toBe(200);
  });

  test.each([
    ['/zt/junheng/news/rss.xml', 'application/xml; charset=utf-8'],
    ['/zt/junheng/data/units.json', 'application/json; charset=utf-8'],
    ['/zt/junheng/data/units.csv', 'text/csv; charset=utf-8'],
    ['/zt/junheng/favicon.svg', 'image/svg+xml'],
    ['/zt/junheng/_astro/page.css', 'text/css; charset=utf-8'],
    ['/zt/junheng/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['/zt/junheng/x.wasm', 'application/wasm'],
    ['/zt/junheng/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
    ['/zt/junheng/pagefind/index/zh-cn_1.pf_index', 'application/octet-stream'],
    ['/zt/junheng/pagefind/pagefind.zh-cn_2.pf_meta', 'application/octet-stream'],
  ])('%s is served as %s', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  test('an unknown page under the base answers 404 with the site’s 404.html', async () => {
    const res = await get('/zt/junheng/no-such-page/');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<h1>页面不存在</h1>');
  });

  test('outside the base path nothing of the site is served', async () => {
    const res = await get('/plan/');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('实施方案');
  });

  test('a directory without its trailing slash redirects to it', async () => {
    const res = await get('/zt/junheng/plan?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/zt/junheng/plan/?x=1');
  });

  test('paths cannot climb out of the served folder', async () => {
    const res = await get('/zt/junheng/..%2Fserve-test-secret.txt');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret');
  });
});
