import { z } from 'zod';
import type { Rule } from '../src/rules/define.ts';
import type { RuleCode } from '../src/rules/index.ts';
import { basePath, countyCode, editUrl, icp, policeFiling, siteCode, siteUrl } from '../src/rules/site.ts';
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
  asOf: dayDate
    .optional()
    .describe('固定的进度计算日期（可选），如 2020-11-20：填写后各页按这一天计算，不随日期更新，不能晚于工作结束日期。省略时，已结束的工作按结束日期计算，进行中的按构建当天计算'),
});

export type County = z.infer<typeof CountySchema>;
export type Site = z.infer<typeof SiteSchema>;
