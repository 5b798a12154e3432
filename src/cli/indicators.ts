// `node src/cli/indicators.ts <file> [--json] [--standard=基本均衡|优质均衡]
//  [--include-teaching-points] [--split=by-pupils|weighted]`: read one
// school-statistics dataset (YAML or CSV) and print what the standard of its
// project's campaign (content/campaign.yaml, with its thresholds) computes from
// it: for 基本均衡 the 差异系数 tables of 教督〔2012〕3号 (and the 2017 check for
// reference); for 优质均衡 the whole 资源配置 area of 教督〔2017〕6号 and the
// items judged school by school (G3–G6, E4), with the source of every
// threshold. Bad input prints the same diagnostics as `npm run check` and
// exits 1; never a stack trace.
import { relative, resolve, sep } from 'node:path';
import type { Campaign } from '../../schemas/campaign.ts';
import type { SchoolDataset } from '../../schemas/school.ts';
import { loadSchoolDatasetFile, projectRootOf } from '../content-model/dataset-file.ts';
import { formatDiagnostic, summarize, type Diagnostic } from '../content-model/diagnostics.ts';
import { loadOneFile } from '../content-model/load.ts';
import {
  STANDARD_2017,
  checkStandard2017,
  computeBalance,
  round3,
  type AppliedOptions,
  type ComputeOptions,
  type SplitRuleOption,
} from '../lib/indicators.ts';
import { itemDefinition } from '../lib/readiness-items.ts';
import { SCHOOL_ITEM_KEYS, schoolItems, type SchoolItemStatus } from '../lib/school-items.ts';
import { applyThresholds, lineText, sourceText, STANDARD_DOCUMENTS, type Standard, type ThresholdKey, type Thresholds } from '../lib/standards.ts';

