// Attachments beside articles: linked (else not published), small enough,
// published with type and size, and what their document properties publish.
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentLabel, documentAuthors } from '../src/content-model/attachments/metadata.ts';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { formatDiagnostic } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';
import { makeOoxml, makePdf } from '../src/rules/demo-documents.ts';
import { MAX_ATTACHMENT_BYTES } from '../src/rules/attachments.ts';
import { check } from './helpers/scenario.ts';

const DEMO = join(import.meta.dirname, 'fixtures', 'demo');

/** A PDF 1.5 whose information dictionary sits in a compressed object stream, as Word's "save as PDF" writes it. */
function pdfWithCompressedInfo(author: string): Uint8Array {
  const hex = `<FEFF${[...author].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
  const objects = deflateSync(Buffer.from(`4 0 << /Author ${hex} /Producer (Test) >>`));
  const head = Buffer.from(`%PDF-1.5\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length ${objects.length} /Filter /FlateDecode >>\nstream\n`);
  return Buffer.concat([head, objects, Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Info 4 0 R >>\n%%EOF\n')]);
}

describe('document properties that name a person', () => {
  it('are read from Word and Excel core properties and from a PDF, compressed or not', () => {
    expect(documentAuthors(makeOoxml('docx', { creator: '张示例', lastModifiedBy: 'admin' }), '.docx')).toEqual([
      { property: 'author', value: '张示例' },
      { property: 'lastModifiedBy', value: 'admin' },
    ]);
    expect(documentAuthors(makeOoxml('xlsx', { creator: '李示例' }), '.xlsx')).toEqual([{ property: 'author', value: '李示例' }]);
    expect(documentAuthors(makePdf({ author: '王示例' }), '.pdf')).toEqual([{ property: 'author', value: '王示例' }]);
    expect(documentAuthors(pdfWithCompressedInfo('赵示例'), '.pdf')).toEqual([{ property: 'author', value: '赵示例' }]);
    expect(documentAuthors(Buffer.from('%PDF-1.4\n<< /Author (Jane Roe\\051) >>'), '.pdf')).toEqual([{ property: 'author', value: 'Jane Roe)' }]);
  });

  it('are not invented where there are none, or where the file is not a document at all', () => {
    expect(documentAuthors(makeOoxml('docx', { creator: '' }), '.docx')).toEqual([]);
    expect(documentAuthors(makePdf({ title: '方案' }), '.pdf')).toEqual([]);
    expect(documentAuthors(Buffer.from('not a zip'), '.xlsx')).toEqual([]);
  });
});

describe('attachments beside articles', () => {
  it('are labelled with type and size as a reader sees them', () => {
    expect(attachmentLabel('.pdf', 1.2 * 1024 * 1024)).toBe('PDF，1.2 MB');
    expect(attachmentLabel('.docx', 300)).toBe('DOCX，1 KB');
  });

  it('pass when linked; their authors are a warning, shown masked', () => {
    expect(check('attachments')).toMatchInlineSnapshot(`
      "content/achievements/notice.docx:1:1  警告：附件的文档属性中写着作者“王**”，会随文件一起公开：如不应公开，请在 Word 或 WPS 中打开“文件 → 信息（属性）”删除作者和最后修改者后重新保存；另存为 PDF 时不要勾选“文档属性”  [attachment-metadata]
      content/achievements/notice.docx:1:1  警告：附件的文档属性中写着最后修改者“王**”，会随文件一起公开：如不应公开，请在 Word 或 WPS 中打开“文件 → 信息（属性）”删除作者和最后修改者后重新保存；另存为 PDF 时不要勾选“文档属性”  [attachment-metadata]"
    `);
  });

  it('beside a progress record are not published yet: the message says where they go instead', () => {
    expect(check('attachment-progress')).toMatchInlineSnapshot(`"content/progress/self-check.pdf:1:1  这个文件不属于任何内容类别，不会发布：附件（pdf、docx、xlsx）须放在 content/achievements/ 中、由一篇工作动态链接；进度记录的佐证材料请写那篇文章的网址，如 /news/文章的文件名/  [file-unknown]"`);
  });

  it('are refused unlinked, missing, of a type the site does not publish, or too large', () => {
    expect(check('attachments-bad')).toMatchInlineSnapshot(`
      "content/achievements/2020-08-10-attachments-bad.md:9:21  找不到文件“../plan.pdf”：请把它放在文章所在的文件夹（content/achievements/），或改正文件名（区分大小写）  [body-file]
      content/achievements/2020-08-10-attachments-bad.md:9:39  “./table.xls”这种文件（.xls）网站不发布：文章旁边只能放图片（.jpg、.jpeg、.png、.webp、.svg）和附件（.pdf、.docx、.xlsx）  [body-file]
      content/achievements/report.pdf:1:1  警告：附件的文档属性中写着作者“李**”，会随文件一起公开：如不应公开，请在 Word 或 WPS 中打开“文件 → 信息（属性）”删除作者和最后修改者后重新保存；另存为 PDF 时不要勾选“文档属性”  [attachment-metadata]
      content/achievements/unlinked.pdf:1:1  没有文章链接这个附件，它不会发布：请在文章中写 [附件名称](./unlinked.pdf)，或删除这个文件  [attachment-file]"
    `);
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 200 * 1024);
    big.set(makePdf());
    const file = 'content/achievements/2026-11-26-note.md';
    const fs = overlayFs(diskFs(DEMO), {
      'content/achievements/big.pdf': big,
      [file]: '---\ntitle: 甲镇开展宣传活动\ndate: 2026-11-26\nunit: jia-town\ncategory: 工作动态\nsummary: 甲镇开展宣传活动。\n---\n\n详见[材料](./big.pdf)。\n',
    });
    expect(loadContent(DEMO, { fs, today: '2026-11-30' }).diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "content/achievements/big.pdf:1:1  附件过大（10.2 MB，上限 10.0 MB）：扫描件请降低分辨率或压缩后再提交；确实很大的材料请只发布摘要  [attachment-file]",
      ]
    `);
  });
});
