// The baseline: a bare Astro project that builds the same Markdown into plain pages.
import { defineConfig } from 'astro/config';

export default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory' } });
