// The fictional demo county (tests/fixtures/demo): a second county, a 县, that
// the demo site is built from and that rule examples are applied on top of.
// So it must stay valid, and it must never borrow a name from the real county.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';
import { toSiteContent, type ValidContent } from '../src/content-model/model.ts';
import { checkStandard2017, round3, type Standard2017Result } from '../src/lib/indicators.ts';
import type { SchoolItemsResult } from '../src/lib/school-items.ts';
import { readinessOf, readinessPage, unitReadiness } from '../src/view/readiness.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const demoRoot = join(repoRoot, 'tests', 'fixtures', 'demo');
/** The demo's records run to 2026-11-30; pinned so the check gives one answer on any day. */
const TODAY = '2026-11-30';

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return textFiles(full);
    return ['.yaml', '.md', '.mdx', '.csv', '.txt'].includes(extname(d.name)) ? [full] : [];
  });
}

describe('the demo county', () => {
  const result = loadContent(demoRoot, { today: TODAY });

  it('passes the content check with no error and no warning', () => {
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).toBe('');
  });

  it('is a 县, marked as an example site', () => {
    expect(result.model.site?.data.county).toEqual({ name: '示例县', word: '县', code: '990101' });
    expect(result.model.site?.data.example).toBe(true);
  });

  it('has exactly the school results its data file promises', () => {
    const dataset = result.model.schools[0]!.dataset;
    const schools = checkStandard2017(dataset).stages.flatMap((s) => s.schools);
    const failing = schools.filter((s) => !s.pass).map((s) => [s.name, s.shortfalls.map((f) => f.key)]);
    expect(failing).toEqual([['丙乡中心小学', ['Q5', 'Q7']]]);
    const nearMiss = schools.filter((s) => s.pass && s.shortfalls.length > 0).map((s) => [s.name, s.shortfalls.map((f) => f.key)]);
    expect(nearMiss).toEqual([['乙镇初级中学', ['Q7']]]);
  });

  describe('runs a 优质均衡 campaign', () => {
    const content = toSiteContent(result.model as ValidContent);
    const readiness = readinessOf(content, TODAY);
    const keys = (status: string) => readiness.areas.flatMap((a) => a.items.filter((i) => i.status === status).map((i) => i.key));

    it('with every status its data file promises', () => {
      expect(content.campaign.data.standard).toBe('优质均衡');
      expect(keys('fail')).toEqual(['G3', 'G5', 'G11', 'E9']);
      expect(keys('pending')).toEqual(['G2', 'G13', 'G15', 'E4', 'E8']);
      expect(keys('evidence')).toEqual(['G1', 'G8', 'G10', 'G14', 'E3', 'E5', 'E6', 'E7']);
      expect(keys('pass')).toHaveLength(32 - 4 - 5 - 8);
      expect(readiness.areas[0]!.schoolRule).toMatchObject({ status: 'fail', failing: [{ name: '丙乡中心小学', shortfalls: ['Q5', 'Q7'] }] });
      expect(readiness.verdict.status).toBe('fail');
      expect(readiness.vetoes.map((v) => [v.name, v.status])).toEqual([
        ['以考试方式招生', 'clear'],
        ['违规择校', 'clear'],
        ['设置重点校或重点班', 'pending'],
        ['弄虚作假', 'clear'],
        ['社会认可度低于 85%', 'clear'],
      ]);
    });

    it('with the province’s raised line for special-school funding', () => {
      const page = readinessPage(content, TODAY);
      const g7 = page.areas[1]!.items.find((i) => i.key === 'G7')!;
      expect(g7.figures).toEqual(['特殊教育学校生均公用经费 8200 元（省定标准 ≥ 8000 元，国家标准 ≥ 6000 元）']);
      expect(g7.sources[1]).toMatch(/^省定标准：示教督〔2025〕2号/);
    });

    it('and its page shows the figures npm run indicators prints for the same data', () => {
      const out = execFileSync(join(repoRoot, 'node_modules/.bin/node'), ['src/cli/indicators.ts', 'tests/fixtures/demo/content/schools/2026.yaml', '--json'], { cwd: repoRoot, encoding: 'utf8' });
      const cli = JSON.parse(out) as { standard: string; standard2017: Standard2017Result; schoolItems: SchoolItemsResult };
      expect(cli.standard).toBe('优质均衡');
      const page = readinessPage(content, TODAY);
      for (const stage of cli.standard2017.stages) {
        const shown = page.stages.find((s) => s.stage === stage.stage)!;
        expect(shown.cvRows.map((r) => [r.key, r.county, r.cv, r.status.word])).toEqual(stage.indicators.map((i) => [i.key, round3(i.countyValue!), round3(i.cv!), i.cvPass ? '达标' : '未达标']));
        expect(shown.schools.map((s) => [s.name, s.metCount, s.status.word])).toEqual(stage.schools.map((s) => [s.name, `${s.metCount} / 7`, s.pass ? '达标' : '未达标']));
      }
      const words: Record<string, string> = { pass: '达标', fail: '未达标', pending: '待填报', na: '不涉及' };
      expect(page.schoolItems!.rows.map((r) => [r.name, ...r.cells.map((c) => c.status.word)])).toEqual(
        cli.schoolItems.schools.map((s) => [s.name, ...(['G3', 'G4', 'G5', 'G6', 'E4'] as const).map((k) => words[s[k].status])]),
      );
    });

    it('lists each unit’s items for its page', () => {
      expect(unitReadiness(content, 'hr-bureau', TODAY).map((i) => `${i.key} ${i.role} ${i.status.word}`)).toEqual([
        'Q1 配合 达标',
        'Q3 配合 达标',
        'G2 配合 待填报',
        'G8 牵头 已提供佐证',
        'G10 配合 已提供佐证',
        'G11 配合 未达标',
      ]);
    });
  });

  it('uses no name that appears in the real content or the seed', () => {
    const { site, units, leadingGroup } = result.model;
    const names = new Set([
      site!.data.county.name,
      ...units!.data.units.map((u) => u.name),
      ...leadingGroup!.data.members.map((m) => m.name),
      ...result.model.schools.flatMap((s) => s.dataset.schools.map((school) => school.name)),
    ]);
    // Guards against a guard that checks nothing: the lists above were read.
    expect(names.size).toBeGreaterThan(25);
    const real = [...textFiles(join(repoRoot, 'content')), ...textFiles(join(repoRoot, 'seeds'))];
    expect(real.length).toBeGreaterThan(10);
    const borrowed = real.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...names].filter((n) => text.includes(n)).map((n) => `${n} in ${file.slice(repoRoot.length + 1)}`);
    });
    expect(borrowed).toEqual([]);
  });
});
