/**
 * The pairs of sets that may have Jaccard similarity ≥ `threshold`, found without comparing all pairs:
 * an inverted index over each set's prefix (prefix filtering, as in AllPairs/PPJoin). Tokens are
 * ordered rarest first; a set of size s indexes its first s − ⌈t·s⌉ + 1 tokens, and any two sets at
 * or above the threshold share one of them. So no pair at or above the threshold is missed: the
 * result is a superset of the exhaustive answer, to be confirmed by computing the similarity.
 * Pairs also fail early on size (|B| ≥ t·|A|). Pairs are `[i, j]` with i < j.
 *
 * @example
 * candidatePairs([new Set(['a', 'b']), new Set(['a', 'b', 'c']), new Set(['x'])], 0.6) //=> [[0, 1]]
 */
export function candidatePairs(sets: readonly ReadonlySet<string>[], threshold: number): [number, number][] {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const token of set) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const index = new Map<string, number[]>();
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = sets.length;
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    const tokens = [...set].sort(
      (a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
    );
    // A small epsilon keeps ⌈t·s⌉ exact where t·s is a whole number in decimal but not in binary.
    const prefix = threshold <= 0 ? tokens.length : tokens.length - Math.ceil(threshold * tokens.length - 1e-9) + 1;
    for (const token of tokens.slice(0, Math.max(1, prefix))) {
      const postings = index.get(token);
      if (postings === undefined) {
        index.set(token, [i]);
        continue;
      }
      for (const j of postings) {
        const other = sets[j] as ReadonlySet<string>;
        const [small, large] = other.size <= set.size ? [other.size, set.size] : [set.size, other.size];
        if (small < threshold * large - 1e-9) continue;
        const key = j * n + i;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([j, i]);
      }
      postings.push(i);
    }
  });
  return pairs;
}
