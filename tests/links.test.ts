// What a page links to: links, images and evidence that look fine but would be
// published broken, pointing at another site, or at the editor's own disk.
import { describe, expect, it } from 'vitest';
import { classifyLink } from '../src/content-model/links/classify.ts';
import { check } from './helpers/scenario.ts';

describe('addresses read as a browser reads them', () => {
  it('finds the editor\'s disk behind drive letters, file: and shares, in any case and with either slash', () => {
    for (const url of ['D:\\照片\\会议.jpg', 'd:/照片/会议.jpg', 'C:', 'FILE:///C:/a.png', ' file://server/share/a.pdf', '\\\\server\\share\\a.png', 'images\\a.png', '..\\a.png']) {
      expect(classifyLink(url).kind, url).toBe('local-path');
    }
  });

  it('finds another site behind two slashes, backslashes and leading whitespace', () => {
    for (const url of ['//evil.example.com/', '/\\evil.example.com/', '\\/evil.example.com/', ' \t//evil.example.com/', '///evil.example.com/', '/\n/evil.example.com/']) {
      expect(classifyLink(url), JSON.stringify(url)).toMatchObject({ kind: 'protocol-relative', host: 'evil.example.com' });
    }
    expect(classifyLink('HTTPS://example.com/a.jpg')).toEqual({ kind: 'external', scheme: 'https' });
    expect(classifyLink('https:example.com')).toEqual({ kind: 'external', scheme: 'https' });
  });

  it('keeps this site\'s paths, relative paths and fragments apart', () => {
    expect(classifyLink('/plan/#steps')).toEqual({ kind: 'site', path: '/plan/', fragment: 'steps' });
    expect(classifyLink('/news/%E6%B5%8B/?x=1')).toEqual({ kind: 'site', path: '/news/测/', fragment: undefined });
    expect(classifyLink('../../plan/')).toEqual({ kind: 'relative', path: '../../plan/', fragment: undefined });
    expect(classifyLink('#top')).toEqual({ kind: 'fragment', fragment: 'top' });
    expect(classifyLink('mailto:jyj@example.gov.cn')).toEqual({ kind: 'scheme', scheme: 'mailto' });
  });
});

