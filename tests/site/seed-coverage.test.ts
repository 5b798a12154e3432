// The published site against the source document: every 发文字号 the seed
// cites and every person on its roster appears on the built pages. The
// expectations come from parsing the seed itself, not from content/, so a
// name dropped or mistyped anywhere between the seed and the HTML fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { missingBuild, listPages, repoRoot, rootSite } from './built-site.ts';
import { parseHtml } from './html.ts';

const seedFile = 'seeds/000_10ae24934fdcea49.txt';
const seed = readFileSync(join(repoRoot, seedFile), 'utf8');

/** 国发〔2012〕48号: issuing organ abbreviation, year in 〔〕, serial, 号. */
const docNumbers = [...new Set(seed.match(/\p{Script=Han}+〔\d{4}〕\d+号/gu) ?? [])];

interface RosterEntry {
  readonly role: string;
  /** The unit column for 成员 lines, '' for leaders. */
  readonly unit: string;
  /** Name with the alignment spaces removed: 马  浩 → 马浩. */
  readonly name: string;
  readonly line: number;
}

/**
 * The roster after 附件：…成员名单. Leader lines read `组  长：马  浩（区政府区长）` or an
 * indented `李永峰（区政府政研室副主任）`; member lines `成  员：监察委   郭洪献` or an indented
 * `编  办                     曹书银`, unit and name separated by a long run of spaces
 * (short runs of two are alignment inside a two-character unit or name).
 */
function parseRoster(text: string): RosterEntry[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('附件：') && l.includes('成员名单'));
  if (start === -1) throw new Error(`${seedFile}: no line starting 附件：…成员名单`);
  const entries: RosterEntry[] = [];
  let role = '';
  for (let i = start + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const labelled = /^(\S[^：]*)：(.*)$/.exec(raw);
    let rest: string;
    if (labelled && /^[\p{Script=Han}\s]+$/u.test(labelled[1]!) && !raw.startsWith(' ')) {
      role = labelled[1]!.replace(/\s+/g, '');
      rest = labelled[2]!;
    } else if (/^\s{4,}\S/.test(raw) && role !== '') {
      rest = raw.trim();
    } else {
      break; // the roster ends at the first ordinary paragraph (领导小组下设办公室…)
    }
    const leader = /^(.+?)（(.+)）\s*$/.exec(rest.trim());
    if (leader) {
      entries.push({ role, unit: '', name: leader[1]!.replace(/\s+/g, ''), line: i + 1 });
      continue;
    }
    const columns = rest.trim().split(/\s{3,}/);
    if (columns.length !== 2) throw new Error(`${seedFile}:${i + 1}: cannot read roster line "${raw}"`);
    entries.push({ role, unit: columns[0]!.replace(/\s+/g, ''), name: columns[1]!.replace(/\s+/g, ''), line: i + 1 });
  }
  return entries;
}

const roster = parseRoster(seed);

describe(`the built site shows the source document ${seedFile}`, () => {
  test('the seed parses into 发文字号 and a roster with leader and member lines', () => {
    expect(docNumbers.length).toBeGreaterThan(0);
    expect(new Set(roster.map((e) => e.role))).toEqual(new Set(['组长', '副组长', '成员']));
    expect(roster.filter((e) => e.unit !== '').length).toBeGreaterThan(0);
  });

  const problem = missingBuild(rootSite);
  if (problem) {
    test(`${rootSite.label}/ is built`, () => {
      throw new Error(problem);
    });
    return;
  }

  // Visible text only (no attributes, scripts or styles), so a name hidden in a
  // meta description or a data attribute does not count as shown.
  const pages = listPages(rootSite).map((p) => ({ rel: p.rel, text: parseHtml(readFileSync(p.file, 'utf8')).text }));
  const pagesWith = (needle: string) => pages.filter((p) => p.text.includes(needle)).map((p) => p.rel);

  test.each(docNumbers)('发文字号 %s appears on a page', (docNumber) => {
    expect(pagesWith(docNumber), `${docNumber} (cited in ${seedFile}) is on no page of ${rootSite.label}/`).not.toEqual([]);
  });

  const label = (e: RosterEntry) => `${e.name} (${e.role}${e.unit ? ` ${e.unit}` : ''}, ${seedFile}:${e.line})`;
  test.each(roster.map((e) => [label(e), e] as const))('roster name %s appears on a page', (shown, entry) => {
    expect(pagesWith(entry.name), `${shown} is on no page of ${rootSite.label}/`).not.toEqual([]);
  });

  test('a name the roster lists twice (two people) is shown twice', () => {
    const counts = new Map<string, number>();
    for (const e of roster) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    for (const [name, count] of counts) {
      if (count < 2) continue;
      const best = Math.max(0, ...pages.map((p) => p.text.split(name).length - 1));
      expect(best, `${name} is ${count} people on the roster; no single page shows the name ${count} times`).toBeGreaterThanOrEqual(count);
    }
  });
});
