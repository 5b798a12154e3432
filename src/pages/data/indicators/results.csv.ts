// /data/indicators/results.csv: the computed 差异系数 and 2017 check of every
// school dataset, one figure per row at full precision (columns: RESULT_COLUMNS,
// explained in RESULT_COLUMN_DESCRIPTIONS). UTF-8 with BOM for Excel.
import type { APIRoute } from 'astro';
import { toCsv } from '../../../lib/csv.ts';
import { RESULT_COLUMNS, resultRows, resultTable } from '../../../lib/indicator-view.ts';
import { checkStandard2017, computeBalance } from '../../../lib/indicators.ts';
import { getSchoolDatasets, getUnits } from '../../../site/content.ts';

export const GET: APIRoute = async () => {
  const [datasets, units] = await Promise.all([getSchoolDatasets(), getUnits()]);
  const townshipNames = new Map(units.map((u) => [u.id, u.name]));
  const rows = datasets.flatMap((d) =>
    resultRows({ sourceFile: d.sourceFile, balance: computeBalance(d), standard2017: checkStandard2017(d), townshipNames }),
  );
  return new Response(toCsv(RESULT_COLUMNS, resultTable(rows)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
