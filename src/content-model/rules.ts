// Rules that span entries or files: references, uniqueness, date ranges.
// They run on every file that parsed, even one that failed its schema, so one
// run reports everything; so they read the data defensively (see raw.ts).
import { firstDay, formatDate, lastDay } from '../lib/dates.ts';
import type { Severity } from './diagnostics.ts';
import { date, items, row, str } from './raw.ts';
import type { PathSegment } from './yaml.ts';
import { suggest } from './zod-issues.ts';

/** Parsed (not necessarily valid) data of each file, by collection. */
export interface RawContent {
  site?: { file: string; data: unknown };
  notice?: { file: string; data: unknown };
  plan?: { file: string; data: unknown };
  units?: { file: string; data: unknown };
  leadingGroup?: { file: string; data: unknown };
  achievements: { file: string; data: unknown }[];
}

export interface Finding {
  readonly file: string;
  readonly path: readonly PathSegment[];
  readonly target?: 'key' | 'value';
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
}

export function crossFileRules(raw: RawContent): Finding[] {
  const out: Finding[] = [];
  const error = (file: string, path: PathSegment[], rule: string, message: string) =>
    out.push({ file, path, severity: 'error', rule, message });
  const warn = (file: string, path: PathSegment[], rule: string, message: string) =>
    out.push({ file, path, severity: 'warning', rule, message });

  function unique(file: string, entries: { key: string | undefined; path: PathSegment[] }[], what: string) {
    const seen = new Map<string, number>();
    entries.forEach(({ key, path }, i) => {
      if (key === undefined) return;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else error(file, path, 'id-duplicate', `${what}“${key}”重复：前面已用过，请改用另一个${what}`);
    });
  }

  const { units, leadingGroup, plan, notice, achievements } = raw;
  const unitRows = units ? items(units.data, 'units') : [];
  const unitIds = new Set(unitRows.map(([u]) => str(u.id)).filter((x) => x !== undefined));
  if (units) {
    unique(units.file, unitRows.map(([u, i]) => ({ key: str(u.id), path: ['units', i, 'id'] })), '编号');
    unique(units.file, unitRows.map(([u, i]) => ({ key: str(u.divisionCode), path: ['units', i, 'divisionCode'] })), '区划代码');
    unitKindRules(units.file, units.data, error);
  }
  const checkUnit = (file: string, path: PathSegment[], ref: unknown) => {
    if (!units || typeof ref !== 'string' || unitIds.has(ref)) return;
    error(file, path, 'unit-unknown', `单位编号“${ref}”在 content/units.yaml 中不存在：请先在单位名录中添加，或改用已有编号`);
  };

  if (leadingGroup) {
    const { file, data } = leadingGroup;
    const members = items(data, 'members');
    unique(file, members.map(([m, i]) => ({ key: str(m.id), path: ['members', i, 'id'] })), '人员编号');
    for (const [m, i] of members) checkUnit(file, ['members', i, 'unit'], m.unit);
    const office = row(row(data)?.office);
    checkUnit(file, ['office', 'unit'], office?.unit);
    const head = str(office?.head);
    if (head !== undefined && !members.some(([m]) => m.id === head)) {
      error(file, ['office', 'head'], 'person-unknown', `人员编号“${head}”不在领导小组成员中：办公室主任须填写成员的编号`);
    }
    if (units) {
      const byId = new Map(unitRows.map(([u]) => [str(u.id), u]));
      for (const [m, i] of members) {
        const unit = byId.get(str(m.unit));
        if (m.role === '成员' && unit && unit.leadingGroupMember === false) {
          error(file, ['members', i, 'unit'], 'member-unit', `“${String(unit.name)}”派有领导小组成员，但单位名录中 leadingGroupMember 为 false：请在 content/units.yaml 中改为 true`);
        }
      }
      // While a member's unit is missing or wrong, "unit has no member" would only echo that error.
      const rosterResolved = members.every(([m]) => typeof m.unit === 'string' && unitIds.has(m.unit));
      for (const [u, i] of rosterResolved ? unitRows : []) {
        if (u.leadingGroupMember === true && !members.some(([m]) => m.role === '成员' && m.unit === u.id)) {
          error(units.file, ['units', i, 'leadingGroupMember'], 'member-unit', `“${String(u.name)}”标为领导小组成员单位，但领导小组名单中没有该单位的成员：请补上成员，或改为 false`);
        }
      }
    }
  }

  if (notice) checkUnit(notice.file, ['issuer'], row(notice.data)?.issuer);

  if (plan) {
    const { file, data } = plan;
    const phases = items(data, 'phases');
    const ids: { key: string | undefined; path: PathSegment[] }[] = [];
    for (const [p, i] of phases) {
      ids.push({ key: str(p.id), path: ['phases', i, 'id'] });
      for (const [s, j] of items(p, 'steps')) ids.push({ key: str(s.id), path: ['phases', i, 'steps', j, 'id'] });
    }
    for (const list of ['deadlines', 'requirements']) {
      for (const [x, i] of items(data, list)) ids.push({ key: str(x.id), path: [list, i, 'id'] });
    }
    unique(file, ids, '编号');

    for (const list of ['phases', 'requirements']) {
      items(data, list).forEach(([x, i], position) => {
        if (typeof x.number === 'number' && x.number !== position + 1) {
          error(file, [list, i, 'number'], 'sequence', `序号应为 ${position + 1}（按顺序从 1 编起），这里是 ${x.number}`);
        }
      });
    }

    const spans = phases.flatMap(([p, i]) => {
      const start = date(p.start);
      const end = date(p.end);
      if (!start || !end) return [];
      if (lastDay(end) < firstDay(start)) {
        error(file, ['phases', i, 'end'], 'date-range', `结束日期 ${end} 早于开始日期 ${start}：请检查两个日期是否写反`);
        return [];
      }
      return [{ index: i, id: str(p.id), name: str(p.name) ?? '', start, end }];
    });
    for (const [d, i] of items(data, 'deadlines')) {
      const ref = str(d.phase);
      if (ref !== undefined && !phases.some(([p]) => p.id === ref)) {
        error(file, ['deadlines', i, 'phase'], 'phase-unknown', `阶段编号“${ref}”不存在。可选：${phases.map(([p]) => String(p.id)).join('、')}`);
      }
    }
    // Deadlines are checked against the span of the phases whose dates are valid.
    if (spans.length > 0) {
      const spanStart = spans.map((p) => firstDay(p.start)).sort()[0]!;
      const spanEnd = spans.map((p) => lastDay(p.end)).sort().at(-1)!;
      const checkDeadline = (value: unknown, path: PathSegment[], phase: (typeof spans)[number] | undefined, what: string) => {
        const d = date(value);
        if (!d) return;
        if (firstDay(d) < spanStart || lastDay(d) > spanEnd) {
          error(file, path, 'outside-plan', `${what} ${d} 不在方案的起止时间（${formatDate(spanStart)}至${formatDate(spanEnd)}）之内：请核对日期`);
        } else if (phase && (firstDay(d) < firstDay(phase.start) || lastDay(d) > lastDay(phase.end))) {
          warn(file, path, 'deadline-outside-phase', `${what} ${d} 不在所属阶段“${phase.name}”（${phase.start} 至 ${phase.end}）之内；如原文如此，可保留`);
        }
      };
      for (const [p, i] of phases) {
        const phase = spans.find((x) => x.index === i);
        for (const [s, j] of items(p, 'steps')) checkDeadline(s.deadline, ['phases', i, 'steps', j, 'deadline'], phase, '步骤时限');
      }
      for (const [d, i] of items(data, 'deadlines')) {
        checkDeadline(d.date, ['deadlines', i, 'date'], spans.find((x) => x.id === str(d.phase)), '时限');
      }
    }
  }

  for (const article of achievements) checkUnit(article.file, ['unit'], row(article.data)?.unit);
  return out;
}

