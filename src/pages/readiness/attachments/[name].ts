// Evidence files the readiness file names in content/attachments/, published
// as /readiness/attachments/<name> for the readiness page to link
// (src/view/readiness-site.ts evidenceFiles). The content check has already
// checked each one's size and metadata.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentFile, getContent } from '../../../site/content.ts';
import { evidenceFiles, readinessApplies } from '../../../view/readiness-site.ts';

export const getStaticPaths = (async () => {
  const content = await getContent();
  if (!readinessApplies(content)) return [];
  return evidenceFiles(content).map((f) => ({ params: { name: f.name }, props: { file: f.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) => new Response(readFileSync(contentFile(props.file)));
