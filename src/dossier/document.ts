// 迎检资料汇编: the document the inspectors receive, as HTML written to the rendering engine's
// conventions (render.ts): a cover, a table of contents, and one section per part of the
// assessment, each with its running header. Pure: content in, HTML out. Every figure and every
// sentence comes from the view models the site's pages use (src/view/), so the dossier and the
// site cannot disagree; nothing here names a county, and a figure the content lacks is 待填报.
import type { SiteContent } from '../content-model/model.ts';
import { formatDate, lastDay } from '../lib/dates.ts';
import { ITEM_STATUS_TEXT } from '../lib/deliverables.ts';
import { INDICATORS, STANDARD_2017 } from '../lib/indicators.ts';
import { chineseNumber } from '../lib/plan-text.ts';
import { STATUS_TEXT } from '../lib/progress.ts';
import { STANDARD_DOCUMENTS, type Standard } from '../lib/standards.ts';
import { countyWords } from '../view/county.ts';
import { dataPage } from '../view/data.ts';
import { indicatorsPage, NOT_PUBLISHED } from '../view/indicators.ts';
import { plainText, type Inline } from '../view/inline.ts';
import { leadingGroupPage } from '../view/leading-group.ts';
import type { Href, ViewOptions } from '../view/options.ts';
import { planDocument } from '../view/plan-document.ts';
import { progressPage } from '../view/progress.ts';
import { readinessPage, STATUS_WORDS } from '../view/readiness.ts';
import { unitPage } from '../view/unit.ts';
import { unitLookup } from '../view/units.ts';

/** Where the site publishes the dossier, relative to its base path. */
export const DOSSIER_PATH = 'dossier.pdf';

export interface DossierOptions {
  /** Links to the site's pages and downloads, under its base path. */
  readonly href: Href;
  /** The site's address (site.yaml url): the open-data section gives full addresses. */
  readonly siteUrl: string;
}

export interface DossierDocument {
  readonly html: string;
  readonly title: string;
  readonly author: string;
  /** YYYY-MM-DD: the day the dossier's figures are for, and the PDF's creation date. */
  readonly date: string;
}

/**
 * The day the dossier is for, from the content alone (never the clock), so the same content makes
 * the same PDF on any day:
 * 1. site.yaml `asOf`, when set (the day the site's figures are fixed to);
 * 2. a finished campaign's end (campaign.yaml `ended`), the day the site computes it for too;
 * 3. for a running campaign, the latest day any record in the content carries (the notice, the
 *    news, submissions, rectification items found or closed, supervision findings, the readiness
 *    figures' asOf and their evidence):
 *    the dossier shows the campaign as its records stand, not as of the build.
 */
export function dossierDate(content: SiteContent): string {
  const { asOf } = content.site.data;
  if (asOf !== undefined) return lastDay(asOf);
  const { status, ended } = content.campaign.data;
  if (status === '已结束' && ended !== undefined) return lastDay(ended);
  const days: string[] = [content.notice.data.date, ...content.achievements.map((a) => a.data.date)];
  for (const { data } of content.progress.records) {
    for (const s of data.submissions ?? []) days.push(s.date);
    for (const r of data.rectifications ?? []) days.push(r.found, ...(r.closed ? [r.closed] : []));
  }
  for (const { data } of content.progress.supervision) for (const f of data.findings) days.push(f.date);
  // readiness.yaml: the day its figures are for (asOf) and the dates of its evidence.
  for (const m of JSON.stringify(content.readiness?.data ?? {}).matchAll(/"(?:date|asOf)":"(\d{4}-\d{2}(?:-\d{2})?)"/g)) days.push(m[1]!);
  return days.map((d) => lastDay(d)).sort().at(-1)!;
}

/**
 * Characters the embedded Noto Sans SC lacks, which Chromium would draw from a system font (a
 * DejaVu subset, or Noto CJK as Type 3 paths: not text to a reader, and other on another machine),
 * written with ones it has: ✗ as ×, the Roman numerals of 学业水平 levels as Latin letters.
 */
