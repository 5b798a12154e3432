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

describe('EXIF GPS', () => {
  it('is found in the test photo, which carries a position on purpose', () => {
    expect(hasGpsPosition(readFileSync(SOURCE))).toBe(true);
  });

  it('is not found in an image without metadata', () => {
    expect(hasGpsPosition(new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0, 4, 0, 0, 0xff, 0xd9]))).toBe(false);
  });

  it.runIf(DISTS.every((d) => existsSync(d)))('is stripped from every image the sites publish', () => {
    const images = DISTS.flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => IMAGE.test(f)).map((f) => join(dir, f)));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((f) => hasGpsPosition(readFileSync(f)))).toEqual([]);
  });
});
