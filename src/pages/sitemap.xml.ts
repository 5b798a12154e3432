// /sitemap.xml: every HTML page of the build, as absolute URLs with the base path.
// Pages are found from the files in src/pages; dynamic ones list their addresses
// through their own getStaticPaths, so a new page or article appears here by itself.
import type { APIRoute } from 'astro';
import { fillRoute, pageRoute, paginateParams, sitemapXml } from '../lib/sitemap.ts';
import { getContent, href } from '../site/content.ts';

type StaticPaths = { params: Record<string, string | number | undefined> }[];
type PageModule = { getStaticPaths?: (options: unknown) => StaticPaths | Promise<StaticPaths> };

const modules = import.meta.glob<PageModule>('./**/*.{astro,md,mdx}');

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL((await getContent()).site.data.url);
  const paths: string[] = [];
  for (const [file, load] of Object.entries(modules)) {
    const route = pageRoute(file.replace(/^\.\//, ''));
    if (!route) continue;
    if (!route.dynamic) {
      paths.push(fillRoute(route.segments, {}));
      continue;
    }
    const mod = await load();
    if (!mod.getStaticPaths) throw new Error(`${file}: dynamic page without getStaticPaths`);
    const paginate = (data: readonly unknown[], options?: { pageSize?: number; params?: Record<string, string | undefined> }) =>
      paginateParams(data.length, route.restParam ?? 'page', options);
    const entries = (await mod.getStaticPaths({ paginate, routePattern: route.segments.join('/') })).flat();
    for (const entry of entries) paths.push(fillRoute(route.segments, entry.params));
  }
  const urls = paths.map((p) => new URL(href(p), origin).href);
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
