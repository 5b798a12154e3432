// Published photos must not reveal where they were taken.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasGpsPosition } from '../src/lib/exif.ts';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'tests/fixtures/exif/photo-with-gps.jpg');
// The real site has no pictures yet; the demo county's articles have some.
const DISTS = ['dist', 'dist-demo'].map((d) => join(ROOT, d));
const IMAGE = /\.(?:jpe?g|png|webp|avif)$/i;
/** tests/fixtures/body-image built by `npm run build:fixtures`: the same GPS photo, shown in article bodies (Markdown and MDX). */
const BODY_IMAGE_BUILD = join(ROOT, process.env.FIXTURE_BUILDS_DIR ?? 'dist-fixtures', 'body-image');

function publishedImages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => IMAGE.test(f));
}

describe('EXIF GPS', () => {
  it('is found in the test photo, which carries a position on purpose', () => {
    expect(hasGpsPosition(readFileSync(SOURCE))).toBe(true);
    expect(hasGpsPosition(readFileSync(join(ROOT, 'tests/fixtures/body-image/content/achievements/photo-with-gps.jpg')))).toBe(true);
  });

  it('is not found in an image without metadata', () => {
    expect(hasGpsPosition(new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0, 4, 0, 0, 0xff, 0xd9]))).toBe(false);
  });

  it.runIf(DISTS.every((d) => existsSync(d)))('is stripped from every image the sites publish', () => {
    const images = DISTS.flatMap((dir) => publishedImages(dir).map((f) => join(dir, f)));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((f) => hasGpsPosition(readFileSync(f)))).toEqual([]);
  });

  it.runIf(existsSync(BODY_IMAGE_BUILD))('is stripped from a photo shown in an article body, which the image service re-encodes', () => {
    for (const article of ['2020-08-03-body-image', '2020-08-04-body-image-mdx']) {
      const html = readFileSync(join(BODY_IMAGE_BUILD, 'news', article, 'index.html'), 'utf8');
      const src = /<img[^>]*\salt="会议现场（测试照片）"[^>]*>/.exec(html)?.[0].match(/\ssrc="([^"]+)"/)?.[1];
      expect(src, `${article}: the body photo is published with a src`).toMatch(/^\/_astro\/photo-with-gps\.[^/]+\.webp$/);
      expect(hasGpsPosition(readFileSync(join(BODY_IMAGE_BUILD, src!)))).toBe(false);
    }
    const images = publishedImages(BODY_IMAGE_BUILD);
    expect(images.filter((f) => hasGpsPosition(readFileSync(join(BODY_IMAGE_BUILD, f))))).toEqual([]);
  });
});