/**
 * Each unit's kind is one of the kinds the county lists in units.yaml, and
 * only township-level units (role 乡镇) carry a 12-digit 统计用区划代码.
 */
function unitKindRules(file: string, data: unknown, error: (file: string, path: PathSegment[], rule: string, message: string) => void): void {
  const kinds = items(data, 'kinds').flatMap(([k]) => (typeof k.name === 'string' && typeof k.role === 'string' ? [{ name: k.name, role: k.role }] : []));
  if (kinds.length === 0) return;
  const names = kinds.map((k) => k.name);
  const townships = kinds.filter((k) => k.role === '乡镇').map((k) => k.name);
  for (const [u, i] of items(data, 'units')) {
    const kind = str(u.kind);
    if (kind === undefined) continue;
    const role = kinds.find((k) => k.name === kind)?.role;
    if (role === undefined) {
      const guess = suggest(kind, names);
      error(file, ['units', i, 'kind'], 'enum', `“${kind}”不是可选值。可选：${names.join('、')}${guess ? `（是不是“${guess}”？）` : ''}`);
      continue;
    }
    const code = u.divisionCode;
    if (role === '乡镇' && code === undefined) {
      error(file, ['units', i], 'division-code', `${kind}须填写 12 位统计用区划代码（divisionCode，加引号）`);
    } else if (typeof code === 'string' && !/^\d{12}$/.test(code)) {
      error(file, ['units', i, 'divisionCode'], 'division-code', `统计用区划代码“${code}”应为 12 位数字，且须加引号`);
    } else if (role !== '乡镇' && code !== undefined) {
      error(file, ['units', i, 'divisionCode'], 'division-code', `只有乡镇级单位（${townships.join('、') || '乡镇'}）有统计用区划代码；${kind}请删除 divisionCode`);
    }
  }
}
