/**
 * sme-dx-benchmark: 昌吉州中小企业数字化转型典型标杆申报要求, as code.
 *
 * The stable core: evaluate one 申报书 or a batch, read one, find duplicate consortia, load a rule
 * pack, and write reports. The pieces (credit codes, the model, facts, operators, packs, the
 * duplicate search, message writing) are in the subpaths `sme-dx-benchmark/credit-code`, `/model`,
 * `/facts`, `/operators`, `/pack`, `/batch` and `/report`.
 * @packageDocumentation
 */

export type { DuplicateGroup } from './batch/duplicateGroupsOf.js';
export {
  type BatchEvaluation,
  type EvaluateBatchOptions,
  evaluateBatch,
  type LeadInSeveralApplications,
} from './batch/evaluateBatch.js';
export {
  evaluateBatchStreamed,
  type StreamedBatch,
  type StreamedBatchOptions,
} from './batch/evaluateBatchStreamed.js';
export {
  type DuplicatePair,
  type DuplicatePairs,
  type FindDuplicatesOptions,
  findDuplicateConsortia,
  type PairMember,
} from './batch/findDuplicateConsortia.js';
export type {
  Action,
  CheckResult,
  Correction,
  Evaluation,
  EvaluationResult,
  Finding,
  InvalidEvaluation,
  MissingField,
  Outcome,
  Stage,
  Subject,
  Summary,
  Verdict,
  Verification,
} from './evaluate/checkResult.js';
export type { CompactCheck, CompactEvaluation, CompactResult, CompactText } from './evaluate/compactResultOf.js';
export {
  type Detail,
  type Engine,
  type EvaluateOptions,
  evaluate,
  evaluateSync,
  type Mode,
  summaryOf,
} from './evaluate/evaluate.js';
export { verdictOf } from './evaluate/verdictOf.js';
export { applicationJsonSchema, type JsonSchema } from './model/applicationJsonSchema.js';
export type { Message, ModelIssue, ModelIssueCode } from './model/issue.js';
export { type ParseResult, parseApplication } from './model/parseApplication.js';
export type { Application } from './model/schema.js';
export type { CheckId } from './pack/checkId.js';
export { defaultPack, defaultPackFiles } from './pack/defaultPack.js';
export type { DefaultPackFiles } from './pack/defaultPackFiles.js';
export {
  isRulePack,
  type LoadedCheck,
  loadRulePack,
  type PackVocabularies,
  type RulePack,
} from './pack/loadRulePack.js';
export { RulePackError, type RulePackIssue } from './pack/RulePackError.js';
export { batchCsv, type CsvLang, type CsvOptions } from './report/batchCsv.js';
export { formatTextReport, type TextReportOptions } from './report/formatTextReport.js';
export { renderHtmlReport } from './report/renderHtmlReport.js';
