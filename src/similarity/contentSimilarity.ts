import { ChunkBound, type SharedChunks } from './chunkBound.js';
import { type CodeSet, codeSetJaccard } from './codeSet.js';
import { contentChunks, MAX_CHUNK } from './contentChunks.js';
import { normalizedUnits } from './normalizeText.js';
import { hashOf, hasSurrogates, keyOfShingle, ShingleCodes } from './shingleCodes.js';
import { type ShingleSketch, shingleSketch, sketchesMayReach } from './shingleSketch.js';

/** Texts from this length (in UTF-16 units) are cut into chunks, and sketched before they are coded. */
const LONG = 1 << 14;

/** A long text as the distinct chunks it is cut into (`contentChunks`), by number, ascending. */
interface Chunked {
  /** Its units, normalized (its chunks are views of them: kept all the same). */
  readonly units: Uint16Array;
  readonly chunks: Int32Array;
  /** Its shingles (positions, repeats included). */
  readonly windows: number;
}

/**
 * The content similarity of a search's texts, two at a time: the Jaccard similarity of their shingles
 * (字符 n-gram) after normalizing, the notice's own shingles (`skip`) left out, as
 * `jaccard(shingles(a), shingles(b))` gives it, or `undefined` when it is below `atLeast`.
 *
 * Texts are given by number, and coded (`ShingleCodes`) as pairs need them. A long text is cut into
 * chunks by its content, and a chunk met in several texts (a passage copied into them) is coded once:
 * the text's set is the union of its chunks'. Once coding has become costly (more distinct shingles
 * than one and a half times those of the largest text coded), a pair of long texts is answered
 * without coding either text when it is proved below `atLeast`: by sketches (`shingleSketch`) when
 * the texts share few chunks, by the chunks they share and buckets of the rest (`ChunkBound`) when
 * they share more. Texts that share most chunks, near-copies, code cheaply and are coded.
 *
 * @example
 * const similarity = new ContentSimilarity(['订单牵引平台', '订单牵引平台上线'], 3, new Set());
 * similarity.between(0, 1, 0.4) //=> 0.666…  (4 shingles shared of 6)
 * similarity.between(0, 1, 0.7) //=> undefined
 */
export class ContentSimilarity {
  readonly #texts: readonly string[];
  readonly #n: number;
  readonly #skipped: number;
  readonly #skip: ReadonlySet<string>;
  readonly #codes: ShingleCodes;
  /** Codes given to the skipped shingles, before any text. */
  readonly #skipCodes: number;
  readonly #coded = new Map<number, CodeSet>();
  /** The most distinct shingles a text coded so far has. */
  #largestCoded = 0;
  readonly #sketches = new Map<number, ShingleSketch>();
  /** The units of texts normalized and not yet coded, kept for their coding (a few at a time). */
  readonly #recentUnits = new Map<number, Uint16Array>();
  /** Long texts as chunks (`undefined`: not cut, as its shingles are not keyed by units). */
  readonly #chunked = new Map<number, Chunked | undefined>();
  /** Each distinct chunk: its units (a view of its first text's), its codes once coded, its shingles. */
  readonly #chunkUnits: Uint16Array[] = [];
  readonly #chunkCodeLists: (Int32Array | undefined)[] = [];
  readonly #chunkWindows: number[] = [];
  readonly #chunksByHash = new Map<number, number[]>();
  /** The shingles of a pair's shared chunks, by their numbers (a batch's pairs often share the same). */
  readonly #sharedSets = new Map<string, SharedChunks>();
  #chunkBound: ChunkBound | undefined;

  /** `texts` by number, their shingles of `n` characters, those of `skip` left out. */
  constructor(texts: readonly string[], n: number, skip: ReadonlySet<string>) {
    this.#texts = texts;
    this.#n = n;
    this.#skipped = skip.size;
    this.#skip = skip;
    this.#codes = new ShingleCodes(n, skip);
    this.#skipCodes = this.#codes.size;
  }

