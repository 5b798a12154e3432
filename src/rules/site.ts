// content/site.yaml: the county and the filing numbers a government site carries.
import { defineRule } from './define.ts';

/** A format rule of site.yaml: its pattern and message, shared by the schema and the JSON Schema. */
function siteFormat<const Code extends string>(code: Code, meaning: string, message: string, bad: string, good: string, line = 1, set = '') {
  return defineRule({
    code,
    severity: 'error',
    group: 'site',
    meaning,
    message: () => message,
    examples: {
      bad: [{ name: '格式不对', file: 'content/site.yaml', lang: 'yaml', at: { set }, code: bad, lines: [line] }],
      good: [{ name: '照格式写', file: 'content/site.yaml', lang: 'yaml', at: { set }, code: good }],
    },
  });
}

export const countyCode = siteFormat(
  'county-code',
  '本县的 6 位行政区划代码（各乡镇统计用区划代码的前 6 位），须加引号。',
  '行政区划代码应为 6 位数字，且须加引号，如 code: "123456"',
  'county:\n  name: 示例县\n  word: 县\n  code: "99010"',
  'county:\n  name: 示例县\n  word: 县\n  code: "990101"',
  4,
);

export const siteCode = siteFormat(
  'site-code',
  '网站标识码应为 10 位字母或数字；还没有取得时整行删除。',
  '网站标识码应为 10 位字母或数字，如 4110030001',
  'siteCode: 990101-0001',
  'siteCode: "9901010001"',
);

export const icp = siteFormat('icp', 'ICP 备案号格式应如“豫ICP备12345678号-1”；未备案时整行删除。', 'ICP 备案号格式应如 豫ICP备12345678号-1', 'icp: ICP备12345678号', 'icp: 豫ICP备12345678号-1');

export const policeFiling = siteFormat(
  'police-filing',
  '公安机关备案号格式应如“豫公网安备41100302000001号”（14 位数字）；未备案时整行删除。',
  '公安机关备案号格式应如 豫公网安备41100302000001号',
  'police: 豫公网安备4110030200号',
  'police: 豫公网安备41100302000001号',
);

export const siteUrl = siteFormat(
  'site-url',
  '网站域名须以 https:// 或 http:// 开头，只写域名，末尾不加 /。',
  '网站域名须以 https:// 或 http:// 开头，末尾不加 /，如 https://www.example.gov.cn',
  'url: www.example.gov.cn/',
  'url: https://www.example.gov.cn',
);

export const basePath = siteFormat(
  'base-path',
  '网站所在路径须以 / 开头并以 / 结尾；放在域名根目录时写 /。',
  '路径须以 / 开头并以 / 结尾，如 /zt/junheng/；放在域名根目录时写 /',
  'base: zt/junheng',
  'base: /zt/junheng/',
);

export const editUrl = siteFormat(
  'edit-url',
  '在线编辑地址须以 https:// 开头、以 / 结尾，后面会接上文件路径。',
  '编辑地址须以 https:// 开头、以 / 结尾，如 https://github.com/org/repo/edit/main/',
  'editUrl: github.com/org/repo/edit/main',
  'editUrl: https://github.com/org/repo/edit/main/',
);

export const contactPhone = siteFormat(
  'contact-phone',
  '联系电话写成“区号-号码”，如 0374-1234567，分机写在“转”字后面；还没有对外公布时留空。',
  '联系电话应写成“区号-号码”，如 0374-1234567（分机写成 0374-1234567转8001）',
  'phone: (0999)0123456',
  'phone: 0999-0123456',
  1,
  'contact',
);

export const contactEmail = siteFormat(
  'contact-email',
  '电子邮箱须是完整的地址（名字@单位的域名），中间没有空格或全角字符；还没有对外公布时留空。',
  '电子邮箱应是完整的地址，如 jyj@example.gov.cn，中间不能有空格或中文',
  'email: junheng＠demo.example.org',
  'email: junheng@demo.example.org',
  1,
  'contact',
);

export const errorReportUrl = siteFormat(
  'error-report-url',
  '“我为政府网站找错”的地址须以 https:// 开头，中间没有空格；全国政府网站找错平台的地址是 zfwzzc.www.gov.cn（前面加 https://）。',
  '找错地址须以 https:// 开头，如 https://zfwzzc.www.gov.cn/',
  'errorReportUrl: zfwzzc.www.gov.cn',
  'errorReportUrl: https://zfwzzc.www.gov.cn/',
);
