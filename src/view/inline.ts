// A sentence with links, emphasis or a 示例 badge inside it, as data: the view
// model builds the words, src/components/Inlines.astro only renders the parts.
export type Inline =
  | string
  | { readonly link: string; readonly href: string }
  | { readonly strong: string }
  | { readonly code: string }
  /** The 示例 badge (class example-badge). */
  | { readonly badge: string };

export const link = (text: string, href: string): Inline => ({ link: text, href });

/** The plain text of a sentence, as a screen reader or a test reads it. */
export function plainText(parts: readonly Inline[]): string {
  return parts
    .map((p) => (typeof p === 'string' ? p : 'link' in p ? p.link : 'strong' in p ? p.strong : 'code' in p ? p.code : p.badge))
    .join('');
}
