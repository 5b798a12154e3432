// Who a document says wrote it: the metadata a PDF, Word or Excel file carries
// and publishes with itself. Word and Excel files (OOXML) are zip archives
// whose docProps/core.xml holds dc:creator and cp:lastModifiedBy (ECMA-376
// part 2); the archive is read with fflate. A PDF keeps /Author in its
// document information dictionary and dc:creator in its XMP metadata (ISO
// 32000-1, 14.3); either may sit inside a compressed object stream, so
// Flate-compressed streams are inflated and searched too.
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';

export interface DocumentAuthor {
  /** Which property: "作者"（creator / Author）or "最后修改者"（lastModifiedBy）. */
  readonly property: 'author' | 'lastModifiedBy';
  readonly value: string;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: false });

function xmlText(value: string): string {
  return value
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .trim();
}

/** dc:creator and cp:lastModifiedBy of an OOXML core properties part (or dc:creator of XMP). */
function xmlAuthors(xml: string): DocumentAuthor[] {
  const out: DocumentAuthor[] = [];
  for (const m of xml.matchAll(/<dc:creator\b[^>]*>([\s\S]*?)<\/dc:creator>/g)) out.push({ property: 'author', value: xmlText(m[1]!) });
  for (const m of xml.matchAll(/<cp:lastModifiedBy\b[^>]*>([\s\S]*?)<\/cp:lastModifiedBy>/g)) out.push({ property: 'lastModifiedBy', value: xmlText(m[1]!) });
  return out;
}

function ooxmlAuthors(bytes: Uint8Array): DocumentAuthor[] {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' });
    const core = files['docProps/core.xml'];
    return core ? xmlAuthors(utf8.decode(core)) : [];
  } catch {
    return [];
  }
}

/** A PDF string object's text: (literal) with escapes, or <hex>; UTF-16BE with a BOM, else PDFDocEncoding (read as Latin-1). */
function pdfString(raw: string): string {
  let bytes: number[] = [];
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    for (let i = 0; i < hex.length; i += 2) bytes.push(Number.parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
  } else {
    const body = raw.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
      const ch = body[i]!;
      if (ch !== '\\') {
        bytes.push(ch.charCodeAt(0) & 0xff);
        continue;
      }
      const next = body[++i] ?? '';
      const octal = /^[0-7]{1,3}/.exec(body.slice(i, i + 3));
      if (octal) {
        bytes.push(Number.parseInt(octal[0], 8) & 0xff);
        i += octal[0].length - 1;
      } else if (next === '\n' || next === '\r') {
        if (next === '\r' && body[i + 1] === '\n') i++;
      } else bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    bytes = bytes.slice(2);
    let s = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return s.trim();
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8.decode(Uint8Array.from(bytes.slice(3))).trim();
  return latin1.decode(Uint8Array.from(bytes)).trim();
}

/** /Author entries and XMP dc:creator in a piece of PDF text. */
function pdfAuthorsIn(text: string, out: DocumentAuthor[]): void {
  for (const m of text.matchAll(/\/Author\s*(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)) out.push({ property: 'author', value: pdfString(m[1]!) });
  if (text.includes('dc:creator')) out.push(...xmlAuthors(text).filter((a) => a.property === 'author'));
}

/** Streams inflated and searched at most: a scanned PDF holds big image streams that are not metadata. */
const MAX_STREAMS = 2000;

function pdfAuthors(bytes: Uint8Array): DocumentAuthor[] {
  const text = latin1.decode(bytes);
  const out: DocumentAuthor[] = [];
  pdfAuthorsIn(text, out);
  if (out.length > 0) return out;
  // PDF 1.5 object streams: the information dictionary may be compressed.
  let count = 0;
  for (const m of text.matchAll(/\/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
    if (++count > MAX_STREAMS) break;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end === -1) break;
    try {
      pdfAuthorsIn(latin1.decode(inflateSync(bytes.subarray(start, end), { finishFlush: 2 })), out);
    } catch {
      // not a stream we can read; skip it
    }
  }
  return out;
}

/** The people a document names as its author or last editor (empty values left out). */
export function documentAuthors(bytes: Uint8Array, ext: string): DocumentAuthor[] {
  const found = ext === '.pdf' ? pdfAuthors(bytes) : ext === '.docx' || ext === '.xlsx' ? ooxmlAuthors(bytes) : [];
  const seen = new Set<string>();
  return found.filter((a) => a.value !== '' && !seen.has(`${a.property}\u0000${a.value}`) && seen.add(`${a.property}\u0000${a.value}`));
}

/** "PDF，1.2 MB": what a reader sees beside an attachment's link. */
export function attachmentLabel(ext: string, bytes: number): string {
  const type = ext.replace(/^\./, '').toUpperCase();
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${type}，${size}`;
}
