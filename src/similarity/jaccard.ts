/**
 * Jaccard similarity |A ∩ B| / |A ∪ B| of two sets, from 0 to 1; 0 when both are empty.
 *
 * @example
 * jaccard(new Set(['a', 'b']), new Set(['b', 'c', 'd'])) //=> 0.25
 */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * {@link jaccard} of two sets given as sorted arrays of distinct integers (interned tokens): the same
 * value, by one merge, with no hashing.
 *
 * @example
 * sortedJaccard(Int32Array.of(1, 2), Int32Array.of(2, 3, 4)) //=> 0.25
 */
export function sortedJaccard(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}
