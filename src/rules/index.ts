// The rule registry: every rule the validator can emit, and every cross-file
// check. A diagnostic's `rule` is a RuleCode, so a misspelt code is a type
// error; tests/rule-examples.test.ts runs each rule's examples; the rule
// reference (docs/rules.md) is generated from this list.
import * as assessment from './assessment.ts';
import * as attachments from './attachments.ts';
import * as body from './body.ts';
import * as campaign from './campaign.ts';
import * as campaignDates from './campaign-dates.ts';
import * as dateBounds from './date-bounds.ts';
import type { Check } from './context.ts';
import * as dates from './dates.ts';
import * as duplicates from './duplicates.ts';
import * as examples from './examples.ts';
import * as fields from './fields.ts';
import * as files from './files.ts';
import * as ids from './ids.ts';
import * as image from './image.ts';
import * as links from './links.ts';
import * as numbers from './numbers.ts';
import * as official from './official.ts';
import * as personal from './personal.ts';
import * as progress from './progress.ts';
import * as quantity from './quantity.ts';
import * as readiness from './readiness.ts';
import * as references from './references.ts';
import * as schools from './schools.ts';
import * as schoolItems from './school-items.ts';
import * as schoolsCsv from './schools-csv.ts';
import * as schoolsXlsx from './schools-xlsx.ts';
import * as schoolsMagnitude from './schools-magnitude.ts';
import * as sequence from './sequence.ts';
import * as site from './site.ts';
import * as siteReady from './site-ready.ts';
import * as svg from './svg.ts';
import * as text from './text.ts';
import * as thresholds from './thresholds.ts';
import * as units from './units.ts';
import * as yaml from './yaml.ts';
import * as yamlKeyboard from './yaml-keyboard.ts';

