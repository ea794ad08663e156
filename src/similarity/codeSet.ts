/**
 * A set of non-negative integer codes as a compressed bitmap: the indexes of its nonzero 32-bit words,
 * in order, and those words. Codes given out one after another (a text's new shingles) fill whole
 * words, so two near-copies of a long text compare in a thirty-second of the steps a sorted list takes.
 */
export interface CodeSet {
  /** Word indexes (code >>> 5), ascending. */
  readonly words: Int32Array;
  /** The bits of each word: bit `code & 31` set for each code of the set. */
  readonly bits: Int32Array;
  /** How many codes the set holds. */
  readonly size: number;
}

/** The number of bits set in a 32-bit word. */
export function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * The Jaccard similarity |A ∩ B| / |A ∪ B| of two {@link CodeSet}s (0 when both are empty), or
 * `undefined` as soon as it is certain to be below `atLeast`: the merge stops when even every code
 * left in the smaller remainder being shared could not reach it.
 *
 * @example
 * const codes = new ShingleCodes(1, []);
 * const a = codes.codeSet(normalizedUnits('ab'));
 * const b = codes.codeSet(normalizedUnits('bcd'));
 * codeSetJaccard(a, b) //=> 0.25
 * codeSetJaccard(a, b, 0.3) //=> undefined
 */
export function codeSetJaccard(a: CodeSet, b: CodeSet, atLeast = 0): number | undefined {
  const total = a.size + b.size;
  const reaches = (most: number) => total === 0 || most / (total - most) >= atLeast;
  if (!reaches(Math.min(a.size, b.size))) return undefined;
  let shared = 0;
  let leftA = a.size;
  let leftB = b.size;
  let i = 0;
  let j = 0;
  let step = 0;
  while (i < a.words.length && j < b.words.length) {
    const x = a.words[i] as number;
    const y = b.words[j] as number;
    if (x === y) {
      const p = a.bits[i] as number;
      const q = b.bits[j] as number;
      shared += popcount(p & q);
      leftA -= popcount(p);
      leftB -= popcount(q);
      i++;
      j++;
    } else if (x < y) leftA -= popcount(a.bits[i++] as number);
    else leftB -= popcount(b.bits[j++] as number);
    if (++step === 4096) {
      step = 0;
      if (!reaches(shared + Math.min(leftA, leftB))) return undefined;
    }
  }
  const similarity = total === 0 ? 0 : shared / (total - shared);
  return similarity >= atLeast ? similarity : undefined;
}