const PRINTABLE: Readonly<Record<string, string>> = { '✗': '×', Ⅰ: 'I', Ⅱ: 'II', Ⅲ: 'III', Ⅳ: 'IV', Ⅴ: 'V' };

const esc = (s: string | number) =>
  String(s)
    .replace(/[✗ⅠⅡⅢⅣⅤ]/g, (c) => PRINTABLE[c]!)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
const text = (parts: readonly Inline[]) => esc(plainText(parts));
const p = (s: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${esc(s)}</p>`;

interface Heading {
  readonly id: string;
  readonly title: string;
}

interface Section extends Heading {
  readonly subsections: readonly Heading[];
  readonly body: string;
}

/** A section's parts: （一）…, each an h2 the table of contents lists. */
class Parts {
  private readonly list: { id: string; title: string; html: string }[] = [];
  private readonly prefix: string;
  constructor(prefix: string) {
    this.prefix = prefix;
  }
  add(title: string, html: string): this {
    const n = this.list.length + 1;
    this.list.push({ id: `${this.prefix}-${n}`, title: `（${chineseNumber(n)}）${title}`, html });
    return this;
  }
  section(id: string, title: string, intro = ''): Section {
    return {
      id,
      title,
      subsections: this.list.map(({ id, title }) => ({ id, title })),
      body: intro + this.list.map((x) => `<h2 id="${x.id}">${esc(x.title)}</h2>\n${x.html}`).join('\n'),
    };
  }
}

/** A cell: one text, or several lines. */
type Cell = string | readonly string[];

/** A figure (3.142, 7 / 7, 2545.455 ✗, 85.0%): kept on one line. */
const figure = /^[\d.,/ %✗—-]+$/;

function table(caption: string | undefined, headers: readonly string[], rows: readonly (readonly Cell[])[], cls?: string, widths?: readonly string[]): string {
  const cols = widths ? `<colgroup>${widths.map((w) => (w ? `<col style="width:${w}">` : '<col>')).join('')}</colgroup>` : '';
  const head = `<thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`;
  const cell = (c: Cell) => {
    const lines = typeof c === 'string' ? [c] : c;
    const num = lines.length === 1 && figure.test(lines[0]!);
    return `<td${num ? ' class="num"' : ''}>${lines.map(esc).join('<br>')}</td>`;
  };
  const body = rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}>${caption ? `<caption>${esc(caption)}</caption>` : ''}${cols}${head}<tbody>\n${body}\n</tbody></table>`;
}

const list = (items: readonly string[]) => (items.length === 0 ? '' : `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`);

// ---------------------------------------------------------------------------
// The sections

function noticeAndPlan(content: SiteContent, view: ViewOptions): Section {
  const notice = content.notice.data;
  const units = unitLookup(content.units.data);
  const group = content.leadingGroup.data;
  const plan = planDocument(content.plan.data, 'gongwen', 2, { title: `${group.name}成员名单`, href: '#roster' });
  const noticeHtml = [
    `<p class="doc-issuer">${esc(units.name(notice.issuer))}</p>`,
    `<p class="doc-title">${esc(notice.title)}</p>`,
    p(`${notice.addressees.join('、')}：`),
    p(notice.body, 'indent'),
    ...(notice.attachments.length > 0 ? [p(`附件：${notice.attachments.map((a, i) => (notice.attachments.length > 1 ? `${i + 1}．${a}` : a)).join('；')}`, 'indent')] : []),
    `<p class="doc-date">${esc(units.name(notice.issuer))}<br>${esc(formatDate(notice.date))}</p>`,
  ].join('\n');
  const planHtml = [
    `<p class="doc-title">${esc(plan.title)}</p>`,
    p(plan.opening.text, 'indent'),
    `<h3>${esc(plan.ideology.heading)}</h3>`,
    p(plan.ideology.text, 'indent'),
    `<h3>${esc(plan.goal.heading)}</h3>`,
    p(plan.goal.text, 'indent'),
    `<h3>${esc(plan.tasks.heading)}</h3>`,
    p(plan.tasks.summary, 'indent'),
    `<h3>${esc(plan.steps.heading)}</h3>`,
    ...plan.steps.phases.flatMap((ph) => [
      `<h4>${esc(ph.heading)}</h4>`,
      ...(ph.summary ? [p(ph.summary, 'indent')] : []),
      ...(ph.steps ?? []).map((s) => p(`${s.number}${s.lead}${s.text}`, 'indent')),
    ]),
    `<h3>${esc(plan.requirements.heading)}</h3>`,
    ...plan.requirements.items.map((r) => p(`${r.lead}${r.text}`, 'indent')),
    p(`附件：${plan.attachment.title}（见本汇编“领导小组及其办公室”部分）`, 'indent'),
  ].join('\n');
  // The basis with its document numbers, as the site's plan page lists it.
  const basis = planDocument(content.plan.data, 'web', 2, plan.attachment).basis!;
  return new Parts('notice')
    .add('印发通知', noticeHtml)
    .add('实施方案', planHtml)
    .add('制定依据', table(undefined, ['序号', '文件或讲话', '发文字号'], basis.rows.map((r, i) => [String(i + 1), r.title, r.number.replace(/^发文字号：/, '')])))
    .section('notice-plan', '一、印发通知和实施方案');
}

