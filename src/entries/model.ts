/**
 * `sme-dx-benchmark/model`: The 申报书 as data: the zod/mini schemas (one per part of the template), the labelled enums, the Chinese labels of every field, calendar dates, and the paths and JSON Pointers that name a field.
 * @packageDocumentation
 */

export { buildApplicationJsonSchema, type JsonSchemaDraft } from '../model/applicationJsonSchema.js';
export { applicationSchemaFor, type NoticeWords } from '../model/applicationSchemaFor.js';
export { calendarDate, compareCalendarDates, isCalendarDate, toIsoDate } from '../model/calendarDate.js';
export {
  AdverseRecordKind,
  AttachmentKind,
  BeltAndRoadApplicantType,
  Direction,
  Industry,
  LeadRole,
  labelledEnum,
  PilotIndustry,
  PlatformStatus,
  QualityTier,
  Scale,
} from '../model/enums.js';
export { fieldLabel, formFieldLabel } from '../model/fieldLabel.js';
export { isDescribed } from '../model/isDescribed.js';
export { labelAt, type PathLabel, type ZodSchema } from '../model/labelAt.js';
export type { FieldLabel } from '../model/labelled.js';
export { levelLabels } from '../model/levelLabels.js';
export { limits } from '../model/limits.js';
export { normalizeKey } from '../model/normalizeKey.js';
export {
  factPathSteps,
  pointerKeys,
  pointerPath,
  resolvePath,
  toPointer,
  valueAtKeys,
  valueAtPath,
} from '../model/paths.js';
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
} from '../model/schema.js';
