import { interned } from './interned.js';

/**
 * The pairs of sets that may have Jaccard similarity ≥ `threshold`, found without comparing all pairs:
 * an inverted index over each set's prefix (prefix filtering, as in AllPairs/PPJoin). Tokens are
 * ordered rarest first (ties in order of first appearance); a set of size s indexes its first s − ⌈t·s⌉ + 1 tokens, and any two sets at
 * or above the threshold share one of them. So no pair at or above the threshold is missed: the
 * result is a superset of the exhaustive answer, to be confirmed by computing the similarity.
 * Pairs also fail early on size (|B| ≥ t·|A|). Pairs are `[i, j]` with i < j.
 *
 * @example
 * candidatePairs([new Set(['a', 'b']), new Set(['a', 'b', 'c']), new Set(['x'])], 0.6) //=> [[0, 1]]
 */
export function candidatePairs(sets: readonly ReadonlySet<string>[], threshold: number): [number, number][] {
  const ids = new Map<string, number>();
  const coded = sets.map((set) => interned(set, ids));
  return codedCandidatePairs(coded, ids.size, threshold);
}

/**
 * {@link candidatePairs} of sets given as arrays of distinct integer tokens (`0 … tokenCount − 1`),
 * as `findDuplicateConsortia` interns credit codes once for the whole search.
 *
 * @example
 * codedCandidatePairs([Int32Array.of(0, 1), Int32Array.of(0, 1, 2), Int32Array.of(3)], 4, 0.6) //=> [[0, 1]]
 */
export function codedCandidatePairs(
  coded: readonly Int32Array[],
  tokenCount: number,
  threshold: number,
): [number, number][] {
  const frequency = new Int32Array(tokenCount);
  for (const set of coded) for (const id of set) frequency[id] = (frequency[id] as number) + 1;
  // Rarest first, ties in order of first appearance: a counting sort. (Which of two equally rare
  // tokens comes first changes which candidates are tried, never which pairs are confirmed.)
  let most = 0;
  for (const f of frequency) most = Math.max(most, f);
  const byFrequency = new Int32Array(most + 2);
  for (const f of frequency) byFrequency[f + 1] = (byFrequency[f + 1] as number) + 1;
  for (let f = 1; f <= most + 1; f++) byFrequency[f] = (byFrequency[f] as number) + (byFrequency[f - 1] as number);
  const rank = new Int32Array(tokenCount);
  for (let id = 0; id < tokenCount; id++) {
    const f = frequency[id] as number;
    rank[id] = byFrequency[f] as number;
    byFrequency[f] = (byFrequency[f] as number) + 1;
  }
  // Each set's prefix: its rarest tokens, as the filter indexes them, all in one buffer (set i's
  // from prefixStart[i], prefixLength[i] of them): no array of its own per set.
  let total = 0;
  for (const set of coded) total += set.length;
  const ranked = new Int32Array(total);
  const prefixStart = new Int32Array(coded.length);
  const prefixLength = new Int32Array(coded.length);
  let at = 0;
  coded.forEach((ids, i) => {
    const size = ids.length;
    for (let k = 0; k < size; k++) ranked[at + k] = rank[ids[k] as number] as number;
    ranked.subarray(at, at + size).sort();
    // A small epsilon keeps ⌈t·s⌉ exact where t·s is a whole number in decimal but not in binary.
    const prefix = threshold <= 0 ? size : size - Math.ceil(threshold * size - 1e-9) + 1;
    prefixStart[i] = at;
    prefixLength[i] = Math.min(size, Math.max(1, prefix));
    at += size;
  });
  // The inverted index in one flat array (postings of rank r from start[r]), filled as the sets are
  // read: a million tokens cost a few typed arrays, not a million lists.
  const start = new Int32Array(tokenCount + 1);
  for (let i = 0; i < coded.length; i++) {
    const from = prefixStart[i] as number;
    for (let p = from; p < from + (prefixLength[i] as number); p++) {
      const r = ranked[p] as number;
      start[r + 1] = (start[r + 1] as number) + 1;
    }
  }
  for (let r = 0; r < tokenCount; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const postings = new Int32Array(start[tokenCount] as number);
  const filled = start.slice(0, tokenCount);
  // The last set each set was paired with: a marker per set, not a set of pairs.
  const pairedWith = new Int32Array(coded.length).fill(-1);
  const pairs: [number, number][] = [];
  for (let i = 0; i < coded.length; i++) {
    const size = (coded[i] as Int32Array).length;
    const from = prefixStart[i] as number;
    for (let q = from; q < from + (prefixLength[i] as number); q++) {
      const r = ranked[q] as number;
      for (let p = start[r] as number; p < (filled[r] as number); p++) {
        const j = postings[p] as number;
        const other = (coded[j] as Int32Array).length;
        const [small, large] = other <= size ? [other, size] : [size, other];
        if (small < threshold * large - 1e-9) continue;
        if (pairedWith[j] === i) continue;
        pairedWith[j] = i;
        pairs.push([j, i]);
      }
      postings[filled[r] as number] = i;
      filled[r] = (filled[r] as number) + 1;
    }
  }
  return pairs;
}