function leadingGroup(content: SiteContent, view: ViewOptions): Section {
  const page = leadingGroupPage(content, view);
  const office = page.office;
  const head = 'name' in office.head ? `${office.head.name}${office.head.note}` : office.head.text;
  return new Parts('group')
    .add(
      '成员名单',
      `<div id="roster"></div>` +
        p(plainText(page.intro).replace(/；原文见原文·附件。$/, '，照录印发通知的附件。')) +
        table(
          page.caption,
          ['序号', '领导小组职务', '姓名', '单位', '单位职务'],
          page.rows.map((r) => [String(r.order), r.role, `${r.name}${r.namesake ?? ''}`, r.unit.name, r.title ?? '']),
          'roster',
          ['2.6em', '5.5em', '', '', '4.5em'],
        ) +
        page.namesakeNotes.map((n) => p(n)).join(''),
    )
    .add(
      '领导小组办公室',
      table(undefined, ['项目', '内容'], [
        ['设在', office.unit.name],
        [office.headTitle, head],
        ['职责', office.duty],
      ]),
    )
    .section('leading-group', '二、领导小组及其办公室');
}

function deliverablesText(page: ReturnType<typeof unitPage>): Cell {
  const d = page.progress.deliverables;
  switch (d.kind) {
    case 'none':
      return d.text;
    case 'unrecorded':
      return `${d.before}无记录${d.after}`;
    case 'table':
      return d.rows.map((r) => `${r.title}（${r.deadline}）：${ITEM_STATUS_TEXT[r.status]}${r.done ? `，${r.done.text}` : ''}`);
  }
}

function unitsSection(content: SiteContent, view: ViewOptions, progress: ReturnType<typeof progressPage>): Section {
  const { units } = progress;
  const asOf = formatDate(dossierDate(content));
  const rows = content.units.data.units.map((u, i) => {
    const page = unitPage(content, view, u.id);
    const rect = page.progress.rectifications;
    return [
      String(i + 1),
      u.name,
      u.kind,
      page.facts.member,
      deliverablesText(page),
      rect.empty ? '无' : rect.items.map((r) => `${r.problem}：${ITEM_STATUS_TEXT[r.status]}`),
    ];
  });
  const phases = progress.phases.map((ph) =>
    [`<h3>${esc(ph.heading)}（${esc(ph.when)}）：${esc(STATUS_TEXT[ph.status])}</h3>`, ...(ph.record ? [p(ph.record)] : [])].join('\n'),
  );
  return new Parts('units')
    .add('各阶段进度', p(`以下按${asOf}计算，阶段是否完成以各单位的记录为准。`) + phases.join('\n'))
    .add(
      '各单位应交事项完成情况',
      p(units.matrix.intro) +
        (units.matrix.tally ? p(units.matrix.tally) : '') +
        table(`各单位任务完成情况（截至${asOf}）`, ['序号', '单位', '类别', '在领导小组中', '应交事项及完成情况', '负责的整改事项'], rows, 'units', ['2.6em', '9.5em', '6em', '8.5em', '', '9em']),
    )
    .add(
      '逾期未完成事项',
      p(units.overdue.summary) +
        list(units.overdue.items.map((item) => `${item.unit.name}：${item.title}${item.detail}`)),
    )
    .section('units', '三、各单位任务完成情况');
}