export const RULES = [
  files.fileMissing,
  files.fileUnknown,
  files.fileTooLarge,
  files.encoding,
  image.imageFile,
  yaml.yamlSyntax,
  yaml.yamlDuplicateKey,
  yaml.yamlTag,
  yaml.yamlAlias,
  yaml.yamlComplexKey,
  yaml.yamlDepth,
  yaml.frontmatter,
  fields.required,
  fields.unknownKey,
  fields.type,
  fields.enumValue,
  fields.schema,
  text.textEmpty,
  text.textWhitespace,
  text.nameWhitespace,
  text.invisibleChar,
  text.linkFormat,
  dates.dateInvalid,
  dates.dateDayRequired,
  dates.dateRange,
  dates.outsidePlan,
  dates.deadlineOutsidePhase,
  dates.dateFuture,
  dates.dateOrder,
  ids.idFormat,
  ids.idDuplicate,
  references.unitUnknown,
  references.personUnknown,
  references.phaseUnknown,
  units.memberUnit,
  sequence.sequence,
  official.docNumber,
  units.divisionCode,
  site.countyCode,
  site.siteCode,
  site.icp,
  site.policeFiling,
  site.siteUrl,
  site.basePath,
  site.editUrl,
  site.contactPhone,
  site.contactEmail,
  site.errorReportUrl,
  siteReady.siteNotReady,
  siteReady.sitePublishBlocked,
  campaign.campaignEnded,
  body.htmlForbidden,
  body.htmlEventHandler,
  body.htmlStyle,
  body.htmlRaw,
  body.htmlUnclosed,
  body.urlScheme,
  body.mdxImport,
  body.mdxExport,
  body.mdxExpression,
  body.mdxSyntax,
  personal.piiIdCard,
  personal.piiMobile,
  personal.piiEmail,
  quantity.quantityEmpty,
  quantity.quantityFormat,
  quantity.quantityUnitMissing,
  quantity.quantityUnitUnknown,
  quantity.quantityUnitDimension,
  quantity.quantityNegative,
  quantity.quantityInteger,
  schools.schoolParts,
  schools.schoolShared,
  schools.splitRule,
  schools.pupilsZero,
  schools.teachersSubset,
  references.townshipKind,
  schools.datasetYearDuplicate,
  schoolsCsv.csvSyntax,
  schoolsCsv.csvEmpty,
  schoolsCsv.csvSeparator,
  schoolsCsv.csvHeader,
  schoolsCsv.csvColumns,
  schoolsCsv.csvEmptyCell,
  schoolsCsv.csvInconsistent,
  schoolsCsv.csvYear,
  schoolsCsv.csvSharedRow,
  schoolsCsv.csvDuplicateRow,
  schoolsCsv.csvSplitRule,
  assessment.selfScorePoints,
  assessment.selfScoreAreas,
  assessment.selfScoreItems,
  assessment.selfScoreTotal,
  assessment.surveyCount,
  progress.appliesToEmpty,
  progress.progressFile,
  progress.planRefUnknown,
  progress.planRefUndated,
  progress.deadlineMismatch,
  progress.recordUnit,
  progress.deliverableUnknown,
  progress.deliverableNotApplicable,
  progress.submissionDuplicate,
  progress.findingUnknown,
  progress.rectificationClosed,
  progress.rectificationStatus,
  examples.examplesFolder,
  campaignDates.campaignDates,
  thresholds.thresholdLaxer,
  thresholds.thresholdStandard,
  schoolItems.classCounts,
  schoolItems.fundsSubset,
  readiness.evidenceEmpty,
  readiness.evidenceFile,
  readiness.surveyCategory,
  readiness.readinessStandard,
  links.linkLocalPath,
  links.linkProtocolRelative,
  links.linkTarget,
  links.bodyFile,
  links.imageExternal,
  links.imageMarkup,
  links.articleIdNumber,
  svg.svgUnsafe,
  attachments.attachmentFile,
  attachments.attachmentMetadata,
  yamlKeyboard.yamlFullWidthColon,
  yamlKeyboard.yamlColonSpace,
  yamlKeyboard.yamlColonInValue,
  yamlKeyboard.yamlBullet,
  yamlKeyboard.yamlIndent,
  yamlKeyboard.yamlListDash,
  yamlKeyboard.yamlLineJoined,
  quantity.quantityPrecision,
  numbers.numberPrecision,
  duplicates.unitSameName,
  duplicates.personDuplicate,
  duplicates.divisionCodeCounty,
  dateBounds.beforeNotice,
  dateBounds.phaseOrder,
  dateBounds.articleFileDate,
  dateBounds.placeholder,
  dateBounds.rectificationFinding,
  schoolsXlsx.xlsxFile,
  schoolsXlsx.xlsxSheets,
  schoolsXlsx.xlsxCell,
  schoolsXlsx.tableTotalRow,
  schoolsMagnitude.schoolMagnitude,
] as const;

export type RuleCode = (typeof RULES)[number]['code'];
export type AnyRule = (typeof RULES)[number];

/** The cross-file checks, run by the loader on every file that parsed. */
export const CHECKS: readonly Check[] = [
  units.checkUnitKinds,
  units.checkMemberUnits,
  ids.checkUniqueIds,
  references.checkReferences,
  references.checkPhaseRefs,
  sequence.checkSequence,
  dates.checkPlanDates,
  dates.checkRecordDates,
  progress.checkProgress,
  campaignDates.checkCampaignDates,
  thresholds.checkThresholds,
  readiness.checkReadiness,
  links.checkEvidenceLinks,
  duplicates.checkDuplicates,
  dateBounds.checkDateBounds,
  schoolsMagnitude.checkSchoolMagnitudes,
  siteReady.checkSiteReady,
];

const byCode = new Map<string, AnyRule>(RULES.map((r) => [r.code, r]));

export function ruleByCode(code: string): AnyRule | undefined {
  return byCode.get(code);
}

/** Where an editor reads about a rule, relative to the repository root. */
export const RULE_DOCS_FILE = 'docs/rules.md';

/** The HTML anchor of a rule's entry in the rule reference. */
export function ruleAnchor(code: string): string {
  return `rule-${code}`;
}

export function ruleDocLink(code: string): string {
  return `${RULE_DOCS_FILE}#${ruleAnchor(code)}`;
}
