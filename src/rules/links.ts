// What a page links to: every link and image of an article body, the
// frontmatter picture and the `evidence` links of progress records must point
// at something the site publishes. Addresses are read the way a browser reads
// them (src/content-model/links/classify.ts); this site's pages are derived
// from the content (src/content-model/links/site-routes.ts).
import type { BodyReference } from '../content-model/markdown-policy.ts';
import type { Diagnostic } from '../content-model/diagnostics.ts';
import type { ContentFs } from '../content-model/content-fs.ts';
import { classifyLink, extensionOf, resolvePath, type LinkClass } from '../content-model/links/classify.ts';
import { siteRoutes, type RouteAnswer, type SiteRoutes } from '../content-model/links/site-routes.ts';
import type { PathSegment } from '../content-model/yaml.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';
import { articleBody as article } from './demo-examples.ts';
import { ATTACHMENT_FORMATS } from './attachments.ts';
import { IMAGE_FORMATS } from './image.ts';


const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const RECORD = 'content/progress/jia-town.yaml';
const rectification = (evidence: string) =>
  `- id: example-link\n  problem: 图书登记不完整\n  found: 2026-10-10\n  deadline: 2026-11-30\n  status: 已整改\n  closed: 2026-11-10\n  evidence: ${evidence}`;

type Where = 'article' | 'record';

export const linkLocalPath = defineRule({
  code: 'link-local-path',
  severity: 'error',
  group: 'body',
  meaning: '链接和图片不能写自己电脑或单位内网上的文件位置（如 `D:\\照片\\会议.jpg`、`C:/Users/…`、`file:///…`、`\\\\服务器\\共享`），读者打不开：文件要放进仓库，放在文章旁边，用 ./文件名 引用。',
  message: (p: { url: string; name: string; where: Where }) =>
    p.where === 'record'
      ? `“${p.url}”是您电脑上的文件位置，读者打不开：请把材料作为附件发布在一篇工作动态中（文件放在文章旁边），再在这里写那篇文章的网址，如 /news/文章的文件名/`
      : `“${p.url}”是您电脑上的文件位置，读者打不开：请把文件“${p.name}”复制到文章所在的文件夹，再写成 ./${p.name}`,
  supersedes: ['link-format', 'image-file'],
  examples: {
    bad: [
      article('图片写了电脑上的位置', '![会议现场](D:\\照片\\会议.jpg)'),
      { name: '佐证材料写了电脑上的位置', file: RECORD, lang: 'yaml', at: { append: 'rectifications' }, code: rectification('file:///C:/Users/admin/Desktop/整改报告.pdf'), lines: [7] },
    ],
    good: [{ ...article('图片放在文章旁边', '![会议现场](./meeting.png)'), write: { ...article('', '![会议现场](./meeting.png)').write, 'content/achievements/meeting.png': PNG } }],
  },
});

export const linkProtocolRelative = defineRule({
  code: 'link-protocol-relative',
  severity: 'error',
  group: 'body',
  meaning: '以两个斜杠开头的地址（`//example.com/…`，或 `/\\`、`\\\\` 开头）看起来像本站页面，实际会打开另一个网站：本站页面只写一个 /，其他网站写完整的 https:// 网址。',
  message: (p: { url: string; host: string }) =>
    `“${p.url}”以两个斜杠开头，会打开另一个网站${p.host ? `“${p.host}”` : ''}，不是本站页面：本站页面只写一个 /，如 /news/文章的文件名/；其他网站请写完整网址${p.host ? `，如 https://${p.host}/…` : ''}`,
  supersedes: ['link-format'],
  examples: {
    bad: [
      article('少写了 https:', '[通知原文](//www.example.gov.cn/notice.html)'),
      { name: '佐证材料链接多了一个斜杠', file: RECORD, lang: 'yaml', at: { append: 'rectifications' }, code: rectification('//news/2026-11-10-jia-town-library-rectified/'), lines: [7] },
    ],
    good: [article('写完整网址', '[通知原文](https://www.example.gov.cn/notice.html)')],
  },
});

export type TargetProblem = Exclude<RouteAnswer, { ok: true }> | { readonly ok: false; readonly problem: 'article-file'; readonly id: string };

