/**
 * Text similarity, a subsystem of its own: what the duplicate search of `src/batch/` asks of two
 * consortia's texts and units, and nothing of the rules (it imports nothing outside this folder;
 * tests/similarity/importGraph.test.ts holds it so). Its API, in the order a search uses it:
 *
 * - **normalise**: `normalizeText` (full width, case, spaces and punctuation folded), `normalizedUnits`,
 *   `textOfUnits`;
 * - **shingle**: `shingles` (the character n-grams of a text), `ShingleCodes` (each shingle coded once,
 *   in typed arrays), `shingleSketch` and `sketchesMayReach` (a small sketch that rules a pair out
 *   before its texts are compared), `contentChunks` (long texts read piece by piece);
 * - **compare**: `jaccard`, `sortedJaccard`, `codeSetJaccard`, `ContentSimilarity` (the similarity of two
 *   texts, bounded early by `ChunkBound`);
 * - **candidate pairs**: `candidatePairs`, `codedCandidatePairs` (the pairs that may reach a
 *   similarity, found through shared items, not by comparing every pair), `interned`, `internedSets`;
 * - **shared passages**: `sharedPassages`, `PassageSearch` (the longest passages two texts share, the
 *   evidence a clerk reads).
 */
export { candidatePairs, codedCandidatePairs } from './candidatePairs.js';
export { ChunkBound } from './chunkBound.js';
export { type CodeSet, codeSetJaccard } from './codeSet.js';
export { type ChunkSizes, contentChunks } from './contentChunks.js';
export { ContentSimilarity } from './contentSimilarity.js';
export { interned } from './interned.js';
export { internedSets } from './internedSets.js';
export { jaccard, sortedJaccard } from './jaccard.js';
export { normalizedUnits, normalizeText, textOfUnits } from './normalizeText.js';
export { PassageSearch, sharedPassages } from './sharedPassages.js';
export { keyAt, keyOfShingle, ShingleCodes } from './shingleCodes.js';
export { type ShingleSketch, shingleSketch, sketchesMayReach } from './shingleSketch.js';
export { shingles } from './shingles.js';
