/**
 * A set of tokens as a sorted array of integer codes, each new token given the next code in `ids`
 * (shared across the sets of one search, so equal tokens get equal codes). Tokens in `skip` are left
 * out. Sorted codes compare by merging (`sortedJaccard`), with no hashing.
 *
 * @example
 * const ids = new Map<string, number>();
 * interned(['b', 'a'], ids) //=> Int32Array [0, 1]
 * interned(['a', 'c'], ids) //=> Int32Array [1, 2]
 */
export function interned(tokens: Iterable<string>, ids: Map<string, number>, skip?: ReadonlySet<string>): Int32Array {
  const codes: number[] = [];
  for (const token of tokens) {
    if (skip?.has(token)) continue;
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    codes.push(id);
  }
  return Int32Array.from(codes).sort();
}