export const linkTarget = defineRule({
  code: 'link-target',
  severity: 'error',
  group: 'body',
  meaning: '指向本站的链接（/news/…/、/plan/#…、相对路径，以及进度记录中的佐证材料）必须是网站实际生成的页面。',
  message: (p: { url: string } & TargetProblem) => {
    switch (p.problem) {
      case 'article':
        return `找不到文章“${p.url}”：content/achievements/ 中没有名为 ${p.id}.md 的文章${p.nearest ? `。是不是 /news/${p.nearest}/？` : '：请检查文件名，或先添加这篇文章'}`;
      case 'slash':
        return `网址末尾要加“/”：请写成 ${p.path}`;
      case 'anchor':
        return `实施方案页面没有“#${p.anchor}”这一节：请打开实施方案页面，从目录中复制这一节的链接`;
      case 'page':
        return `${p.url === p.path ? `本站没有“${p.path}”这个页面` : `链接“${p.url}”指向本站的“${p.path}”，没有这个页面`}${p.nearest ? `：是不是 ${p.nearest}？` : '：请在网站上打开要链接的页面，复制地址中从 / 开始的部分'}`;
      case 'article-file':
        return `链接到文章请写它的网址 /news/${p.id}/，不要写文件名`;
    }
  },
  examples: {
    bad: [
      article('文章名写错了', '详见[自查报告](/news/2026-10-15-self-check/)。'),
      { name: '佐证材料指向不存在的文章', file: RECORD, lang: 'yaml', at: { append: 'rectifications' }, code: rectification('/news/2026-11-10-library-done/'), lines: [7] },
    ],
    good: [
      article('复制文章的网址', '详见[自查报告](/news/2026-10-15-self-check-done/)和[工作步骤](/plan/#steps)。'),
      { name: '佐证材料指向已有文章', file: RECORD, lang: 'yaml', at: { append: 'rectifications' }, code: rectification('/news/2026-11-10-jia-town-library-rectified/') },
    ],
  },
});

export const bodyFile = defineRule({
  code: 'body-file',
  severity: 'error',
  group: 'body',
  meaning: `正文中的图片和附件须放在文章旁边（content/ 中），文件要存在（文件名区分大小写）；图片格式为 ${IMAGE_FORMATS.join('、')}，附件格式为 ${ATTACHMENT_FORMATS.join('、')}。仓库中 content/ 以外的文件不会发布。`,
  message: (p: { problem: 'missing' | 'outside' | 'beside' | 'type' | 'image-link'; url: string; name: string; folder: string; ext: string }) => {
    switch (p.problem) {
      case 'missing':
        return `找不到文件“${p.url}”：请把它放在文章所在的文件夹（${p.folder}），或改正文件名（区分大小写）`;
      case 'outside':
        return `“${p.url}”指向 content/ 以外的文件，网站不会发布它：请把要公开的文件复制到文章旁边，写成 ./${p.name}`;
      case 'beside':
        return `附件“${p.url}”须放在文章所在的文件夹（${p.folder}）或其中的子文件夹里，才能随文章发布：请把它移过来，写成 ./${p.name}`;
      case 'type':
        return `“${p.url}”这种文件（${p.ext || '没有扩展名'}）网站不发布：文章旁边只能放图片（${IMAGE_FORMATS.join('、')}）和附件（${ATTACHMENT_FORMATS.join('、')}）`;
      case 'image-link':
        return `图片不能作为链接下载（原图带有拍摄地点等信息）：要在文章中显示图片，请写成 ![图片说明](${p.url})`;
    }
  },
  examples: {
    bad: [article('图片文件没有放进来', '![会议现场](./meeting.png)'), article('链接到仓库中的文件', '[实施方案原文](../../seeds/plan.md)')],
    good: [{ ...article('图片放在文章旁边', '![会议现场](./meeting.png)'), write: { ...article('', '![会议现场](./meeting.png)').write, 'content/achievements/meeting.png': PNG } }],
  },
});

export const imageExternal = defineRule({
  code: 'image-external',
  severity: 'error',
  group: 'body',
  meaning: '本站的安全设置（Content-Security-Policy）只允许显示本站自己的图片，其他网站的图片读者看不到：请把图片保存下来，放在文章旁边。',
  message: (p: { url: string }) =>
    `图片“${p.url}”来自其他网站，本站的安全设置不允许显示外站图片，读者只会看到空白：请把图片保存下来（确认可以使用），放在文章旁边，写成 ![图片说明](./图片名.jpg)`,
  supersedes: ['image-file'],
  examples: {
    bad: [article('引用了外站图片', '![校园](https://www.example.com/campus.jpg)')],
    good: [{ ...article('图片放在文章旁边', '![校园](./campus.png)'), write: { ...article('', '![校园](./campus.png)').write, 'content/achievements/campus.png': PNG } }],
  },
});

