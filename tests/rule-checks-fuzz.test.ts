// The cross-file rules run on every file that parsed, valid or not, so they
// must read any shape of data without throwing (src/content-model/raw.ts), and
// everything they report must be a registered rule with a location.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../src/content-model/collections.ts';
import { overlayFs, diskFs } from '../src/content-model/content-fs.ts';
import { ruleContext } from '../src/content-model/load.ts';
import type { FileKind, ParsedFile } from '../src/rules/context.ts';
import { CHECKS, ruleByCode } from '../src/rules/index.ts';

const KINDS = Object.keys(COLLECTIONS) as FileKind[];
// Field names the rules read, so generated data reaches every branch.
const key = fc.constantFrom(
  'deliverables', 'findings', 'submissions', 'rectifications', 'unit', 'units', 'kinds', 'name', 'role', 'id', 'planRef', 'deadline', 'date', 'found',
  'closed', 'status', 'finding', 'deliverable', 'appliesTo', 'leadingGroupMembers', 'leadingGroupMember', 'example', 'evidence', 'phases', 'steps',
  'start', 'end', 'number', 'phase', 'members', 'office', 'head', 'divisionCode', 'kind', 'image', 'src', 'schools', 'township', 'year',
);
const leaf = fc.oneof(
  fc.constantFrom('2026-10-15', '2026-12', '2026-13-01', '已整改', '整改中', '乡镇', '镇', 'self-check', 'finance-bureau', 'jia-town', './x.png', true, false, null),
  fc.string(),
  fc.integer(),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
})).node;
const file = fc.record({ kind: fc.constantFrom(...KINDS), data: value, isExample: fc.boolean() });

describe('cross-file rules', () => {
  it('never throw on data of any shape, and report only registered rules', () => {
    const fs = overlayFs(diskFs('/nonexistent'), {});
    fc.assert(
      fc.property(fc.array(file, { maxLength: 8 }), (files) => {
        const parsed: ParsedFile[] = files.map((f, i) => ({
          file: `content/${f.kind}-${i}.yaml`,
          kind: f.kind,
          data: f.data,
          valid: false,
          schema: COLLECTIONS[f.kind].schema,
          isExample: f.isExample,
          stem: i % 2 ? 'finance-bureau' : `file-${i}`,
        }));
        const context = ruleContext(parsed, '2026-11-30', fs);
        for (const check of CHECKS) {
          for (const finding of check(context)) {
            expect(ruleByCode(finding.rule)?.severity).toBe(finding.severity);
            expect(finding.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 400, seed: 20261201 },
    );
  });
});
