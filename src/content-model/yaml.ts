// YAML with positions. Parsed as YAML 1.2 core schema, so an unquoted
// 2020-08-01 stays the string the editor wrote (never a Date, never shifted).
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';

export type PathSegment = string | number;

/** Finds the line and column of a key or value by its data path. */
export type Locate = (path: readonly PathSegment[], target?: 'key' | 'value') => { line: number; column: number };

export interface ParsedYaml {
  /** Undefined when the file could not be parsed at all. */
  readonly value: unknown;
  readonly locate: Locate;
  readonly diagnostics: Diagnostic[];
}

/** More aliases than this is an attack (billion laughs), not content. */
export const MAX_ALIASES = 50;
/** Content files nest a few levels; far deeper is a mistake or an attack. */
export const MAX_DEPTH = 40;
/** After this many syntax errors in one file the rest are noise. */
const MAX_SYNTAX_ERRORS = 20;

const SYNTAX_HINTS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: '同一层级出现了重复的字段名：请删除或合并重复的一行',
  BAD_INDENT: '缩进不对：同一层级的行要对齐，请用空格（不要用 Tab）缩进',
  TAB_AS_INDENT: '缩进里有 Tab：请改用空格',
  MISSING_CHAR: '缺少配对的引号或括号：请检查这一行的引号、方括号或花括号是否成对',
  BLOCK_AS_IMPLICIT_KEY: '冒号后的内容格式不对：字段名后要跟“: ”（英文冒号加空格）',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行：请检查上一行是否漏了冒号或引号',
  UNEXPECTED_TOKEN: '这里有无法识别的符号：请检查冒号、引号和列表的“- ”',
  BAD_SCALAR_START: '值不能以这个符号开头：请给这个值加上引号',
  BAD_DQ_ESCAPE: '双引号内有无效的转义符“\\”：请删除它，或改用单引号',
  TAG_RESOLVE_FAILED: 'YAML 标签（以 ! 开头，如 !!timestamp）会改变值的含义：内容文件不使用标签，请删除它',
  BAD_ALIAS: '引用了不存在的锚点（*名称）：请改为直接写出内容',
  MULTIPLE_DOCS: '一个文件只能有一份内容：请删除多余的“---”分隔行',
  KEY_OVER_1024_CHARS: '字段名过长：请检查是否漏写了冒号',
  RESOURCE_EXHAUSTION: '文件使用了过多的锚点引用（*名称）：请直接写出内容',
};

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
        diagnostics.push({ file, ...pos(node.range?.[0] ?? 0), severity: 'error', rule: 'yaml-tag', message: SYNTAX_HINTS.TAG_RESOLVE_FAILED! });
      }
    },
    Pair(_, pair, path) {
      if (pair.key !== null && !isScalar(pair.key)) {
        structural = true;
        diagnostics.push({ file, ...pos((pair.key as Node).range?.[0] ?? 0), severity: 'error', rule: 'yaml-complex-key', message: '字段名只能是文字，不能是列表或字段组：请检查这一行的冒号、方括号和花括号' });
        return visit.SKIP;
      }
      if (path.length > MAX_DEPTH * 2) {
        structural = true;
        diagnostics.push({ file, ...pos((pair.key as Node | null)?.range?.[0] ?? 0), severity: 'error', rule: 'yaml-depth', message: `层级太深（超过 ${MAX_DEPTH} 层）：内容文件用不到这么多层，请检查缩进和括号` });
        return visit.BREAK;
      }
      return undefined;
    },
  });
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')];
  for (const error of problems.slice(0, MAX_SYNTAX_ERRORS)) {
    const hint = SYNTAX_HINTS[error.code] ?? 'YAML 格式错误：请检查这一行的缩进、冒号（后面要有空格）和引号';
    diagnostics.push({
      file,
      ...pos(error.pos[0]),
      severity: 'error',
      rule: error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax',
      message: hint,
    });
  }

  if (problems.length > MAX_SYNTAX_ERRORS) {
    const last = problems[MAX_SYNTAX_ERRORS]!;
    diagnostics.push({ file, ...pos(last.pos[0]), severity: 'error', rule: 'yaml-syntax', message: `此后还有 ${problems.length - MAX_SYNTAX_ERRORS} 处格式错误未列出：请先改正上面的错误，再重新检查` });
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
    diagnostics.push({
      file,
      ...pos(0),
      severity: 'error',
      rule: aliases ? 'yaml-alias' : 'yaml-syntax',
      message: aliases
        ? `文件使用了过多的锚点引用（*名称，上限 ${MAX_ALIASES} 次）：请直接写出内容`
        : '文件结构无法读取（嵌套过深或过于复杂）：请检查缩进和括号',
    });
    return { value: undefined, locate, diagnostics };
  }
}
