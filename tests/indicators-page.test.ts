// The 均衡指标 page: the display helpers it rests on (verdicts, rounding that
// never contradicts a verdict, chart geometry, the results download rows), and
// the built page and downloads checked against `npm run indicators -- --json`,
// so the page can never show figures other than the CLI's. The real county has
// published no school data: the built checks run on the demo county's site
// (dist-demo/), and the real site's page says the data is not yet published.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { loadSchoolDatasetFile } from '../src/content-model/dataset-file.ts';
import { parseCsv } from '../src/content-model/csv.ts';
import {
  figureAgainstLine,
  layoutBarChart,
  niceScale,
  percent,
  RESULT_COLUMNS,
  resultRows,
  roundFixed,
  verdict,
} from '../src/view/indicator-format.ts';
import { checkStandard2017, computeBalance, round3, type BalanceResult, type Standard2017Result } from '../src/lib/indicators.ts';
import { demoRoot, distDemoDir, distDir } from './site/built-site.ts';

const root = join(import.meta.dirname, '..');
const node = join(root, 'node_modules/.bin/node');
// A test dataset (fictional schools), with its CSV twin.
const example = 'tests/fixtures/schools-csv/schools-example.yaml';

describe('verdicts', () => {
  it('say pass and fail in words with a symbol, so colour is never the only sign', () => {
    expect(verdict(true)).toMatchObject({ symbol: '✓', text: '达标' });
    expect(verdict(false)).toMatchObject({ symbol: '✗', text: '未达标' });
    expect(verdict(null)).toMatchObject({ symbol: '—', text: '无法判断' });
    expect(verdict(false, { yes: '符合', no: '不符合' }).text).toBe('不符合');
  });
});

describe('rounding for display', () => {
  it('rounds half away from zero on the printed decimal, where toFixed does not', () => {
    expect((1.0005).toFixed(3)).toBe('1.000');
    expect(roundFixed(1.0005, 3)).toBe('1.001');
    expect(roundFixed(2193.6623115156344, 3)).toBe('2193.662');
    expect(roundFixed(0.0995, 2)).toBe('0.10');
    expect(roundFixed(-0.0004, 3)).toBe('0.000');
    expect(roundFixed(-1.25, 1)).toBe('-1.3');
    expect(roundFixed(5e-7, 3)).toBe('0.000');
    expect(roundFixed(7, 0)).toBe('7');
  });

  it('agrees with round3, which the CLI prints, for any number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (x) => roundFixed(x, 3) === round3(x)),
      { numRuns: 5000 },
    );
  });

  it('adds the finer digits when a failing figure would read as exactly on the line', () => {
    // 0.6504 shows as 0.650, which reads as meeting "≤ 0.65" next to 未达标.
    expect(figureAgainstLine(0.6504, 0.65, false)).toEqual({ text: '0.650', precise: '0.6504' });
    expect(figureAgainstLine(0.650004, 0.65, false)).toEqual({ text: '0.650', precise: '0.650004' });
    // On the line and passing, or clearly past it: nothing to explain.
    expect(figureAgainstLine(0.65, 0.65, true)).toEqual({ text: '0.650' });
    expect(figureAgainstLine(0.651, 0.65, false)).toEqual({ text: '0.651' });
    // A satisfaction rate of 84.996 % is not 85.0 %.
    expect(figureAgainstLine(0.84996, 0.85, false, 1, 100)).toEqual({ text: '85.0', precise: '84.996' });
    expect(percent(0.8925)).toBe('89.3%');
  });
});

