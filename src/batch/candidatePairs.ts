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
  const start = new Int32Array(most + 2);
  for (const f of frequency) start[f + 1] = (start[f + 1] as number) + 1;
  for (let f = 1; f <= most + 1; f++) start[f] = (start[f] as number) + (start[f - 1] as number);
  const rank = new Int32Array(tokenCount);
  for (let id = 0; id < tokenCount; id++) {
    const f = frequency[id] as number;
    rank[id] = start[f] as number;
    start[f] = (start[f] as number) + 1;
  }
  const index: number[][] = Array.from({ length: tokenCount }, () => []);
  // The last set each set was paired with: a marker per set, not a set of pairs.
  const pairedWith = new Int32Array(coded.length).fill(-1);
  const pairs: [number, number][] = [];
  coded.forEach((ids, i) => {
    const size = ids.length;
    if (size === 0) return;
    const ranked = ids.map((id) => rank[id] as number).sort();
    // A small epsilon keeps ⌈t·s⌉ exact where t·s is a whole number in decimal but not in binary.
    const prefix = threshold <= 0 ? size : size - Math.ceil(threshold * size - 1e-9) + 1;
    for (let k = 0; k < Math.max(1, prefix) && k < size; k++) {
      const postings = index[ranked[k] as number] as number[];
      for (const j of postings) {
        const other = (coded[j] as Int32Array).length;
        const [small, large] = other <= size ? [other, size] : [size, other];
        if (small < threshold * large - 1e-9) continue;
        if (pairedWith[j] === i) continue;
        pairedWith[j] = i;
        pairs.push([j, i]);
      }
      postings.push(i);
    }
  });
  return pairs;
}