export const imageMarkup = defineRule({
  code: 'image-markup',
  severity: 'error',
  group: 'body',
  meaning: '用 HTML（`<img>`）写的本地图片不会经过网站处理（压缩、去除拍摄地点等信息），也不会发布：请用 Markdown 写法 `![图片说明](./图片.jpg)`。',
  message: (p: { url: string }) => `用 HTML 写的图片不会经过网站处理（压缩、去除拍摄地点等信息），网站也不会发布这个文件：请改用 Markdown 写法 ![图片说明](${p.url})`,
  examples: {
    bad: [{ ...article('用 HTML 标签写图片', '<img src="./campus.png" alt="校园">'), write: { ...article('', '<img src="./campus.png" alt="校园">').write, 'content/achievements/campus.png': PNG } }],
    good: [{ ...article('用 Markdown 写法', '![校园](./campus.png)'), write: { ...article('', '![校园](./campus.png)').write, 'content/achievements/campus.png': PNG } }],
  },
});

export const articleIdNumber = defineRule({
  code: 'article-id-number',
  severity: 'error',
  group: 'ids',
  meaning: '文章的文件名就是它的网址（/news/文件名/）：只有数字的文件名会和工作动态列表的分页（/news/2/、/news/3/ …）冲突，网站无法生成。',
  message: (p: { id: string; ext: string }) => `文件名不能只有数字：网址 /news/${p.id}/ 是工作动态列表的第 ${p.id} 页。请在文件名中写上日期和说明，如 2026-11-26-note${p.ext}`,
  supersedes: ['id-format'],
  examples: {
    bad: [
      {
        name: '文件名只写了数字',
        file: 'content/achievements/2026.md',
        lang: 'text',
        code: 'content/achievements/2026.md',
        write: { 'content/achievements/2026.md': '---\ntitle: 甲镇开展宣传活动\ndate: 2026-11-26\nunit: jia-town\ncategory: 工作动态\nsummary: 甲镇开展义务教育优质均衡宣传活动。\n---\n\n甲镇开展宣传活动。\n' },
      },
    ],
    good: [
      {
        name: '日期加说明',
        file: 'content/achievements/2026-11-26-note.md',
        lang: 'text',
        code: 'content/achievements/2026-11-26-note.md',
        write: { 'content/achievements/2026-11-26-note.md': '---\ntitle: 甲镇开展宣传活动\ndate: 2026-11-26\nunit: jia-town\ncategory: 工作动态\nsummary: 甲镇开展义务教育优质均衡宣传活动。\n---\n\n甲镇开展宣传活动。\n' },
      },
    ],
  },
});

// ---------------------------------------------------------------------------

/** The page an article is published at, without the leading slash. */
function articlePage(id: string): string {
  return `news/${id}`;
}

function folderOf(file: string): string {
  return file.slice(0, file.lastIndexOf('/'));
}

/** A relative page link resolved against the page it is on (/news/<id>/), with its trailing slash kept. */
function resolvePageLink(pageFolder: string, path: string): string | undefined {
  const resolved = resolvePath(pageFolder, path);
  if (resolved === undefined) return undefined;
  const slash = path === '' || path === '.' || path === '..' || path.endsWith('/') || path.endsWith('/.') || path.endsWith('/..');
  return resolved === '' ? '/' : `/${resolved}${slash ? '/' : ''}`;
}

type Emit = {
  localPath(url: string, name: string): void;
  protocolRelative(url: string, host: string): void;
  target(url: string, problem: TargetProblem): void;
};

/** A site link (/…), checked against the pages the site builds. */
function checkSitePath(routes: SiteRoutes, url: string, path: string, fragment: string | undefined, emit: Emit): void {
  const answer = routes.check(path, fragment);
  if (!answer.ok) emit.target(url, answer);
}

/** Problems of a link or image that do not depend on where it appears. */
function checkCommon(link: LinkClass, url: string, emit: Emit): boolean {
  if (link.kind === 'local-path') {
    emit.localPath(url, link.name);
    return false;
  }
  if (link.kind === 'protocol-relative') {
    emit.protocolRelative(url, link.host);
    return false;
  }
  return true;
}

export interface BodyLinkInput {
  readonly file: string;
  readonly id: string;
  readonly references: readonly BodyReference[];
}

/** An attachment an article links to: published beside the article's page, at `href` relative to it. */
export interface LinkedAttachment {
  /** As written in the body, e.g. ./plan.pdf. */
  readonly href: string;
  /** The file, relative to the project root. */
  readonly file: string;
  /** The link's text, when it has one. */
  readonly text: string | undefined;
}

