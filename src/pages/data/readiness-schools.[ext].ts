// /data/readiness-schools.csv: each counted school part's 7 resource values and
// result and its G3–G6, E4 statuses (src/view/readiness-site.ts readinessFiles);
// only for a 优质均衡 campaign with school data.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent, viewOptions } from '../../site/content.ts';
import { readinessFiles, type ReadinessFile } from '../../view/readiness-site.ts';

export const getStaticPaths = (async () =>
  readinessFiles(await getContent(), viewOptions())
    .filter((f) => f.name === 'readiness-schools')
    .map((file) => ({ params: { ext: file.ext }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: ReadinessFile }> = ({ props }) => new Response(props.file.body, { headers: { 'Content-Type': props.file.type } });
