// Turns what `npm run check` printed into a report for the git host:
//   node scripts/check-report.ts check.txt markdown      >> "$GITHUB_STEP_SUMMARY"
//   node scripts/check-report.ts check.txt codequality   >  gl-code-quality-report.json
// It reads the printed text rather than validating again, so the report shows
// exactly what the check said, and still says something when the check crashed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { ruleDocLink } from '../src/rules/index.ts';

export interface PrintedDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly rule: string;
}

/** The inverse of formatDiagnostic (src/content-model/diagnostics.ts). */
const LINE = /^(?<file>[^\s:][^:]*):(?<line>\d+):(?<column>\d+) {2}(?<warning>警告：)?(?<message>.*) {2}\[(?<rule>[a-z0-9-]+)\]$/u;

export function parseCheckOutput(text: string): { diagnostics: PrintedDiagnostic[]; other: string[] } {
  const diagnostics: PrintedDiagnostic[] = [];
  const other: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('::')) continue;
    const m = LINE.exec(line);
    if (!m?.groups) {
      other.push(line);
      continue;
    }
    const g = m.groups;
    diagnostics.push({
      file: g.file!,
      line: Number(g.line),
      column: Number(g.column),
      severity: g.warning ? 'warning' : 'error',
      message: g.message!,
      rule: g.rule!,
    });
  }
  return { diagnostics, other };
}

/** Where a rule is explained: on the git host when CI tells us where that is. */
export function ruleUrl(rule: string, env: NodeJS.ProcessEnv = process.env): string {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = env;
  const link = ruleDocLink(rule);
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_SHA ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}/${link}` : link;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function markdownReport(text: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (text === undefined) return '## 内容检查\n\n内容检查没有运行：请查看前面失败的步骤（如安装依赖）。\n';
  const { diagnostics, other } = parseCheckOutput(text);
  const lines = ['## 内容检查', '', ...other.map((l) => `${l}\n`)];
  if (diagnostics.length > 0) {
    lines.push('| 位置 | 级别 | 问题和改法 | 规则 |', '| --- | --- | --- | --- |');
    for (const d of diagnostics) {
      lines.push(`| \`${d.file}:${d.line}:${d.column}\` | ${d.severity === 'warning' ? '警告' : '错误'} | ${cell(d.message)} | [${d.rule}](${ruleUrl(d.rule, env)}) |`);
    }
    lines.push('', '规则的含义和正反例见 docs/rules.md。');
  }
  return `${lines.join('\n')}\n`;
}

/** GitLab Code Quality report: shown in the merge request, on the changed lines. */
export function codeQualityReport(text: string | undefined): string {
  const { diagnostics } = parseCheckOutput(text ?? '');
  const issues = diagnostics.map((d) => ({
    type: 'issue',
    check_name: d.rule,
    description: `${d.message}（规则说明：${ruleDocLink(d.rule)}）`,
    categories: ['Style'],
    severity: d.severity === 'warning' ? 'minor' : 'major',
    fingerprint: createHash('sha256').update(`${d.file}\n${d.line}\n${d.column}\n${d.rule}\n${d.message}`).digest('hex'),
    location: { path: d.file, lines: { begin: d.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}

if (import.meta.main) {
  const [file, format = 'markdown'] = process.argv.slice(2);
  if (!file || !['markdown', 'codequality'].includes(format)) {
    console.error('用法：node scripts/check-report.ts <npm run check 的输出文件> [markdown|codequality]');
    process.exitCode = 2;
  } else {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    process.stdout.write(format === 'markdown' ? markdownReport(text) : codeQualityReport(text));
  }
}
