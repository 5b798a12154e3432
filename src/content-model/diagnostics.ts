// A diagnostic is what an editor sees: where, what, how to fix, and which rule.
import { ruleDocLink, type RuleCode } from '../rules/index.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path relative to the project root, with forward slashes, e.g. content/plan.yaml. */
  readonly file: string;
  /** 1-based line and column of the offending key or value. */
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  /** Simplified Chinese: what is wrong and how to fix it. */
  readonly message: string;
  /** Stable rule code, e.g. date-invalid; documented for editors in docs/rules.md. */
  readonly rule: RuleCode;
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

export function formatDiagnostic(d: Diagnostic): string {
  const prefix = d.severity === 'warning' ? '警告：' : '';
  return `${d.file}:${d.line}:${d.column}  ${prefix}${d.message}  [${d.rule}]`;
}

/** GitHub Actions workflow command, so the message shows in the pull request's diff. */
export function formatGithubAnnotation(d: Diagnostic): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  // The rule's explanation, with examples, is one click away from the diff.
  const message = `${d.message}\n规则说明：${ruleDocLink(d.rule)}`;
  return `::${d.severity} file=${prop(d.file)},line=${d.line},col=${d.column},title=${prop(d.rule)}::${escape(message)}`;
}

export function summarize(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  if (list.length === 0) return '内容检查通过：没有发现问题。';
  const parts = [`${errors} 个错误`];
  if (warnings > 0) parts.push(`${warnings} 个警告`);
  return errors > 0
    ? `发现 ${parts.join('、')}。请按提示修改后再提交；警告不阻止合并。`
    : `内容检查通过，另有 ${warnings} 个警告（不阻止合并）。`;
}
