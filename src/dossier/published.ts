// Where the build's dossier integration (src/integrations/dossier.ts) leaves what it published,
// for the pages (src/site/content.ts) to link: the same process, another module graph, so a
// global under a registered symbol, as the attachments integration does. Nothing else here: the
// pages' bundle must not import the renderer.
import type { DossierFile } from '../view/options.ts';

const PUBLISHED_DOSSIER = Symbol.for('junheng.published-dossier');

type Registry = { [PUBLISHED_DOSSIER]?: DossierFile };

export function setPublishedDossier(file: DossierFile | undefined): void {
  if (file) (globalThis as Registry)[PUBLISHED_DOSSIER] = file;
  else delete (globalThis as Registry)[PUBLISHED_DOSSIER];
}

export function publishedDossier(): DossierFile | undefined {
  return (globalThis as Registry)[PUBLISHED_DOSSIER];
}
