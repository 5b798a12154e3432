// Attachments: PDF, Word and Excel files beside an article, published with
// the page that links to them (附件：……（PDF，1.2 MB）).
import { defineRule } from './define.ts';
import { articleBody as article } from './demo-examples.ts';
import { makeOoxml, makePdf } from './demo-documents.ts';

/** Files an article may link to, published beside its page. */
export const ATTACHMENT_FORMATS = ['.pdf', '.docx', '.xlsx'];
/** A 公示 document is a few hundred KB; a larger file is a scan to compress, or not meant for the web. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const withFile = (name: string, body: string, file: string, bytes: Uint8Array) => {
  const e = article(name, body);
  return { ...e, write: { ...e.write, [file]: bytes } };
};

export const attachmentFile = defineRule({
  code: 'attachment-file',
  severity: 'error',
  group: 'files',
  meaning: `附件（${ATTACHMENT_FORMATS.join('、')}）放在文章旁边，由文章链接，如 [实施方案全文](./实施方案.pdf)，随文章发布；每个不超过 ${mb(MAX_ATTACHMENT_BYTES)}。没有文章链接的附件不会发布。`,
  message: (p: { problem: 'size'; bytes: number } | { problem: 'unlinked'; name: string }) =>
    p.problem === 'size'
      ? `附件过大（${mb(p.bytes)}，上限 ${mb(MAX_ATTACHMENT_BYTES)}）：扫描件请降低分辨率或压缩后再提交；确实很大的材料请只发布摘要`
      : `没有文章链接这个附件，它不会发布：请在文章中写 [附件名称](./${p.name})，或删除这个文件`,
  examples: {
    bad: [
      {
        name: '放了附件，文章中没有链接',
        file: 'content/achievements/plan.pdf',
        lang: 'text',
        code: 'content/achievements/plan.pdf（没有文章链接它）',
        write: { 'content/achievements/plan.pdf': makePdf() },
      },
    ],
    good: [withFile('文章链接附件', '详见[实施方案全文](./plan.pdf)。', 'content/achievements/plan.pdf', makePdf())],
  },
});

export const attachmentMetadata = defineRule({
  code: 'attachment-metadata',
  severity: 'warning',
  group: 'personal',
  meaning: 'Word、Excel、PDF 文件的“文档属性”中常记有作者、最后修改者的姓名（来自起草人电脑的用户名），会随附件一起公开：发布前请确认可以公开，或删除这些属性。',
  message: (p: { property: 'author' | 'lastModifiedBy'; masked: string }) =>
    `附件的文档属性中写着${p.property === 'author' ? '作者' : '最后修改者'}“${p.masked}”，会随文件一起公开：如不应公开，请在 Word 或 WPS 中打开“文件 → 信息（属性）”删除作者和最后修改者后重新保存；另存为 PDF 时不要勾选“文档属性”`,
  examples: {
    bad: [
      {
        ...withFile('Word 文件记着起草人', '详见[整改方案](./rectification.docx)。', 'content/achievements/rectification.docx', makeOoxml('docx', { creator: '张示例' })),
        file: 'content/achievements/rectification.docx',
        lines: [1],
      },
    ],
    good: [withFile('删除了文档属性', '详见[整改方案](./rectification.docx)。', 'content/achievements/rectification.docx', makeOoxml('docx'))],
  },
});
