// /sitemap.xml from the pages the build generated: Astro's own list of built
// paths (astro:build:done), so a new page, article or list page appears here
// by itself and a page Astro did not build can never be listed.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapPaths, sitemapXml } from '../lib/sitemap.ts';

export function sitemapIntegration(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'junheng-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ pages, dir }) => {
        if (!site) throw new Error('astro.config.mjs: `site` is needed for the sitemap\'s absolute URLs');
        const urls = sitemapPaths(pages.map((p) => p.pathname)).map((p) => new URL(`${base}${p}`, site).href);
        writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), sitemapXml(urls));
      },
    },
  };
}
