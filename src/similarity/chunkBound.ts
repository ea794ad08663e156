import { popcount } from './codeSet.js';
import { hashOf, keyAt } from './shingleCodes.js';

/** Buckets of the bound, by default: 2^24 (bitmaps of 2 MB), sixteen and more a shingle for the longest texts. */
const BUCKET_BITS = 24;

/** A chunk's shingles as buckets: each distinct shingle's bucket (the first `distinct`), and how many. */
interface ChunkBuckets {
  readonly buckets: Int32Array;
  readonly distinct: number;
}

/** The chunks two texts both have: their numbers, a key naming them, and their shingles (exactly). */
export interface SharedChunks {
  readonly chunks: readonly number[];
  readonly key: string;
  readonly size: number;
}

/** What the bound needs of one text's chunks that are not shared (Ra), against the shared ones (S). */
interface Rest {
  /** A bit per bucket that Ra's shingles set. */
  readonly bits: Int32Array;
  /** The buckets Ra sets. */
  readonly filled: number;
  /** The buckets Ra sets that S and the skipped shingles do not: at most Ra's shingles S has not. */
  readonly outside: number;
  /** Ra's shingles counted chunk by chunk: at least its distinct shingles. */
  readonly counted: number;
}

/**
 * A bound on the content similarity of two long texts cut into chunks (`contentChunks`), from the
 * chunks they share and buckets of the others' shingles, without coding those: what proves a pair
 * that copied part of its texts below the threshold when the rest of each text is its own.
 *
 * With S the chunks both texts have (their shingles `s` of them, exactly, the skipped ones left out)
 * and Ra, Rb the others: |A ∩ B| = s + x, x being the shingles both Ra and Rb have and S has not, and
 * |A| = s + ra, ra being those of Ra that S has not (the skipped left out). Then
 * J = (s + x) / (s + ra + rb − x), which grows with x and falls with ra and rb. Bucket by bucket:
 * x ≤ the buckets both Ra and Rb set, plus what either has beyond one shingle a bucket (its distinct
 * shingles counted chunk by chunk, at least all of them, less its buckets); ra ≥ the buckets Ra sets
 * that neither S nor a skipped shingle sets.
 *
 * A text's rest is worked out once for the chunks it shares (in a batch whose consortia copied the same
 * passages, once a text), and a pair then costs a word operation per 32 buckets.
 */
export class ChunkBound {
  readonly #n: number;
  readonly #words: number;
  readonly #mask: number;
  /** Buckets set by the skipped shingles: never counted as a text's own. */
  readonly #skipped: Int32Array;
  /** The buckets of the last shared chunks asked for (with the skipped ones), by their numbers. */
  #shared: { readonly key: string; readonly bits: Int32Array } | undefined;
  /** Texts' rests, by text and shared chunks (a few at a time: two megabytes each). */
  readonly #rests = new Map<string, Rest>();
  /** A chunk's distinct shingles, and their buckets: reused from chunk to chunk. */
  readonly #table: Float64Array;
  readonly #buckets: Int32Array;

