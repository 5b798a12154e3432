// Every rule an editor can meet is explained in CONTRIBUTING.md, and every
// message points there.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRuleCodes } from '../scripts/find-rule-codes.ts';
import { CONTRIBUTING, withRuleDocs } from '../scripts/gen-rule-docs.ts';
import { formatDiagnostic, formatGithubAnnotation, type Diagnostic } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';
import { ruleAnchor, ruleDocs } from '../src/content-model/rule-docs.ts';
import { parseYaml } from '../src/content-model/yaml.ts';
import { FIXTURES, scenarioRoot } from './helpers/scenario.ts';

const ROOT = join(import.meta.dirname, '..');
const uses = findRuleCodes(ROOT);
const used = new Set(uses.map((u) => u.code));
const documented = new Set(ruleDocs.map((r) => r.code));

/** Every rule the validator reports across all test scenarios. */
function emittedInScenarios(): Map<string, string> {
  const emitted = new Map<string, string>();
  for (const name of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const root = scenarioRoot(name);
    try {
      for (const d of loadContent(root).diagnostics) if (!emitted.has(d.rule)) emitted.set(d.rule, name);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return emitted;
}

describe('the rule registry', () => {
  it('documents every rule code used in src/ and schemas/', () => {
    const missing = uses.filter((u) => !documented.has(u.code)).map((u) => `${u.code} (${u.at})`);
    expect(missing, 'add these codes to src/content-model/rule-docs.ts, then run npm run rule-docs').toEqual([]);
  });

  it('finds the rules the tests see, so the check above has teeth', () => {
    const emitted = emittedInScenarios();
    // The fixtures exercise most rules; every one of them must be both documented and found in the source.
    expect(emitted.size).toBeGreaterThan(25);
    expect([...emitted.keys()].filter((code) => !documented.has(code))).toEqual([]);
    expect([...emitted.keys()].filter((code) => !used.has(code))).toEqual([]);
  });

  it('documents no rule that no longer exists', () => {
    expect(ruleDocs.map((r) => r.code).filter((code) => !used.has(code))).toEqual([]);
  });

  it('has one entry per code, each with a one-line Chinese meaning and differing examples', () => {
    expect(new Set(ruleDocs.map((r) => r.code)).size).toBe(ruleDocs.length);
    for (const rule of ruleDocs) {
      expect(rule.meaning, rule.code).toMatch(/^[^\n]*\p{Script=Han}[^\n]*$/u);
      expect(rule.bad.code, rule.code).not.toBe(rule.good.code);
    }
  });

  it('gives correct examples that are valid YAML', () => {
    const broken = ruleDocs
      .filter((r) => r.good.lang === 'yaml')
      .filter((r) => parseYaml(r.good.code, r.good.file ?? 'example.yaml').diagnostics.length > 0)
      .map((r) => r.code);
    expect(broken).toEqual([]);
  });

  it('shows the YAML rules breaking in their wrong examples', () => {
    for (const code of ['yaml-syntax', 'yaml-duplicate-key', 'yaml-tag']) {
      const rule = ruleDocs.find((r) => r.code === code)!;
      expect(parseYaml(rule.bad.code, 'example.yaml').diagnostics.map((d) => d.rule), code).toContain(code);
    }
  });
});

describe('CONTRIBUTING.md', () => {
  const text = readFileSync(CONTRIBUTING, 'utf8');

  it('has the current rule reference (else run npm run rule-docs)', () => {
    expect(text === withRuleDocs(text), 'CONTRIBUTING.md is stale: run npm run rule-docs and commit the result').toBe(true);
  });

  it('has exactly one anchor for each rule', () => {
    for (const rule of ruleDocs) {
      expect(text.split(`<a id="${ruleAnchor(rule.code)}"></a>`).length - 1, rule.code).toBe(1);
    }
  });
});

describe('messages', () => {
  const d: Diagnostic = { file: 'content/plan.yaml', line: 18, column: 10, severity: 'error', rule: 'date-range', message: '结束日期 2020-07-15 早于开始日期 2020-08-01：请检查两个日期是否写反' };

  it('link to the rule in pull request annotations', () => {
    expect(formatGithubAnnotation(d)).toBe(
      '::error file=content/plan.yaml,line=18,col=10,title=date-range::结束日期 2020-07-15 早于开始日期 2020-08-01：请检查两个日期是否写反%0A规则说明：CONTRIBUTING.md#rule-date-range',
    );
  });

  it('keep the terminal format unchanged', () => {
    expect(formatDiagnostic(d)).toBe('content/plan.yaml:18:10  结束日期 2020-07-15 早于开始日期 2020-08-01：请检查两个日期是否写反  [date-range]');
  });
});
