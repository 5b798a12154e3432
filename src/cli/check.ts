// `npm run check [-- <project-root>]`: validate content/, print every problem,
// exit 1 on any error. Never prints a stack trace: a crash is reported as a bug.
import { resolve } from 'node:path';
import { formatDiagnostic, formatGithubAnnotation, summarize } from '../content-model/diagnostics.ts';
import { loadContent } from '../content-model/load.ts';

function main(): number {
  const root = resolve(process.argv[2] ?? '.');
  const started = performance.now();
  const { diagnostics, errorCount } = loadContent(root);
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  if (process.env.GITHUB_ACTIONS) for (const d of diagnostics) console.log(formatGithubAnnotation(d));
  console.log(`${summarize(diagnostics)}（用时 ${Math.round(performance.now() - started)} 毫秒）`);
  if (diagnostics.length > 0) console.log('各条规则的含义和正反例见 docs/rules.md（方括号中是规则代码）。');
  return errorCount > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`内容检查程序自身出错（这是程序缺陷，不是您的内容问题），请把这段话报告给维护者：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
