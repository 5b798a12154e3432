// An article's picture sits beside it, in a format the site publishes, and small
// enough for a phone on a slow network.
import { defineRule } from './define.ts';

/** Formats the site publishes; photos are re-encoded at build time, which drops EXIF (and GPS). */
export const IMAGE_FORMATS = ['.jpg', '.jpeg', '.png', '.webp', '.svg'];
/** A photo larger than this is straight from a camera: resize it before committing. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export type ImageProblem =
  | { readonly kind: 'path'; readonly src: string }
  | { readonly kind: 'format'; readonly ext: string }
  | { readonly kind: 'missing'; readonly src: string }
  | { readonly kind: 'size'; readonly bytes: number };

export const imageFile = defineRule({
  code: 'image-file',
  severity: 'error',
  group: 'files',
  meaning: `文章配图须放在文章旁边（路径以 ./ 开头），格式为 ${IMAGE_FORMATS.join('、')}，且不超过 ${MAX_IMAGE_BYTES / 1024 / 1024} MB；发布时照片会重新编码，拍摄地点等 EXIF 信息不会公开。`,
  message: (p: ImageProblem) => {
    switch (p.kind) {
      case 'path':
        return `配图路径“${p.src}”须以 ./ 开头，指向文章旁边的图片文件，如 ./photo.jpg`;
      case 'format':
        return `配图格式“${p.ext || '（无扩展名）'}”不支持：请用 ${IMAGE_FORMATS.join('、')}`;
      case 'missing':
        return `找不到配图文件“${p.src}”：请把图片放在文章所在的文件夹，或改正文件名（区分大小写）`;
      case 'size':
        return `配图文件过大（${(p.bytes / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_IMAGE_BYTES / 1024 / 1024} MB）：请先缩小图片（长边 1600 像素左右即可）再提交`;
    }
  },
  examples: {
    bad: [
      {
        name: '路径没有以 ./ 开头',
        file: 'content/achievements/2026-09-01-plan-issued.md',
        lang: 'yaml',
        at: { set: '' },
        code: 'image:\n  src: 照片/会议.bmp\n  alt: 会议现场',
        lines: [2],
      },
    ],
    good: [
      {
        name: '图片放在文章旁边',
        file: 'content/achievements/2026-09-01-plan-issued.md',
        lang: 'yaml',
        at: { set: '' },
        code: 'image:\n  src: ./meeting.png\n  alt: 会议现场，与会人员在听取汇报',
        write: { 'content/achievements/meeting.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
      },
    ],
  },
});