function rectificationSection(content: SiteContent, view: ViewOptions, progress: ReturnType<typeof progressPage>): Section {
  const { units } = progress;
  const rows = content.units.data.units.flatMap((u) =>
    unitPage(content, view, u.id).progress.rectifications.items.map((r) => [u.name, r.problem, ITEM_STATUS_TEXT[r.status], r.detail.replace(/^；/, '')]),
  );
  const ledger =
    rows.length === 0
      ? p(units.noBurndown)
      : (units.burndown ? p(plainText(units.burndown.summary)) : '') +
        table('问题整改台账', ['序号', '责任单位', '问题', '状态', '发现、时限和整改'], rows.map((r, i) => [String(i + 1), ...r]), 'ledger', ['2.6em', '6em', '', '6em', '']);
  const findings = units.findings.empty
    ? p(units.findings.empty)
    : table(
        '督导检查意见',
        ['序号', '日期', '被督导单位', '督导意见', '通报批评', '整改事项'],
        units.findings.items.map((f, i) => [
          String(i + 1),
          f.date,
          f.unit?.name ?? '',
          f.finding,
          f.circulated ? '是' : '否',
          f.rectifications.map((r) => `${r.text}：${ITEM_STATUS_TEXT[r.status]}`).join('；') || '无',
        ]),
        'findings',
        ['2.6em', '7.5em', '6.5em', '', '4.5em', ''],
      );
  return new Parts('rectification').add('问题整改台账', ledger).add('督导检查意见', findings).section('rectification', '四、问题整改台账和督导检查意见');
}

const PENDING = STATUS_WORDS.pending.word;

/** 基本均衡: the forms of 教督〔2012〕3号, 校际间均衡状况 per 学段, and each school's values. */
function balanceSection(content: SiteContent, view: ViewOptions): Section {
  const report = indicatorsPage(content, view).report;
  const parts = new Parts('balance');
  const balance = report.balance;
  if (!balance) {
    const blank = (label: string) =>
      table(`${label}校际间均衡状况`, ['指标', '单位', '县域值', '差异系数'], INDICATORS.map((d) => [`${d.key} ${d.name}`, d.unit, PENDING, PENDING]).concat([['综合差异系数', '', '', PENDING]]), 'form');
    parts.add('校际间均衡状况（差异系数）', p(`${NOT_PUBLISHED.balance}下表各项${PENDING}。`) + blank('小学') + blank('初中'));
  } else {
    parts.add(
      '校际间均衡状况（差异系数）',
      p(plainText(balance.meta).replace(/；表中数字.*$/, '。')) +
        balance.stages
          .map((s) =>
            table(
              s.caption,
              ['指标', '单位', '县域值', '差异系数'],
              [
                ...s.rows.map((r) => [`${r.key} ${r.name}`, r.unit, r.county, r.cv]),
                [s.compositeLabel, '', '', `${s.composite}${s.precise ?? ''}${s.cannot ?? ''}：${s.verdict.symbol} ${s.verdict.text}`],
              ],
              'form',
            ),
          )
          .join('\n'),
    );
    parts.add(
      '各校指标值',
      balance.schools
        .map(
          (s) =>
            (s.empty ? p(s.empty) : table(s.caption, ['学校', '乡镇', '在校生', ...s.headers], [...s.rows.map((r) => [r.name, r.township, String(r.pupils), ...r.values]), ['县域值', '', String(s.county.pupils), ...s.county.values]], 'schools')) +
            (s.excluded ? p(`不计入：${s.excluded}`) : ''),
        )
        .join('\n'),
    );
  }
  return parts.section('indicators', '五、校际间均衡状况');
}