describe('bar chart layout', () => {
  const rows = [
    { label: '甲', value: 4.649 },
    { label: '乙', value: 5.935 },
    { label: '丙', value: 0 },
  ];
  const county = 5.025;
  const l = layoutBarChart(rows, county, { width: 320, fontSize: 14 });
  const plot = l.plotRight - l.plotLeft;
  const axisMax = Number(l.ticks.at(-1)!.label);

  it('draws bars from zero, in proportion to the values, on an axis that holds them all', () => {
    expect(l.ticks[0]!.label).toBe('0');
    expect(axisMax).toBeGreaterThanOrEqual(5.935);
    for (const [i, r] of rows.entries()) expect(l.bars[i]!.barWidth).toBeCloseTo((plot * r.value) / axisMax, 6);
    expect(l.bars[2]!.barWidth).toBe(0);
    expect(l.bars.map((b) => b.valueText)).toEqual(['4.649', '5.935', '0.000']);
  });

  it('puts the county line where the county value is: shorter bars end before it, longer ones after', () => {
    expect(l.reference.label).toBe('县域值 5.025');
    expect(l.plotLeft + l.bars[0]!.barWidth).toBeLessThan(l.reference.x);
    expect(l.plotLeft + l.bars[1]!.barWidth).toBeGreaterThan(l.reference.x);
  });

  it('keeps rows apart and everything inside the picture', () => {
    for (let i = 1; i < l.bars.length; i++) {
      const above = l.bars[i - 1]!;
      // The next label's top (baseline − font size) is below the bar above it.
      expect(l.bars[i]!.textY - l.fontSize).toBeGreaterThan(above.barY + l.barHeight);
    }
    expect(l.bars.at(-1)!.barY + l.barHeight).toBeLessThanOrEqual(l.axisY);
    expect(l.height).toBeGreaterThan(l.axisY + l.fontSize);
    expect(Math.max(...l.ticks.map((t) => t.x))).toBeLessThanOrEqual(l.width);
    expect(l.ticks.at(-1)!.anchor).toBe('end');
  });

  it('chooses round axis steps, at most a handful, covering the largest value', () => {
    for (const largest of [0.0617, 0.049, 2.4, 10.988, 37.398, 2888.889, 1]) {
      const s = niceScale(largest);
      expect(s.max).toBeGreaterThanOrEqual(largest);
      expect(s.ticks.length).toBeLessThanOrEqual(5);
      const mantissa = s.step / 10 ** Math.floor(Math.log10(s.step) + 1e-9);
      expect([1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-9)).toBe(true);
      // No wasted axis: the last step is needed.
      expect(s.max - s.step).toBeLessThan(largest);
    }
    expect(niceScale(0.0617).ticks.map((t) => t.label)).toEqual(['0', '0.02', '0.04', '0.06', '0.08']);
    expect(niceScale(2888.889).ticks.map((t) => t.label)).toEqual(['0', '1000', '2000', '3000']);
  });
});

