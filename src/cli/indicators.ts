// `node src/cli/indicators.ts <file> [--json] [--include-teaching-points] [--split=by-pupils|weighted]`:
// read one school-statistics dataset (YAML or CSV) and print the 差异系数
// tables of 教督〔2012〕3号 and the 教督〔2017〕6号 check. Bad input prints the
// same diagnostics as `npm run check` and exits 1; never a stack trace.
import { relative, resolve, sep } from 'node:path';
import { loadSchoolDatasetFile } from '../content-model/dataset-file.ts';
import { formatDiagnostic, summarize } from '../content-model/diagnostics.ts';
import {
  STANDARD_2017,
  checkStandard2017,
  computeBalance,
  round3,
  type AppliedOptions,
  type ComputeOptions,
  type SplitRuleOption,
} from '../lib/indicators.ts';

const USAGE = [
  '用法：node src/cli/indicators.ts <数据文件> [选项]',
  '  <数据文件>                  学校统计数据，.yaml 或 .csv，如 content/schools/2020.csv',
  '  --json                      输出完整精度的计算结果（JSON）',
  '  --include-teaching-points   教学点计入差异系数（口径未核实，默认不计入）',
  '  --split=by-pupils|weighted  一贯制学校共用资源的分摊方式，覆盖数据文件中的 splitRule',
].join('\n');

/** Columns line up in a terminal only if CJK characters count as two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u33a1]/u.test(ch) ? 2 : 1;
  return w;
}
function padEnd(text: string, w: number): string {
  return text + ' '.repeat(Math.max(0, w - width(text)));
}
function padStart(text: string, w: number): string {
  return ' '.repeat(Math.max(0, w - width(text))) + text;
}
function table(rows: string[][], rightAligned: readonly number[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows.map((r) => `  ${r.map((cell, i) => (rightAligned.includes(i) ? padStart(cell, widths[i]!) : padEnd(cell, widths[i]!))).join('  ').trimEnd()}`);
}
const fmt = (value: number | null) => (value === null ? '—' : round3(value));
const verdict = (pass: boolean | null) => (pass === null ? '— 无法判断' : pass ? '✓ 达标' : '✗ 未达标');

function describeOptions(o: AppliedOptions): string {
  const split =
    o.splitMethod === 'weighted'
      ? `一贯制学校共用资源按加权学生数分摊（小学:初中 = 1:${o.juniorWeight}）`
      : o.splitMethod === 'by-pupils'
        ? '一贯制学校共用资源按学生数分摊'
        : '一贯制学校各学段数据分别填报';
  return `口径：${split}；教学点${o.includeTeachingPoints ? '计入' : '不计入'}；民办学校不计入。（分摊方式和教学点口径未核实）`;
}

function report(file: string, options: ComputeOptions, dataset: Parameters<typeof computeBalance>[0]): string[] {
  const balance = computeBalance(dataset, options);
  const standard = checkStandard2017(dataset, options);
  const out: string[] = [`学校统计数据：${file}（${balance.year} 年度）`];
  out.push(describeOptions(balance.options), '', '一、校际间均衡状况（教督〔2012〕3号）');
  for (const stage of balance.stages) {
    out.push('', `${stage.label}：${stage.schools.length} 所学校计入，在校学生 ${stage.pupils} 人`);
    if (stage.excluded.length > 0) out.push(`  不计入：${stage.excluded.map((e) => `${e.name}（${e.reason}）`).join('；')}`);
    if (stage.schools.length === 0) continue;
    out.push(
      ...table(
        [['指标', '县域值', '差异系数'], ...stage.indicators.map((i) => [`${i.key} ${i.name}（${i.unit}）`, fmt(i.countyValue), fmt(i.cv)])],
        [1, 2],
      ),
    );
    out.push(`  综合差异系数 ${fmt(stage.composite)}（标准 ≤ ${stage.limit}）${verdict(stage.pass)}`);
  }
  out.push('', '二、按教督〔2017〕6号核对（优质均衡标准，仅供参考）');
  for (const stage of standard.stages) {
    out.push('', `${stage.label}：`);
    if (stage.schools.length === 0) {
      out.push('  没有计入的学校');
      continue;
    }
    const limit = stage.indicators[0]!.cvLimit;
    out.push(
      ...table(
        [
          ['指标', '最低标准', '县域值', `差异系数（≤ ${limit.toFixed(2)}）`],
          ...stage.indicators.map((i) => [`${i.key} ${i.name}（${i.unit}）`, String(i.minimum), fmt(i.countyValue), `${fmt(i.cv)} ${i.cvPass === null ? '—' : i.cvPass ? '✓' : '✗'}`]),
        ],
        [1, 2, 3],
      ),
    );
    out.push(`  学校：${stage.schools.length} 所中 ${stage.schoolsPassing} 所达标（7 项都达到，或 6 项达到且另一项不低于最低标准的 85%）`);
    for (const school of stage.schools.filter((s) => !s.pass || s.shortfalls.length > 0)) {
      const missed = school.shortfalls
        .map((f) => `“${STANDARD_2017.find((d) => d.key === f.key)!.name}”为最低标准的 ${(f.share * 100).toFixed(1)}%`)
        .join('，');
      out.push(`    ${school.pass ? '✓' : '✗'} ${school.name}：7 项中 ${school.metCount} 项达到；${missed}`);
    }
    out.push(`  结论：${verdict(stage.pass)}`);
  }
  return out;
}

function main(argv: readonly string[]): number {
  const flags = argv.filter((a) => a.startsWith('--'));
  const files = argv.filter((a) => !a.startsWith('--'));
  const options: { splitRule?: SplitRuleOption; includeTeachingPoints?: boolean } = {};
  let json = false;
  for (const flag of flags) {
    if (flag === '--json') json = true;
    else if (flag === '--include-teaching-points') options.includeTeachingPoints = true;
    else if (flag === '--split=by-pupils') options.splitRule = { method: 'by-pupils' };
    else if (flag === '--split=weighted') options.splitRule = { method: 'weighted' };
    else {
      console.error(`不认识的选项“${flag}”\n${USAGE}`);
      return 2;
    }
  }
  if (files.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const file = relative(process.cwd(), resolve(files[0]!)).split(sep).join('/');
  const { dataset, diagnostics } = loadSchoolDatasetFile(resolve(files[0]!));
  if (!dataset) {
    for (const d of diagnostics) console.log(formatDiagnostic(d));
    console.log(summarize(diagnostics));
    return 1;
  }
  if (json) {
    const result = { file, balance: computeBalance(dataset, options), standard2017: checkStandard2017(dataset, options) };
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(report(file, options, dataset).join('\n'));
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`指标计算程序自身出错（这是程序缺陷，不是您的数据问题），请把这段话报告给维护者：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
