// What a rule is. Each rule module (src/rules/*.ts) defines its rules with
// defineRule: the code editors see in brackets, its severity, what it means
// (built from the constants the check uses, so the docs cannot drift), the
// message builder, and named bad and good examples. The examples are run
// through the real loader by tests/rule-examples.test.ts and rendered into
// docs/rules.md by scripts/gen-rule-docs.ts.
import type { z } from 'zod';
import type { Diagnostic, Severity } from '../content-model/diagnostics.ts';
import type { PathSegment } from '../content-model/yaml.ts';
import type { RuleCode } from './index.ts';

export const ruleGroups = [
  { id: 'files', title: '文件与编码' },
  { id: 'yaml', title: 'YAML 写法' },
  { id: 'fields', title: '字段与取值' },
  { id: 'dates', title: '日期' },
  { id: 'ids', title: '编号与引用' },
  { id: 'official', title: '公文格式与区划代码' },
  { id: 'site', title: '网站配置' },
  { id: 'body', title: '文章正文' },
  { id: 'personal', title: '个人信息' },
  { id: 'schools', title: '学校统计数据' },
  { id: 'schools-csv', title: '学校统计数据（CSV 和 Excel 表格）' },
  { id: 'assessment', title: '自评与满意度调查' },
  { id: 'progress', title: '工作进度' },
  { id: 'quality', title: '优质均衡评估' },
] as const;

export type RuleGroupId = (typeof ruleGroups)[number]['id'];

/**
 * Where an example's `code` goes in its file, on top of the demo county
 * (tests/fixtures/demo). Paths are YAML paths written with dots, e.g.
 * `units` or `phases.1.steps`; '' is the whole document.
 */
export type ExamplePlace =
  /** `code` is the whole file (the default). */
  | { readonly whole: true }
  /** `code` holds list items (`- …`), added at the end of the list at this path. */
  | { readonly append: string }
  /** `code` holds `key: value` lines, replacing those keys (or adding them) in the mapping at this path. */
  | { readonly set: string }
  /** `code` is only shown; the test writes `write` instead (text-only examples are always only shown). */
  | { readonly shown: true };

export interface RuleExample {
  /** A few Chinese words saying what the example shows. */
  readonly name: string;
  /** The file the example is about, relative to the project root; a bad example's diagnostics are here. */
  readonly file: string;
  readonly lang: 'yaml' | 'markdown' | 'csv' | 'text';
  /** What the editor writes, as the docs show it. */
  readonly code: string;
  readonly at?: ExamplePlace;
  /**
   * Other files the test writes (a picture the example refers to; content that
   * cannot be shown: bytes in another encoding, a file too large to print);
   * null removes a file of the demo county.
   */
  readonly write?: Readonly<Record<string, string | Uint8Array | null>>;
  /**
   * Bad examples: the lines this rule reports, counted within `code` where it
   * is placed, else within the whole file. Defaults to [1].
   */
  readonly lines?: readonly number[];
  /** "Today" for the example, when the rule compares dates with it. */
  readonly today?: string;
}

export interface RuleDefinition<Code extends string, Params> {
  readonly code: Code;
  readonly severity: Severity;
  readonly group: RuleGroupId;
  /** One or two Chinese sentences: what the rule asks for and why. */
  readonly meaning: string;
  /** The message an editor reads at the reported line: what is wrong, and what to type instead. */
  readonly message: (params: Params) => string;
  readonly examples: { readonly bad: readonly RuleExample[]; readonly good: readonly RuleExample[] };
  /**
   * Rules whose diagnostic at the same position this one explains better (one
   * message per root cause): "财政局 is a unit's name, write finance-bureau"
   * makes "财政局 is not a valid id" noise.
   */
  readonly supersedes?: readonly string[];
}

/** A problem found by a cross-file rule, located later through its file's positions. */
export interface Finding {
  readonly file: string;
  readonly path: readonly PathSegment[];
  readonly target?: 'key' | 'value';
  readonly severity: Severity;
  readonly rule: RuleCode;
  readonly message: string;
}

export type Args<Params> = [Params] extends [void] ? [] : [params: Params];

export interface Rule<Code extends string = string, Params = never> extends RuleDefinition<Code, Params> {
  /** A diagnostic at a known position. */
  at(file: string, position: { readonly line: number; readonly column: number }, ...params: Args<Params>): Diagnostic;
  /** A diagnostic at a YAML path of a file, located by the loader. */
  finding(file: string, path: readonly PathSegment[], ...params: Args<Params>): Finding;
  /** As finding, pointing at the key rather than the value. */
  findingAtKey(file: string, path: readonly PathSegment[], ...params: Args<Params>): Finding;
  /** A Zod issue carrying this rule, for checks inside schemas. */
  issue(ctx: z.core.$RefinementCtx, ...params: Args<Params>): void;
  /** As issue, at a path below the refined value. */
  issueAt(ctx: z.core.$RefinementCtx, path: readonly PathSegment[], ...params: Args<Params>): void;
}

export function defineRule<const Code extends string, Params = void>(definition: RuleDefinition<Code, Params>): Rule<Code, Params> {
  const message = (args: unknown[]) => definition.message(args[0] as Params);
  // Every defined code is in the registry's RuleCode union (src/rules/index.ts lists them all).
  const code = definition.code as string as RuleCode;
  return {
    ...definition,
    at: (file, { line, column }, ...args) => ({ file, line, column, severity: definition.severity, rule: code, message: message(args) }),
    finding: (file, path, ...args) => ({ file, path, severity: definition.severity, rule: code, message: message(args) }),
    findingAtKey: (file, path, ...args) => ({ file, path, target: 'key', severity: definition.severity, rule: code, message: message(args) }),
    issue: (ctx, ...args) => ctx.addIssue({ code: 'custom', message: message(args), params: { rule: definition.code }, input: ctx.value }),
    issueAt: (ctx, path, ...args) =>
      ctx.addIssue({ code: 'custom', path: [...path], message: message(args), params: { rule: definition.code }, input: ctx.value }),
  };
}