describe('links and images in article bodies', () => {
  it('accepts links to pages the site builds and refuses the rest, each with what to write instead', () => {
    expect(check('links-body')).toMatchInlineSnapshot(`
      "content/achievements/2020-08-05-links.md:9:33  实施方案页面没有“#nowhere”这一节：请打开实施方案页面，从目录中复制这一节的链接  [link-target]
      content/achievements/2020-08-05-links.md:10:37  网址末尾要加“/”：请写成 /news/2020-08-01-plan-issued/  [link-target]
      content/achievements/2020-08-05-links.md:10:73  找不到文章“/news/2020-08-01-plan-isued/”：content/achievements/ 中没有名为 2020-08-01-plan-isued.md 的文章。是不是 /news/2020-08-01-plan-issued/？  [link-target]
      content/achievements/2020-08-05-links.md:11:19  链接“plan/”指向本站的“/news/2020-08-05-links/plan/”，没有这个页面：是不是 /plan/？  [link-target]
      content/achievements/2020-08-05-links.md:11:32  链接到文章请写它的网址 /news/2020-08-01-plan-issued/，不要写文件名  [link-target]
      content/achievements/2020-08-05-links.md:12:1  “../../seeds/plan.md”指向 content/ 以外的文件，网站不会发布它：请把要公开的文件复制到文章旁边，写成 ./plan.md  [body-file]
      content/achievements/2020-08-05-links.md:12:27  “//evil.example.com/x”以两个斜杠开头，会打开另一个网站“evil.example.com”，不是本站页面：本站页面只写一个 /，如 /news/文章的文件名/；其他网站请写完整网址，如 https://evil.example.com/…  [link-protocol-relative]
      content/achievements/2020-08-05-links.md:12:54  “/\\evil.example.com/x”以两个斜杠开头，会打开另一个网站“evil.example.com”，不是本站页面：本站页面只写一个 /，如 /news/文章的文件名/；其他网站请写完整网址，如 https://evil.example.com/…  [link-protocol-relative]
      content/achievements/2020-08-05-links.md:12:82  “//evil.example.com/”以两个斜杠开头，会打开另一个网站“evil.example.com”，不是本站页面：本站页面只写一个 /，如 /news/文章的文件名/；其他网站请写完整网址，如 https://evil.example.com/…  [link-protocol-relative]
      content/achievements/2020-08-05-links.md:13:1  “D:\\照片\\会议.jpg”是您电脑上的文件位置，读者打不开：请把文件“会议.jpg”复制到文章所在的文件夹，再写成 ./会议.jpg  [link-local-path]
      content/achievements/2020-08-05-links.md:13:21  “C:/Users/a/b.png”是您电脑上的文件位置，读者打不开：请把文件“b.png”复制到文章所在的文件夹，再写成 ./b.png  [link-local-path]
      content/achievements/2020-08-05-links.md:13:48  “FILE:///C:/a.png”是您电脑上的文件位置，读者打不开：请把文件“a.png”复制到文章所在的文件夹，再写成 ./a.png  [link-local-path]
      content/achievements/2020-08-05-links.md:13:72  “\\server\\share\\a.png”是您电脑上的文件位置，读者打不开：请把文件“a.png”复制到文章所在的文件夹，再写成 ./a.png  [link-local-path]
      content/achievements/2020-08-05-links.md:14:1  图片“http://example.com/a.jpg”来自其他网站，本站的安全设置不允许显示外站图片，读者只会看到空白：请把图片保存下来（确认可以使用），放在文章旁边，写成 ![图片说明](./图片名.jpg)  [image-external]
      content/achievements/2020-08-05-links.md:14:33  图片“HTTPS://example.com/a.jpg”来自其他网站，本站的安全设置不允许显示外站图片，读者只会看到空白：请把图片保存下来（确认可以使用），放在文章旁边，写成 ![图片说明](./图片名.jpg)  [image-external]
      content/achievements/2020-08-05-links.md:14:68  找不到文件“./missing.png”：请把它放在文章所在的文件夹（content/achievements/），或改正文件名（区分大小写）  [body-file]
      content/achievements/2020-08-05-links.md:14:89  “images\\a.png”是您电脑上的文件位置，读者打不开：请把文件“a.png”复制到文章所在的文件夹，再写成 ./a.png  [link-local-path]
      content/achievements/2020-08-05-links.md:15:6  用 HTML 写的图片不会经过网站处理（压缩、去除拍摄地点等信息），网站也不会发布这个文件：请改用 Markdown 写法 ![图片说明](./photo.png)  [image-markup]
      content/achievements/2020-08-05-links.md:15:25  图片不能作为链接下载（原图带有拍摄地点等信息）：要在文章中显示图片，请写成 ![图片说明](./photo.png)  [body-file]
      content/achievements/2020-08-05-links.md:15:43  “./files.zip”这种文件（.zip）网站不发布：文章旁边只能放图片（.jpg、.jpeg、.png、.webp、.svg）和附件（.pdf、.docx、.xlsx）  [body-file]
      content/achievements/2020-08-05-links.md:15:62  找不到文件“./report.pdf”：请把它放在文章所在的文件夹（content/achievements/），或改正文件名（区分大小写）  [body-file]
      content/achievements/2020-08-05-links.md:16:47  本站没有“/units/nobody/”这个页面：请在网站上打开要链接的页面，复制地址中从 / 开始的部分  [link-target]
      content/achievements/2020-08-05-links.md:16:69  本站没有“/foo/”这个页面：请在网站上打开要链接的页面，复制地址中从 / 开始的部分  [link-target]
      content/achievements/2020-08-05-links.md:16:84  “//evil.example.com/”以两个斜杠开头，会打开另一个网站“evil.example.com”，不是本站页面：本站页面只写一个 /，如 /news/文章的文件名/；其他网站请写完整网址，如 https://evil.example.com/…  [link-protocol-relative]
      content/achievements/2020-08-06-image-data.md:8:8  链接或图片地址不能以“data:”开头（内嵌的内容无法审核，可能含有脚本）：图片请放进仓库、用相对路径引用，链接请改用 https:// 开头的网址  [url-scheme]
      content/achievements/2020-08-07-image-share.md:8:8  “\\\\server\\照片\\会议.jpg”是您电脑上的文件位置，读者打不开：请把文件“会议.jpg”复制到文章所在的文件夹，再写成 ./会议.jpg  [link-local-path]"
    `);
  });
});

describe('evidence links of progress records', () => {
  it('refuses another site written as this one, a missing article, and the editor\'s disk', () => {
    expect(check('links-evidence')).toMatchInlineSnapshot(`
      "content/progress/finance-bureau.yaml:5:15  “//evil.example.com/report.html”以两个斜杠开头，会打开另一个网站“evil.example.com”，不是本站页面：本站页面只写一个 /，如 /news/文章的文件名/；其他网站请写完整网址，如 https://evil.example.com/…  [link-protocol-relative]
      content/progress/finance-bureau.yaml:13:15  找不到文章“/news/2020-09-01-sample/”：content/achievements/ 中没有名为 2020-09-01-sample.md 的文章：请检查文件名，或先添加这篇文章  [link-target]
      content/progress/finance-bureau.yaml:20:15  找不到文章“/news/2020-08-01-plan-isued/”：content/achievements/ 中没有名为 2020-08-01-plan-isued.md 的文章。是不是 /news/2020-08-01-plan-issued/？  [link-target]
      content/progress/finance-bureau.yaml:27:15  “file:///C:/Users/admin/Desktop/整改报告.pdf”是您电脑上的文件位置，读者打不开：请把材料作为附件发布在一篇工作动态中（文件放在文章旁边），再在这里写那篇文章的网址，如 /news/文章的文件名/  [link-local-path]
      content/progress/finance-bureau.yaml:34:15  “/\\evil.example.com/”以两个斜杠开头，会打开另一个网站“evil.example.com”，不是本站页面：本站页面只写一个 /，如 /news/文章的文件名/；其他网站请写完整网址，如 https://evil.example.com/…  [link-protocol-relative]"
    `);
  });
});
