// What the indicator pages need for one statistics year, read once: the school
// dataset of that year and the self-score and survey of the same year (or,
// when no school data exists, the newest of each).
import { getSchoolDatasets, getSelfScores, getSite, getSurveys, getUnits } from '../../site/content.ts';

export async function reportData() {
  const [datasets, selfScores, surveys, units, site] = await Promise.all([getSchoolDatasets(), getSelfScores(), getSurveys(), getUnits(), getSite()]);
  const hasRealSchools = datasets.some((d) => d.example !== true);
  const forYear = (year: number | undefined) => ({
    dataset: year === undefined ? undefined : datasets.find((d) => d.year === year),
    selfScore: year === undefined ? selfScores[0] : selfScores.find((s) => s.year === year),
    survey: year === undefined ? surveys[0] : surveys.find((s) => s.year === year),
  });
  return { datasets, units, hasRealSchools, region: site.county.name, forYear };
}
