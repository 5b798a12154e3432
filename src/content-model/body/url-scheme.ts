// The scheme of a URL as a browser's URL parser reads it: "javascript" for
// " Java\tScript:…". Raw HTML attributes arrive already decoded by parse5;
// Markdown and MDX values are decoded here, the sloppy forms included.

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', period: '.', comma: ',', semi: ';',
  excl: '!', quest: '?', num: '#', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', equals: '=', plus: '+',
  nbsp: '\u00a0', lowbar: '_', dollar: '$', percnt: '%', commat: '@', bsol: '\\',
};

/** Character references as a browser decodes them in an attribute, including the sloppy forms. */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([a-zA-Z][a-zA-Z0-9]*);)/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
    const code = hex !== undefined ? Number.parseInt(hex.slice(-8), 16) : Number.parseInt(dec!.slice(-9), 10);
    if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

/** What the URL parser works on: leading and trailing C0 controls and spaces trimmed, every tab and newline dropped. */
export function browserUrl(decoded: string): string {
  // eslint-disable-next-line no-control-regex
  return decoded.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** The scheme of an already decoded URL, lower-cased; undefined for a relative URL. */
export function schemeOf(decoded: string): string | undefined {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(browserUrl(decoded));
  return match ? match[1]!.toLowerCase() : undefined;
}

/** The scheme a browser would see, e.g. "javascript" for " Java\tScript:…"; undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  return schemeOf(decodeCharacterReferences(url));
}

/** Schemes that run code or carry content nobody reviewed. */
export const DANGEROUS_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data']);

/** Any javascript:/vbscript: anywhere in an attribute value (SVG animation values, meta refresh …). */
export function embeddedScriptScheme(decoded: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = decoded.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
  if (compact.includes('javascript:')) return 'javascript';
  if (compact.includes('vbscript:')) return 'vbscript';
  return undefined;
}
