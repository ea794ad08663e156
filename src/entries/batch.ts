/**
 * `sme-dx-benchmark/batch`: The pieces of the duplicate search across applications (二（一）3): unit sets, text normalisation, shingles, similarity and shared passages.
 * @packageDocumentation
 */

export { type BatchEntry, batchEntryOf } from '../batch/batchEntry.js';
export { candidatePairs, codedCandidatePairs } from '../batch/candidatePairs.js';
export { type CodeSet, codeSetJaccard } from '../batch/codeSet.js';
export { consortiumText } from '../batch/consortiumText.js';
export { type ChunkSizes, contentChunks } from '../batch/contentChunks.js';
export { defaultEvidenceBudget } from '../batch/defaultEvidenceBudget.js';
export { type DuplicateGroup, duplicateGroupsOf } from '../batch/duplicateGroupsOf.js';
export { applicationRef } from '../batch/evaluateBatch.js';
export { type DuplicatePairs, findDuplicatesAmong, isConsortium } from '../batch/findDuplicateConsortia.js';
export { interned } from '../batch/interned.js';
export { jaccard, sortedJaccard } from '../batch/jaccard.js';
export { normalizedUnits, normalizeText, textOfUnits } from '../batch/normalizeText.js';
export { type BatchPlan, planBatch } from '../batch/planBatch.js';
export { PassageSearch, sharedPassages } from '../batch/sharedPassages.js';
export { ShingleCodes } from '../batch/shingleCodes.js';
export { type ShingleSketch, shingleSketch, sketchesMayReach } from '../batch/shingleSketch.js';
export { shingles } from '../batch/shingles.js';
export { unitCodes } from '../batch/unitCodes.js';
export type { ResolvedOptions } from '../evaluate/evaluate.js';