/** Every link and image of one article body, and the attachments it links to. */
export function checkBodyLinks(fs: ContentFs, routes: SiteRoutes, articleFiles: ReadonlyMap<string, string>, input: BodyLinkInput): { diagnostics: Diagnostic[]; attachments: LinkedAttachment[] } {
  const out: Diagnostic[] = [];
  const attachments: LinkedAttachment[] = [];
  const folder = folderOf(input.file);
  const pageFolder = articlePage(input.id);
  for (const ref of input.references) {
    const at = { line: ref.line, column: ref.column };
    const emit: Emit = {
      localPath: (url, name) => out.push(linkLocalPath.at(input.file, at, { url, name, where: 'article' })),
      protocolRelative: (url, host) => out.push(linkProtocolRelative.at(input.file, at, { url, host })),
      target: (url, problem) => out.push(linkTarget.at(input.file, at, { url, ...problem })),
    };
    const link = classifyLink(ref.url);
    if (!checkCommon(link, ref.url, emit)) continue;
    if (ref.kind === 'image') {
      if (link.kind === 'external') {
        out.push(imageExternal.at(input.file, at, { url: ref.url }));
        continue;
      }
      if (link.kind === 'relative' && ref.markup !== 'markdown') {
        out.push(imageMarkup.at(input.file, at, { url: ref.url }));
        continue;
      }
    }
    if (link.kind === 'site') {
      checkSitePath(routes, ref.url, link.path, link.fragment, emit);
      continue;
    }
    if (link.kind !== 'relative') continue;
    const ext = extensionOf(link.path);
    if (ext === '' && ref.kind === 'link') {
      const page = resolvePageLink(pageFolder, link.path);
      if (page === undefined) emit.target(ref.url, { ok: false, problem: 'page', path: link.path });
      else checkSitePath(routes, ref.url, page, link.fragment, emit);
      continue;
    }
    const target = resolvePath(folder, link.path);
    const name = link.path.slice(link.path.lastIndexOf('/') + 1);
    const fileProblem = (problem: 'missing' | 'outside' | 'beside' | 'type' | 'image-link') => out.push(bodyFile.at(input.file, at, { problem, url: ref.url, name, folder: `${folder}/`, ext }));
    if (target === undefined || !target.startsWith('content/')) {
      fileProblem('outside');
      continue;
    }
    if ((ext === '.md' || ext === '.mdx') && ref.kind === 'link') {
      const id = articleFiles.get(target);
      if (id !== undefined) {
        emit.target(ref.url, { ok: false, problem: 'article-file', id });
        continue;
      }
    }
    const allowed = ref.kind === 'image' ? IMAGE_FORMATS : ATTACHMENT_FORMATS;
    if (!allowed.includes(ext)) {
      fileProblem(ref.kind === 'link' && IMAGE_FORMATS.includes(ext) ? 'image-link' : 'type');
      continue;
    }
    if (!fs.exists(target)) fileProblem('missing');
    else if (ref.kind === 'link') {
      // Published beside the page: only paths that stay below the article's folder keep that shape on the site.
      if (!target.startsWith(`${folder}/`)) fileProblem('beside');
      else attachments.push({ href: link.path, file: target, text: ref.text });
    }
  }
  return { diagnostics: out, attachments };
}

/** Every `evidence` field under a record's data, with its path. */
function evidencePaths(data: unknown, path: PathSegment[] = [], out: { path: PathSegment[]; value: string }[] = [], depth = 0): { path: PathSegment[]; value: string }[] {
  if (depth > 8 || data === null || typeof data !== 'object') return out;
  if (Array.isArray(data)) data.forEach((v, i) => evidencePaths(v, [...path, i], out, depth + 1));
  else
    for (const [k, v] of Object.entries(data)) {
      if (k === 'evidence' && typeof v === 'string') out.push({ path: [...path, k], value: v });
      else evidencePaths(v, [...path, k], out, depth + 1);
    }
  return out;
}

/** `evidence` links of progress records and supervision findings point at pages the site builds, or another site in full. */
export const checkEvidenceLinks: Check = (context) => {
  const routes = siteRoutes(context.files);
  const findings: Finding[] = [];
  for (const f of context.files) {
    if (f.kind !== 'record' && f.kind !== 'supervision' && f.kind !== 'deliverables') continue;
    for (const { path, value } of evidencePaths(f.data)) {
      const emit: Emit = {
        localPath: (url, name) => findings.push(linkLocalPath.finding(f.file, path, { url, name, where: 'record' })),
        protocolRelative: (url, host) => findings.push(linkProtocolRelative.finding(f.file, path, { url, host })),
        target: (url, problem) => findings.push(linkTarget.finding(f.file, path, { url, ...problem })),
      };
      const link = classifyLink(value);
      if (!checkCommon(link, value, emit)) continue;
      // Other shapes (no leading "/", spaces …) are the link-format rule's.
      if (link.kind === 'site') checkSitePath(routes, value, link.path, link.fragment, emit);
    }
  }
  return findings;
};

export { siteRoutes };
