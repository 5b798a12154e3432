// Replacing a leading-group member (content/leading-group.yaml) when the
// person holding the post changes: the new person takes the old one's place
// in the list, with the same role and unit; the office head follows.
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { suggest } from '../../src/content-model/suggest.ts';
import { checkId, EntryError, readText, required, type EntryKind } from './entry.ts';
import { parseContentYaml, rootMap, setAfter, writeYaml } from './yaml-edit.ts';

const FILE = 'content/leading-group.yaml';

const replaceMember: EntryKind = {
  title: '领导小组成员换人：新成员接替原成员的位置、职务（组长、副组长、成员）和单位',
  options: {
    member: '原成员的人员编号（见 content/leading-group.yaml）',
    name: '新成员的姓名',
    id: '新成员的人员编号：姓名拼音，如 li-mou；重名时加单位，如 li-mou-finance',
    title: '新成员的职务（可选，如 局长；不写时沿用原成员的职务）',
  },
  example: 'npm run new -- replace-member --member zhao-ding --name 李某 --id li-mou',
  create(context, options) {
    const text = readText(context.root, FILE);
    if (text === undefined) throw new EntryError(`找不到 ${FILE}`);
    const doc = parseContentYaml(text);
    const map = rootMap(doc);
    const list = map?.get('members', true);
    if (doc.errors.length > 0 || !map || !isSeq(list)) throw new EntryError(`${FILE} 有格式错误，无法修改：请先运行 npm run check，按提示改正后再试`);
    const members = list.items.filter(isMap) as YAMLMap[];
    const ids = members.map((m) => String(m.get('id')));
    const old = required(options, 'member', '要换下的是哪位成员：content/leading-group.yaml 中他（她）的 id');
    const member = members.find((m) => m.get('id') === old);
    if (!member) {
      const sameName = members.filter((m) => m.get('name') === old).map((m) => String(m.get('id')));
      if (sameName.length > 0) throw new EntryError(`成员要写人员编号，不写姓名：“${old}”的编号是 ${sameName.join('、')}（同名时按单位区分）`);
      const guess = suggest(old, ids);
      throw new EntryError(`领导小组中没有人员编号“${old}”${guess ? `，您是不是想写“${guess}”？` : '：请查看 content/leading-group.yaml 中各成员的 id'}`);
    }
    const name = required(options, 'name', '新成员的姓名，如 --name 李某');
    if (/\s/u.test(name)) throw new EntryError(`姓名“${name}”中有空格：请去掉空格（排版对齐用的空格不是姓名的一部分）`);
    const id = checkId(required(options, 'id', '新成员的人员编号：姓名拼音，如 --id li-mou；重名时加单位，如 li-mou-finance'), '人员编号');
    if (id !== old && ids.includes(id)) throw new EntryError(`人员编号“${id}”已有人用：两人同名时，编号加上单位区分，如 ${id}-${String(member.get('unit'))}`);

    const oldName = String(member.get('name'));
    const role = String(member.get('role'));
    setAfter(doc, member, 'id', id);
    setAfter(doc, member, 'name', name, 'id');
    if (options.title?.trim()) setAfter(doc, member, 'title', options.title.trim(), 'unit');
    else if (options.title !== undefined) member.delete('title');
    // The permission to publish personal data was the old member's.
    member.delete('personalDataAllowed');
    const office = map.get('office', true);
    const head = isMap(office) && office.get('head') === old;
    if (head) setAfter(doc, office, 'head', id);

    const title = member.get('title');
    const unit = context.content.units?.data.units.find((u) => u.id === member.get('unit'));
    return {
      file: FILE,
      text: writeYaml(doc),
      next: [
        `${unit?.shortName ?? unit?.name ?? String(member.get('unit'))} ${role} ${oldName} → ${name}（人员编号 ${old} → ${id}）。`,
        head ? `${name}同时接任领导小组办公室主任（office.head 已改为 ${id}）。` : '',
        options.title === undefined && title !== undefined ? `职务沿用原成员的“${String(title)}”；有变化时请修改 title。` : '',
        '改完运行 npm run check。',
      ].filter(Boolean),
    };
  },
};

export const LEADING_GROUP_KINDS = { 'replace-member': replaceMember } as const;
