import type { APIRoute, GetStaticPaths } from 'astro';
import { objectsToCsv } from '../../lib/csv.ts';
import { getDatasets, type Dataset } from './_datasets.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { name: dataset.name }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(objectsToCsv(props.dataset.columns, props.dataset.rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
