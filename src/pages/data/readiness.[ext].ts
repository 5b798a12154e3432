// /data/readiness.json and /data/readiness.csv: the 优质均衡 readiness results
// (src/view/readiness-site.ts readinessFiles); none for a 基本均衡 campaign.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent, viewOptions } from '../../site/content.ts';
import { readinessFiles, type ReadinessFile } from '../../view/readiness-site.ts';

export const getStaticPaths = (async () =>
  readinessFiles(await getContent(), viewOptions())
    .filter((f) => f.name === 'readiness')
    .map((file) => ({ params: { ext: file.ext }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: ReadinessFile }> = ({ props }) => new Response(props.file.body, { headers: { 'Content-Type': props.file.type } });
