// Every rule's examples, run through the real loader on the demo county: a bad
// example yields exactly its own rule at the lines it names, a good example
// yields nothing. The same examples are the rule reference (docs/rules.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRuleDocs, RULE_DOCS } from '../scripts/gen-rule-docs.ts';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { loadContent } from '../src/content-model/load.ts';
import type { RuleExample } from '../src/rules/define.ts';
import { RULES, type AnyRule } from '../src/rules/index.ts';
import { place } from './helpers/place.ts';

const DEMO = join(import.meta.dirname, 'fixtures', 'demo');
const TODAY = '2026-11-30';
const demo = diskFs(DEMO);
const decoder = new TextDecoder();

/** What the loader reports for the demo county with the example in it, one "file:line rule" per diagnostic. */
function run(example: RuleExample): { reported: string[]; startLine: number } {
  const changes: Record<string, string | Uint8Array | null> = { ...example.write };
  let startLine = 1;
  const shown = example.lang === 'text' || (example.at !== undefined && 'shown' in example.at);
  if (!shown) {
    const original = demo.exists(example.file) ? decoder.decode(demo.read(example.file)) : undefined;
    const placed = place(original, example.code, example.at);
    changes[example.file] = placed.text;
    startLine = placed.startLine;
  }
  const { diagnostics } = loadContent(DEMO, { fs: overlayFs(demo, changes), today: example.today ?? TODAY });
  return { reported: diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`), startLine };
}

function expected(rule: AnyRule, example: RuleExample, startLine: number): string[] {
  return (example.lines ?? [1]).map((line) => `${example.file}:${startLine + line - 1} ${rule.code}`);
}

describe('the demo county', () => {
  it('is valid as it is, so each example shows only its own rule', () => {
    expect(loadContent(DEMO, { today: TODAY }).diagnostics).toEqual([]);
  });
});

describe.each(RULES.map((rule) => [rule.code, rule] as const))('%s', (_code, rule) => {
  it('has at least one bad and one good example', () => {
    expect(rule.examples.bad.length).toBeGreaterThan(0);
    expect(rule.examples.good.length).toBeGreaterThan(0);
  });
  it.each(rule.examples.bad.map((e) => [e.name, e] as const))('bad: %s', (_name, example) => {
    const { reported, startLine } = run(example);
    expect(reported.sort()).toEqual(expected(rule, example, startLine).sort());
  });
  it.each(rule.examples.good.map((e) => [e.name, e] as const))('good: %s', (_name, example) => {
    expect(run(example).reported).toEqual([]);
  });
});

describe('the rule reference', () => {
  it('is docs/rules.md as generated from the registry (else run npm run rule-docs)', () => {
    expect(readFileSync(RULE_DOCS, 'utf8') === renderRuleDocs(), 'docs/rules.md is stale: run npm run rule-docs and commit the result').toBe(true);
  });
});
