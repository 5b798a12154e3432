// Progress-record scenarios (content/progress/, issue #5), in the pattern of
// validator.test.ts: tests/fixtures/base plus one progress-* folder; the inline
// snapshots show exactly what an editor sees.
//
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../src/content-model/diagnostics.ts';
import { check } from './helpers/scenario.ts';
import { loadContent } from '../src/content-model/load.ts';

/** "Today" for the scenarios: dates after it are in the future. */
const TODAY = '2020-11-20';

/** What `npm run check` prints for content/progress/ of the real repository, as of `today`. */
function checkProgressAt(root: string, today: string): string {
  return loadContent(root, { today })
    .diagnostics.filter((d) => d.file.startsWith('content/progress/'))
    .map(formatDiagnostic)
    .join('\n');
}

describe('the shipped progress content', () => {
  it('agrees with the plan', () => {
    expect(checkProgressAt(join(import.meta.dirname, '..'), '2020-12-31')).toBe('');
  });
});

describe('a valid progress tree', () => {
  it('passes: every kind of file, a month-precision deadline, an item closed the day it was found', () => {
    expect(check('progress-valid')).toBe('');
  });
  it('is not affected by the base fixture having no progress folder', () => {
    expect(check('base')).toBe('');
  });
});

describe('deliverables agree with the plan', () => {
  it('rejects a deadline that differs from the plan', () => {
    expect(check('progress-deadline-mismatch')).toMatchInlineSnapshot(`"content/progress/deliverables.yaml:4:15  时限 2020-12-20 与实施方案不一致：方案中“report”的时限是 2020-12-25（2020年12月25日），请改为 2020-12-25  [deadline-mismatch]"`);
  });
  it('rejects a reference to nothing in the plan', () => {
    expect(check('progress-plan-ref-unknown')).toMatchInlineSnapshot(`"content/progress/deliverables.yaml:5:14  实施方案中没有编号为“reprot”的时限或步骤：请填写 content/plan.yaml 中带时限的编号，可选：report  [plan-ref-unknown]"`);
  });
  it('rejects a reference to a step without a deadline', () => {
    expect(check('progress-plan-ref-undated')).toMatchInlineSnapshot(`"content/progress/deliverables.yaml:5:14  实施方案中的步骤“set-up”没有写明日期，无从核对时限：请改用带时限的编号，可选：report  [plan-ref-undated]"`);
  });
  it('rejects an unknown unit and an empty selector', () => {
    expect(check('progress-applies-to')).toMatchInlineSnapshot(`
      "content/progress/deliverables.yaml:7:31  单位编号“west-town”在 content/units.yaml 中不存在：是不是 east-town（东镇）？如是新单位，请先在单位名录中添加  [unit-unknown]
      content/progress/deliverables.yaml:12:16  适用单位不能为空：请至少填写 leadingGroupMembers: true、kinds（单位类别）或 units（单位编号列表）中的一项  [applies-to-empty]"
    `);
  });
  it('requires deliverables.yaml once there are progress records', () => {
    expect(check('progress-deliverables-missing')).toMatchInlineSnapshot(`"content/progress/deliverables.yaml:1:1  缺少文件 content/progress/deliverables.yaml（应交事项）：各单位的进度记录要引用其中的事项，请从仓库历史中恢复  [file-missing]"`);
  });
});

describe('unit records', () => {
  it('keeps the file name and the unit in agreement, and the unit real', () => {
    expect(check('progress-record-unit')).toMatchInlineSnapshot(`
      "content/progress/finance-bureau.yaml:1:7  文件名是 finance-bureau.yaml，unit 却写作“east-town”：一个单位一个文件，文件名须与单位编号相同。请把文件改名为 east-town.yaml，或改正 unit  [record-unit]
      content/progress/west-town.yaml:1:7  单位编号“west-town”在 content/units.yaml 中不存在：是不是 east-town（东镇）？如是新单位，请先在单位名录中添加  [unit-unknown]"
    `);
  });
  it('rejects a submission for a deliverable that does not exist', () => {
    expect(check('progress-submission-unknown')).toMatchInlineSnapshot(`"content/progress/finance-bureau.yaml:3:18  事项编号“reprot”不存在：请填写 content/progress/deliverables.yaml 中的编号，可选：report  [deliverable-unknown]"`);
  });
  it('rejects a submission for a deliverable that does not apply to the unit', () => {
    expect(check('progress-submission-not-applicable')).toMatchInlineSnapshot(`"content/progress/county-government.yaml:3:18  “上报材料”不适用于本单位（见 content/progress/deliverables.yaml 中的 appliesTo）：请删除这一条；如本单位确须完成此事项，请先修改适用单位  [deliverable-not-applicable]"`);
  });
  it('rejects two submissions for one deliverable', () => {
    expect(check('progress-submission-duplicate')).toMatchInlineSnapshot(`"content/progress/finance-bureau.yaml:5:18  事项“report”已有一条完成记录：每个事项只记一条（记完成的日期），请删除或合并重复的一条  [submission-duplicate]"`);
  });
  it('rejects a submission dated after today', () => {
    expect(check('progress-submission-future')).toMatchInlineSnapshot(`"content/progress/finance-bureau.yaml:4:11  完成日期 2020-11-21 晚于今天（2020年11月20日）：只能登记已经完成的事项，请核对日期  [date-future]"`);
  });
  it('accepts the same submission once today has reached its date', () => {
    expect(check('progress-submission-future', '2020-11-21')).toBe('');
  });
});

