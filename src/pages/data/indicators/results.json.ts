// /data/indicators/results.json: every computed assessment figure at full
// precision, for checking the page's rounded figures or reusing them. Each
// school dataset's entry has the shape `npm run indicators -- <file> --json`
// prints, plus year and example at the top.
import type { APIRoute } from 'astro';
import { checkStandard2017, computeBalance } from '../../../lib/indicators.ts';
import { scoreSelfAssessment } from '../../../lib/self-score.ts';
import { surveyResult } from '../../../lib/survey.ts';
import { getSchoolDatasets, getSelfScores, getSurveys, getUnits } from '../../../site/content.ts';

export const GET: APIRoute = async () => {
  const [datasets, selfScores, surveys, units] = await Promise.all([getSchoolDatasets(), getSelfScores(), getSurveys(), getUnits()]);
  const used = new Set(datasets.flatMap((d) => d.schools.map((s) => s.township)));
  const body = {
    description:
      '均衡指标计算结果（完整精度）。schools：各年度学校统计数据的校际间均衡状况（教督〔2012〕3号）和对照教督〔2017〕6号的结果；selfScores：县级人民政府自评；surveys：公众满意度。example 为 true 的是示例数据，不是真实统计。',
    townships: Object.fromEntries(units.filter((u) => used.has(u.id)).map((u) => [u.id, u.name])),
    schools: datasets.map((d) => ({
      year: d.year,
      example: d.example ?? false,
      file: d.sourceFile,
      balance: computeBalance(d),
      standard2017: checkStandard2017(d),
    })),
    selfScores: selfScores.map((s) => ({ file: s.sourceFile, ...scoreSelfAssessment(s) })),
    surveys: surveys.map((s) => ({ file: s.sourceFile, ...surveyResult(s), meanOfGroupsRate: surveyResult(s, 'mean-of-groups').rate })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
