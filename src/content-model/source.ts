// Reading a content file: bytes to text, refusing what would be read wrongly.
import { encoding, fileTooLarge, MAX_FILE_BYTES } from '../rules/files.ts';
import type { ContentFs } from './content-fs.ts';
import type { Diagnostic } from './diagnostics.ts';

export type Source = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const fail = (diagnostic: Diagnostic): Source => ({ ok: false, diagnostic });

/** Line and column (1-based) of a byte offset in a buffer that decoded up to there. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the longest prefix that decodes strictly.
  let lo = 0;
  let hi = bytes.length;
  const strict = new TextDecoder('utf-8', { fatal: true });
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      strict.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/** A file's text: UTF-8 (a BOM is dropped, CRLF becomes LF), or a diagnostic saying why not. */
export function readSource(fs: ContentFs, file: string): Source {
  const size = fs.size(file);
  if (size > MAX_FILE_BYTES) return fail(fileTooLarge.at(file, { line: 1, column: 1 }, { what: 'file', bytes: size }));
  return decodeSource(fs.read(file), file);
}

export function decodeSource(bytes: Uint8Array, file: string): Source {
  try {
    // ignoreBOM: false drops a leading UTF-8 BOM, as Windows editors write one.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000')) return fail(encoding.at(file, { line: 1, column: 1 }, { problem: 'nul' }));
    return { ok: true, text: text.replace(/\r\n?/g, '\n') };
  } catch {
    const position = bytePosition(bytes, firstInvalidUtf8(bytes));
    let looksGbk = false;
    try {
      new TextDecoder('gbk', { fatal: true }).decode(bytes);
      looksGbk = true;
    } catch {
      looksGbk = false;
    }
    return fail(encoding.at(file, position, { problem: looksGbk ? 'gbk' : 'bytes', table: file.toLowerCase().endsWith('.csv') }));
  }
}