const USAGE = [
  '用法：node src/cli/indicators.ts <数据文件> [选项]',
  '  <数据文件>                  学校统计数据，.yaml 或 .csv，如 content/schools/2020.csv',
  '  --json                      输出完整精度的计算结果（JSON）',
  '  --standard=基本均衡|优质均衡   按哪一项评估计算，覆盖 content/campaign.yaml 中的 standard',
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

/** The campaign of the dataset's project: its standard and thresholds (national 基本均衡 when there is none). */
interface Project {
  readonly standard: Standard;
  readonly thresholds: Thresholds;
  /** Where the standard was read, for the report's header. */
  readonly from: string;
}

function projectOf(abs: string, override: Standard | undefined): { project?: Project; diagnostics: Diagnostic[] } {
  const { root } = projectRootOf(abs);
  const file = 'content/campaign.yaml';
  const loaded = loadOneFile(root, file);
  const shown = relative(process.cwd(), resolve(root, file)).split(sep).join('/');
  if (loaded.diagnostics.some((d) => d.rule === 'file-missing')) {
    return { project: { standard: override ?? '基本均衡', thresholds: applyThresholds(), from: override ? '--standard' : '默认（找不到 content/campaign.yaml）' }, diagnostics: [] };
  }
  if (loaded.output === undefined) return { diagnostics: loaded.diagnostics.map((d) => ({ ...d, file: shown })) };
  const campaign = loaded.output as Campaign;
  return {
    project: { standard: override ?? campaign.standard, thresholds: applyThresholds(campaign.thresholds as Parameters<typeof applyThresholds>[0]), from: override ? '--standard' : shown },
    diagnostics: [],
  };
}

function header(file: string, dataset: SchoolDataset, project: Project, o: AppliedOptions): string[] {
  const doc = STANDARD_DOCUMENTS[project.standard];
  const out = [`学校统计数据：${file}（${dataset.year} 年度）`, `评估标准：${project.standard}（${doc.number}），据 ${project.from}`];
  out.push(describeOptions(o));
  return out;
}

function report(file: string, options: ComputeOptions, dataset: SchoolDataset, project: Project): string[] {
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
  out.push(...resourceStages(standard, project.thresholds['shortfall-share'].national));
  out.push('', `本次工作按${project.standard}评估（${project.from}）；按优质均衡评估计算请加 --standard=优质均衡。`);
  return out;
}

function resourceStages(standard: ReturnType<typeof checkStandard2017>, share: number): string[] {
  const out: string[] = [];
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
    out.push(`  学校：${stage.schools.length} 所中 ${stage.schoolsPassing} 所达标（7 项都达到，或 6 项达到且另一项不低于最低标准的 ${share}%）`);
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

const SCHOOL_STATUS: Readonly<Record<SchoolItemStatus, string>> = { pass: '✓', fail: '✗', pending: '○', na: '—' };
const ITEM_STATUS: Readonly<Record<'pass' | 'fail' | 'pending', string>> = { pass: '✓ 达标', fail: '✗ 未达标', pending: '○ 待填报' };

/** 优质均衡: the 资源配置 area complete, the items judged school by school, and every threshold's source. */
function report2017(file: string, options: ComputeOptions, dataset: SchoolDataset, project: Project): string[] {
  const t = project.thresholds;
  const standard = checkStandard2017(dataset, { ...options, thresholds: t });
  const perSchool = schoolItems(dataset, t);
  const out = header(file, dataset, project, standard.options);
  out.push('', `一、资源配置（7 项指标：每所学校至少 6 项达到最低标准、余项不低于 ${lineText(t['shortfall-share']).slice(2)}；每项指标的差异系数小学 ${lineText(t['cv-primary'])}、初中 ${lineText(t['cv-junior'])}）`);
  out.push(...resourceStages(standard, t['shortfall-share'].value));
  out.push('', '二、按学校核对的指标（✓ 达标  ✗ 未达标  ○ 待填报  — 不涉及）');
  for (const key of SCHOOL_ITEM_KEYS) {
    const item = perSchool.items[key];
    const name = (id: string) => perSchool.schools.find((s) => s.id === id)!.name;
    const detail = [
      item.failing.length > 0 ? `未达标：${item.failing.map(name).join('、')}` : '',
      item.pending.length > 0 ? `待填报：${item.pending.map(name).join('、')}` : '',
      item.notApplicable ? '没有学校涉及' : '',
    ].filter((x) => x !== '');
    out.push(`  ${key} ${itemDefinition(key)!.name}`, `     ${ITEM_STATUS[item.status]}${detail.length > 0 ? `（${detail.join('；')}）` : ''}`);
  }
  out.push(
    '',
    ...table(
      [
        ['学校', '学生数', '班级数', 'G3', 'G4', 'G5', 'G6', 'E4'],
        ...perSchool.schools.map((s) => [
          s.name,
          String(s.pupils),
          s.G3.classes === null ? '—' : String(s.G3.classes),
          SCHOOL_STATUS[s.G3.status],
          SCHOOL_STATUS[s.G4.status],
          SCHOOL_STATUS[s.G5.status],
          SCHOOL_STATUS[s.G6.status],
          `${SCHOOL_STATUS[s.E4.status]}${s.E4.percent === null ? '' : ` ${s.E4.percent.toFixed(2)}%`}`,
        ]),
      ],
      [1, 2],
    ),
  );
  if (perSchool.excluded.length > 0) out.push(`  不计入：${perSchool.excluded.map((e) => `${e.name}（${e.reason}）`).join('；')}`);
  out.push('', '三、所用标准及出处');
  const keys: ThresholdKey[] = [
    ...STANDARD_2017.flatMap((d) => [`${d.key.toLowerCase()}-primary`, `${d.key.toLowerCase()}-junior`] as ThresholdKey[]),
    'shortfall-share',
    'cv-primary',
    'cv-junior',
    ...SCHOOL_ITEM_KEYS.flatMap((k) => itemDefinition(k)!.thresholds),
  ];
  for (const key of keys) out.push(`  ${t[key].name} ${lineText(t[key])}：${sourceText(t[key])}`);
  out.push('', '政府保障程度、教育质量的其他各项和社会认可度、一票否决情形见 content/readiness.yaml 和网站的“评估准备情况”。');
  return out;
}

function main(argv: readonly string[]): number {
  const flags = argv.filter((a) => a.startsWith('--'));
  const files = argv.filter((a) => !a.startsWith('--'));
  const options: { splitRule?: SplitRuleOption; includeTeachingPoints?: boolean } = {};
  let json = false;
  let standardFlag: Standard | undefined;
  for (const flag of flags) {
    if (flag === '--json') json = true;
    else if (flag === '--standard=基本均衡' || flag === '--standard=优质均衡') standardFlag = flag.slice('--standard='.length) as Standard;
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
  const { project, diagnostics: campaignProblems } = projectOf(resolve(files[0]!), standardFlag);
  if (!project) {
    for (const d of campaignProblems) console.log(formatDiagnostic(d));
    console.log(summarize(campaignProblems));
    return 1;
  }
  const computed = { ...options, thresholds: project.thresholds };
  if (json) {
    const result =
      project.standard === '优质均衡'
        ? { file, standard: project.standard, standard2017: checkStandard2017(dataset, computed), schoolItems: schoolItems(dataset, project.thresholds) }
        : { file, standard: project.standard, balance: computeBalance(dataset, computed), standard2017: checkStandard2017(dataset, options) };
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log((project.standard === '优质均衡' ? report2017(file, computed, dataset, project) : report(file, computed, dataset, project)).join('\n'));
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`指标计算程序自身出错（这是程序缺陷，不是您的数据问题），请把这段话报告给维护者：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
