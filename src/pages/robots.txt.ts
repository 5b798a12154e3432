// /robots.txt. Crawlers only read it at a domain root: when the site lives under
// a portal sub-path, the portal's own robots.txt should carry the Sitemap line.
import type { APIRoute } from 'astro';
import { getContent, href } from '../site/content.ts';

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL((await getContent()).site.data.url);
  const body = [
    'User-agent: *',
    `Allow: ${href('')}`,
    // Search index fragments are not pages.
    `Disallow: ${href('pagefind/')}`,
    '',
    `Sitemap: ${new URL(href('sitemap.xml'), origin).href}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
