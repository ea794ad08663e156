/**
 * `sme-dx-benchmark/report`: How results are written for people: message templates filled in Chinese and English, labels, marks and clause citations.
 * @packageDocumentation
 */

export { compactResultOf } from '../evaluate/compactResultOf.js';
export { correctionsOf, verificationsOf } from '../evaluate/correctionsOf.js';
export {
  formatMessage,
  type MessageValues,
  messageFilters,
  percentText,
  type TemplateReference,
  templateReferences,
} from '../evaluate/formatMessage.js';
export { isAdvisoryNote } from '../evaluate/isAdvisoryNote.js';
export { batchCsvHeader, batchCsvRow } from '../report/batchCsv.js';
export {
  actionLabels,
  clauseInChinese,
  clauseInEnglish,
  kindLabels,
  outcomeLabels,
  outcomeMarks,
  verdictLabels,
} from '../report/labels.js';
export {
  type NoticeSections,
  noticeSections,
  type Rejection,
  type VerificationItem,
} from '../report/noticeSections.js';
export { escapeHtml } from '../report/renderHtmlReport.js';
