// The campaign's end against the calendar and the plan: a finished campaign
// ended on a day that has come, not before its plan began; and site.yaml's
// fixed asOf never computes a finished campaign past its end (the site's
// dating() in src/view/options.ts gives asOf precedence, so this is what keeps
// a 历史专题 from counting days overdue after it closed).
import { formatDate, firstDay } from '../lib/dates.ts';
import { date, items, row, str } from '../content-model/raw.ts';
import type { Check } from './context.ts';
import { defineRule, type Finding } from './define.ts';

const CAMPAIGN = 'content/campaign.yaml';

export const campaignDates = defineRule({
  code: 'campaign-dates',
  severity: 'error',
  group: 'dates',
  meaning:
    '工作结束日期（campaign.yaml 的 ended）不能晚于今天，也不能早于实施方案第一阶段的开始日期；工作已结束时，site.yaml 中固定的进度计算日期（asOf）不能晚于结束日期。',
  message: (p: { problem: 'future'; ended: string; today: string } | { problem: 'before-plan'; ended: string; start: string } | { problem: 'as-of-after-end'; asOf: string; ended: string }) =>
    p.problem === 'future'
      ? `结束日期 ${p.ended} 晚于今天（${formatDate(p.today)}）：工作尚未结束时，请把 status 改为 进行中 并删除 ended`
      : p.problem === 'before-plan'
        ? `结束日期 ${p.ended} 早于实施方案第一阶段的开始日期（${formatDate(p.start, 'start')}）：请核对日期`
        : `进度计算日期 asOf ${p.asOf} 晚于工作结束日期（${formatDate(p.ended)}）：已结束的工作不再往后计算进度，请删除 asOf（按结束日期计算），或改为结束日期以前的日期`,
  examples: {
    bad: [
      { name: '结束日期写成了将来', file: CAMPAIGN, lang: 'yaml', at: { set: '' }, code: 'status: 已结束\nended: 2027-06-30', lines: [2] },
      {
        name: '固定的计算日期晚于结束日期',
        file: 'content/site.yaml',
        lang: 'yaml',
        at: { set: '' },
        code: 'asOf: 2026-12-31',
        write: { [CAMPAIGN]: 'standard: 优质均衡\nstatus: 已结束\nended: 2026-11-30\n' },
      },
    ],
    good: [
      { name: '结束后写上已到的日期', file: CAMPAIGN, lang: 'yaml', at: { set: '' }, code: 'status: 已结束\nended: 2026-11-30' },
      {
        name: '已结束的工作不写 asOf，按结束日期计算',
        file: 'content/site.yaml',
        lang: 'yaml',
        at: { set: '' },
        code: 'base: /',
        write: { [CAMPAIGN]: 'standard: 优质均衡\nstatus: 已结束\nended: 2026-11-30\n' },
      },
    ],
  },
});

export const checkCampaignDates: Check = (context) => {
  const out: Finding[] = [];
  const campaign = context.one('campaign');
  const data = row(campaign?.data);
  if (!campaign || !data || str(data.status) !== '已结束') return out;
  const ended = date(data.ended);
  if (ended === undefined || ended.length !== 10) return out;
  if (ended > context.today) out.push(campaignDates.finding(campaign.file, ['ended'], { problem: 'future', ended, today: context.today }));
  const plan = context.one('plan');
  const starts = plan ? items(plan.data, 'phases').flatMap(([p]) => (date(p.start) === undefined ? [] : [firstDay(date(p.start)!)])) : [];
  const start = starts.sort()[0];
  if (start !== undefined && ended < start) out.push(campaignDates.finding(campaign.file, ['ended'], { problem: 'before-plan', ended, start }));
  const site = context.one('site');
  const asOf = date(row(site?.data)?.asOf);
  if (site && asOf !== undefined && asOf > ended) out.push(campaignDates.finding(site.file, ['asOf'], { problem: 'as-of-after-end', asOf, ended }));
  return out;
};
