// YAML with positions. Parsed as YAML 1.2 core schema, so an unquoted
// 2020-08-01 stays the string the editor wrote (never a Date, never shifted).
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';
import { MAX_ALIASES, MAX_DEPTH, yamlAlias, yamlComplexKey, yamlDepth, yamlDuplicateKey, yamlSyntax, yamlTag } from '../rules/yaml.ts';
import { yamlBullet, yamlColonInValue, yamlColonSpace, yamlFullWidthColon, yamlIndent, yamlLineJoined, yamlListDash } from '../rules/yaml-keyboard.ts';
import { numberPrecision, numberProblem } from '../rules/numbers.ts';
import { scanKeyboardMistakes, type KeyboardMistake, type Located } from './yaml-keyboard.ts';

/** The same keyboard mistake on many lines: the first few are shown, the last of them says how many more. */
const MAX_SAME_MISTAKE = 3;

function keyboardDiagnostic(file: string, position: { line: number; column: number }, m: KeyboardMistake, more?: number): Diagnostic {
  const extra = more ? { more } : {};
  switch (m.kind) {
    case 'full-width-colon':
      return yamlFullWidthColon.at(file, position, { key: m.key, ...extra });
    case 'colon-space':
      return yamlColonSpace.at(file, position, { key: m.key, fullWidthSpace: m.fullWidthSpace, ...extra });
    case 'colon-in-value':
      return yamlColonInValue.at(file, position, { ...(m.key ? { key: m.key } : {}), value: m.value, ...extra });
    case 'bullet':
      return yamlBullet.at(file, position, { bullet: m.bullet, text: m.text, ...extra });
    case 'indent':
      return yamlIndent.at(file, position, { char: m.char, ...extra });
    case 'joined-item':
      return yamlListDash.at(file, position, { problem: 'joined', ...extra });
    case 'missing-dash':
      return yamlListDash.at(file, position, { problem: 'column', key: m.key, ...extra });
    case 'joined-value':
      return yamlLineJoined.at(file, position, { key: m.key, ...extra });
  }
}

/** One diagnostic per line with a keyboard mistake, at most MAX_SAME_MISTAKE of each kind. */
function keyboardDiagnostics(file: string, mistakes: readonly Located<KeyboardMistake>[], lineOffset: number): Diagnostic[] {
  const byKind = new Map<string, Located<KeyboardMistake>[]>();
  for (const m of mistakes) byKind.set(m.mistake.kind, [...(byKind.get(m.mistake.kind) ?? []), m]);
  return [...byKind.values()].flatMap((list) =>
    list.slice(0, MAX_SAME_MISTAKE).map((m, i) => {
      const rest = i === MAX_SAME_MISTAKE - 1 ? list.length - MAX_SAME_MISTAKE : 0;
      return keyboardDiagnostic(file, { line: m.line + lineOffset, column: m.column }, m.mistake, rest > 0 ? rest : undefined);
    }),
  );
}

export type PathSegment = string | number;

/** Finds the line and column of a key or value by its data path. */
export type Locate = (path: readonly PathSegment[], target?: 'key' | 'value') => { line: number; column: number };

export interface ParsedYaml {
  /** Undefined when the file could not be parsed at all. */
  readonly value: unknown;
  readonly locate: Locate;
  readonly diagnostics: Diagnostic[];
  /**
   * Values that will not be what was typed (a number beyond what is stored
   * exactly). They do not stop the file from being validated, so a rule that
   * knows better at the same place (personal data) can say so.
   */
  readonly notes: Diagnostic[];
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
  const locate = locator(doc, pos);

