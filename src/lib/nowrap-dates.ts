// Chinese dates never break across lines: “2020年8月31日前” must not wrap as
// “2020 / 年8 / 月31 / 日前” in a narrow table cell. Any two CJK characters
// may break apart, so each date in the page's text is wrapped in
// <span class="nowrap"> (src/styles/site.css). Runs over the finished HTML of
// every page (src/middleware.ts), so no component has to remember it.
//
// Only text between tags is touched: never a tag or attribute value (Astro
// escapes `<` and `>` in attribute values, so a tag ends at the first `>`),
// never raw text (<script>, <style>, <title>, <textarea>) and never inside
// <svg>, where a <span> is not allowed (charts place their own labels).

/** 2020年8月31日, 2020年8月 (and with spaces, as Markdown sometimes has them). */
const DATE = /\d{4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?/g;

const TOKEN = /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<!doctype[^>]*>/gi;
const RAW = new Set(['script', 'style', 'title', 'textarea']);

export function wrapDates(html: string): string {
  let out = '';
  let last = 0;
  /** Inside a raw-text element: its name; text is copied as it is until its end tag. */
  let raw: string | undefined;
  let svgDepth = 0;
  const text = (s: string) => (raw || svgDepth > 0 ? s : s.replace(DATE, (d) => `<span class="nowrap">${d}</span>`));
  for (const m of html.matchAll(TOKEN)) {
    const tag = m[0];
    const name = m[1]?.toLowerCase();
    out += text(html.slice(last, m.index));
    last = m.index + tag.length;
    out += tag;
    if (!name) continue;
    const closing = tag.startsWith('</');
    if (raw) {
      if (closing && name === raw) raw = undefined;
      continue;
    }
    if (RAW.has(name) && !closing) raw = name;
    else if (name === 'svg' && !tag.endsWith('/>')) svgDepth += closing ? -1 : 1;
  }
  return out + text(html.slice(last));
}