/** 优质均衡: the forms of 教督〔2017〕6号, 资源配置 per 学段 and the school items. */
function resourcesSection(content: SiteContent, asOf: string): Section {
  const page = readinessPage(content, asOf);
  const parts = new Parts('resources');
  if (page.stages.length === 0) {
    const blank = (label: string) =>
      table(`${label}：资源配置 7 项指标`, ['指标', '单位', '县域值', '差异系数', '状态'], STANDARD_2017.map((d) => [`${d.key} ${d.name}`, d.unit, PENDING, PENDING, PENDING]), 'form');
    parts.add('资源配置指标（差异系数）', p(`${NOT_PUBLISHED.balance}下表各项${PENDING}。`) + blank('小学') + blank('初中'));
  } else {
    parts.add(
      '资源配置指标（差异系数）',
      page.stages
        .map((s) =>
          table(
            s.cvCaption,
            ['指标', '单位', '最低标准', '县域值', '差异系数', '标准', '状态', '低于最低标准的学校'],
            s.cvRows.map((r) => [`${r.key} ${r.name}`, r.unit, r.minimum, r.county, r.cv, r.limit, `${r.status.symbol} ${r.status.word}`, r.below]),
            'form',
          ),
        )
        .join('\n'),
    );
    parts.add(
      '每所学校达标情况',
      page.stages
        .map(
          (s) =>
            table(
              s.schoolCaption,
              s.headers,
              s.schools.map((r) => [r.name, ...r.cells.map((c) => `${c.text}${c.met ? '' : ' ✗'}`), r.metCount, `${r.status.symbol} ${r.status.word}${r.shortfalls.length > 0 ? `：${r.shortfalls.join('；')}` : ''}`]),
              'schools',
            ) +
            p(`${s.label}：${s.schoolSummary}。${s.excluded ? `${s.excluded}。` : ''}`),
        )
        .join('\n'),
    );
  }
  const items = page.schoolItems;
  parts.add(
    '按学校核对的指标',
    items
      ? table(items.caption, items.headers, items.rows.map((r) => [r.name, ...r.cells.map((c) => `${c.status.symbol} ${c.status.word}：${c.text}`)]), 'school-items') +
          p(items.note) +
          (items.excluded ? p(items.excluded) : '')
      : p(`没有学校统计数据，各项${PENDING}。`),
  );
  return parts.section('indicators', '五、资源配置和按学校核对的指标');
}

function selfScoreSection(content: SiteContent, view: ViewOptions): Section {
  const s = indicatorsPage(content, view).report.selfScore;
  const parts = new Parts('self-score');
  if (!s) {
    parts.add('自评得分', p(`${NOT_PUBLISHED.selfScore}自评得分${PENDING}。`));
  } else {
    parts.add(
      '自评得分',
      p(plainText(s.intro)) +
        table(
          s.caption,
          ['评估项目', '分值', '得分'],
          [
            ...s.areas.flatMap((a) => [[a.heading, '', ''], ...a.items.map((i) => [i.text, String(i.max), String(i.score)]), [a.subtotal.label, String(a.subtotal.max), String(a.subtotal.score)]]),
            ['合计', String(s.total.max), String(s.total.score)],
          ],
          'score',
        ) +
        p(`自评得分 ${s.score} 分（${s.passLine} 分及以上达标）：${s.verdict.symbol} ${s.verdict.text}。`),
    );
  }
  return parts.section('self-score', '六、县级人民政府推进义务教育均衡发展工作自评');
}

