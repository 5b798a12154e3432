// site-not-ready and site-publish-blocked on the real content/site.yaml
// (src/rules/site-ready.ts): while the domain is example.org the editor is told
// where, and what to type; marked published, the same gaps stop the check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { loadContent } from '../src/content-model/load.ts';
import { isPlaceholderHost } from '../src/rules/site-ready.ts';

const root = join(import.meta.dirname, '..');
const siteYaml = readFileSync(join(root, 'content/site.yaml'), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.startsWith(needle)) + 1;

function siteDiagnostics(text: string) {
  return loadContent(root, { fs: overlayFs(diskFs(root), { 'content/site.yaml': text }), today: '2026-11-30' }).diagnostics.filter((d) => d.file === 'content/site.yaml');
}

describe('the real site.yaml while it is prepared', () => {
  const found = siteDiagnostics(siteYaml);
  it('warns, at the url line, that canonical links, sitemap and RSS point at example.org, and says what to type', () => {
    const url = found.find((d) => d.line === lineOf(siteYaml, 'url:'))!;
    expect(url).toMatchObject({ severity: 'warning', rule: 'site-not-ready', column: 6 });
    expect(url.message).toContain('https://example.org');
    expect(url.message).toMatch(/canonical.*sitemap\.xml.*RSS/);
    expect(url.message).toContain('请改为 url: https://');
  });
  it('warns once for each contact item left empty, at its own line', () => {
    const lines = found.filter((d) => d.rule === 'site-not-ready' && d.line !== lineOf(siteYaml, 'url:')).map((d) => d.line);
    expect(lines).toEqual([lineOf(siteYaml, '  phone:'), lineOf(siteYaml, '  email:'), lineOf(siteYaml, '  address:')]);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
  });
});

describe('the real site.yaml marked published', () => {
  it('refuses it with the same gaps as errors, and no warning besides', () => {
    const found = siteDiagnostics(siteYaml.replace('published: false', 'published: true'));
    expect(found.map((d) => `${d.severity} ${d.rule}`)).toEqual(Array(4).fill('error site-publish-blocked'));
    expect(found[0]!.message).toContain('published: true');
  });
  it('still refuses it when the contact block is missing altogether, naming each item', () => {
    const without = siteYaml.replace(/^contact:\n(?: {2}.*\n)+/m, '').replace('published: false', 'published: true');
    const messages = siteDiagnostics(without).map((d) => d.message);
    for (const what of ['网站域名', '办公室', '联系电话', '电子邮箱', '办公地址']) expect(messages.some((m) => m.includes(what))).toBe(true);
  });
});

describe('placeholder domains', () => {
  it.each(['example.org', 'demo.example.org', 'www.example.gov.cn', 'localhost:4321', 'site.test', '127.0.0.1'])('%s is a placeholder', (host) => {
    expect(isPlaceholderHost(host)).toBe(true);
  });
  it.each(['www.gov.cn', 'www.moe.gov.cn', 'examples.org.cn'])('%s is not', (host) => {
    expect(isPlaceholderHost(host)).toBe(false);
  });
});
