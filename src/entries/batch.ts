/**
 * `sme-dx-benchmark/batch`: The pieces of the duplicate search across applications (二（一）3): unit sets, text normalisation, shingles, similarity and shared passages.
 * @packageDocumentation
 */

export { type BatchEntry, batchEntryOf } from '../batch/batchEntry.js';
export { consortiumText } from '../batch/consortiumText.js';
export { defaultEvidenceBudget } from '../batch/defaultEvidenceBudget.js';
export { type DuplicateGroup, duplicateGroupsOf } from '../batch/duplicateGroupsOf.js';
export { applicationRef } from '../batch/evaluateBatch.js';
export { type DuplicatePairs, findDuplicatesAmong, isConsortium } from '../batch/findDuplicateConsortia.js';
export { type BatchPlan, planBatch } from '../batch/planBatch.js';
export { unitCodes } from '../batch/unitCodes.js';
export type { ResolvedOptions } from '../evaluate/evaluate.js';
// The text-similarity subsystem (src/similarity/), as the duplicate search uses it.
export {
  type ChunkSizes,
  type CodeSet,
  candidatePairs,
  codedCandidatePairs,
  codeSetJaccard,
  contentChunks,
  interned,
  jaccard,
  normalizedUnits,
  normalizeText,
  PassageSearch,
  ShingleCodes,
  type ShingleSketch,
  sharedPassages,
  shingleSketch,
  shingles,
  sketchesMayReach,
  sortedJaccard,
  textOfUnits,
} from '../similarity/index.js';
