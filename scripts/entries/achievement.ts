// A news article (工作动态): one Markdown file in content/achievements/.
import { extname } from 'node:path';
import { categories } from '../../schemas/achievement.ts';
import { diskFs } from '../../src/content-model/content-fs.ts';
import { pickUnit, PLACEHOLDER, yamlString, type EntryKind } from './entry.ts';

const achievement: EntryKind = {
  title: '工作动态（新闻、成果展示、宣传报道、通知公告），一篇一个文件',
  options: { title: '标题（可选）', unit: '发布单位的编号（可选，默认单位名录中的第一个）' },
  example: 'npm run new -- achievement --title "乙镇完成控辍保学台账整改" --unit yi-town',
  create(context, options) {
    const unit = pickUnit(context, options.unit);
    // The URL comes from the file name, so it must be unique across the folder, examples included.
    const files = diskFs(context.root).files('content/achievements');
    const taken = new Set(files.filter((f) => ['.md', '.mdx'].includes(extname(f))).map((f) => f.slice(f.lastIndexOf('/') + 1).replace(/\.mdx?$/, '')));
    let id = `${context.today}-${unit.id}`;
    for (let n = 2; taken.has(id); n++) id = `${context.today}-${unit.id}-${n}`;
    const title = options.title?.trim() || `${PLACEHOLDER}：标题`;
    const text = [
      '---',
      `title: ${yamlString(title)}`,
      '# 发布日期：年-月-日',
      `date: ${context.today}`,
      `# 发布单位：content/units.yaml 中的编号（${unit.name}）`,
      `unit: ${unit.id}`,
      `# 栏目：${categories.join('、')}`,
      `category: ${categories[0]}`,
      `summary: ${PLACEHOLDER}：一两句话的摘要，显示在文章列表中。`,
      '---',
      '',
      `${PLACEHOLDER}：正文。段落之间空一行；小标题以“## ”开头。`,
      '',
    ].join('\n');
    return {
      file: `content/achievements/${id}.md`,
      text,
      next: [
        '把“待填写”的标题、摘要和正文换成实际内容；需要时改 unit（发布单位）和 category（栏目）。',
        '文件名就是文章网址的一部分，可以改（只能用小写英文字母、数字和连字符）。',
        '改完运行 npm run check。',
      ],
    };
  },
};

export const ARTICLE_KINDS = { achievement } as const;