  /**
   * For shingles of `n` units (n ≤ 3, BMP), the skipped ones given by their keys (`ShingleCodes`'),
   * chunks of at most `mostUnits` units, in 2^`bucketBits` buckets (at least 2^5).
   */
  constructor(n: number, skipKeys: Iterable<number>, mostUnits: number, bucketBits = BUCKET_BITS) {
    this.#n = n;
    this.#words = 1 << (bucketBits - 5);
    this.#mask = (1 << bucketBits) - 1;
    this.#skipped = new Int32Array(this.#words);
    for (const key of skipKeys) set(this.#skipped, hashOf(key) & this.#mask);
    let size = 16;
    while (size < 2 * mostUnits) size *= 2;
    this.#table = new Float64Array(size);
    this.#buckets = new Int32Array(mostUnits);
  }

  /**
   * Whether texts `a` and `b` may reach `atLeast`: `false` only when proved below. `shared` are the
   * chunks both have (named by `key`, the same for the same chunks) and `size` the number of their
   * shingles, the skipped left out; each text is given by its number and its `only` chunks (the
   * others); `unitsOf` gives a chunk's units.
   */
  mayReach(
    shared: SharedChunks,
    a: { readonly text: number; readonly only: readonly number[] },
    b: { readonly text: number; readonly only: readonly number[] },
    unitsOf: (chunk: number) => Uint16Array,
    atLeast: number,
  ): boolean {
    const restA = this.#restOf(a.text, a.only, shared, unitsOf);
    const restB = this.#restOf(b.text, b.only, shared, unitsOf);
    const s = shared.size;
    let both = 0;
    for (let w = 0; w < restA.bits.length; w++) {
      const x = (restA.bits[w] as number) & (restB.bits[w] as number);
      if (x !== 0) both += popcount(x);
    }
    const x = both + Math.min(restA.counted - restA.filled, restB.counted - restB.filled);
    const denominator = s + restA.outside + restB.outside - x;
    if (denominator <= 0) return true;
    // (Less a part in a million million: a product's rounding never rules out a pair at the bound.)
    return s + x >= atLeast * denominator * (1 - 1e-12);
  }

  #restOf(text: number, only: readonly number[], shared: SharedChunks, unitsOf: (chunk: number) => Uint16Array): Rest {
    const restKey = `${text}|${shared.key}`;
    let rest = this.#rests.get(restKey);
    if (rest !== undefined) return rest;
    if (this.#shared?.key !== shared.key) {
      const bits = this.#skipped.slice();
      for (const chunk of shared.chunks) {
        const { buckets, distinct } = this.#bucketsOf(chunk, unitsOf);
        for (let i = 0; i < distinct; i++) set(bits, buckets[i] as number);
      }
      this.#shared = { key: shared.key, bits };
    }
    const inShared = this.#shared.bits;
    const bits = new Int32Array(this.#words);
    let filled = 0;
    let outside = 0;
    let counted = 0;
    for (const chunk of only) {
      const { buckets, distinct } = this.#bucketsOf(chunk, unitsOf);
      counted += distinct;
      for (let i = 0; i < distinct; i++) {
        const bucket = buckets[i] as number;
        if (has(bits, bucket)) continue;
        set(bits, bucket);
        filled++;
        if (!has(inShared, bucket)) outside++;
      }
    }
    rest = { bits, filled, outside, counted };
    if (this.#rests.size >= 32) this.#rests.clear();
    this.#rests.set(restKey, rest);
    return rest;
  }

  /**
   * A chunk's distinct shingles' buckets (the first `distinct` of an array reused from chunk to
   * chunk), its shingles read once by a small table.
   */
  #bucketsOf(chunk: number, unitsOf: (chunk: number) => Uint16Array): ChunkBuckets {
    const units = unitsOf(chunk);
    const n = this.#n;
    const windows = units.length - n + 1;
    let size = 16;
    while (size < 2 * windows) size *= 2;
    const mask = size - 1;
    const table = this.#table;
    const buckets = this.#buckets;
    let distinct = 0;
    for (let i = 0; i < windows; i++) {
      const key = keyAt(units, i, n);
      const h = hashOf(key);
      // The table by the hash's high bits; the bucket is its low bits.
      let slot = ((h >>> 16) | (h << 16)) & mask;
      for (;;) {
        const at = table[slot] as number;
        if (at === 0) {
          table[slot] = key;
          buckets[distinct++] = h & this.#mask;
          break;
        }
        if (at === key) break;
        slot = (slot + 1) & mask;
      }
    }
    table.fill(0, 0, size);
    return { buckets, distinct };
  }
}

function set(bits: Int32Array, bucket: number): void {
  bits[bucket >>> 5] = (bits[bucket >>> 5] as number) | (1 << (bucket & 31));
}

function has(bits: Int32Array, bucket: number): boolean {
  return ((bits[bucket >>> 5] as number) & (1 << (bucket & 31))) !== 0;
}