  // A keyboard mistake is the root cause of whatever the parser says about the
  // file: report it, at its own line, and nothing else.
  const scan = scanKeyboardMistakes(text);
  if (scan.mistakes.length > 0) return { value: undefined, locate, diagnostics: keyboardDiagnostics(file, scan.mistakes, lineOffset), notes: [] };
  // Warnings from the parser are errors to us: each is an unknown tag or worse.
  // Tags (!!timestamp, !!js/function, !custom) would let a file change how a
  // value is read; content never needs them, so every explicit tag is refused.
  // A collection used as a key ({a: 1}: x) would be turned into a string,
  // which is slow enough on nested input to hang the check; content never
  // needs one. Nesting deeper than any content file is refused for the same reason.
  let structural = false;
  const notes: Diagnostic[] = [];
  visit(doc, {
    Scalar(_, node) {
      // A specific visitor replaces Node for scalars: tags are checked here too.
      if (node.tag !== undefined) diagnostics.push(yamlTag.at(file, pos(node.range?.[0] ?? 0)));
      if (typeof node.value !== 'number' || node.source === undefined) return;
      const problem = numberProblem(node.source, node.value);
      if (problem) notes.push(numberPrecision.at(file, pos(node.range?.[0] ?? 0), { written: node.source, read: String(node.value), problem }));
    },
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
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')].sort((a, b) => a.pos[0] - b.pos[0]);
  // Only the first syntax error: the ones after it are, as a rule, the same mistake seen from later lines.
  const syntax = problems.find((p) => p.code !== 'DUPLICATE_KEY');
  if (syntax) {
    // A quote left open swallows the lines after it; the parser notices only at the end.
    const quote = scan.openQuotes.find((q) => lineCounter.lineStarts[q.line - 1]! + q.column - 1 <= syntax.pos[0]);
    diagnostics.push(
      quote
        ? yamlSyntax.at(file, { line: quote.line + lineOffset, column: quote.column }, { quote: quote.mistake.quote })
        : yamlSyntax.at(file, pos(syntax.pos[0]), { parserCode: syntax.code }),
    );
  }
  const duplicates = problems.filter((p) => p.code === 'DUPLICATE_KEY' && (!syntax || p.pos[0] < syntax.pos[0]));
  diagnostics.push(...duplicateKeys(doc, duplicates.map((d) => d.pos[0]), file, pos));

  if (doc.errors.length > 0 || structural) return { value: undefined, locate, diagnostics, notes };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), locate, diagnostics, notes };
  } catch (error) {
    const aliases = error instanceof Error && /alias/i.test(error.message);
    diagnostics.push(aliases ? yamlAlias.at(file, pos(0)) : yamlSyntax.at(file, pos(0), { unreadable: true }));
    return { value: undefined, locate, diagnostics, notes };
  }
}

/** Finds a data path's key or value in the parsed document. */
function locator(doc: ReturnType<typeof parseDocument>, pos: (offset: number) => { line: number; column: number }): Locate {
  return (path, target = 'value') => {
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
}

/**
 * Duplicate keys, each once. A list item whose first key comes again has lost
 * the "- " of the item that starts there: one message at that line, not one
 * per repeated key.
 */
function duplicateKeys(doc: ReturnType<typeof parseDocument>, offsets: readonly number[], file: string, pos: (offset: number) => { line: number; column: number }): Diagnostic[] {
  if (offsets.length === 0) return [];
  const wanted = new Set(offsets);
  const found: { offset: number; pair: Pair; map: YAMLMap; inList: boolean }[] = [];
  visit(doc, {
    Pair(_, pair, path) {
      const offset = (pair.key as Node | null)?.range?.[0];
      if (offset !== undefined && wanted.has(offset)) found.push({ offset, pair, map: path.at(-1) as YAMLMap, inList: isSeq(path.at(-2)) });
    },
  });
  const out: Diagnostic[] = [];
  const itemSplit = new Set<YAMLMap>();
  for (const { offset, pair, map, inList } of found.sort((a, b) => a.offset - b.offset)) {
    if (itemSplit.has(map)) continue;
    const key = String((pair.key as { value?: unknown }).value);
    const first = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key)!;
    if (inList && first === map.items[0]) {
      itemSplit.add(map);
      out.push(yamlListDash.at(file, pos(offset), { problem: 'key', key }));
    } else {
      out.push(yamlDuplicateKey.at(file, pos(offset), { key, line: pos((first.key as Node).range?.[0] ?? 0).line, inList }));
    }
  }
  return out;
}
