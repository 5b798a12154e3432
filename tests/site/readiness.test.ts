// The demo county's built readiness pages and download against
// `npm run indicators -- <file> --json` on the same data: the figures the page
// and the JSON show are the CLI's. The CLI finds the campaign (优质均衡, with
// its thresholds) from the dataset file's own project, so it runs in the demo
// county's folder on content/schools/2026.yaml. The real 基本均衡 site has no
// readiness page, download or navigation entry.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ReadinessResult } from '../../src/lib/readiness.ts';
import { round3, type Standard2017Result } from '../../src/lib/indicators.ts';
import type { SchoolItemsResult } from '../../src/lib/school-items.ts';
import { demoRoot, demoSite, missingBuild, repoRoot, rootSite } from './built-site.ts';
import { decodeEntities } from './html.ts';

const DATASET = 'content/schools/2026.yaml';

interface CliJson {
  readonly file: string;
  readonly standard: string;
  readonly standard2017: Standard2017Result;
  readonly schoolItems: SchoolItemsResult;
}

let printed: CliJson | undefined;
function cli(): CliJson {
  if (printed) return printed;
  const result = spawnSync(join(repoRoot, 'node_modules/.bin/node'), [join(repoRoot, 'src/cli/indicators.ts'), DATASET, '--json'], { cwd: demoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run indicators failed: ${result.stdout}${result.stderr}`);
  printed = JSON.parse(result.stdout) as CliJson;
  return printed;
}

const text = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
const read = (rel: string) => readFileSync(join(demoSite.dir, rel), 'utf8');
const between = (html: string, open: RegExp, close: string): string => {
  const m = open.exec(html);
  if (!m) throw new Error(`nothing matches ${open}`);
  const end = html.indexOf(close, m.index);
  return html.slice(m.index, end === -1 ? undefined : end);
};
const rowOf = (html: string, attr: string, value: string) => between(html, new RegExp(`<(tr|li)[^>]*${attr}="${value}"`), '</tr>');
/** One item of the readiness page: from its <li> to the next item's or the end of its list. */
const itemOf = (html: string, key: string) => {
  const start = html.search(new RegExp(`<li[^>]*data-item="${key}"`));
  if (start === -1) throw new Error(`no item ${key}`);
  const next = html.slice(start + 1).search(/<li[^>]*data-item=|<\/ol>/);
  return html.slice(start, next === -1 ? undefined : start + 1 + next);
};
/** One 学段's section: from it to the next 学段's or the end of the page's main. */
const stageOf = (html: string, stage: string) => {
  const start = html.search(new RegExp(`<section[^>]*data-stage="${stage}"`));
  if (start === -1) throw new Error(`no section for ${stage}`);
  const next = html.slice(start + 1).search(/<section[^>]*data-stage=|<\/main>/);
  return html.slice(start, next === -1 ? undefined : start + 1 + next);
};
const fieldOf = (row: string, field: string) => text(between(row, new RegExp(`<td[^>]*data-field="${field}"`), '</td>'));

const demoProblem = missingBuild(demoSite);

describe.skipIf(demoProblem !== undefined)(`the demo county’s readiness pages${demoProblem ? ` — skipped: ${demoProblem}` : ''}`, () => {
  test('the JSON download holds the CLI’s full-precision 资源配置 and per-school results', () => {
    const json = JSON.parse(read('data/readiness.json')) as ReadinessResult & { standard: string };
    const expected = cli();
    expect(expected.standard).toBe('优质均衡');
    expect(json.standard).toBe('优质均衡');
    expect(json.standard2017).toEqual(expected.standard2017);
    expect(json.schoolItems).toEqual(expected.schoolItems);
  });

  test('the page shows every item of the four areas with the JSON’s status', () => {
    const html = read('readiness/index.html');
    const json = JSON.parse(read('data/readiness.json')) as ReadinessResult;
    const items = json.areas.flatMap((a) => a.items);
    expect(items).toHaveLength(32);
    const shown = [...html.matchAll(/<li[^>]*data-item="([A-Z]\d+)"[^>]*data-status="([a-z]+)"/g)].map((m) => [m[1], m[2]]);
    expect(shown).toEqual(items.map((i) => [i.key, i.status]));
    const words = { pass: '✓ 达标', fail: '✗ 未达标', pending: '○ 待填报', evidence: '△ 已提供佐证' } as const;
    for (const i of items) expect(text(itemOf(html, i.key).split('</p>')[0]!), i.key).toContain(words[i.status]);
    // Links to its downloads, which /data/ lists too.
    for (const f of ['data/readiness.json', 'data/readiness.csv', 'data/readiness-schools.csv']) {
      expect(html).toContain(`href="/${f}"`);
      expect(read('data/index.html')).toContain(`href="/${f}"`);
      expect(existsSync(join(demoSite.dir, f)), f).toBe(true);
    }
  });

  test('the 资源配置 items give each 差异系数 the CLI prints, against 0.50 and 0.45', () => {
    const html = read('readiness/index.html');
    for (const stage of cli().standard2017.stages) {
      for (const i of stage.indicators) {
        const item = text(itemOf(html, i.key));
        expect(item).toContain(`${stage.label}：差异系数 ${round3(i.cv!)}（标准 ≤ ${stage.stage === 'primary' ? '0.50' : '0.45'}），县域值 ${round3(i.countyValue!)}`);
      }
    }
  });

  test('the per-school page has the CLI’s county values, 差异系数 and each school’s 6-of-7 result', () => {
    const html = read('readiness/schools/index.html');
    for (const stage of cli().standard2017.stages) {
      const section = stageOf(html, stage.stage);
      for (const i of stage.indicators) {
        const row = rowOf(section, 'data-indicator', i.key);
        expect(fieldOf(row, 'county'), `${stage.label} ${i.key}`).toBe(round3(i.countyValue!));
        expect(fieldOf(row, 'cv'), `${stage.label} ${i.key}`).toBe(round3(i.cv!));
      }
      for (const s of stage.schools) {
        const row = rowOf(section, 'data-school', s.id);
        expect(fieldOf(row, 'met'), s.name).toBe(`${s.metCount} / 7`);
        expect(row, s.name).toContain(`data-status="${s.pass ? 'pass' : 'fail'}"`);
      }
    }
  });

  test('each school’s page shows its values as the CLI computes them', () => {
    for (const stage of cli().standard2017.stages) {
      for (const s of stage.schools) {
        const html = read(`schools/${s.id}/index.html`);
        const section = stageOf(html, stage.stage);
        for (const [key, value] of Object.entries(s.values)) expect(fieldOf(rowOf(section, 'data-indicator', key), 'value'), `${s.name} ${key}`).toBe(round3(value));
        expect(section).toContain(`data-verdict="${s.pass ? 'pass' : 'fail'}"`);
      }
    }
  });
});

const realProblem = missingBuild(rootSite);

describe.skipIf(realProblem !== undefined)(`the real 基本均衡 site${realProblem ? ` — skipped: ${realProblem}` : ''}`, () => {
  test('has no readiness page, download, school page or navigation entry', () => {
    for (const f of ['readiness/index.html', 'data/readiness.json', 'data/readiness.csv', 'schools']) expect(existsSync(join(rootSite.dir, f)), f).toBe(false);
    expect(readFileSync(join(rootSite.dir, 'index.html'), 'utf8')).not.toContain('/readiness/');
  });
});
