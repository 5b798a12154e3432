// Files and their encoding: what the loader refuses before it reads a line.
import { defineRule } from './define.ts';

/** Real content files are a few KB; a larger one is pasted material or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** An article body larger than this is a mistake, and slow to parse and render. */
export const MAX_ARTICLE_BODY = 200 * 1024;

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

export const fileMissing = defineRule({
  code: 'file-missing',
  severity: 'error',
  group: 'files',
  meaning: '必需的内容文件不见了，通常是误删或改了文件名。',
  message: (p: { file: string; title: string; hint?: string } | { folder: string; hint: string }) =>
    'folder' in p ? `找不到 ${p.folder} 文件夹：${p.hint}` : `缺少文件 ${p.file}（${p.title}）：${p.hint ?? '请从仓库历史中恢复，或改回原来的文件名'}`,
  examples: {
    bad: [
      {
        name: '文件名少了 s',
        file: 'content/units.yaml',
        lang: 'text',
        code: 'content/\n  plan.yaml\n  （units.yaml 被误删了）',
        write: { 'content/units.yaml': null },
        lines: [1],
      },
    ],
    good: [{ name: '文件名正确', file: 'content/units.yaml', lang: 'text', code: 'content/\n  plan.yaml\n  units.yaml', write: {} }],
  },
});

export const fileUnknown = defineRule({
  code: 'file-unknown',
  severity: 'error',
  group: 'files',
  meaning: 'content/ 中有不属于任何内容类别的文件：它不会发布，多半是放错了文件夹或写错了扩展名。',
  message: (p: { hint: string }) => `这个文件不属于任何内容类别，不会发布：${p.hint}`,
  examples: {
    bad: [
      {
        name: '扩展名写成 .txt',
        file: 'content/achievements/2026-11-26-note.txt',
        lang: 'text',
        code: 'content/achievements/2026-11-26-note.txt',
        write: { 'content/achievements/2026-11-26-note.txt': '某镇开展宣传活动。\n' },
      },
    ],
    good: [
      {
        name: '工作动态是 .md 文件',
        file: 'content/achievements/2026-11-26-note.md',
        lang: 'text',
        code: 'content/achievements/2026-11-26-note.md',
        write: {
          'content/achievements/2026-11-26-note.md':
            '---\ntitle: 甲镇开展宣传活动\ndate: 2026-11-26\nunit: jia-town\ncategory: 工作动态\nsummary: 甲镇开展义务教育优质均衡宣传活动。\n---\n\n甲镇开展宣传活动。\n',
        },
      },
    ],
  },
});

export const fileTooLarge = defineRule({
  code: 'file-too-large',
  severity: 'error',
  group: 'files',
  meaning: `内容文件不能超过 ${kb(MAX_FILE_BYTES)}，文章正文不能超过 ${kb(MAX_ARTICLE_BODY)}：正常的内容文件只有几 KB，请拆分文件，图片等另行存放。`,
  message: (p: { what: 'file' | 'body'; bytes: number }) =>
    p.what === 'file'
      ? `文件过大（${kb(p.bytes)}，上限 ${kb(MAX_FILE_BYTES)}）：请拆分为多个文件，图片等请另行存放`
      : `正文过长（${kb(p.bytes)}，上限 ${kb(MAX_ARTICLE_BODY)}）：请拆成几篇文章`,
  examples: {
    bad: [
      {
        name: '粘贴了整篇报告',
        file: 'content/achievements/2026-11-26-report.md',
        lang: 'text',
        code: `content/achievements/2026-11-26-report.md    ${kb(MAX_ARTICLE_BODY + 50 * 1024)}（粘贴了整篇报告）`,
        write: {
          'content/achievements/2026-11-26-report.md': `---\ntitle: 工作报告\ndate: 2026-11-26\nunit: education-bureau\ncategory: 工作动态\nsummary: 工作报告全文。\n---\n\n${'工作报告正文。\n'.repeat(Math.ceil((MAX_ARTICLE_BODY + 50 * 1024) / 22))}`,
        },
      },
    ],
    good: [
      {
        name: '只写要点，全文作附件',
        file: 'content/achievements/2026-11-26-report.md',
        lang: 'text',
        code: 'content/achievements/2026-11-26-report.md    3 KB',
        write: {
          'content/achievements/2026-11-26-report.md': '---\ntitle: 工作报告\ndate: 2026-11-26\nunit: education-bureau\ncategory: 工作动态\nsummary: 工作报告要点。\n---\n\n工作报告要点。\n',
        },
      },
    ],
  },
});

// "编码" in GBK: what Notepad's "ANSI" writes on a Chinese Windows.
const GBK_SAMPLE = Uint8Array.from([0xb1, 0xe0, 0xc2, 0xeb]);

export const encoding = defineRule({
  code: 'encoding',
  severity: 'error',
  group: 'files',
  meaning: '文件不是 UTF-8 编码（常见于 Windows 记事本或 Excel 另存的 GBK 文件），或含有空字符。',
  message: (p: { problem: 'gbk' | 'bytes' | 'nul'; table?: boolean }) =>
    p.problem === 'nul'
      ? '文件含有空字符，不是文本文件：请检查是否放错了文件'
      : `${p.problem === 'gbk' ? '文件看起来是 GBK（GB2312）编码，常见于 Windows 记事本或 Excel 另存的文件' : '文件含有不是 UTF-8 的字节'}：请用“UTF-8”编码重新保存。${
          p.table
            ? 'Excel：文件 → 另存为，保存类型选“CSV UTF-8（逗号分隔）(*.csv)”；WPS 表格：文件 → 另存为，文件类型选“CSV UTF-8”。也可以不转 CSV，直接保存为“Excel 工作簿（*.xlsx）”放进 content/schools/，网站能直接读取'
            : '记事本：文件 → 另存为，编码选“UTF-8”；VS Code：点右下角的编码，选“通过编码保存” → UTF-8'
        }`,
  examples: {
    bad: [
      {
        name: '记事本另存时选了 ANSI',
        file: 'content/notice.yaml',
        lang: 'text',
        code: '记事本“另存为”时编码选了 ANSI（即 GBK）',
        write: { 'content/notice.yaml': Uint8Array.from([...new TextEncoder().encode('title: '), ...GBK_SAMPLE, 0x0a]) },
      },
      {
        name: 'Excel 另存为“CSV（逗号分隔）”，没选 UTF-8',
        file: 'content/schools/2025.csv',
        lang: 'text',
        code: 'Excel 另存为时选了“CSV（逗号分隔）”，不是“CSV UTF-8（逗号分隔）”',
        write: { 'content/schools/2025.csv': Uint8Array.from([...GBK_SAMPLE, 0x2c, 0x0a]) },
      },
    ],
    good: [{ name: '另存为 UTF-8', file: 'content/notice.yaml', lang: 'text', code: '记事本“另存为”时编码选 UTF-8；Excel 选“CSV UTF-8（逗号分隔）”，或直接保存为 .xlsx', write: {} }],
  },
});
