// The registry is complete: every rule a module defines is registered (so its
// examples run and it is documented), and every code a rule refers to exists.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, ruleByCode } from '../src/rules/index.ts';

const RULES_DIR = join(import.meta.dirname, '..', 'src', 'rules');

describe('the rule registry', () => {
  it('registers every rule defined in src/rules/', async () => {
    const defined: string[] = [];
    for (const name of readdirSync(RULES_DIR).filter((n) => n.endsWith('.ts'))) {
      const module = (await import(join(RULES_DIR, name))) as Record<string, unknown>;
      for (const value of Object.values(module)) {
        if (value && typeof value === 'object' && 'code' in value && 'examples' in value) defined.push(String((value as { code: unknown }).code));
      }
    }
    const registered = new Set(RULES.map((r) => r.code));
    expect(defined.filter((code) => !registered.has(code as never))).toEqual([]);
    expect(new Set(defined).size).toBe(registered.size);
  });

  it('has no code twice, and refers only to codes that exist', () => {
    expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
    for (const rule of RULES) for (const code of rule.supersedes ?? []) expect(ruleByCode(code), `${rule.code} supersedes ${code}`).toBeDefined();
  });
});
