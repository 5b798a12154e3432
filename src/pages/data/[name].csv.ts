import type { APIRoute, GetStaticPaths } from 'astro';
import { objectsToCsv } from '../../lib/csv.ts';
import { getContent, href } from '../../site/content.ts';
import { datasets, type Dataset } from '../../view/datasets.ts';

export const getStaticPaths = (async () =>
  datasets(await getContent(), href).map((dataset) => ({ params: { name: dataset.name }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(objectsToCsv(props.dataset.columns, props.dataset.rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
