// The link to the 迎检资料汇编 (the dossier PDF) that the home and progress pages show: where the
// build published it and how big it is, in the words an attachment's link has (PDF，734 KB).
// Undefined when the build made none (astro dev, DOSSIER=off): the pages then show no link.
import { attachmentLabel } from '../content-model/attachments/metadata.ts';
import type { ViewOptions } from './options.ts';

export interface DossierLinkModel {
  /** 资料汇编 */
  readonly text: string;
  readonly href: string;
  /** PDF，734 KB */
  readonly label: string;
  /** What it is, for the sentence around the link. */
  readonly description: string;
}

export function dossierLink(options: ViewOptions): DossierLinkModel | undefined {
  const file = options.dossier;
  if (!file) return undefined;
  return {
    text: '资料汇编',
    href: options.href(file.path),
    label: attachmentLabel('.pdf', file.bytes),
    description: `迎检材料汇编成册${file.date ? `，资料截至${file.date}` : ''}，含印发通知和实施方案、领导小组、各单位任务完成情况、问题整改台账、指标表和公开数据来源，按 A4 排版，可直接打印。`,
  };
}
