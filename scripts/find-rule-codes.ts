// Finds every rule code the validator can emit, by reading the source of
// src/ and schemas/ (with the TypeScript parser, no type checking). Used by
// tests/rule-docs.test.ts so that a new rule cannot ship undocumented;
// `node scripts/find-rule-codes.ts` lists them with where they appear.
//
// A string literal is a rule code when it is:
// - the value of a property named `rule` (`{ rule: 'date-range' }`, `params: { rule }`),
//   following conditionals (`a ? 'x' : 'y'`), `??`, and constants of the same
//   file (`RULE[kind]` where `const RULE = { … }`);
// - the initial value of a variable named `rule`;
// - passed to a parameter named `rule` (`fail(ctx, 'id-format', …)`,
//   `report.add(offset, 'url-scheme', …)`), matching the callee by name;
// - compared with something named `rule` (`d.rule === 'quantity-unit-missing'`);
// - a member of a string-literal union type used for something named `rule`
//   (`rule: QuantityRule`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

const CODE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export interface RuleCodeUse {
  readonly code: string;
  /** file:line, relative to the root. */
  readonly at: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return walk(full);
    return /\.(ts|mts)$/.test(d.name) && !d.name.endsWith('.d.ts') ? [full] : [];
  });
}

function nameOf(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (ts.isStringLiteral(node)) return node.text;
  return undefined;
}

/** Is this expression "the rule": an identifier or property access named rule? */
function isRuleRef(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'rule';
  if (ts.isPropertyAccessExpression(node)) return node.name.text === 'rule';
  return false;
}

interface FileInfo {
  readonly source: ts.SourceFile;
  readonly rel: string;
  /** Top-level-or-nested consts: name → initializer. */
  readonly consts: Map<string, ts.Expression>;
  /** Function-like declarations with a `rule` parameter: name → parameter index. */
  readonly ruleParams: Map<string, number>;
  /** Type aliases: name → node. */
  readonly aliases: Map<string, ts.TypeNode>;
}

function declaredName(node: ts.Node): string | undefined {
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isMethodSignature(node)) return nameOf(node.name);
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent)) return nameOf(node.parent.name);
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isPropertyAssignment(node.parent)) return nameOf(node.parent.name);
  if (ts.isFunctionTypeNode(node) && ts.isTypeAliasDeclaration(node.parent)) return undefined;
  return undefined;
}

function indexFile(abs: string, root: string): FileInfo {
  const text = readFileSync(abs, 'utf8');
  const source = ts.createSourceFile(abs, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const info: FileInfo = { source, rel: relative(root, abs).split(sep).join('/'), consts: new Map(), ruleParams: new Map(), aliases: new Map() };
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) info.consts.set(node.name.text, node.initializer);
    if (ts.isTypeAliasDeclaration(node)) info.aliases.set(node.name.text, node.type);
    if (ts.isFunctionLike(node)) {
      const index = node.parameters.findIndex((p) => nameOf(p.name) === 'rule');
      const name = declaredName(node);
      if (index !== -1 && name !== undefined) info.ruleParams.set(name, index);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return info;
}

export function findRuleCodes(root: string, dirs: readonly string[] = ['src', 'schemas']): RuleCodeUse[] {
  const files = dirs.flatMap((d) => walk(join(root, d))).map((abs) => indexFile(abs, root));
  const globalParams = new Map<string, Set<number>>();
  const globalAliases = new Map<string, ts.TypeNode>();
  for (const f of files) {
    for (const [name, index] of f.ruleParams) globalParams.set(name, (globalParams.get(name) ?? new Set()).add(index));
    for (const [name, type] of f.aliases) globalAliases.set(name, type);
  }
  const uses: RuleCodeUse[] = [];

  for (const f of files) {
    const add = (node: ts.Node, code: string) => {
      if (!CODE.test(code)) return;
      const { line } = f.source.getLineAndCharacterOfPosition(node.getStart());
      uses.push({ code, at: `${f.rel}:${line + 1}` });
    };
    /** String literals an expression can evaluate to, as far as syntax tells. */
    const literals = (expr: ts.Expression, seen = new Set<ts.Node>()): void => {
      if (seen.has(expr)) return;
      seen.add(expr);
      if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) add(expr, expr.text);
      else if (ts.isConditionalExpression(expr)) {
        literals(expr.whenTrue, seen);
        literals(expr.whenFalse, seen);
      } else if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(expr.operatorToken.kind)) {
        literals(expr.left, seen);
        literals(expr.right, seen);
      } else if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isNonNullExpression(expr)) {
        literals(expr.expression, seen);
      } else if (ts.isIdentifier(expr)) {
        const init = f.consts.get(expr.text);
        if (init) literals(init, seen);
      } else if (ts.isElementAccessExpression(expr) && ts.isIdentifier(expr.expression)) {
        const init = f.consts.get(expr.expression.text);
        if (init) literals(init, seen);
      } else if (ts.isObjectLiteralExpression(expr)) {
        // A lookup table (`RULE[kind]`): its values, not its keys.
        for (const p of expr.properties) if (ts.isPropertyAssignment(p)) literals(p.initializer, seen);
      }
    };
    const typeLiterals = (type: ts.TypeNode | undefined, seen = new Set<ts.Node>()): void => {
      if (!type || seen.has(type)) return;
      seen.add(type);
      if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) add(type.literal, type.literal.text);
      else if (ts.isUnionTypeNode(type)) for (const t of type.types) typeLiterals(t, seen);
      else if (ts.isParenthesizedTypeNode(type)) typeLiterals(type.type, seen);
      else if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
        typeLiterals(f.aliases.get(type.typeName.text) ?? globalAliases.get(type.typeName.text), seen);
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && nameOf(node.name) === 'rule') literals(node.initializer);
      if (ts.isVariableDeclaration(node) && nameOf(node.name) === 'rule' && node.initializer) literals(node.initializer);
      if ((ts.isPropertySignature(node) || ts.isParameter(node) || ts.isPropertyDeclaration(node)) && nameOf(node.name) === 'rule') {
        typeLiterals(node.type);
      }
      if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(node.operatorToken.kind)) {
        if (isRuleRef(node.left)) literals(node.right);
        if (isRuleRef(node.right)) literals(node.left);
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
        if (name !== undefined) {
          const local = f.ruleParams.get(name);
          const indexes = local !== undefined ? new Set([local]) : (globalParams.get(name) ?? new Set<number>());
          for (const index of indexes) {
            const arg = node.arguments[index];
            if (arg) literals(arg);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(f.source);
  }
  return uses;
}

/** Distinct codes, sorted. */
export function ruleCodes(root: string): string[] {
  return [...new Set(findRuleCodes(root).map((u) => u.code))].sort();
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..');
  const byCode = new Map<string, string[]>();
  for (const use of findRuleCodes(root)) byCode.set(use.code, [...(byCode.get(use.code) ?? []), use.at]);
  for (const code of [...byCode.keys()].sort()) console.log(`${code.padEnd(26)} ${byCode.get(code)!.slice(0, 3).join(', ')}`);
  console.log(`${byCode.size} codes`);
}