describe('rectification items', () => {
  it('requires a closed date and evidence once 已整改', () => {
    expect(check('progress-closed-missing')).toMatchInlineSnapshot(`
      "content/progress/finance-bureau.yaml:7:13  状态为已整改，但没有填写整改完成日期（closed）：请补上完成日期，如 closed: 2026-10-20；尚未完成的请把状态改为整改中  [rectification-closed]
      content/progress/finance-bureau.yaml:13:13  状态为已整改，但没有填写佐证材料链接（evidence）：请补上整改佐证材料的链接，如 evidence: /news/2026-10-20-rectification/  [rectification-closed]"
    `);
  });
  it('rejects a closed date on an item still 待整改 or 整改中', () => {
    expect(check('progress-status-closed')).toMatchInlineSnapshot(`
      "content/progress/finance-bureau.yaml:7:13  状态为待整改，却填写了整改完成日期（closed）：如已整改完毕，请把状态改为已整改；如尚未完成，请删除 closed  [rectification-status]
      content/progress/finance-bureau.yaml:13:13  状态为整改中，却填写了整改完成日期（closed）：如已整改完毕，请把状态改为已整改；如尚未完成，请删除 closed  [rectification-status]"
    `);
  });
  it('rejects an item closed before it was found', () => {
    expect(check('progress-closed-before-found')).toMatchInlineSnapshot(`"content/progress/finance-bureau.yaml:8:13  整改完成日期 2020-08-31 早于发现日期 2020-09-01：请核对两个日期  [date-order]"`);
  });
  it('rejects a deadline before the finding, reading a month as its last day', () => {
    expect(check('progress-deadline-before-found')).toMatchInlineSnapshot(`"content/progress/finance-bureau.yaml:11:15  整改时限 2020-08 早于发现日期 2020-09-01：时限须在发现问题之后，请核对两个日期  [date-order]"`);
  });
  it('rejects a closed date after today', () => {
    expect(check('progress-closed-future')).toMatchInlineSnapshot(`"content/progress/finance-bureau.yaml:8:13  整改完成日期 2020-11-21 晚于今天（2020年11月20日）：只能登记已经完成的整改；尚未完成的请删除 closed，并把状态改为整改中  [date-future]"`);
  });
  it('rejects a finding date after today', () => {
    expect(check('progress-found-future')).toMatchInlineSnapshot(`"content/progress/finance-bureau.yaml:5:12  发现日期 2020-11-21 晚于今天（2020年11月20日）：请核对日期  [date-future]"`);
  });
  it('rejects a duplicate item id and an unknown responsible unit', () => {
    expect(check('progress-rectification-ids')).toMatchInlineSnapshot(`
      "content/progress/finance-bureau.yaml:8:9  整改事项编号“ledger”重复：前面已用过，请改用另一个整改事项编号  [id-duplicate]
      content/progress/finance-bureau.yaml:10:11  单位编号“finanse-bureau”在 content/units.yaml 中不存在：是不是 finance-bureau（测试县财政局）？如是新单位，请先在单位名录中添加  [unit-unknown]"
    `);
  });
  it('resolves the supervision finding an item comes from', () => {
    expect(check('progress-finding-unknown')).toMatchInlineSnapshot(`"content/progress/finance-bureau.yaml:5:14  督导意见编号“2020-11-02-finanse”在 content/progress/supervision.yaml 中不存在：请改正编号；自查发现的问题请删除 finding  [finding-unknown]"`);
  });
  it('says in the schema’s words what is missing or misspelt', () => {
    expect(check('progress-schema')).toMatchInlineSnapshot(`
      "content/progress/finance-bureau.yaml:3:5  缺少必填字段“found”（发现问题的日期，如 2020-08-25）：请补上  [required]
      content/progress/finance-bureau.yaml:5:15  日期“2020/10/31”格式不对：请写作 2020-10-31  [date-invalid]
      content/progress/finance-bureau.yaml:6:13  “已完成”不是可选值。可选：待整改、整改中、已整改（是不是“已整改”？）  [enum]
      content/progress/finance-bureau.yaml:7:5  不认识的字段“closedOn”，您是不是想写“closed”？  [unknown-key]"
    `);
  });
});

describe('supervision findings', () => {
  it('rejects a duplicate id, an unknown unit and a date after today', () => {
    expect(check('progress-supervision')).toMatchInlineSnapshot(`
      "content/progress/supervision.yaml:7:9  督导意见编号“2020-11-02-finance”重复：前面已用过，请改用另一个督导意见编号  [id-duplicate]
      content/progress/supervision.yaml:8:11  督导日期 2020-11-21 晚于今天（2020年11月20日）：只能登记已经进行的督导检查，请核对日期  [date-future]
      content/progress/supervision.yaml:9:11  单位编号“west-town”在 content/units.yaml 中不存在：是不是 east-town（东镇）？如是新单位，请先在单位名录中添加  [unit-unknown]"
    `);
  });
});

describe('files', () => {
  it('says where a misplaced or misnamed file belongs, and that examples are not kept in content/', () => {
    expect(check('progress-file-placement')).toMatchInlineSnapshot(`
      "content/progress/east-town.yml:1:1  扩展名须为 .yaml：请把文件改名为 east-town.yaml  [progress-file]
      content/progress/examples/deliverables.yaml:1:1  content/ 中不能有 examples 文件夹，否则其中的文件会当作真实内容发布：真实内容请移出 examples 文件夹；示例请删除（演示用的示例在 tests/fixtures/demo/content 中）  [examples-folder]
      content/progress/units/finance-bureau.yaml:1:1  进度记录须直接放在 content/progress/ 中，文件名为单位编号，如 content/progress/finance-bureau.yaml  [progress-file]"
    `);
  });
});
