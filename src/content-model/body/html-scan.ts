// Raw HTML in an article, read with parse5's tokenizer: the WHATWG HTML
// tokenizer that browsers implement, so the policy sees the tags and
// attributes a browser will (comments closed the short way, character
// references in attribute values decoded the sloppy way, the first of two
// duplicate attributes kept, attributes of end tags dropped).
//
// The tokenizer alone does not know that the text after <textarea>, <title>,
// <style>, <script> and the like is not markup: the tree builder tells it.
// We switch its state for those elements the way parse5's own parser does,
// so markup inside them is not reported as live. Every start tag is seen,
// including those a tree builder would merge into another element (a second
// <body onload=…>): a browser runs those attributes too.
import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';

export interface HtmlAttribute {
  /** Lower-cased, as the browser stores it. */
  readonly name: string;
  /** Decoded, as the browser sees it. */
  readonly value: string;
  /** Offset of the attribute's name in the scanned text. */
  readonly offset: number;
}

export interface HtmlTag {
  /** Lower-cased tag name. */
  readonly name: string;
  /** Offset of the "<". */
  readonly offset: number;
  readonly attributes: readonly HtmlAttribute[];
}

export interface HtmlScan {
  readonly tags: readonly HtmlTag[];
  /** A tag the text ended inside (a missing ">" or an unpaired quote): the browser would swallow what follows. */
  readonly unclosed?: { readonly name: string; readonly offset: number };
}

/** Elements after whose start tag the browser reads text, not markup, until the matching end tag. */
const TEXT_STATE: Readonly<Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]>> = {
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  // Browsers run scripts, so <noscript> holds text.
  noscript: TokenizerMode.RAWTEXT,
  script: TokenizerMode.SCRIPT_DATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

/** Every start tag in a piece of raw HTML. Never throws. */
export function scanHtml(src: string): HtmlScan {
  const tags: HtmlTag[] = [];
  let tokenEnd = 0;
  let eofInTag = false;
  const ended = (location: { endOffset: number } | null) => {
    if (location) tokenEnd = Math.max(tokenEnd, location.endOffset);
  };
  const handler: TokenHandler = {
    onStartTag(token) {
      const location = token.location;
      const offset = location?.startOffset ?? tokenEnd;
      tags.push({
        name: token.tagName,
        offset,
        attributes: token.attrs.map((a) => ({ name: a.name, value: a.value, offset: location?.attrs?.[a.name]?.startOffset ?? offset })),
      });
      ended(location);
      const state = TEXT_STATE[token.tagName];
      // Even when written self-closing (<script/>): HTML ignores the slash on these.
      if (state !== undefined) tokenizer.state = state;
    },
    onEndTag: (token) => ended(token.location),
    onComment: (token) => ended(token.location),
    onDoctype: (token) => ended(token.location),
    onCharacter: (token) => ended(token.location),
    onNullCharacter: (token) => ended(token.location),
    onWhitespaceCharacter: (token) => ended(token.location),
    onEof() {},
    onParseError(error) {
      if (error.code === 'eof-in-tag') eofInTag = true;
    },
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(src, true);
  if (!eofInTag) return { tags };
  // The unclosed tag starts at the first tag opening after the last complete token.
  const open = /<\/?([A-Za-z][^\s/>]*)?/g;
  open.lastIndex = tokenEnd;
  let m: RegExpExecArray | null;
  while ((m = open.exec(src)) !== null) {
    if (/^<\/?[A-Za-z]/.test(m[0])) return { tags, unclosed: { name: (m[1] ?? '').toLowerCase(), offset: m.index } };
  }
  return { tags, unclosed: { name: '', offset: tokenEnd } };
}