describe('results download rows', () => {
  const { dataset } = loadSchoolDatasetFile(join(root, example));
  const balance = computeBalance(dataset!);
  const standard2017 = checkStandard2017(dataset!);
  const townshipNames = new Map([['xuyou-subdistrict', '许由街道']]);
  const rows = resultRows({ sourceFile: example, balance, standard2017, townshipNames });

  it('has the county value and CV of every indicator and the composite with its verdict, per 学段', () => {
    for (const st of balance.stages) {
      const county = rows.filter((r) => r.part === 'balance-2012' && r.stage === st.stage && r.level === 'county');
      expect(county.map((r) => r.indicator)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'composite']);
      expect(county.at(-1)).toMatchObject({ cv: st.composite, limit: st.limit, pass: st.pass });
    }
  });

  it('has each counted school part once per indicator, and each left-out school with its reason', () => {
    const primary = balance.stages.find((s) => s.stage === 'primary')!;
    const schoolRows = rows.filter((r) => r.part === 'balance-2012' && r.stage === 'primary' && r.level === 'school');
    expect(schoolRows).toHaveLength(primary.schools.length * 8);
    const excluded = rows.filter((r) => r.part === 'balance-2012' && r.stage === 'primary' && r.level === 'excluded');
    expect(excluded.map((r) => r.schoolName)).toEqual(['示例民办实验学校', '示例教学点']);
    expect(excluded.every((r) => typeof r.note === 'string' && r.note.length > 0)).toBe(true);
    expect(schoolRows.find((r) => r.schoolId === 'example-primary-1')?.townshipName).toBe('许由街道');
  });

  it('keeps full precision', () => {
    const l1 = rows.find((r) => r.part === 'balance-2012' && r.stage === 'primary' && r.indicator === 'L1' && r.level === 'county')!;
    expect(l1.cv).toBe(balance.stages[0]!.indicators[0]!.cv);
    expect(String(l1.cv).length).toBeGreaterThan(6);
  });

  it('judges each school against the 2017 minimums, with the school-level verdict', () => {
    const overall = rows.filter((r) => r.part === 'standard-2017' && r.indicator === 'school-overall' && r.stage === 'primary');
    const failing = overall.filter((r) => r.pass === false).map((r) => r.schoolName);
    expect(failing).toEqual(standard2017.stages[0]!.schools.filter((s) => !s.pass).map((s) => s.name));
    expect(failing.length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------
// The built page and downloads against the CLI. Nothing is built here.

interface CliJson {
  file: string;
  balance: BalanceResult;
  standard2017: Standard2017Result;
}

const cliCache = new Map<string, CliJson>();
function cli(file: string): CliJson {
  const cached = cliCache.get(file);
  if (cached) return cached;
  // Run in the demo county's folder, so the file is named as its site names it (content/schools/…).
  // The 均衡指标 page shows the 基本均衡 tables (the 2012 computation), whatever the campaign's standard.
  const result = spawnSync(node, [join(root, 'src/cli/indicators.ts'), file, '--json', '--standard=基本均衡'], { cwd: demoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run indicators failed on ${file}: ${result.stdout}${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as CliJson;
  cliCache.set(file, parsed);
  return parsed;
}

const pageFile = join(distDemoDir, 'indicators', 'index.html');
const built = existsSync(pageFile);
const notBuilt = `skipped: ${relative(root, pageFile)} is not built (run \`BUILD_DATE=2026-11-30 npm run build:demo\`)`;

/** The text of an HTML fragment: tags dropped, the few entities Astro writes decoded, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

function table(html: string, part: string, stage: string): string {
  const m = new RegExp(`<table[^>]*data-part="${part}"[^>]*data-stage="${stage}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  if (!m) throw new Error(`no table data-part="${part}" data-stage="${stage}" on the page`);
  return m[1]!;
}

function cell(tableHtml: string, indicator: string, field: string): string {
  const row = new RegExp(`<tr[^>]*data-indicator="${indicator}"[^>]*>([\\s\\S]*?)</tr>`).exec(tableHtml);
  if (!row) throw new Error(`no row ${indicator}`);
  const td = new RegExp(`<td[^>]*data-field="${field}"[^>]*>([\\s\\S]*?)</td>`).exec(row[1]!);
  if (!td) throw new Error(`no ${field} cell in row ${indicator}`);
  return text(td[1]!);
}

/** The 2017 check has its own page, linked from /indicators/. */
const standardFile = join(distDemoDir, 'indicators', 'standard-2017', 'index.html');

describe('the demo site’s built 均衡指标 page shows the figures `npm run indicators` prints', () => {
  const html = built ? readFileSync(pageFile, 'utf8') : '';
  const standardHtml = built && existsSync(standardFile) ? readFileSync(standardFile, 'utf8') : '';
  const source = /data-source-file="([^"]+)"/.exec(html)?.[1];

  test.skipIf(!built)(`county values, CVs and 综合差异系数 match the CLI's --json, rounded to 3 decimals${built ? '' : ` — ${notBuilt}`}`, () => {
    expect(source, 'the page names the school dataset it shows').toBeDefined();
    const expected = cli(source!);
    for (const st of expected.balance.stages) {
      const t = table(html, 'balance-2012', st.stage);
      for (const i of st.indicators) {
        expect(cell(t, i.key, 'county'), `${st.label} ${i.key} 县域值`).toBe(i.countyValue === null ? '—' : round3(i.countyValue));
        expect(cell(t, i.key, 'cv'), `${st.label} ${i.key} 差异系数`).toBe(i.cv === null ? '—' : round3(i.cv));
      }
      expect(cell(t, 'composite', 'cv'), `${st.label} 综合差异系数`).toBe(st.composite === null ? '—' : round3(st.composite));
    }
    for (const st of expected.standard2017.stages) {
      if (st.schools.length === 0) continue;
      const t = table(standardHtml, 'standard-2017', st.stage);
      for (const i of st.indicators) {
        expect(cell(t, i.key, 'county'), `2017 ${st.label} ${i.key} 县域值`).toBe(i.countyValue === null ? '—' : round3(i.countyValue));
        expect(cell(t, i.key, 'cv').split('（')[0], `2017 ${st.label} ${i.key} 差异系数`).toBe(i.cv === null ? '—' : round3(i.cv));
      }
    }
  });

  test.skipIf(!built)(`says 达标 or 未达标 in words for each 学段${built ? '' : ` — ${notBuilt}`}`, () => {
    const expected = cli(source!);
    const page = text(html);
    const squeezed = page.replace(/\s/g, '');
    for (const st of expected.balance.stages) {
      const word = st.pass === null ? '无法判断' : st.pass ? '✓达标' : '✗未达标';
      expect(squeezed).toContain(`${st.label}综合差异系数${round3(st.composite!)}，标准为不超过${st.limit.toFixed(2)}：${word}`);
    }
  });

  const jsonFile = join(distDemoDir, 'data', 'indicators', 'results.json');
  test.skipIf(!existsSync(jsonFile))(`results.json holds exactly the CLI's full-precision results${existsSync(jsonFile) ? '' : ` — skipped: ${relative(root, jsonFile)} is not built`}`, () => {
    const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as { schools: (CliJson & { year: number })[] };
    expect(json.schools.length).toBeGreaterThan(0);
    for (const entry of json.schools) {
      const { file, balance, standard2017 } = entry;
      // The CLI also names the campaign's standard; the download of the 基本均衡 figures does not (yet).
      const { standard: _standard, ...printed } = cli(file) as CliJson & { standard?: string };
      expect({ file, balance, standard2017 }).toEqual(printed);
    }
  });

  const csvFile = join(distDemoDir, 'data', 'indicators', 'results.csv');
  test.skipIf(!existsSync(csvFile))(`results.csv opens in Excel (BOM) and carries the CLI's CVs at full precision${existsSync(csvFile) ? '' : ` — skipped: ${relative(root, csvFile)} is not built`}`, () => {
    const raw = readFileSync(csvFile, 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const { records, diagnostics } = parseCsv(raw.slice(1).replace(/\r\n/g, '\n'), 'results.csv');
    expect(diagnostics).toEqual([]);
    const [header, ...body] = records.map((r) => r.cells.map((c) => c.value));
    expect(header).toEqual([...RESULT_COLUMNS]);
    const col = (name: (typeof RESULT_COLUMNS)[number]) => RESULT_COLUMNS.indexOf(name);
    const files = [...new Set(body.map((r) => r[col('sourceFile')]!))];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const expected = cli(file);
      for (const st of expected.balance.stages) {
        for (const i of st.indicators) {
          const row = body.find(
            (r) => r[col('sourceFile')] === file && r[col('part')] === 'balance-2012' && r[col('stage')] === st.stage && r[col('level')] === 'county' && r[col('indicator')] === i.key,
          );
          expect(row, `${file} ${st.label} ${i.key}`).toBeDefined();
          expect(Number(row![col('cv')])).toBe(i.cv);
          expect(Number(row![col('value')])).toBe(i.countyValue);
        }
      }
    }
  });
});

describe('the real site’s built 均衡指标 page', () => {
  const realPage = join(distDir, 'indicators', 'index.html');
  test.skipIf(!existsSync(realPage))('says plainly that no school data is published, and shows no figure', () => {
    const page = text(readFileSync(realPage, 'utf8'));
    expect(page).toContain('结果：尚未公布逐校数据。');
    expect(page).toContain('尚未公布自评结果。');
    expect(page).toContain('尚未公布调查结果。');
    expect(page).not.toContain('综合差异系数 0.');
    expect(JSON.parse(readFileSync(join(distDir, 'data', 'indicators', 'results.json'), 'utf8'))).toMatchObject({ schools: [], selfScores: [], surveys: [] });
  });
});
