import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent, href } from '../../site/content.ts';
import { datasets, type Dataset } from '../../view/datasets.ts';

export const getStaticPaths = (async () =>
  datasets(await getContent(), href).map((dataset) => ({ params: { name: dataset.name }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(`${JSON.stringify(props.dataset.rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