function readinessSection(content: SiteContent, asOf: string): Section {
  const page = readinessPage(content, asOf);
  const parts = new Parts('readiness');
  parts.add(
    '总体情况',
    p(`${page.standard}。${page.asOf}。`) +
      p(`${page.verdict.symbol} ${page.verdict.headline}：${page.verdict.sentence}`) +
      p(`${page.verdict.counts}。`) +
      p(`图例：${page.legend.map((l) => `${l.symbol} ${l.word}（${l.meaning}）`).join('；')}。`),
  );
  for (const area of page.areas) {
    parts.add(
      `${area.title}（${area.count}）`,
      p(`${area.status.symbol} ${area.status.word}。${area.summary}。`) +
        (area.schoolRule ? p(`${area.schoolRule.status.symbol} ${area.schoolRule.text}`) : '') +
        table(
          undefined,
          ['编号', '指标', '状态', '实测数值和佐证材料', '缺少', '责任单位'],
          area.items.map((i) => [
            i.key,
            i.name,
            `${i.status.symbol} ${i.status.word}`,
            [...i.figures, ...i.evidence.map((e) => `佐证：${e.text}`), ...(i.judged ? [i.judged] : []), ...(i.note ? [i.note] : [])].join('；') || '—',
            i.missing.join('；') || '—',
            i.whose,
          ]),
          'items',
          ['3em', '8.5em', '4.5em', '', '5.5em', '6em'],
        ),
    );
  }
  parts.add(
    '一票否决情形',
    table(
      undefined,
      ['情形', '状态', '说明和佐证', '缺少', '责任单位'],
      page.vetoes.map((v) => [v.name, `${v.status.symbol} ${v.status.word}`, [v.statement, ...v.evidence.map((e) => `佐证：${e.text}`)].filter(Boolean).join('；') || '—', v.missing.join('；') || '—', v.whose]),
      'vetoes',
      ['6em', '6em', '', '5em', '6em'],
    ),
  );
  parts.add(
    '标准及出处',
    table(
      undefined,
      ['指标', '标准', '出处'],
      page.thresholds.map((t) => [t.name, t.national ? `${t.line}（国家标准 ${t.national}）` : t.line, t.source]),
      'thresholds',
      ['', '9em', ''],
    ) + list(page.notes),
  );
  return parts.section('readiness', '六、优质均衡评估准备情况');
}

function surveySection(content: SiteContent, view: ViewOptions, standard: Standard, asOf: string): Section {
  const parts = new Parts('survey');
  if (standard === '优质均衡') {
    const r = readinessPage(content, asOf).recognition;
    parts.add(
      '社会认可度',
      table(
        r.caption,
        ['调查对象', '群体', '有效答卷', '满意人数', '认可度'],
        [...r.rows.map((x) => [x.category, x.groups, x.respondents, x.satisfied, x.rate]), ['合计', '', String(r.total.respondents), String(r.total.satisfied), r.total.rate]],
        'survey',
      ) +
        p(`${r.status.symbol} ${r.status.word}。${r.method}`) +
        list(r.missing),
    );
    return parts.section('survey', '七、社会认可度调查');
  }
  const s = indicatorsPage(content, view).report.survey;
  if (!s) {
    parts.add('公众满意度', p(`${NOT_PUBLISHED.survey}满意度${PENDING}。`));
  } else {
    parts.add(
      '公众满意度',
      p(plainText(s.intro)) +
        table(s.caption, ['调查对象', '有效答卷', '满意人数', '满意度'], [...s.groups.map((g) => [g.name, String(g.respondents), String(g.satisfied), g.rate]), ['合计', String(s.total.respondents), String(s.total.satisfied), s.total.rate]], 'survey') +
        p(`满意度按${s.pooling}计算，须达到 ${s.passLine}：${s.verdict.symbol} ${s.verdict.text}。${s.alternative.text}${s.alternative.verdict.text}。`),
    );
  }
  return parts.section('survey', '七、公众满意度调查');
}

function sourcesSection(content: SiteContent, view: ViewOptions, options: DossierOptions): Section {
  const page = dataPage(content, view);
  const url = (path: string) => new URL(path, options.siteUrl).href;
  const rows = page.datasets.map((d, i) => [String(i + 1), d.title, plainText(d.meta).replace(/。来源：/, '；来源：'), d.downloads.filter((x) => x.download).map((x) => url(x.href)).join(' ')]);
  rows.push([String(rows.length + 1), '均衡指标计算结果', plainText(page.indicators.intro).replace(/（完整精度，与均衡指标页一致）/, '（完整精度）'), page.indicators.downloads.map((x) => url(x.href)).join(' ')]);
  const seed = content.notice.data.source;
  return new Parts('sources')
    .add('数据来源', p(plainText(page.provenance).replace(/（见原文）/, '')) + (seed ? p(`原文存档：${seed}。`) : '') + p(page.citation))
    .add('公开数据', table(undefined, ['序号', '数据', '内容', '下载地址'], rows, 'sources'))
    .section('sources', '八、公开数据来源');
}

