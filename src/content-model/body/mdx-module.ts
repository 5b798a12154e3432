// The import/export block of an MDX article: only imports of the site's own
// components (src/components/mdx/) are allowed, since anything else runs at
// build time. Pure syntax: the policy (markdown-policy.ts) turns the problems
// into diagnostics.
import { posix } from 'node:path';
import { skipTrivia } from './mdx-syntax.ts';

/** The one folder MDX articles may import components from. */
export const MDX_COMPONENT_DIR = 'src/components/mdx/';
/** Import alias for MDX_COMPONENT_DIR; needs the matching tsconfig "paths" entry. */
export const MDX_COMPONENT_ALIAS = '@components/mdx/';

export interface ModuleProblem {
  /** Offset in the body. */
  readonly offset: number;
  /** export: an export statement; code: a statement that is neither; import: an import not allowed or not readable. */
  readonly kind: 'export' | 'code' | 'import';
  /** The import's source, when it could be read. */
  readonly source?: string;
}

/** Where MDX may import from: only the project's own component folder. */
export function isAllowedMdxImport(specifier: string, file: string): boolean {
  if (/[?#\\\0]/.test(specifier)) return false;
  let target: string;
  if (specifier.startsWith(MDX_COMPONENT_ALIAS)) target = MDX_COMPONENT_DIR + specifier.slice(MDX_COMPONENT_ALIAS.length);
  else if (specifier.startsWith('./') || specifier.startsWith('../')) target = posix.join(posix.dirname(file), specifier);
  else return false;
  const normalized = posix.normalize(target);
  return normalized.startsWith(MDX_COMPONENT_DIR) && normalized.length > MDX_COMPONENT_DIR.length;
}

/**
 * The import/export block of an MDX file. Anything that is not a plain
 * `import X from '…'` is refused, so a block can pass only if it is nothing
 * but imports from the component folder.

/**
 * The problems of the import/export block of an MDX file. Anything that is not
 * a plain `import X from '…'` is refused, so a block can pass only if it is
 * nothing but imports from the component folder.
 */
export function readMdxModule(src: string, base: number, file: string): ModuleProblem[] {
  const problems: ModuleProblem[] = [];
  let i = 0;
  const skip = () => {
    const next = skipTrivia(src, i);
    i = next === -1 ? src.length : next;
  };
  const ident = (): string | undefined => {
    skip();
    const m = /^[A-Za-z_$][\w$]*/.exec(src.slice(i, i + 200));
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const punct = (ch: string): boolean => {
    skip();
    if (src[i] !== ch) return false;
    i++;
    return true;
  };
  const string = (): { text: string; offset: number } | undefined => {
    skip();
    const q = src[i];
    if (q !== '"' && q !== "'") return undefined;
    const close = src.indexOf(q, i + 1);
    if (close === -1) return undefined;
    const text = src.slice(i + 1, close);
    if (/[\\\n]/.test(text)) return undefined;
    const offset = i;
    i = close + 1;
    return { text, offset };
  };
  // After a statement we cannot read, carry on at the next line that starts one.
  const resync = () => {
    const re = /\n[ \t]*(?=(?:import|export)\b)/g;
    re.lastIndex = i;
    const m = re.exec(src);
    i = m ? m.index + m[0].length : src.length;
  };
  const readImportClause = (): boolean => {
    skip();
    if (src[i] === '*') {
      i++;
      return ident() === 'as' && ident() !== undefined;
    }
    if (src[i] !== '{') {
      if (ident() === undefined) return false;
      if (!punct(',')) return true;
      skip();
      if (src[i] === '*') {
        i++;
        return ident() === 'as' && ident() !== undefined;
      }
    }
    if (!punct('{')) return false;
    for (;;) {
      if (punct('}')) return true;
      if (ident() === undefined && string() === undefined) return false;
      const save = i;
      if (ident() === 'as') {
        if (ident() === undefined) return false;
      } else i = save;
      if (!punct(',')) return punct('}');
    }
  };

  while (true) {
    skip();
    if (i >= src.length) return problems;
    const start = i;
    const keyword = ident();
    if (keyword === 'export') {
      problems.push({ offset: base + start, kind: 'export' });
      resync();
      continue;
    }
    if (keyword !== 'import') {
      problems.push({ offset: base + start, kind: 'code' });
      resync();
      continue;
    }
    skip();
    let source = src[i] === '"' || src[i] === "'" ? string() : undefined;
    if (source === undefined && readImportClause() && ident() === 'from') source = string();
    // Import attributes (with/assert) load files as data or code in other ways: not for articles.
    const save = i;
    const trailing = ident();
    i = save;
    if (source === undefined || trailing === 'with' || trailing === 'assert') {
      problems.push({ offset: base + start, kind: 'import' });
      resync();
      continue;
    }
    if (!isAllowedMdxImport(source.text, file)) {
      problems.push({ offset: base + source.offset, kind: 'import', source: source.text });
    }
    punct(';');
  }
}
