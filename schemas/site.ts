import { z } from 'zod';
import type { Rule } from '../src/rules/define.ts';
import type { RuleCode } from '../src/rules/index.ts';
import { basePath, contactEmail, contactPhone, countyCode, editUrl, errorReportUrl, icp, policeFiling, siteCode, siteUrl } from '../src/rules/site.ts';
import { dayDate, text } from './common.ts';

/** A string in a fixed format, checked by the rule's pattern (the JSON Schema gets the same pattern). */
function pattern(re: RegExp, rule: Rule<RuleCode, void>) {
  return z
    .string()
    .regex(re, { error: () => rule.message() })
    .meta({ rules: { [re.source]: rule.code }, patternErrorMessage: rule.meaning });
}

/** What a county-level division is called: 县, 区 (市辖区), 市 (县级市) or 旗. */
export const countyWords = ['县', '区', '市', '旗'] as const;

export const CountySchema = z.strictObject({
  name: text.describe('县级行政区的名称，如 某某县'),
  word: z
    .enum(countyWords)
    .describe('县级行政区的通称：县、区（市辖区）、市（县级市）或旗；页面据此写“全县”“县政府”等'),
  code: pattern(/^\d{6}$/u, countyCode)
    .describe('6 位行政区划代码（加引号）；各乡镇的 12 位统计用区划代码以它开头'),
});

/**
 * 联系我们: each item may be left empty (`phone:` with nothing after it) while it
 * is not yet published; the page then says so, and the check warns
 * (site-not-ready) or, once the site is marked `published: true`, refuses
 * (site-publish-blocked).
 */
export const ContactSchema = z.strictObject({
  office: text.nullable().optional().describe('负责本专栏的办公室或单位全称，如 某某县义务教育均衡发展工作领导小组办公室；未公布时留空'),
  phone: pattern(/^0\d{2,3}-\d{7,8}(?:转\d{1,6})?$/u, contactPhone)
    .nullable()
    .optional()
    .describe('对外公布的联系电话，写成“区号-号码”，如 0374-1234567；未公布时留空'),
  email: pattern(/^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/u, contactEmail)
    .nullable()
    .optional()
    .describe('对外公布的电子邮箱，如 jyj@example.gov.cn；未公布时留空'),
  address: text.nullable().optional().describe('办公地址（含邮政编码更好）；未公布时留空'),
});

export const SiteSchema = z.strictObject({
  name: text.describe('网站名称，显示在每页顶部和浏览器标题中'),
  description: text.describe('网站简介，一两句话，用于首页和搜索引擎'),
  county: CountySchema.describe('本县（区、市、旗）'),
  organizer: text.describe('主办单位，显示在页脚'),
  operator: text.optional().describe('承办单位（可选），显示在页脚'),
  siteCode: pattern(/^[A-Za-z0-9]{10}$/, siteCode)
    .optional()
    .describe('网站标识码（政府网站必备；未取得时省略）'),
  icp: pattern(/^\p{Script=Han}ICP备\d{8,10}号(?:-\d+)?$/u, icp)
    .optional()
    .describe('ICP 备案号，如 豫ICP备12345678号-1（未备案时省略）'),
  police: pattern(/^\p{Script=Han}公网安备\d{14}号$/u, policeFiling)
    .optional()
    .describe('公安机关备案号，如 豫公网安备41100302000001号（未备案时省略）'),
  url: pattern(/^https?:\/\/[^/\s]+$/u, siteUrl)
    .describe('网站域名（不含路径），用于站点地图和订阅'),
  base: pattern(/^\/(?:[A-Za-z0-9._-]+\/)*$/u, basePath)
    .describe('网站所在路径，如 /zt/junheng/；放在域名根目录时写 /'),
  editUrl: pattern(/^https?:\/\/\S+\/$/u, editUrl)
    .optional()
    .describe('仓库在线编辑地址前缀，后接文件路径，如 https://github.com/org/repo/edit/main/'),
  example: z
    .literal(true)
    .optional()
    .describe('整个网站是示例（演示用的虚构县，每页标明“示例”）时填 true；真实网站不填'),
  contact: ContactSchema.optional().describe('“联系我们”页面和无障碍声明中的联系方式；政府网站必备，未公布的项留空'),
  errorReportUrl: pattern(/^https:\/\/\S+$/u, errorReportUrl)
    .nullable()
    .optional()
    .describe('页脚“我为政府网站找错”链接的地址，以 https:// 开头；全国政府网站找错平台是 https://zfwzzc.www.gov.cn/'),
  published: z
    .boolean()
    .optional()
    .describe('正式对外发布时填 true：此后域名、联系方式或找错链接缺一项，内容检查就报错，不能发布'),
  asOf: dayDate
    .optional()
    .describe('固定的进度计算日期（可选），如 2020-11-20：填写后各页按这一天计算，不随日期更新，不能晚于工作结束日期。省略时，已结束的工作按结束日期计算，进行中的按构建当天计算'),
});

export type County = z.infer<typeof CountySchema>;
export type Site = z.infer<typeof SiteSchema>;
