/**
 * sme-dx-benchmark: 昌吉州中小企业数字化转型典型标杆申报要求, as code.
 *
 * The public API is a flat list of small functions and the schemas of the 申报书.
 * @packageDocumentation
 */

export { creditCodeAlphabet } from './credit-code/alphabet.js';
export { creditCodeCheckDigit } from './credit-code/creditCodeCheckDigit.js';
export { isValidCreditCode } from './credit-code/isValidCreditCode.js';
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
export { applicationJsonSchema } from './model/applicationJsonSchema.js';
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
export type { Message, ModelIssue, ModelIssueCode } from './model/issue.js';
export { labelAt, type PathLabel } from './model/labelAt.js';
export type { FieldLabel } from './model/labelled.js';
export { limits } from './model/limits.js';
export { type ParseResult, parseApplication } from './model/parseApplication.js';
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
