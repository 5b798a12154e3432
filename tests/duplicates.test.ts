// Duplicates the ids do not catch, in a copy of the real content: a unit entered
// twice under two ids, a member entered twice, a township code of another county.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';

const REAL = join(import.meta.dirname, '..');
const fs = diskFs(REAL);
const decoder = new TextDecoder();

function check(file: string, from: string, to: string): string[] {
  const text = decoder.decode(fs.read(file));
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  const { diagnostics } = loadContent(REAL, { fs: overlayFs(fs, { [file]: text.replace(from, to) }), today: '2020-12-31' });
  return diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
}

describe('duplicates in the real content', () => {
  it('the same unit under a second id', () => {
    const lines = check('content/units.yaml', '  - id: guicun-township', '  - id: finance\n    name: 建安区财政局\n    kind: 区直部门\n    leadingGroupMember: false\n  - id: guicun-township');
    expect(lines).toEqual([
      'content/units.yaml:187:11  单位全称“建安区财政局”与 finance-bureau 相同：同一单位只登记一次，请删去这一条，并把对它的引用改为 finance-bureau；如确是两个单位，请写出各自的正式全称  [unit-same-name]',
    ]);
  });
  it('the same member twice, while two people of one name in different units stay apart', () => {
    const lines = check('content/leading-group.yaml', 'office:', '  - id: ma-hao-2\n    name: 马浩\n    role: 副组长\n    unit: district-government\noffice:');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/leading-group\.yaml:\d+:11 {2}district-government 的“马浩”已登记为 ma-hao：.*\[person-duplicate\]$/u);
  });
  it('a township code of another county', () => {
    expect(check('content/units.yaml', 'divisionCode: "411003204000"', 'divisionCode: "411002204000"')).toEqual([
      'content/units.yaml:189:19  统计用区划代码“411002204000”的前 6 位是 411002，不是本区（建安区）的代码 411003（见 content/site.yaml 的 county.code）：请核对，多半是抄了别的区的代码  [division-code-county]',
    ]);
  });
});
