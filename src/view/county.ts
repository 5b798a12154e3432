// The words of the county-level division, from content/site.yaml `county`: a
// 县 says 全县 and 县政府, a 区 says 全区 and 区政府. Every page that names the
// county's own level takes its words from here, so no page says 区 for a 县.
import type { County } from '../../schemas/site.ts';

export interface CountyWords {
  /** The county's name: 某某县. */
  readonly name: string;
  /** 县, 区, 市 or 旗. */
  readonly word: County['word'];
  /** 全县 */
  readonly all: string;
  /** 本县 */
  readonly own: string;
  /** 县政府 */
  readonly government: string;
  /** 县直部门 */
  readonly departments: string;
  /** 县直单位 */
  readonly directUnits: string;
}

export function countyWords(county: County): CountyWords {
  const w = county.word;
  return {
    name: county.name,
    word: w,
    all: `全${w}`,
    own: `本${w}`,
    government: `${w}政府`,
    departments: `${w}直部门`,
    directUnits: `${w}直单位`,
  };
}