// ---------------------------------------------------------------------------
// The document

const STYLE = `
.cover { text-align: center; padding-top: 45mm; }
.cover .kicker { color: #444; letter-spacing: 0.2em; }
.cover h1 { font-size: 22pt; line-height: 1.5; margin: 10mm 0 18mm; }
.cover p { margin: 0 0 4mm; }
.cover .standard { margin-top: 12mm; }
.cover .organizer { margin-top: 40mm; font-size: 13pt; }
.toc { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 1.6mm 0; }
.toc li.sub { padding-left: 2em; }
.indent { text-indent: 2em; }
.doc-issuer { text-align: center; font-size: 14pt; font-weight: 700; margin-top: 4mm; }
.doc-title { text-align: center; font-size: 12.5pt; font-weight: 700; margin: 2mm 8mm 5mm; }
.doc-date { text-align: right; margin: 6mm 2em 6mm 0; }
h4 { font-size: 10.5pt; margin: 3mm 0 1mm; }
td, th { overflow-wrap: anywhere; }
td.num { white-space: nowrap; overflow-wrap: normal; }
table.units, table.ledger, table.findings, table.items, table.vetoes, table.school-items, table.thresholds { font-size: 8.5pt; }
table.schools { font-size: 7.5pt; }
table.schools td, table.schools th { padding: 0.6mm 0.8mm; }
table.schools td:first-child { width: 7em; }
table.school-items td:first-child, table.items td:nth-child(2) { width: 6em; }
table.sources td:last-child { font-size: 8pt; word-break: break-all; }
ul { margin: 0 0 2mm; padding-left: 1.5em; }
/* A table's caption and header row never end a page without a row under them. */
caption, thead { break-after: avoid; }
tbody tr:first-child { break-before: avoid; }
`;

export function dossierDocument(content: SiteContent, options: DossierOptions): DossierDocument {
  const date = dossierDate(content);
  const view: ViewOptions = { buildDate: date, href: options.href };
  const site = content.site.data;
  const county = countyWords(site.county);
  const standard = content.campaign.data.standard as Standard;
  const doc = STANDARD_DOCUMENTS[standard];
  const title = `${county.name}义务教育${standard}发展迎检资料汇编`;
  const progress = progressPage(content, view);
  const sections: Section[] = [
    noticeAndPlan(content, view),
    leadingGroup(content, view),
    unitsSection(content, view, progress),
    rectificationSection(content, view, progress),
    standard === '优质均衡' ? resourcesSection(content, date) : balanceSection(content, view),
    standard === '优质均衡' ? readinessSection(content, date) : selfScoreSection(content, view),
    surveySection(content, view, standard, date),
    sourcesSection(content, view, options),
  ];
  const toc = sections
    .map(
      (s) =>
        `<li><a data-toc href="#${s.id}">${esc(s.title)}</a></li>` +
        s.subsections.map((x) => `<li class="sub"><a data-toc href="#${x.id}">${esc(x.title)}</a></li>`).join(''),
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<section data-cover class="cover">
${site.example ? '<p class="kicker">示例 · 虚构的县和数据</p>' : ''}
<h1>${esc(county.name)}义务教育${esc(standard)}发展<br>迎检资料汇编</h1>
<p>${esc(`《${content.plan.data.title}》`)}</p>
<p class="standard">${esc(`评估依据：${doc.title}（${doc.number}）`)}</p>
<p>${esc(`资料截至${formatDate(date)}`)}</p>
<p class="organizer">${esc(site.organizer)}　编</p>
</section>
<nav data-running-header="目录" aria-label="目录">
<h1>目　录</h1>
<ol class="toc">
${toc}
</ol>
</nav>
${sections.map((s) => `<section data-running-header="${esc(s.title)}">\n<h1 id="${s.id}">${esc(s.title)}</h1>\n${s.body}\n</section>`).join('\n')}
</body>
</html>
`;
  return { html, title, author: site.organizer, date };
}
