/**
 * The shingles of a normalized text as sorted integer codes: `interned(shingles(normalized, n), ids,
 * skip)`, the same array, read from the text in one pass without building the set of strings first (a
 * consortium's texts run to hundreds of thousands of characters).
 *
 * @example
 * const ids = new Map<string, number>();
 * codedShingles('订单牵引', 3, ids) //=> Int32Array [0, 1]  (订单牵, 单牵引)
 */
export function codedShingles(
  normalized: string,
  n: number,
  ids: Map<string, number>,
  skip?: ReadonlySet<string>,
): Int32Array {
  // Outside the BMP a character is two code units: read by characters then.
  const chars = /[\uD800-\uDFFF]/.test(normalized) ? [...normalized] : undefined;
  const length = chars?.length ?? normalized.length;
  const at = (i: number) => (chars === undefined ? normalized.slice(i, i + n) : chars.slice(i, i + n).join(''));
  const count = length < n ? Math.min(length, 1) : length - n + 1;
  const codes = new Int32Array(count);
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const shingle = length < n ? normalized : at(i);
    if (skip?.has(shingle)) continue;
    let id = ids.get(shingle);
    if (id === undefined) {
      id = ids.size;
      ids.set(shingle, id);
    }
    codes[kept++] = id;
  }
  const sorted = codes.subarray(0, kept).sort();
  // Each code once, as in a set.
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i] as number;
  }
  return sorted.slice(0, unique);
}
