// Personal data that must not be published by accident (src/content-model/personal-data.ts
// finds it). Messages mask the value: CI logs are public.
import { defineRule } from './define.ts';
import { articleBody as article } from './demo-examples.ts';

type Where = 'entry' | 'article';
const allow = (where: Where) => (where === 'article' ? '在文章开头的信息区' : '在该条目中');
const piiMessage = (what: string) => (p: { masked: string; where: Where }) =>
  `这里疑似${what}（${p.masked}），公开发布会泄露个人信息：请删除；确需公开的，请${allow(p.where)}加上 personalDataAllowed，并在 reason 中写明理由`;

export const piiIdCard = defineRule({
  code: 'pii-id-card',
  severity: 'error',
  // An unquoted number is reported as personal data, not as a number stored inexactly.
  supersedes: ['number-precision'],
  group: 'personal',
  meaning: '疑似居民身份证号，公开会泄露个人信息：请删除；确需公开的，在该条目（或文章信息区）加 personalDataAllowed 并写明理由。',
  message: piiMessage('居民身份证号'),
  examples: {
    // 11010519491231002X is the sample number printed in GB 11643 itself, not a person's.
    bad: [article('写出了学生的身份证号', '一名学生（身份证号 11010519491231002X）已返校就读。')],
    good: [article('不写身份证号', '一名辍学学生已返校就读。')],
  },
});

export const piiMobile = defineRule({
  code: 'pii-mobile',
  severity: 'error',
  // An unquoted number is reported as personal data, not as a number stored inexactly.
  supersedes: ['number-precision'],
  group: 'personal',
  meaning: '疑似个人手机号码：请改用单位办公电话；确需公开的，加 personalDataAllowed 并写明理由。',
  message: piiMessage('手机号码'),
  examples: {
    bad: [article('写出了个人手机', '联系人：李老师，电话 13800000000。')],
    good: [article('写单位办公电话', '咨询电话：0000-1234567（县教育局办公室）。')],
  },
});

export const piiEmail = defineRule({
  code: 'pii-email',
  severity: 'error',
  group: 'personal',
  meaning: '疑似个人电子邮箱（如 QQ、163 等免费邮箱）：请改用单位邮箱（如 *.gov.cn）；确需公开的，加 personalDataAllowed 并写明理由。',
  message: piiMessage('个人电子邮箱'),
  examples: {
    bad: [article('个人免费邮箱', '材料请发送至 12345678@qq.com。')],
    good: [article('单位邮箱', '材料请发送至 jyj@example.gov.cn。')],
  },
});
