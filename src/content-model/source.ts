// Reading a content file: bytes to text, refusing what would be read wrongly.
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from './diagnostics.ts';

/** Larger files are refused: real content files are a few KB. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type Source = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

function at(file: string, line: number, column: number, rule: string, message: string): Source {
  return { ok: false, diagnostic: { file, line, column, severity: 'error', rule, message } };
}

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

export function readSource(absPath: string, file: string): Source {
  const size = statSync(absPath).size;
  if (size > MAX_FILE_BYTES) {
    return at(file, 1, 1, 'file-too-large', `文件过大（${(size / 1024).toFixed(0)} KB，上限 ${MAX_FILE_BYTES / 1024} KB）：请拆分为多个文件，图片等请另行存放`);
  }
  const bytes = readFileSync(absPath);
  try {
    // ignoreBOM: false drops a leading UTF-8 BOM, as Windows editors write one.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000')) return at(file, 1, 1, 'encoding', '文件含有空字符，不是文本文件：请检查是否放错了文件');
    return { ok: true, text: text.replace(/\r\n?/g, '\n') };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = bytePosition(bytes, offset);
    let looksGbk = false;
    try {
      new TextDecoder('gbk', { fatal: true }).decode(bytes);
      looksGbk = true;
    } catch {
      looksGbk = false;
    }
    const hint = looksGbk
      ? '文件看起来是 GBK（GB2312）编码，常见于 Windows 记事本或 Excel 另存的文件'
      : '文件含有不是 UTF-8 的字节';
    return at(file, line, column, 'encoding', `${hint}：请用“UTF-8”编码重新保存（记事本：另存为 → 编码选 UTF-8）`);
  }
}
