// Reading and finishing the PDF that Chromium prints, with pdf-lib: the page each named
// destination points to (for the table of contents), and the document information that must not
// depend on when or on which page size rounding it was printed.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';

/** A4 in PDF points: 210 mm × 297 mm. */
export const A4_POINTS = { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 } as const;

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  // updateMetadata: false, or pdf-lib writes its own Producer and today's date.
  return PDFDocument.load(bytes, { updateMetadata: false });
}

/**
 * The 1-based page of every named destination. Chromium writes one into the catalog's /Dests
 * dictionary for each element that a link in the document points to (href="#id").
 */
export function destinationPages(doc: PDFDocument): Map<string, number> {
  const pageOf = new Map<PDFRef, number>();
  doc.getPages().forEach((page, index) => pageOf.set(page.ref, index + 1));
  const pages = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return pages;
  for (const [name, value] of dests.entries()) {
    let target = doc.context.lookup(value);
    if (target instanceof PDFDict) target = target.lookup(PDFName.of('D'));
    if (!(target instanceof PDFArray)) continue;
    const pageRef = target.get(0);
    const page = pageRef instanceof PDFRef ? pageOf.get(pageRef) : undefined;
    if (page !== undefined) pages.set(name.decodeText(), page);
  }
  return pages;
}

const structId = /^node\d+$/;

/**
 * Chromium names the tagged PDF's structure elements after the DOM nodes they come from
 * (/ID (node00000076)), and a DOM node's number depends on what the renderer process did before,
 * so the same document gets other numbers in another render. Renumbers them by rank, which keeps
 * their order (the /IDTree name tree must stay sorted) and every reference to them: the tree's
 * keys and /Limits, and the /Headers of table cells.
 */
export function renumberStructureIds(doc: PDFDocument): void {
  const ids: { text: string; set: (value: PDFString) => void }[] = [];
  const walk = (object: PDFObject, set: (value: PDFString) => void) => {
    if (object instanceof PDFString || object instanceof PDFHexString) {
      const text = object.decodeText();
      if (structId.test(text)) ids.push({ text, set });
    } else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) walk(value, (v) => object.set(key, v));
    } else if (object instanceof PDFArray) {
      object.asArray().forEach((value, i) => walk(value, (v) => object.set(i, v)));
    } else if (object instanceof PDFRawStream) {
      walk(object.dict, () => undefined);
    }
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) walk(object, () => undefined);
  const ranked = [...new Set(ids.map((id) => id.text))].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const renamed = new Map(ranked.map((old, i) => [old, `node${String(i + 1).padStart(8, '0')}`]));
  for (const id of ids) id.set(PDFString.of(renamed.get(id.text)!));
}

export interface PdfMetadata {
  title: string;
  author?: string;
  /** YYYY-MM-DD, taken from the content: the PDF's CreationDate and ModDate, at 00:00 China time. */
  creationDate: string;
  /** Who made the file, e.g. "Chromium 156.0.8078.114". */
  creator: string;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 2020-09-10 → D:20200910000000+08'00' (PDF 32000-1 §7.9.4). */
export function pdfDate(day: string): string {
  const match = isoDay.exec(day);
  if (!match) throw new Error(`creationDate must be YYYY-MM-DD, got "${day}"`);
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    throw new Error(`creationDate ${day} is not a calendar date`);
  }
  return `D:${y}${m}${d}000000+08'00'`;
}

/**
 * Sets the document information from the content instead of the clock, and the page boxes to
 * exact A4: Chromium rounds the page to its 300 dpi print grid (594.96 × 841.92 pt). Chromium
 * draws from the top left corner, so the difference (0.3 pt more at the right, 0.03 pt less at
 * the top, both in the margin) moves nothing on the page.
 */
export async function finishPdf(doc: PDFDocument, meta: PdfMetadata): Promise<Uint8Array> {
  renumberStructureIds(doc);
  const date = PDFString.of(pdfDate(meta.creationDate));
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('CreationDate'), date);
  info.set(PDFName.of('ModDate'), date);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  for (const page of doc.getPages()) {
    page.setMediaBox(0, 0, round(A4_POINTS.width), round(A4_POINTS.height));
  }
  // No object or cross-reference streams (PDF 1.5): a plain file that older printers' RIPs read,
  // though pdf-lib always writes the header %PDF-1.7.
  return doc.save({ useObjectStreams: false });
}

function round(points: number): number {
  return Math.round(points * 1000) / 1000;
}
