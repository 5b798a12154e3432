// /data/indicators/results.json: every computed assessment figure at full
// precision, for checking the page's rounded figures or reusing them. Each
// school dataset's entry has the shape `npm run indicators -- <file> --json`
// prints, plus the year at the top (src/view/indicators.ts).
import type { APIRoute } from 'astro';
import { getContent } from '../../../site/content.ts';
import { resultsJson } from '../../../view/indicators.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(resultsJson(await getContent()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
