// content/campaign.yaml: a finished campaign says when it ended; a running one does not.
import { defineRule } from './define.ts';

export const campaignEnded = defineRule({
  code: 'campaign-ended',
  severity: 'error',
  group: 'site',
  meaning: '工作已结束（status: 已结束）时须写明结束日期 ended；进行中的工作不写结束日期。网站按结束日期计算进度，并把专题标为历史专题。',
  message: (p: { problem: 'missing' | 'not-ended' }) =>
    p.problem === 'missing'
      ? '工作已结束时须填写结束日期（ended），如 ended: 2020-12-31'
      : '工作进行中时不填结束日期（ended）：结束后再把 status 改为 已结束 并填写日期',
  examples: {
    bad: [{ name: '进行中却写了结束日期', file: 'content/campaign.yaml', lang: 'yaml', at: { set: '' }, code: 'status: 进行中\nended: 2027-06-30', lines: [2] }],
    good: [{ name: '结束后再改状态、写日期', file: 'content/campaign.yaml', lang: 'yaml', at: { set: '' }, code: 'status: 进行中' }],
  },
});
