import { codePointsOf } from './codePointsOf.js';
import { popcount } from './codeSet.js';

/**
 * A long text's shingles (字符 n-gram) hashed into a bitmap: not its set of shingles, but enough to prove
 * that two texts cannot reach a Jaccard similarity, in a pass over each and a word operation per
 * 32 buckets for a pair, without coding a shingle. A batch of long texts that share nothing is then
 * answered without the table of every distinct shingle that coding them would fill.
 */
export interface ShingleSketch {
  /** A bit per bucket (`hash & (buckets − 1)`), set for each bucket a shingle of the text falls in. */
  readonly bits: Int32Array;
  /** How many buckets are set: at most the number of distinct shingles. */
  readonly filled: number;
  /**
   * The positions read, less those whose shingle was seen before (a repeat found in a small cache): at
   * least the number of distinct shingles, since each one's first position is counted.
   */
  readonly counted: number;
}

/** The cache of shingles seen, in which a text's repeats are found: 2^13 slots (a level-1 cache's worth). */
const CACHE_BITS = 13;

/** The multiplier of the rolling hash of a window of code points (odd, so that no bit is lost). */
const ROLL = 0x01000193;

/** The bits of a window's rolling hash mixed, so that neighbouring windows fall in far buckets. */
function mixed(h: number): number {
  const m = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  return Math.imul(m ^ (m >>> 13), 0xc2b2ae35) ^ (m >>> 16);
}

function sameAt(points: Int32Array, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (points[a + k] !== points[b + k]) return false;
  return true;
}

/**
 * The {@link ShingleSketch} of a normalized text (`normalizedUnits`) for shingles of `n` characters,
 * with about four buckets a character (a power of two, at least 2^10): the shingles
 * are those of `shingles(text, n)`, the notice's own included.
 *
 * @example
 * const sketch = shingleSketch(normalizedUnits('订单牵引订单牵引'), 3);
 * sketch.counted //=> 4  (订单牵, 单牵引, 牵引订, 引订单: the last two positions repeat the first two)
 * sketch.filled //=> 4
 */
export function shingleSketch(units: Uint16Array, n: number): ShingleSketch {
  const points = codePointsOf(units);
  const width = Math.min(n, points.length);
  const positions = points.length === 0 ? 0 : points.length - width + 1;
  let buckets = 1 << 10;
  while (buckets < 4 * positions && buckets < 1 << 30) buckets *= 2;
  const bits = new Int32Array(buckets >>> 5);
  const mask = buckets - 1;
  // Where each cached shingle starts, plus one (0: empty).
  const seen = new Int32Array(1 << CACHE_BITS);
  let counted = 0;
  // The rolling hash Σ p[i + k]·ROLL^(width − 1 − k) (mod 2^32) of the window from i, and ROLL^(width − 1).
  let rolled = 0;
  let top = 1;
  for (let k = 0; k < width; k++) {
    rolled = (Math.imul(rolled, ROLL) + (points[k] as number)) | 0;
    if (k > 0) top = Math.imul(top, ROLL);
  }
  for (let i = 0; i < positions; i++) {
    if (i > 0) {
      const out = Math.imul(points[i - 1] as number, top);
      rolled = (Math.imul(rolled - out, ROLL) + (points[i + width - 1] as number)) | 0;
    }
    const h = mixed(rolled);
    const bucket = h & mask;
    bits[bucket >>> 5] = (bits[bucket >>> 5] as number) | (1 << (bucket & 31));
    const slot = h >>> (32 - CACHE_BITS);
    const before = (seen[slot] as number) - 1;
    if (before >= 0 && sameAt(points, before, i, width)) continue;
    seen[slot] = i + 1;
    counted++;
  }
  let filled = 0;
  for (let w = 0; w < bits.length; w++) filled += popcount(bits[w] as number);
  return { bits, filled, counted };
}

/**
 * Whether two texts whose sketches these are may have a Jaccard similarity of their shingles of at
 * least `atLeast` (from 0 to 1) once the `left` shingles of the notice's own text are left out of both
 * sets: `false` only when it is proved below. The larger sketch is read at the smaller's buckets (its
 * halves folded together). Bucket by bucket, the shingles both texts share are at most the buckets
 * both set, plus what either text has beyond one shingle a bucket; each text has at least as many
 * shingles as buckets set, less those left out (a left-out shingle the two share also adds to what
 * they share, so `left` once covers both texts).
 *
 * @example
 * const a = shingleSketch(normalizedUnits('链主企业搭建产业协同平台'), 3);
 * const b = shingleSketch(normalizedUnits('集群企业共建共享检测中心'), 3);
 * sketchesMayReach(a, a, 0.4) //=> true
 * sketchesMayReach(a, b, 0.4) //=> false
 */
export function sketchesMayReach(a: ShingleSketch, b: ShingleSketch, atLeast: number, left = 0): boolean {
  const [small, large] = a.bits.length <= b.bits.length ? [a, b] : [b, a];
  const words = small.bits.length;
  const folds = large.bits.length / words;
  let both = 0;
  let largeFilled = 0;
  for (let w = 0; w < words; w++) {
    let folded = large.bits[w] as number;
    for (let f = 1; f < folds; f++) folded |= large.bits[w + f * words] as number;
    largeFilled += popcount(folded);
    both += popcount(folded & (small.bits[w] as number));
  }
  const shared = both + Math.min(small.counted - small.filled, large.counted - largeFilled);
  // |A ∩ B| ≥ t·|A ∪ B| means |A ∩ B|·(1 + t) ≥ t·(|A| + |B|).
  // (Less a part in a million million: a product's rounding never rules out a pair at the bound.)
  return shared * (1 + atLeast) >= atLeast * (small.filled + largeFilled - left) * (1 - 1e-12);
}
