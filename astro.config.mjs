// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { readSiteConfig } from './src/content-model/site-config.ts';

const site = readSiteConfig(process.cwd());

// SITE_BASE lets tests build the same content under a portal sub-path
// (e.g. /zt/junheng/) without editing content/site.yaml.
const base = process.env.SITE_BASE ?? site.base;

export default defineConfig({
  site: site.url,
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  integrations: [mdx()],
  build: {
    format: 'directory',
    // One small stylesheet per page is inlined: no extra request on slow networks.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  prefetch: false,
  // No image service downloads or remote fetches at build time.
  image: { remotePatterns: [] },
});
