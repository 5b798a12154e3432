// What a link or image address, as written by an editor, points at. Read the
// way a browser's URL parser reads it (leading spaces, tabs and newlines
// dropped; a backslash is a slash in http(s) URLs; schemes in any case), so
// "looks internal" and "is internal" cannot differ.
import { browserUrl, schemeOf } from '../body/url-scheme.ts';

export type LinkClass =
  /** http(s) on another site (or this one, written in full). */
  | { readonly kind: 'external'; readonly scheme: 'http' | 'https' }
  /** mailto:, tel: and other schemes a browser hands to an app. */
  | { readonly kind: 'scheme'; readonly scheme: string }
  /** A path on the editor's own computer or network: D:\…, C:/…, file:///…, \\server\share. */
  | { readonly kind: 'local-path'; readonly name: string }
  /** //host/… (or /\host, \\host written as a link): another site, whatever it looks like. */
  | { readonly kind: 'protocol-relative'; readonly host: string }
  /** #part of the same page. */
  | { readonly kind: 'fragment'; readonly fragment: string }
  /** /path on this site. */
  | { readonly kind: 'site'; readonly path: string; readonly fragment: string | undefined }
  /** A path relative to the page (or, for files, to the article). */
  | { readonly kind: 'relative'; readonly path: string; readonly fragment: string | undefined }
  | { readonly kind: 'empty' };

/** The last segment of a path, for "put the file beside the article and write ./name". */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  return parts.at(-1) ?? path;
}

function splitFragment(url: string): { path: string; fragment: string | undefined } {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const query = beforeHash.indexOf('?');
  return { path: query === -1 ? beforeHash : beforeHash.slice(0, query), fragment: hash === -1 ? undefined : url.slice(hash + 1) };
}

/** `decoded` is the address with character references already decoded. */
export function classifyLink(decoded: string): LinkClass {
  const url = browserUrl(decoded);
  if (url === '') return { kind: 'empty' };
  // A drive letter: the URL parser would read "d:" as a scheme.
  if (/^[a-zA-Z]:(?:[\\/]|$)/.test(url) || /^[a-zA-Z]:[^/]*\\/.test(url)) return { kind: 'local-path', name: baseName(url.slice(2)) };
  // \\server\share and file: are the editor's disk or network, not the site.
  if (url.startsWith('\\\\')) return { kind: 'local-path', name: baseName(url) };
  const scheme = schemeOf(url);
  if (scheme === 'file') return { kind: 'local-path', name: baseName(decodeSafely(url.replace(/^file:/i, ''))) };
  if (scheme === 'http' || scheme === 'https') {
    // http:/x and http:x are relative to the current page only in theory; a browser reads them as hosts.
    return { kind: 'external', scheme };
  }
  if (scheme !== undefined) return { kind: 'scheme', scheme };
  // In an http(s) page, "\" is "/": //host, /\host, \/host and \\host all leave the site.
  const slashes = /^[\\/]{2,}([^\\/?#]*)/.exec(url);
  if (slashes) return { kind: 'protocol-relative', host: slashes[1]! };
  if (url.startsWith('#')) return { kind: 'fragment', fragment: url.slice(1) };
  if (url.includes('\\')) return { kind: 'local-path', name: baseName(url) };
  const { path, fragment } = splitFragment(url);
  if (url.startsWith('/')) return { kind: 'site', path: decodeSafely(path), fragment };
  return { kind: 'relative', path: decodeSafely(path), fragment };
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The extension of a path's last segment, lower-cased with its dot ('' when none). */
export function extensionOf(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** posix.join-like resolution of a relative path against a folder, or undefined when it climbs above the root. */
export function resolvePath(folder: string, relative: string): string | undefined {
  const parts = folder.split('/').filter(Boolean);
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}
