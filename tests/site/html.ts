// A small HTML tokenizer for checking built pages: start tags with decoded
// attributes, raw-text element bodies (script, style) and text. It follows the
// HTML tokenization rules that matter for generated markup (quoted and unquoted
// attributes, comments, raw-text elements, character references); html-validate
// separately checks that the markup is well formed.

export interface Tag {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  /** Content of a raw-text element (script, style, textarea, title), else ''. */
  readonly body: string;
  /** Offset of '<' in the source, to report positions. */
  readonly offset: number;
}

export interface ParsedHtml {
  readonly tags: readonly Tag[];
  /** Decoded text outside tags, script and style, in document order. */
  readonly text: string;
}

const named: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', times: '×',
  copy: '©', reg: '®', laquo: '«', raquo: '»', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', deg: '°', plusmn: '±',
};

export function decodeEntities(value: string): string {
  return value.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[ref] ?? whole;
  });
}

const rawText = new Set(['script', 'style', 'textarea', 'title']);
const attrPattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

export function parseHtml(html: string): ParsedHtml {
  const tags: Tag[] = [];
  const text: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text.push(html.slice(i));
      break;
    }
    text.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    const nameMatch = /^<([A-Za-z][^\s/>]*)/.exec(html.slice(lt, lt + 100));
    if (!nameMatch) {
      text.push('<');
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1]!.toLowerCase();
    const attrs = new Map<string, string>();
    let j = lt + nameMatch[0].length;
    for (;;) {
      while (j < html.length && /[\s/]/.test(html[j]!)) j++;
      if (j >= html.length || html[j] === '>') break;
      attrPattern.lastIndex = j;
      const m = attrPattern.exec(html);
      if (!m) {
        j++;
        continue;
      }
      const attrName = m[1]!.toLowerCase();
      // The first occurrence of a duplicated attribute wins, as in browsers.
      if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
      j = attrPattern.lastIndex;
    }
    i = j + 1;
    let body = '';
    if (rawText.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const end = close === -1 ? html.length : close;
      body = html.slice(i, end);
      if (name === 'title' || name === 'textarea') text.push(body);
      i = end;
    }
    tags.push({ name, attrs, body, offset: lt });
  }
  return { tags, text: decodeEntities(text.join('')) };
}

/** 1-based line of an offset, for messages. */
export function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < source.length; k++) if (source.charCodeAt(k) === 10) line++;
  return line;
}
