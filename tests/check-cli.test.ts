// `npm run check` as an editor and CI run it: exit codes, output, annotations.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioRoot } from './helpers/scenario.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

function run(root: string, env: Record<string, string> = {}) {
  const result = spawnSync(NODE, [join(ROOT, 'src/cli/check.ts'), root], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });
  // The timing suffix varies from run to run.
  return { status: result.status, stdout: result.stdout.replace(/（用时 \d+ 毫秒）/g, '（用时 N 毫秒）'), stderr: result.stderr };
}

function withScenario<T>(name: string, fn: (root: string) => T): T {
  const root = scenarioRoot(name);
  try {
    return fn(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('npm run check', () => {
  it('passes the real content with zero errors', () => {
    const { status, stdout } = run(ROOT);
    expect(status).toBe(0);
    expect(stdout).not.toContain('错误');
  });

  it('fails with exit 1 and a summary when content is wrong', () => {
    const { status, stdout, stderr } = withScenario('date-range', run);
    expect(status).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatchInlineSnapshot(`
      "content/plan.yaml:18:10  结束日期 2020-07-15 早于开始日期 2020-08-01：请检查两个日期是否写反  [date-range]
      发现 1 个错误。请按提示修改后再提交；警告不阻止合并。（用时 N 毫秒）
      各条规则的含义和正反例见 docs/rules.md（方括号中是规则代码）。
      "
    `);
  });

  it('does not fail on warnings', () => {
    expect(withScenario('deadline-outside-phase', run).status).toBe(0);
  });

  it('adds GitHub annotations when run in GitHub Actions', () => {
    const { stdout } = withScenario('date-invalid', (root) => run(root, { GITHUB_ACTIONS: 'true' }));
    expect(stdout.split('\n').filter((l) => l.startsWith('::'))).toMatchInlineSnapshot(`
      [
        "::error file=content/plan.yaml,line=18,col=10,title=date-invalid::日期“2024-13-45”不存在：月份须在 01 到 12 之间%0A规则说明：docs/rules.md#rule-date-invalid",
      ]
    `);
  });

  it('explains a missing content folder without a stack trace', () => {
    const { status, stdout, stderr } = run(join(ROOT, 'no-such-project'));
    expect(status).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatchInlineSnapshot(`
      "content:1:1  找不到 content 文件夹：内容须放在仓库根目录的 content/ 中  [file-missing]
      发现 1 个错误。请按提示修改后再提交；警告不阻止合并。（用时 N 毫秒）
      各条规则的含义和正反例见 docs/rules.md（方括号中是规则代码）。
      "
    `);
  });
});
