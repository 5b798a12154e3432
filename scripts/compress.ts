// `node scripts/compress.ts [dir]` (default: $SITE_OUT_DIR or dist): writes
// <file>.gz and <file>.br next to every text file of the built site, so a
// server with gzip_static / brotli_static (deploy/nginx.conf) or an object
// store sends them without compressing on each request, at the strongest
// settings (gzip 9, brotli 11) that would be too slow to apply per request.
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing. Images, fonts, Pagefind's index (already gzip) and archives are not. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.csv', '.map', '.webmanifest', '.ics']);

/** Below this, the saving is smaller than the cost of the extra file and header. */
export const MIN_BYTES = 1024;

export interface CompressStats {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/**
 * Compress every text file under `dir`. Brotli at quality 11 costs tens of
 * milliseconds a page, so files are compressed on zlib's thread pool, as many
 * at a time as there are cores: a site of ten thousand pages would otherwise
 * spend minutes here.
 */
export async function compressDirectory(dir: string): Promise<CompressStats> {
  const stats: CompressStats = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const queue = walk(dir)
    .sort()
    .filter((file) => COMPRESSIBLE.has(extname(file).toLowerCase()));
  async function one(file: string): Promise<void> {
    const data = readFileSync(file);
    if (data.length < MIN_BYTES) return;
    const { mtime } = statSync(file);
    const variants: [string, Buffer][] = [
      ['.gz', await gzipAsync(data, { level: 9 })],
      [
        '.br',
        await brotliAsync(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
      ],
    ];
    stats.files++;
    stats.bytes += data.length;
    for (const [suffix, compressed] of variants) {
      // A "compressed" copy no smaller than the original would only waste a request's worth of bytes.
      if (compressed.length >= data.length) continue;
      writeFileSync(file + suffix, compressed);
      // Same time as the original, so Last-Modified and ETag agree whichever copy the server sends.
      utimesSync(file + suffix, mtime, mtime);
      if (suffix === '.gz') stats.gzipBytes += compressed.length;
      else stats.brotliBytes += compressed.length;
    }
  }
  let next = 0;
  const worker = async () => {
    while (next < queue.length) await one(queue[next++]!);
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return stats;
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? process.env.SITE_OUT_DIR ?? 'dist');
  const s = await compressDirectory(dir);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`已压缩 ${s.files} 个文件（${dir}）：${kb(s.bytes)} → gzip ${kb(s.gzipBytes)}，brotli ${kb(s.brotliBytes)}`);
}