  /** The similarity of texts `a` and `b`, or `undefined` below `atLeast`. */
  between(a: number, b: number, atLeast: number): number | undefined {
    if (this.#provedBelow(a, b, atLeast)) return undefined;
    return codeSetJaccard(this.#codeSet(a), this.#codeSet(b), atLeast);
  }

  /**
   * Whether a pair of long texts is proved below `atLeast` before it is coded, once coding has become
   * costly. Texts that share few chunks (too few to give three tenths of `atLeast` on their own) by
   * their sketches; texts that share more, but not most (nine tenths), by the chunks they share and
   * the buckets of the rest (`ChunkBound`); texts that share most are coded (a near-copy codes
   * cheaply, and no bound would prove it below).
   */
  #provedBelow(a: number, b: number, atLeast: number): boolean {
    const distinct = this.#codes.size - this.#skipCodes;
    if ((this.#coded.has(a) && this.#coded.has(b)) || distinct <= 1.5 * this.#largestCoded) return false;
    if ((this.#texts[a] as string).length < LONG || (this.#texts[b] as string).length < LONG) return false;
    const x = this.#chunksOf(a);
    const y = this.#chunksOf(b);
    const bySketches = () => !sketchesMayReach(this.#sketch(a), this.#sketch(b), atLeast, this.#skipped);
    if (x === undefined || y === undefined) return bySketches();
    const shared: number[] = [];
    const onlyA: number[] = [];
    const onlyB: number[] = [];
    let sharedWindows = 0;
    for (let i = 0, j = 0; i < x.chunks.length || j < y.chunks.length; ) {
      const p = i < x.chunks.length ? (x.chunks[i] as number) : Number.POSITIVE_INFINITY;
      const q = j < y.chunks.length ? (y.chunks[j] as number) : Number.POSITIVE_INFINITY;
      if (p === q) {
        shared.push(p);
        sharedWindows += this.#chunkWindows[p] as number;
        i++;
        j++;
      } else if (p < q) {
        onlyA.push(p);
        i++;
      } else {
        onlyB.push(q);
        j++;
      }
    }
    const alone = sharedWindows / (x.windows + y.windows - sharedWindows);
    if (alone < atLeast * 0.3) return bySketches();
    if (alone >= atLeast * 0.9) return false;
    const unitsOf = (chunk: number) => this.#chunkUnits[chunk] as Uint16Array;
    const bound = this.#bound();
    return !bound.mayReach(
      this.#sharedChunks(shared),
      { text: a, only: onlyA },
      { text: b, only: onlyB },
      unitsOf,
      atLeast,
    );
  }

  /** A pair's shared chunks with their shingles, coded: the same for the same chunks. */
  #sharedChunks(chunks: readonly number[]): SharedChunks {
    const key = chunks.join(',');
    let shared = this.#sharedSets.get(key);
    if (shared === undefined) {
      const size = this.#codes.setOf(this.#chunkCodes(chunks)).size;
      shared = { chunks, key, size };
      if (this.#sharedSets.size >= 64) this.#sharedSets.clear();
      this.#sharedSets.set(key, shared);
    }
    return shared;
  }

  #bound(): ChunkBound {
    if (this.#chunkBound === undefined) {
      const skipKeys = [...this.#skip].filter((shingle) => shingle.length <= 3).map(keyOfShingle);
      this.#chunkBound = new ChunkBound(this.#n, skipKeys, MAX_CHUNK + this.#n);
    }
    return this.#chunkBound;
  }

  #codeSet(id: number): CodeSet {
    let coded = this.#coded.get(id);
    if (coded === undefined) {
      const chunked = this.#chunksOf(id);
      if (chunked === undefined) {
        coded = this.#codes.codeSet(this.#recentUnits.get(id) ?? normalizedUnits(this.#texts[id] as string));
      } else {
        coded = this.#codes.setOf(this.#chunkCodes(chunked.chunks));
      }
      this.#recentUnits.delete(id);
      this.#largestCoded = Math.max(this.#largestCoded, coded.size);
      this.#coded.set(id, coded);
    }
    return coded;
  }

  #unitsOf(id: number): Uint16Array {
    let units = this.#chunked.get(id)?.units ?? this.#recentUnits.get(id);
    if (units === undefined) {
      units = normalizedUnits(this.#texts[id] as string);
      if (this.#recentUnits.size >= 32) this.#recentUnits.clear();
      this.#recentUnits.set(id, units);
    }
    return units;
  }

  #sketch(id: number): ShingleSketch {
    let sketch = this.#sketches.get(id);
    if (sketch === undefined) {
      sketch = shingleSketch(this.#unitsOf(id), this.#n);
      this.#sketches.set(id, sketch);
    }
    return sketch;
  }

  /**
   * A long text's distinct chunks, cut at its first need; `undefined` for a short text, or one whose
   * shingles `ShingleCodes` does not key by units (more than three units, or a surrogate).
   */
  #chunksOf(id: number): Chunked | undefined {
    if ((this.#texts[id] as string).length < LONG || this.#n > 3) return undefined;
    if (this.#chunked.has(id)) return this.#chunked.get(id);
    let chunked: Chunked | undefined;
    const units = this.#unitsOf(id);
    if (units.length >= LONG && !hasSurrogates(units)) {
      const cuts = contentChunks(units, this.#n);
      const ids = new Set<number>();
      for (let i = 0; i + 1 < cuts.length; i++) {
        const start = cuts[i] as number;
        const end = cuts[i + 1] as number;
        ids.add(this.#chunkNumber(units.subarray(start, end + this.#n - 1), end - start));
      }
      chunked = { units, chunks: Int32Array.from(ids).sort(), windows: units.length - this.#n + 1 };
    }
    this.#chunked.set(id, chunked);
    return chunked;
  }

  /** The number of a chunk given by its units: the same for the same units. */
  #chunkNumber(units: Uint16Array, windows: number): number {
    let h = units.length;
    for (let i = 0; i < units.length; i++) h = Math.imul(h ^ (units[i] as number), 0x01000193);
    const hash = hashOf(h >>> 0);
    const same = this.#chunksByHash.get(hash);
    for (const chunk of same ?? []) if (sameUnits(this.#chunkUnits[chunk] as Uint16Array, units)) return chunk;
    const chunk = this.#chunkWindows.length;
    this.#chunkWindows.push(windows);
    this.#chunkUnits.push(units);
    this.#chunkCodeLists.push(undefined);
    if (same === undefined) this.#chunksByHash.set(hash, [chunk]);
    else same.push(chunk);
    return chunk;
  }

  /** The code lists of chunks, those not coded yet coded together. */
  #chunkCodes(chunks: ArrayLike<number>): Int32Array[] {
    const lists = this.#chunkCodeLists;
    const uncoded = Array.from(chunks).filter((chunk) => lists[chunk] === undefined);
    const coded = this.#codes.codesOfPieces(uncoded.map((chunk) => this.#chunkUnits[chunk] as Uint16Array));
    uncoded.forEach((chunk, i) => {
      lists[chunk] = coded[i];
    });
    return Array.from(chunks, (chunk) => lists[chunk] as Int32Array);
  }
}

function sameUnits(a: Uint16Array, b: Uint16Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
