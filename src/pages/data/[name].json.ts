import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets, type Dataset } from './_datasets.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { name: dataset.name }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(`${JSON.stringify(props.dataset.rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
