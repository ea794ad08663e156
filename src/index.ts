/**
 * sme-dx-benchmark: 昌吉州中小企业数字化转型典型标杆申报要求, as code.
 *
 * The public API is a flat list of small functions and the schemas of the 申报书.
 * @packageDocumentation
 */

export { candidatePairs } from './batch/candidatePairs.js';
export { consortiumText } from './batch/consortiumText.js';
export {
  applicationRef,
  type BatchEvaluation,
  type EvaluateBatchOptions,
  evaluateBatch,
  type LeadInSeveralApplications,
} from './batch/evaluateBatch.js';
export {
  type DuplicatePair,
  type FindDuplicatesOptions,
  findDuplicateConsortia,
  isConsortium,
  type PairMember,
} from './batch/findDuplicateConsortia.js';
export { jaccard } from './batch/jaccard.js';
export { normalizeText } from './batch/normalizeText.js';
export { sharedPassages } from './batch/sharedPassages.js';
export { shingles } from './batch/shingles.js';
export { unitCodes } from './batch/unitCodes.js';
export { creditCodeAlphabet } from './credit-code/alphabet.js';
export { creditCodeCheckDigit } from './credit-code/creditCodeCheckDigit.js';
export { isValidCreditCode } from './credit-code/isValidCreditCode.js';
export { normalizeCreditCode } from './credit-code/normalizeCreditCode.js';
export { organizationCodeCheckDigit } from './credit-code/organizationCodeCheckDigit.js';
export {
  type CreditCodeProblem,
  type CreditCodeProblemReason,
  type CreditCodeResult,
  type InvalidCreditCode,
  parseCreditCode,
  type ValidCreditCode,
} from './credit-code/parseCreditCode.js';
export { type Region, regionOf } from './credit-code/regionOf.js';
export { registrationAuthorities } from './credit-code/registrationAuthorities.js';
export type {
  CheckResult,
  Evaluation,
  EvaluationResult,
  InvalidEvaluation,
  MissingField,
  Outcome,
  Stage,
  Subject,
  Summary,
  Verdict,
} from './evaluate/checkResult.js';
export { type EvaluateOptions, evaluate, summaryOf } from './evaluate/evaluate.js';
export { formatMessage, type MessageValues, percentText } from './evaluate/formatMessage.js';
export { verdictOf } from './evaluate/verdictOf.js';
export { adverseRecordsOf } from './facts/adverseRecordsOf.js';
export { attachmentCount } from './facts/attachmentCount.js';
export { bindingScenariosAtLevel } from './facts/bindingScenariosAtLevel.js';
export { characterCount } from './facts/characterCount.js';
export { type CreditCodeFacts, creditCodeFacts } from './facts/creditCodeFacts.js';
export { type CreditReportWindow, creditReportFreshFrom, creditReportGaps } from './facts/creditReportGaps.js';
export { describedEmpowermentPaths } from './facts/describedEmpowermentPaths.js';
export {
  type DistinctParticipants,
  distinctParticipants,
  type ParticipantEntry,
  type RepeatedParticipant,
} from './facts/distinctParticipants.js';
export { type DistinctScenarios, distinctScenarios } from './facts/distinctScenarios.js';
export { fiscalYearsBefore } from './facts/fiscalYearsBefore.js';
export { insolventYears, zeroEquityYears } from './facts/insolventYears.js';
export { jointAgreementGaps, jointAgreementUndeclared } from './facts/jointAgreementGaps.js';
export { missingFiscalYears } from './facts/missingFiscalYears.js';
export { missingRequiredFields, type RequiredFields } from './facts/missingRequiredFields.js';
export { participantCount } from './facts/participantCount.js';
export { participantsOutsideCluster } from './facts/participantsOutsideCluster.js';
export { participantsWithUnknownCluster } from './facts/participantsWithUnknownCluster.js';
export { pilotAccepted } from './facts/pilotAccepted.js';
export { pilotCount } from './facts/pilotCount.js';
export { pilotParticipantGaps } from './facts/pilotParticipantGaps.js';
export { pilotParticipantsBelowLevel } from './facts/pilotParticipantsBelowLevel.js';
export { pilotParticipantsNotAccepted } from './facts/pilotParticipantsNotAccepted.js';
export { pilotRatio } from './facts/pilotRatio.js';
export { placesNamedIn } from './facts/placesNamedIn.js';
export {
  type ApplicationRef,
  type BatchContext,
  type DerivedFact,
  type DuplicateEvidence,
  derivedFacts,
  type FactContext,
} from './facts/registry.js';
export { repeatedParticipants } from './facts/repeatedParticipants.js';
export { repeatedScenarios } from './facts/repeatedScenarios.js';
export { scenariosAtLevel } from './facts/scenariosAtLevel.js';
export { undescribedFields } from './facts/undescribedFields.js';
export { leadRef, participantRef, type UnitRef } from './facts/unitRef.js';
export { applicationJsonSchema, type JsonSchema } from './model/applicationJsonSchema.js';
export { calendarDate, compareCalendarDates, toIsoDate } from './model/calendarDate.js';
export {
  AdverseRecordKind,
  AttachmentKind,
  BeltAndRoadApplicantType,
  Direction,
  Industry,
  LeadRole,
  PilotIndustry,
  PlatformStatus,
  QualityTier,
  Scale,
} from './model/enums.js';
export { isDescribed } from './model/isDescribed.js';
export type { Message, ModelIssue, ModelIssueCode } from './model/issue.js';
export { labelAt, type PathLabel, type ZodSchema } from './model/labelAt.js';
export type { FieldLabel } from './model/labelled.js';
export { limits } from './model/limits.js';
export { type ParseResult, parseApplication } from './model/parseApplication.js';
export { factPathSteps, resolvePath, toPointer, valueAtKeys, valueAtPath } from './model/paths.js';
export {
  AdverseRecord,
  Application,
  Assessment,
  Attachment,
  BeltAndRoad,
  Commitment,
  Consortium,
  Contact,
  Credit,
  FinancialYear,
  Lead,
  Narrative,
  Participant,
  ParticipantPilot,
  Project,
  Recommender,
  Scenario,
  type Unit,
} from './model/schema.js';
export { dateOnOrAfter } from './operators/dateOnOrAfter.js';
export { dateOnOrBefore } from './operators/dateOnOrBefore.js';
export { customOperators } from './operators/index.js';
export { isEmpty } from './operators/isEmpty.js';
export { isFilled } from './operators/isFilled.js';
export { isKnown } from './operators/isKnown.js';
export { startsWithAny } from './operators/startsWithAny.js';
export { startsWithNone } from './operators/startsWithNone.js';
export type { CheckId } from './pack/checkId.js';
export { defaultPack, defaultPackFiles } from './pack/defaultPack.js';
export {
  isRulePack,
  type LoadedCheck,
  loadRulePack,
  type PackVocabularies,
  paramsNamedIn,
  type RulePack,
} from './pack/loadRulePack.js';
export { type ParametersAt, parametersAt } from './pack/parametersAt.js';
export { RulePackError, type RulePackIssue } from './pack/RulePackError.js';
export type { CheckKind, LeafCondition, PackCheck, PackCondition, PackParameter } from './pack/schema.js';
export { batchCsv } from './report/batchCsv.js';
export { formatTextReport, type TextReportOptions } from './report/formatTextReport.js';
export { clauseInEnglish, kindLabels, outcomeLabels, outcomeMarks, verdictLabels } from './report/labels.js';
export { escapeHtml, renderHtmlReport } from './report/renderHtmlReport.js';
