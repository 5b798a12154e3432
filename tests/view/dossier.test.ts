// The dossier's link on the home and progress pages, and the day the dossier is for: from the
// content files themselves (campaign.yaml ended, readiness.yaml asOf), never the build date.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dossierDate, dossierDocument } from '../../src/dossier/document.ts';
import { homePage } from '../../src/view/home.ts';
import { progressPage } from '../../src/view/progress.ts';
import { basePathHref } from '../../src/view/options.ts';
import { demo, options, real, underBase } from './content.ts';

const REPO = join(import.meta.dirname, '../..');
const yamlOf = (root: string, file: string) => parse(readFileSync(join(root, 'content', file), 'utf8'));
const published = { path: 'dossier.pdf', bytes: 539_634, date: '2020年12月31日' };

describe('dossier link', () => {
  it('is on the home and progress pages when the build published one, under the base path, with type and size', () => {
    const withDossier = { ...underBase(), dossier: published };
    for (const m of [homePage(real(), withDossier).dossier, progressPage(real(), withDossier).dossier]) {
      expect(m).toMatchObject({ text: '资料汇编', href: '/zt/junheng/dossier.pdf', label: 'PDF，527 KB' });
      expect(m!.description).toContain('资料截至2020年12月31日');
    }
  });

  it('is absent when the build published none (astro dev, DOSSIER=off)', () => {
    expect(homePage(real(), options()).dossier).toBeUndefined();
    expect(progressPage(real(), options()).dossier).toBeUndefined();
  });
});

describe('dossier date', () => {
  it('of a finished campaign is its end, whatever the build date', () => {
    expect(dossierDate(real())).toBe(String(yamlOf(REPO, 'campaign.yaml').ended));
  });

  it('of a running campaign is the latest day its records speak for (the demo: readiness.yaml asOf)', () => {
    const root = join(REPO, 'tests/fixtures/demo');
    const asOf = String(yamlOf(root, 'readiness.yaml').asOf);
    expect(dossierDate(demo())).toBe(asOf);
    const submitted = readdirSync(join(root, 'content/progress'))
      .map((f) => yamlOf(root, `progress/${f}`))
      .flatMap((r: { submissions?: { date: string }[] }) => (r.submissions ?? []).map((s) => String(s.date)));
    expect(submitted.length).toBeGreaterThan(0);
    for (const d of submitted) expect(d <= asOf, d).toBe(true);
  });

  it('dates the document and its cover; the same content gives the same HTML', () => {
    const href = basePathHref('/zt/junheng/');
    const doc = dossierDocument(real(), { href, siteUrl: 'https://example.org' });
    expect(doc.date).toBe('2020-12-31');
    expect(doc.html).toContain('资料截至2020年12月31日');
    expect(doc.html).toContain('https://example.org/zt/junheng/data/units.csv');
    expect(dossierDocument(real(), { href, siteUrl: 'https://example.org' }).html).toBe(doc.html);
  });
});
