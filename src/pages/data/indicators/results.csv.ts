// /data/indicators/results.csv: the computed 差异系数 and 2017 check of every
// school dataset, one figure per row at full precision (columns: RESULT_COLUMNS,
// explained on /data/). UTF-8 with BOM for Excel.
import type { APIRoute } from 'astro';
import { toCsv } from '../../../lib/csv.ts';
import { getContent } from '../../../site/content.ts';
import { RESULT_COLUMNS, resultTable } from '../../../view/indicator-format.ts';
import { resultsRows } from '../../../view/indicators.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(RESULT_COLUMNS, resultTable(resultsRows(await getContent()))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
