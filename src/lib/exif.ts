// Does an image carry a GPS position in its EXIF metadata? Reads the TIFF
// structure that JPEG (APP1 "Exif"), PNG (eXIf) and WebP (EXIF) embed, and
// looks for the GPSInfo tag (0x8825) in the first IFD.

const GPS_INFO = 0x8825;

function tiffStart(bytes: Uint8Array): number | undefined {
  const text = (i: number, s: string) => [...s].every((c, k) => bytes[i + k] === c.charCodeAt(0));
  for (let i = 0; i + 8 < bytes.length; i++) {
    // JPEG APP1 and WebP EXIF payloads start "Exif\0\0" or directly with the TIFF header.
    if (text(i, 'Exif') && bytes[i + 4] === 0 && bytes[i + 5] === 0) return i + 6;
    if ((text(i, 'eXIf') || (text(i, 'EXIF') && i >= 12)) && (text(i + 8, 'II*') || text(i + 8, 'MM'))) return i + 8;
  }
  return undefined;
}

export function hasGpsPosition(bytes: Uint8Array): boolean {
  const start = tiffStart(bytes);
  if (start === undefined || start + 8 > bytes.length) return false;
  const little = bytes[start] === 0x49;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(start + o, little);
  const u32 = (o: number) => view.getUint32(start + o, little);
  const ifd = u32(4);
  if (start + ifd + 2 > bytes.length) return false;
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (start + entry + 2 > bytes.length) return false;
    if (u16(entry) === GPS_INFO) return true;
  }
  return false;
}
