// 数据开放: every dataset with its downloads, row count and field descriptions,
// and the computed indicator results.
import type { SiteContent } from '../content-model/model.ts';
import type { Column } from '../lib/csv.ts';
import { formatDate } from '../lib/dates.ts';
import { countyWords } from './county.ts';
import { datasets } from './datasets.ts';
import { resultCsvColumns } from './indicator-format.ts';
import { link, type Inline } from './inline.ts';
import type { ViewOptions } from './options.ts';
import { READINESS_PATHS, readinessApplies, readinessFiles } from './readiness-site.ts';
import { unitLookup } from './units.ts';

export interface ColumnRow {
  readonly key: string;
  readonly description: string;
  /** 文本；必填 */
  readonly type: string;
}

export interface ColumnsModel {
  readonly title: string;
  readonly rows: readonly ColumnRow[];
}

export interface Download {
  readonly text: string;
  readonly href: string;
  /** Offered as a file to save (not a page to open). */
  readonly download: boolean;
}

export interface DataPage {
  readonly toc: readonly { readonly href: string; readonly title: string; readonly count: string }[];
  readonly datasets: readonly {
    readonly id: string;
    readonly title: string;
    readonly description: string;
    /** 共 N 条。来源：实施方案。 */
    readonly meta: readonly Inline[];
    readonly downloads: readonly Download[];
    readonly columns: ColumnsModel;
  }[];
  readonly indicators: { readonly intro: readonly Inline[]; readonly downloads: readonly Download[]; readonly columns: ColumnsModel };
  /** 优质均衡 campaigns only: the readiness results (src/view/readiness-site.ts). */
  readonly readiness: { readonly intro: readonly Inline[]; readonly downloads: readonly Download[] } | undefined;
  /** The first item of 使用说明: where the data comes from. */
  readonly provenance: readonly Inline[];
  readonly citation: string;
}

const TYPE_WORDS: Readonly<Record<string, string>> = { string: '文本', integer: '整数', number: '数字', boolean: 'true 或 false', array: '列表' };

/**
 * A field's description comes from the content schema, written for editors: a
 * reference to another content file becomes the dataset a reader can download
 * from this page.
 */
const FILE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/（见 content\/units\.yaml）/g, '（见本页“单位名录”）'],
  [/content\/units\.yaml/g, '本页“单位名录”'],
  [/content\/leading-group\.yaml/g, '本页“领导小组成员”'],
  [/content\/plan\.yaml/g, '实施方案'],
  // What an editor is told about writing the file, said as what a reader finds in it.
  [/：kinds 中列出的名称之一，如/g, '，如'],
  [/（乡镇级单位必填，加引号）/g, '（乡镇级单位才有）'],
  [/本条目含有有意公开的个人信息时填写，须写明理由：/g, '本条记录有意公开个人信息时的说明：'],
  [/时可?省略/g, '时为空'],
  [/省略表示/g, '为空表示'],
  [/到月的写/g, '只到月份的写作'],
  [/即文件名（不含扩展名）/g, '即文章网址的最后一段'],
];

export function publicWords(description: string): string {
  return FILE_WORDS.reduce((text, [re, words]) => text.replace(re, words), description);
}

export function columnRows(title: string, columns: readonly Column[]): ColumnsModel {
  return {
    title,
    rows: columns.map((c) => ({
      key: c.key,
      description: publicWords(c.description),
      type: `${c.type.startsWith('enum: ') ? `可选值：${c.type.slice(6).split('/').join('、')}` : (TYPE_WORDS[c.type] ?? c.type)}；${c.required ? '必填' : '可为空'}`,
    })),
  };
}

export function dataPage(content: SiteContent, options: ViewOptions): DataPage {
  const { href } = options;
  const list = datasets(content, href);
  const notice = content.notice.data;
  const issuer = unitLookup(content.units.data).name(notice.issuer);
  return {
    toc: list.map((d) => ({ href: `#${d.name}`, title: d.title, count: `（${d.rows.length} 条）` })),
    datasets: list.map((d) => ({
      id: d.name,
      title: d.title,
      description: d.description,
      meta: [`共 ${d.rows.length} 条。来源：${d.source}。`],
      downloads: [
        { text: `${d.title}（JSON）`, href: href(`data/${d.name}.json`), download: true },
        { text: `${d.title}（CSV，可用 Excel 打开）`, href: href(`data/${d.name}.csv`), download: true },
        { text: `${d.title}的 JSON Schema`, href: href(`data/schemas/${d.name}.schema.json`), download: false },
      ],
      columns: columnRows(d.title, d.columns),
    })),
    indicators: {
      intro: [
        '各项指标的县域值、差异系数、综合差异系数、各校指标值和对照教督〔2017〕6号的结果（完整精度，与',
        link('均衡指标', href('indicators/')),
        `页一致），JSON 另含县级人民政府自评和公众满意度。`,
      ],
      downloads: [
        { text: '均衡指标计算结果（JSON）', href: href('data/indicators/results.json'), download: true },
        { text: '均衡指标计算结果（CSV，可用 Excel 打开）', href: href('data/indicators/results.csv'), download: true },
      ],
      columns: columnRows('均衡指标计算结果（CSV）', resultCsvColumns(countyWords(content.site.data.county))),
    },
    readiness: readinessApplies(content)
      ? {
          intro: [
            '优质均衡发展督导评估四个方面各项指标的状态、实测数值、缺少的材料、责任单位和标准出处，以及一票否决情形（与',
            link('评估准备情况', href(READINESS_PATHS.page)),
            '页一致）。JSON 文件中的数值未经四舍五入，页面上的数值保留三位小数；CSV 文件每项指标、每种一票否决情形各占一行。',
          ],
          downloads: readinessFiles(content, options).map((f) => ({
            text: f.name === 'readiness' ? `评估准备情况（${f.ext === 'json' ? 'JSON' : 'CSV，可用 Excel 打开'}）` : '各校资源配置和逐校指标（CSV，可用 Excel 打开）',
            href: href(`data/${f.name}.${f.ext}`),
            download: true,
          })),
        }
      : undefined,
    provenance: [
      `数据整理自${issuer}${formatDate(notice.date)}印发的通知和实施方案（见`,
      link('原文', href('original/')),
      '），以印发的原文为准。单位名录中乡镇（街道）的统计用区划代码来自国家统计局统计用区划代码；单位全称以各单位正式名称为准。',
    ],
    citation: `可以免费下载、复制、引用和再加工，请注明来源“${content.site.data.name}”。`,
  };
}

