import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchoolDatasetFile } from '../src/content-model/dataset-file.ts';
import { checkStandard2017, computeBalance, round3 } from '../src/lib/indicators.ts';

const root = join(import.meta.dirname, '..');
const node = join(root, 'node_modules/.bin/node');
const example = 'tests/fixtures/demo/content/schools/2026.yaml';
const run = (...args: string[]) => spawnSync(node, ['src/cli/indicators.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run indicators', () => {
  const dataset = loadSchoolDatasetFile(join(root, example)).dataset!;
  const balance = computeBalance(dataset);
  const standard = checkStandard2017(dataset);

  it('prints the figures the library computes, to 3 decimals', () => {
    // The demo county works towards 优质均衡; asked for the 基本均衡 computation, the CLI prints both tables.
    const result = run(example, '--standard=基本均衡');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    for (const stage of balance.stages) {
      // Lines of this stage's 2012 table follow its heading "小学：…" / "初中：…".
      const start = lines.findIndex((l) => l.startsWith(`${stage.label}：`));
      for (const i of stage.indicators) {
        const line = lines.slice(start).find((l) => l.includes(`${i.key} ${i.name}（${i.unit}）`))!;
        expect(line.trim().split(/\s+/).slice(-2)).toEqual([round3(i.countyValue!), round3(i.cv!)]);
      }
      const composite = lines.slice(start).find((l) => l.includes('综合差异系数'))!;
      expect(composite).toContain(`综合差异系数 ${round3(stage.composite!)}`);
      expect(composite).toContain(stage.pass ? '✓ 达标' : '✗ 未达标');
    }
    const section2 = lines.findIndex((l) => l.startsWith('二、'));
    for (const stage of standard.stages) {
      const start = section2 + lines.slice(section2).findIndex((l) => l.startsWith(`${stage.label}：`));
      for (const i of stage.indicators) {
        const line = lines.slice(start).find((l) => l.includes(`${i.key} ${i.name}（${i.unit}）`))!;
        expect(line.trim().split(/\s+/).slice(-4)).toEqual([String(i.minimum), round3(i.countyValue!), round3(i.cv!), i.cvPass ? '✓' : '✗']);
      }
      expect(lines.slice(start).find((l) => l.includes('所达标'))).toContain(`${stage.schools.length} 所中 ${stage.schoolsPassing} 所达标`);
    }
  });

  it('prints the full-precision results with --json', () => {
    const out = execFileSync(node, ['src/cli/indicators.ts', example, '--json', '--standard=基本均衡'], { cwd: root, encoding: 'utf8' });
    // Under 基本均衡: the 2012 tables, the 2017 check for reference.
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify({ file: example, standard: '基本均衡', balance, standard2017: standard })));
  });

  it('prints located diagnostics and exits 1 on bad data, never a stack trace', () => {
    const result = run('tests/fixtures/schools-negative/dataset.csv');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatchInlineSnapshot(`
      "tests/fixtures/schools-negative/dataset.csv:2:87  第 2 行“计算机台数（台）”列：计算机台数不能为负数（“-60 台”）：请填写 0 或正数  [quantity-negative]
      发现 1 个错误。请按提示修改后再提交；警告不阻止合并。
      "
    `);
  });
});
