// Runs on every page as Astro renders it (at build time for this static site):
// the finished HTML gets its dates wrapped so they never break across lines
// (src/lib/nowrap-dates.ts). Endpoints (CSV, JSON, RSS) pass through untouched.
import { defineMiddleware } from 'astro:middleware';
import { wrapDates } from './lib/nowrap-dates.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  return new Response(wrapDates(await response.text()), { status: response.status, statusText: response.statusText, headers: response.headers });
});
