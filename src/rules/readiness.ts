// content/readiness.yaml (schemas/readiness.ts) and the survey groups of a
// 优质均衡 campaign: evidence that can be found, attachments that exist, every
// surveyed group placed in one of the respondent categories of the 办法.
import { items, row, str } from '../content-model/raw.ts';
import { RESPONDENT_CATEGORIES } from '../lib/readiness-items.ts';
import type { Check } from './context.ts';
import { dateFuture } from './dates.ts';
import { defineRule, type Finding } from './define.ts';

const READINESS = 'content/readiness.yaml';
/** Where evidence attachments sit, relative to content/. */
export const ATTACHMENTS_DIR = 'attachments';
/** As for article attachments (docs/tasks/attachment.md): PDF, and Word and Excel in their current formats. */
export const ATTACHMENT_EXTENSIONS = ['.pdf', '.docx', '.xlsx'];
/** An attachment is published with the site: large scans belong on the portal, linked. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const evidenceEmpty = defineRule({
  code: 'evidence-empty',
  severity: 'error',
  group: 'quality',
  meaning: '每份佐证材料除名称外，还要有发文字号（number）、附件（file）或链接（link）中的至少一项，评估组才能找到原件。',
  message: () => '这份佐证材料只有名称：请补上发文字号（number）、附件（file）或链接（link）中的至少一项',
  examples: {
    bad: [{ name: '只写了名称', file: READINESS, lang: 'yaml', at: { append: 'items.G1.evidence' }, code: '- title: 示例县中小学布局调整情况说明' }],
    good: [{ name: '写上链接', file: READINESS, lang: 'yaml', at: { append: 'items.G1.evidence' }, code: '- title: 示例县中小学布局调整情况说明\n  link: https://www.example.gov.cn/g1' }],
  },
});

type FileProblem = { problem: 'folder'; file: string } | { problem: 'extension'; ext: string } | { problem: 'missing'; file: string } | { problem: 'size'; bytes: number };

export const evidenceFile = defineRule({
  code: 'evidence-file',
  severity: 'error',
  group: 'quality',
  meaning: `附件须放在 content/${ATTACHMENTS_DIR}/ 中，路径写 ${ATTACHMENTS_DIR}/ 开头（如 ${ATTACHMENTS_DIR}/g1-layout-plan.pdf），格式为 ${ATTACHMENT_EXTENSIONS.join('、')} 之一，不超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB；更大的材料请放在门户网站上，写链接。`,
  message: (p: FileProblem) =>
    p.problem === 'folder'
      ? `附件路径“${p.file}”须以 ${ATTACHMENTS_DIR}/ 开头，文件放在 content/${ATTACHMENTS_DIR}/ 中`
      : p.problem === 'extension'
        ? `附件格式“${p.ext || '无扩展名'}”不能发布：请用 ${ATTACHMENT_EXTENSIONS.join('、')} 之一`
        : p.problem === 'missing'
          ? `找不到附件 content/${p.file}：请检查文件名，或把文件放进 content/${ATTACHMENTS_DIR}/`
          : `附件有 ${(p.bytes / 1024 / 1024).toFixed(1)} MB，超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB：请压缩，或放在门户网站上并写链接`,
  examples: {
    bad: [{ name: '文件名写错', file: READINESS, lang: 'yaml', at: { append: 'items.G1.evidence' }, code: '- title: 示例县义务教育学校布局专项规划\n  file: attachments/g1-layout-pan.pdf', lines: [2] }],
    good: [{ name: '附件在 content/attachments/ 中', file: READINESS, lang: 'yaml', at: { append: 'items.G1.evidence' }, code: '- title: 示例县义务教育学校布局专项规划\n  file: attachments/g1-layout-plan.pdf' }],
  },
});

export const surveyCategory = defineRule({
  code: 'survey-category',
  severity: 'error',
  group: 'quality',
  meaning: `优质均衡评估按调查对象分别统计社会认可度，调查群体的类别（category）为 ${RESPONDENT_CATEGORIES.join('、')} 之一。一份调查中有的群体写了类别，其余群体也要写；都没有写时，评估准备情况中的社会认可度显示为待填报。`,
  message: (p: { name: string }) => `“${p.name}”没有写调查对象类别，这份调查的其他群体都写了：请加上 category（${RESPONDENT_CATEGORIES.join('、')} 之一）`,
  examples: {
    bad: [{ name: '没写类别', file: 'content/survey/2026.yaml', lang: 'yaml', at: { append: 'groups' }, code: '- id: retirees\n  name: 离退休人员\n  respondents: 40\n  satisfied: 36' }],
    good: [{ name: '写明类别', file: 'content/survey/2026.yaml', lang: 'yaml', at: { append: 'groups' }, code: '- id: retirees\n  name: 离退休人员\n  category: 其他\n  respondents: 40\n  satisfied: 36' }],
  },
});

const BASIC_CAMPAIGN = '# 工作状态\nstandard: 基本均衡\nstatus: 进行中\n';

export const readinessStandard = defineRule({
  code: 'readiness-standard',
  severity: 'warning',
  group: 'quality',
  meaning: 'content/readiness.yaml 记录优质均衡评估的各项指标，只在 content/campaign.yaml 的 standard 为 优质均衡 时使用。',
  message: () => '本次工作依据的是基本均衡评估（content/campaign.yaml）：优质均衡各项指标的记录不会用到。请核对 standard，或删除这个文件',
  examples: {
    bad: [{ name: '基本均衡工作有优质均衡记录', file: READINESS, lang: 'text', code: 'content/campaign.yaml   standard: 基本均衡\ncontent/readiness.yaml  asOf: 2026-11-30', write: { 'content/campaign.yaml': BASIC_CAMPAIGN }, lines: [7] }],
    good: [{ name: '优质均衡工作', file: READINESS, lang: 'text', code: 'content/campaign.yaml   standard: 优质均衡\ncontent/readiness.yaml  asOf: 2026-11-30' }],
  },
});

export const checkReadiness: Check = (context) => {
  const out: Finding[] = [];
  const standard = str(row(context.one('campaign')?.data)?.standard);
  const readiness = context.one('readiness');
  if (readiness) {
    const data = row(readiness.data);
    if (standard === '基本均衡') out.push(readinessStandard.findingAtKey(readiness.file, ['asOf']));
    const asOf = str(data?.asOf);
    if (asOf !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(asOf) && asOf > context.today) {
      out.push(dateFuture.finding(readiness.file, ['asOf'], { what: '数据截至日期', date: asOf, today: context.today, hint: '只能记录已经有的数据，请核对日期' }));
    }
    const evidenceAt = (parent: unknown, path: (string | number)[]) => {
      for (const [e, i] of items(parent, 'evidence')) {
        const file = str(e.file);
        if (file === undefined) continue;
        const problem = attachmentProblem(context, file);
        if (problem) out.push(evidenceFile.finding(readiness.file, [...path, 'evidence', i, 'file'], problem));
      }
    };
    for (const [key, entry] of Object.entries(row(data?.items) ?? {})) evidenceAt(entry, ['items', key]);
    const vetoes = row(data?.vetoes);
    for (const [key, entry] of Object.entries(vetoes ?? {})) if (key !== 'provincial') evidenceAt(entry, ['vetoes', key]);
    for (const [v, i] of items(vetoes, 'provincial')) evidenceAt(v, ['vetoes', 'provincial', i]);
  }
  if (standard === '优质均衡') {
    for (const survey of context.all('survey')) {
      const groups = items(survey.data, 'groups');
      // A survey without any category is simply not broken down yet (readiness shows it as 待填报).
      if (!groups.some(([g]) => g.category !== undefined)) continue;
      for (const [g, i] of groups) {
        if (g.category === undefined) out.push(surveyCategory.finding(survey.file, ['groups', i], { name: str(g.name) ?? str(g.id) ?? `第 ${i + 1} 组` }));
      }
    }
  }
  return out;
};

function attachmentProblem(context: Parameters<Check>[0], file: string): FileProblem | undefined {
  if (!file.startsWith(`${ATTACHMENTS_DIR}/`) || file.includes('..') || file.includes('\\')) return { problem: 'folder', file };
  const name = file.slice(file.lastIndexOf('/') + 1);
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
  if (!ATTACHMENT_EXTENSIONS.includes(ext)) return { problem: 'extension', ext };
  const path = `content/${file}`;
  if (!context.fs.exists(path)) return { problem: 'missing', file };
  const bytes = context.fs.size(path);
  return bytes > MAX_ATTACHMENT_BYTES ? { problem: 'size', bytes } : undefined;
}
