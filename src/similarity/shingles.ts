/**
 * The character n-grams (shingles) of a normalized text, as a set. Chinese has no spaces between
 * words, so overlapping character n-grams stand in for words.
 *
 * @example
 * [...shingles('订单牵引', 3)] //=> ['订单牵', '单牵引']
 */
export function shingles(normalized: string, n: number): Set<string> {
  const chars = [...normalized];
  const out = new Set<string>();
  if (chars.length < n) {
    if (chars.length > 0) out.add(chars.join(''));
    return out;
  }
  for (let i = 0; i + n <= chars.length; i++) {
    let shingle = chars[i] as string;
    for (let k = 1; k < n; k++) shingle += chars[i + k] as string;
    out.add(shingle);
  }
  return out;
}
