import { type CodeSet, codeSetJaccard } from './codeSet.js';
import { normalizedUnits } from './normalizeText.js';
import { ShingleCodes } from './shingleCodes.js';
import { type ShingleSketch, shingleSketch, sketchesMayReach } from './shingleSketch.js';

/** Texts from this length (in UTF-16 units) are sketched before they are coded. */
const SKETCHED = 1 << 14;

/**
 * The content similarity of a search's texts, two at a time: the Jaccard similarity of their shingles
 * (字符 n-gram) after normalizing, the notice's own shingles (`skip`) left out, as
 * `jaccard(shingles(a), shingles(b))` gives it, or `undefined` when it is below `atLeast`.
 *
 * Texts are given by number, and coded (`ShingleCodes`) as pairs need them. Once coding has become
 * costly (more distinct shingles than one and a half times those of the largest text coded), a long
 * text is sketched first (`shingleSketch`), and a pair its sketches prove below `atLeast` is answered
 * without coding either text. Near-copies code cheaply and are not sketched.
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
  readonly #codes: ShingleCodes;
  /** Codes given to the skipped shingles, before any text. */
  readonly #skipCodes: number;
  readonly #coded = new Map<number, CodeSet>();
  /** The most distinct shingles a text coded so far has. */
  #largestCoded = 0;
  readonly #sketches = new Map<number, ShingleSketch>();
  /** A sketched text's units, kept for its coding (a few at a time). */
  readonly #sketchedUnits = new Map<number, Uint16Array>();

  /** `texts` by number, their shingles of `n` characters, those of `skip` left out. */
  constructor(texts: readonly string[], n: number, skip: ReadonlySet<string>) {
    this.#texts = texts;
    this.#n = n;
    this.#skipped = skip.size;
    this.#codes = new ShingleCodes(n, skip);
    this.#skipCodes = this.#codes.size;
  }

  /** The similarity of texts `a` and `b`, or `undefined` below `atLeast`. */
  between(a: number, b: number, atLeast: number): number | undefined {
    if (!this.#mayReach(a, b, atLeast)) return undefined;
    return codeSetJaccard(this.#codeSet(a), this.#codeSet(b), atLeast);
  }

  #codeSet(id: number): CodeSet {
    let coded = this.#coded.get(id);
    if (coded === undefined) {
      const units = this.#sketchedUnits.get(id) ?? normalizedUnits(this.#texts[id] as string);
      this.#sketchedUnits.delete(id);
      coded = this.#codes.codeSet(units);
      this.#largestCoded = Math.max(this.#largestCoded, coded.size);
      this.#coded.set(id, coded);
    }
    return coded;
  }

  #mayReach(a: number, b: number, atLeast: number): boolean {
    const distinct = this.#codes.size - this.#skipCodes;
    if ((this.#coded.has(a) && this.#coded.has(b)) || distinct <= 1.5 * this.#largestCoded) return true;
    if ((this.#texts[a] as string).length < SKETCHED || (this.#texts[b] as string).length < SKETCHED) return true;
    return sketchesMayReach(this.#sketch(a), this.#sketch(b), atLeast, this.#skipped);
  }

  #sketch(id: number): ShingleSketch {
    let sketch = this.#sketches.get(id);
    if (sketch === undefined) {
      const units = normalizedUnits(this.#texts[id] as string);
      sketch = shingleSketch(units, this.#n);
      this.#sketches.set(id, sketch);
      if (this.#sketchedUnits.size >= 32) this.#sketchedUnits.clear();
      this.#sketchedUnits.set(id, units);
    }
    return sketch;
  }
}
