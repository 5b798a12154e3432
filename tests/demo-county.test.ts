// The fictional demo county (tests/fixtures/demo): a second county, a 县, that
// the demo site is built from and that rule examples are applied on top of.
// So it must stay valid, and it must never borrow a name from the real county.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';
import { checkStandard2017 } from '../src/lib/indicators.ts';

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
