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
