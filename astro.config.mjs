// @ts-check
import mdx from '@astrojs/mdx';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { readSiteConfig } from './src/content-model/site-config.ts';
import { sanitizeSvgIntegration } from './src/integrations/sanitize-svg.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { attachmentsIntegration } from './src/integrations/attachments.ts';
import { dossierIntegration } from './src/integrations/dossier.ts';

// CONTENT_ROOT builds another county's content tree with the same code, e.g.
// the fictional demo county in tests/fixtures/demo (npm run build:demo).
const contentRoot = resolve(process.env.CONTENT_ROOT ?? '.');
const site = readSiteConfig(contentRoot);

// No usage data to Astro's servers: a build makes no network request. The npm
// scripts also set this, before Astro starts, so its first-run notice about
// telemetry is not printed either; this line covers `npx astro …` run by hand.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// SITE_BASE lets tests build the same content under a portal sub-path
// (e.g. /zt/junheng/) without editing content/site.yaml.
const base = process.env.SITE_BASE ?? site.base;

export default defineConfig({
  site: site.url,
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // After the build: attachments are copied beside their articles' pages
  // (src/integrations/attachments.ts), every published SVG is cleaned
  // (sanitize-svg.ts), /sitemap.xml lists the pages Astro built (sitemap.ts), and the dossier PDF,
  // rendered when the build starts, is written to dossier.pdf (dossier.ts).
  integrations: [mdx(), attachmentsIntegration(), sanitizeSvgIntegration(), sitemapIntegration(), dossierIntegration({ contentRoot, base })],
  build: {
    format: 'directory',
    // One small stylesheet per page is inlined: no extra request on slow networks.
    inlineStylesheets: 'always',
    // Two pages at a time: measured 16 % faster on 2 cores for 10 000 pages (bench/).
    concurrency: 2,
  },
  devToolbar: { enabled: false },
  prefetch: false,
  // No syntax highlighting of code blocks: Shiki colours code with inline
  // style attributes, which the Content-Security-Policy below blocks (Astro
  // warns about it on every build); plain <pre><code> is what readers would see anyway.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX article makes Rolldown warn about Astro's own
          // "use astro:head-inject" directive, which Astro handles itself; a
          // known false alarm (withastro/astro#18087). Other warnings print.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // No image service downloads or remote fetches at build time.
  image: { remotePatterns: [] },
  // A Content-Security-Policy meta tag on every page: only the site's own
  // files, inline styles and scripts only by hash (Astro computes them), no
  // inline script at all. Pagefind's search compiles WebAssembly, hence
  // 'wasm-unsafe-eval' (which allows no JavaScript eval). deploy/nginx.conf and
  // public/_headers send the same policy as a header, with frame-ancestors,
  // which a meta tag cannot carry.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
