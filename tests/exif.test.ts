// Published photos must not reveal where they were taken.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasGpsPosition } from '../src/lib/exif.ts';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'content/achievements/examples/example-photo-with-gps.jpg');
const DIST = join(ROOT, 'dist');
const IMAGE = /\.(?:jpe?g|png|webp|avif)$/i;

describe('EXIF GPS', () => {
  it('is found in the example photo, which carries a position on purpose', () => {
    expect(hasGpsPosition(readFileSync(SOURCE))).toBe(true);
  });

  it('is not found in an image without metadata', () => {
    expect(hasGpsPosition(new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0, 4, 0, 0, 0xff, 0xd9]))).toBe(false);
  });

  it.runIf(existsSync(DIST))('is stripped from every image the site publishes', () => {
    const images = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => IMAGE.test(f));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((f) => hasGpsPosition(readFileSync(join(DIST, f))))).toEqual([]);
  });
});
