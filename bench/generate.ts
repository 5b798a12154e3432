// Synthetic content in the project's real formats, scaled by the number of
// achievements N: the real content/ (site, notice, plan, progress records,
// school data, and its own few articles), the real units and roster plus one
// extra member unit (with its roster member) per 20 achievements, and N
// generated articles.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const ROOT = join(import.meta.dirname, '..');

const SENTENCES = [
  '各乡镇、各有关部门对照本单位工作职责任务进行自查，总结本部门履行职责情况。',
  '区教体局组织督导组深入学校，逐项核对办学条件标准化建设台账。',
  '会议要求，各项数据要真实可靠，严禁弄虚作假，坚决反对形式主义。',
  '学校完善功能室管理制度，图书、仪器设备登记造册，做到账物相符。',
  '通过宣传栏、家长会和致家长一封信等形式，宣传义务教育均衡发展政策。',
];

function article(i: number, unitId: string): string {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 5) + 8).padStart(2, '0');
  const body = [
    `## 第 ${i} 项工作情况`,
    '',
    ...Array.from({ length: 4 }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]!),
    '',
    '- 查找问题，建立台账',
    '- 明确责任，限期整改',
    '',
    SENTENCES[i % SENTENCES.length]!.repeat(2),
  ].join('\n');
  return `---\ntitle: 基准测试文章第 ${i} 篇\ndate: 2020-${month}-${day}\nunit: ${unitId}\ncategory: 工作动态\nsummary: 基准测试生成的文章，用于测量检查和构建速度。\n---\n\n${body}\n`;
}

export function generate(dir: string, n: number): void {
  const content = join(dir, 'content');
  // The real content plus the generated articles, in a subfolder of their own (an examples/ folder is refused: examples-folder).
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  mkdirSync(join(content, 'achievements', 'bench'), { recursive: true });

  const units = parse(readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8')) as { units: Record<string, unknown>[] };
  const group = parse(readFileSync(join(ROOT, 'content', 'leading-group.yaml'), 'utf8')) as { members: Record<string, unknown>[] };
  const extra = Math.floor(n / 20);
  for (let i = 1; i <= extra; i++) {
    units.units.push({ id: `bench-unit-${i}`, name: `基准测试单位${i}`, kind: '区直部门', leadingGroupMember: true });
    group.members.push({ id: `bench-member-${i}`, name: `测试${i}`, role: '成员', unit: `bench-unit-${i}` });
  }
  writeFileSync(join(content, 'units.yaml'), stringify(units));
  writeFileSync(join(content, 'leading-group.yaml'), stringify(group));

  const unitIds = units.units.map((u) => String(u.id));
  for (let i = 1; i <= n; i++) {
    writeFileSync(join(content, 'achievements', 'bench', `bench-${String(i).padStart(5, '0')}.md`), article(i, unitIds[i % unitIds.length]!));
  }
}
