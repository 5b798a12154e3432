// The site's sections, once: the top navigation, the home page's section
// links and the search page's fallback list all read this.
import type { CountyWords } from './county.ts';
import type { Href } from './options.ts';

export interface Section {
  /** Matches the layout's `section` prop, which marks the current nav item. */
  readonly id: string;
  readonly label: string;
  /** Site-relative path, for href(). */
  readonly path: string;
  /** What a reader finds there. */
  readonly note: string;
  /** In the top navigation bar. */
  readonly nav: boolean;
}

/** What the content has that only some campaigns do: readiness pages for a 优质均衡 campaign (src/view/readiness-site.ts). */
export interface SectionOptions {
  readonly readiness?: boolean;
}

export function siteSections(county: CountyWords, options: SectionOptions = {}): readonly Section[] {
  const readiness: Section[] = options.readiness
    ? [{ id: 'readiness', label: '评估准备', path: 'readiness/', note: '优质均衡评估各项指标的达标情况、缺少的材料和责任单位。', nav: true }]
    : [];
  return [
    { id: 'home', label: '首页', path: '', note: '工作简介、当前进度和最新动态。', nav: true },
    { id: 'plan', label: '实施方案', path: 'plan/', note: '指导思想、工作目标、工作任务、各阶段的工作步骤和工作要求。', nav: true },
    { id: 'progress', label: '工作进度', path: 'progress/', note: '各阶段、各项完成时限和各单位的进度，时间线与表格。', nav: true },
    { id: 'indicators', label: '均衡指标', path: 'indicators/', note: '校际均衡的八项指标、差异系数和评估的其他部分。', nav: true },
    ...readiness,
    { id: 'group', label: '领导小组', path: 'leading-group/', note: '领导小组组长、副组长、成员名单及办公室。', nav: true },
    { id: 'units', label: '单位名录', path: 'units/', note: `${county.departments}和各乡镇（街道），每个单位的成员、职责和进度。`, nav: true },
    { id: 'news', label: '工作动态', path: 'news/', note: '工作动态、成果展示、宣传报道和通知公告。', nav: true },
    { id: 'original', label: '原文', path: 'original/', note: '印发通知和实施方案原文。', nav: true },
    { id: 'data', label: '数据开放', path: 'data/', note: '本站内容的 JSON、CSV 数据下载及字段说明。', nav: true },
    { id: 'search', label: '搜索', path: 'search/', note: '按人名、单位或关键词查找。', nav: true },
  ];
}

export interface SectionLink {
  readonly label: string;
  readonly href: string;
  readonly note: string;
}

/** The sections a reader goes to from the home and search pages (not home and search themselves). */
export function sectionLinks(county: CountyWords, href: Href, options: SectionOptions = {}): SectionLink[] {
  return siteSections(county, options)
    .filter((s) => s.id !== 'home' && s.id !== 'search')
    .map((s) => ({ label: s.label, href: href(s.path), note: s.note }));
}
