// YAML with positions. Parsed as YAML 1.2 core schema, so an unquoted
// 2020-08-01 stays the string the editor wrote (never a Date, never shifted).
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';
import { MAX_ALIASES, MAX_DEPTH, yamlAlias, yamlComplexKey, yamlDepth, yamlDuplicateKey, yamlSyntax, yamlTag } from '../rules/yaml.ts';

/** After this many syntax errors in one file the rest are noise. */
const MAX_SYNTAX_ERRORS = 20;

export type PathSegment = string | number;

/** Finds the line and column of a key or value by its data path. */
export type Locate = (path: readonly PathSegment[], target?: 'key' | 'value') => { line: number; column: number };

export interface ParsedYaml {
  /** Undefined when the file could not be parsed at all. */
  readonly value: unknown;
  readonly locate: Locate;
  readonly diagnostics: Diagnostic[];
}

export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    // Problems are reported as diagnostics; nothing may go to the console.
    logLevel: 'silent',
    lineCounter,
  });
  const diagnostics: Diagnostic[] = [];
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(Math.min(Math.max(offset, 0), text.length));
    return { line: line + lineOffset, column: col };
  };
  // Warnings from the parser are errors to us: each is an unknown tag or worse.
  // Tags (!!timestamp, !!js/function, !custom) would let a file change how a
  // value is read; content never needs them, so every explicit tag is refused.
  // A collection used as a key ({a: 1}: x) would be turned into a string,
  // which is slow enough on nested input to hang the check; content never
  // needs one. Nesting deeper than any content file is refused for the same reason.
  let structural = false;
  visit(doc, {
    Node(_, node) {
      if (node.tag !== undefined) {
        diagnostics.push(yamlTag.at(file, pos(node.range?.[0] ?? 0)));
      }
    },
    Pair(_, pair, path) {
      if (pair.key !== null && !isScalar(pair.key)) {
        structural = true;
        diagnostics.push(yamlComplexKey.at(file, pos((pair.key as Node).range?.[0] ?? 0)));
        return visit.SKIP;
      }
      if (path.length > MAX_DEPTH * 2) {
        structural = true;
        diagnostics.push(yamlDepth.at(file, pos((pair.key as Node | null)?.range?.[0] ?? 0)));
        return visit.BREAK;
      }
      return undefined;
    },
  });
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')];
  for (const error of problems.slice(0, MAX_SYNTAX_ERRORS)) {
    diagnostics.push(error.code === 'DUPLICATE_KEY' ? yamlDuplicateKey.at(file, pos(error.pos[0])) : yamlSyntax.at(file, pos(error.pos[0]), { parserCode: error.code }));
  }

  if (problems.length > MAX_SYNTAX_ERRORS) {
    const last = problems[MAX_SYNTAX_ERRORS]!;
    diagnostics.push(yamlSyntax.at(file, pos(last.pos[0]), { more: problems.length - MAX_SYNTAX_ERRORS }));
  }

  const locate: Locate = (path, target = 'value') => {
    let node: unknown = doc.contents;
    let best = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const [i, segment] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const key = pair.key as Node;
        best = key.range?.[0] ?? best;
        if (last && target === 'key') break;
        node = pair.value;
        const valueStart = (pair.value as Node | null)?.range?.[0];
        if (valueStart !== undefined) best = valueStart;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        node = item;
        best = item.range?.[0] ?? best;
      } else {
        break;
      }
    }
    return pos(best);
  };

  if (doc.errors.length > 0 || structural) return { value: undefined, locate, diagnostics };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), locate, diagnostics };
  } catch (error) {
    const aliases = error instanceof Error && /alias/i.test(error.message);
    diagnostics.push(aliases ? yamlAlias.at(file, pos(0)) : yamlSyntax.at(file, pos(0), { unreadable: true }));
    return { value: undefined, locate, diagnostics };
  }
}
