import { type CodeSet, popcount } from './codeSet.js';
import { textOfUnits } from './normalizeText.js';

/** One more than the largest UTF-16 unit: the base in which up to three units make a key. */
export const BASE = 65537;

/** Shingles looked up together (see `#keepKeys`). */
const TOGETHER = 16;

/**
 * The shingles (字符 n-gram) of the texts of one duplicate search as integer codes: each distinct
 * shingle gets the next code, and a text becomes the set of its shingles' codes (a {@link CodeSet}),
 * the same set as `shingles(normalized, n)`, coded. The shingles of `skip` (the notice's own text) are
 * coded first and left out of every set.
 *
 * A shingle of up to three UTF-16 units is looked up by a number, its units as digits (each plus one,
 * so that a shorter shingle differs too), in a table of typed arrays: no string is made for it. Longer
 * shingles, and those with a character outside the BMP, are looked up by their text.
 *
 * @example
 * const codes = new ShingleCodes(3, []);
 * codes.codeSet(normalizedUnits('订单牵引')).size //=> 2  (订单牵, 单牵引)
 */
export class ShingleCodes {
  readonly #n: number;
  readonly #skipBelow: number;
  /** Shingles looked up by text, in maps of at most `#mapLimit` each (a Map holds at most 2^24 entries). */
  readonly #byText: Map<string, number>[] = [new Map()];
  readonly #mapLimit: number;
  /**
   * Open addressing: each slot holds a code plus one (0 when empty), whose key is in `#keyOfCode`: four
   * bytes a slot, so that a table of millions of shingles is a quarter of one holding the keys. Beside
   * it, a byte of each slot's key's hash (0 when empty): a probe passes the slots of other keys by
   * their byte, in the cache line it has read, and reads a key only when its byte is the same.
   */
  #table = new Int32Array(1 << 13);
  #tags = new Uint8Array(1 << 13);
  #used = 0;
  #next = 0;
  /**
   * The key of each code (0 for a shingle looked up by text), in code order.
   */
  #keyOfCode = new Float64Array(1024);
  /** The set being built: a bit per code, and the words touched. */
  #bits = new Int32Array(1024);
  #touched = new Int32Array(1024);
  #count = 0;
  /** The keys being looked up together, and what their first slots hold. */
  readonly #togetherKeys = new Float64Array(TOGETHER);
  readonly #togetherFound = new Int32Array(TOGETHER);

  /** `mapLimit`: entries per map of shingles looked up by text (a batch of long texts may need several). */
  constructor(n: number, skip: Iterable<string>, { mapLimit = 8_000_000 }: { mapLimit?: number } = {}) {
    this.#n = n;
    this.#mapLimit = mapLimit;
    for (const shingle of skip) this.#codeOfText(shingle);
    this.#skipBelow = this.#next;
  }

  /** How many codes have been given: the distinct shingles read so far, the skipped ones included. */
  get size(): number {
    return this.#next;
  }

  /** The codes of the shingles of a normalized text (`normalizedUnits`), the skipped ones left out. */
  codeSet(units: Uint16Array): CodeSet {
    this.#keepShingles(units);
    return this.#take();
  }

  /**
   * The same codes as a list, each once, in no order: what a piece of text (a chunk of several texts)
   * keeps, to be put together with others' by {@link setOf} without looking its shingles up again.
   *
   * @example
   * const codes = new ShingleCodes(3, []);
   * codes.codesOf(normalizedUnits('订单牵引订单')).length //=> 4  (订单牵, 单牵引, 牵引订, 引订单)
   */
  codesOf(units: Uint16Array): Int32Array {
    this.#keepShingles(units);
    return this.#takeCodes();
  }

  /**
   * The set of the codes in lists this coding gave ({@link codesOf}): a text's, from its pieces'.
   *
   * @example
   * const codes = new ShingleCodes(3, []);
   * const a = codes.codesOf(normalizedUnits('订单牵引'));
   * const b = codes.codesOf(normalizedUnits('牵引平台'));
   * codes.setOf([a, b]).size //=> 4  (订单牵, 单牵引, 牵引平, 引平台)
   */
  setOf(lists: readonly Int32Array[]): CodeSet {
    let total = 0;
    for (const list of lists) total += list.length;
    this.#reserve(this.#next, total + 1);
    const bits = this.#bits;
    const touched = this.#touched;
    let count = this.#count;
    for (const list of lists) {
      for (let i = 0; i < list.length; i++) {
        const code = list[i] as number;
        const w = code >>> 5;
        const old = bits[w] as number;
        if (old === 0) touched[count++] = w;
        bits[w] = old | (1 << (code & 31));
      }
    }
    this.#count = count;
    return this.#take();
  }

  /** The codes kept since the last `take`, as a list; the bits cleared for the next. */
  #takeCodes(): Int32Array {
    const bits = this.#bits;
    const touched = this.#touched;
    let size = 0;
    for (let i = 0; i < this.#count; i++) size += popcount(bits[touched[i] as number] as number);
    const codes = new Int32Array(size);
    let k = 0;
    for (let i = 0; i < this.#count; i++) {
      const w = touched[i] as number;
      let word = bits[w] as number;
      bits[w] = 0;
      while (word !== 0) {
        const low = word & -word;
        codes[k++] = (w << 5) + 31 - Math.clz32(low);
        word ^= low;
      }
    }
    this.#count = 0;
    return codes;
  }

  /** Keeps the codes of a text's shingles, the skipped ones left out. */
  #keepShingles(units: Uint16Array): void {
    const n = this.#n;
    const length = units.length;
    // Room for every code this text could add: no check inside the loops.
    this.#reserve(this.#next + length + 1, length + 1);
    if (n <= 3 && !hasSurrogates(units)) {
      if (length < n) {
        if (length > 0) this.#keep(this.#codeOfText(textOfUnits(units)));
      } else {
        this.#keepKeys(units);
      }
    } else {
      // Characters outside the BMP are two units: read by characters then.
      const chars = [...textOfUnits(units)];
      if (chars.length < n) {
        if (chars.length > 0) this.#keep(this.#codeOfText(chars.join('')));
      } else {
        for (let i = 0; i + n <= chars.length; i++) this.#keep(this.#codeOfText(chars.slice(i, i + n).join('')));
      }
    }
  }

  /**
   * Every shingle of a BMP text at least n long, by key: the loop a long text spends its time in (the
   * table lookup and `#keep` written out in it). Shingles are looked up sixteen at a time, each step
   * for all sixteen before the next: in a table of millions of shingles a lookup is a cache miss, and
   * misses that do not wait on one another are served together.
   */
  #keepKeys(units: Uint16Array): void {
    const n = this.#n;
    const skipBelow = this.#skipBelow;
    const bits = this.#bits;
    const touched = this.#touched;
    let count = this.#count;
    const keyOfCode = this.#keyOfCode;
    const keys = this.#togetherKeys;
    const found = this.#togetherFound;
    const windows = units.length - n + 1;
    for (let start = 0; start < windows; start += TOGETHER) {
      const size = Math.min(TOGETHER, windows - start);
      const table = this.#table;
      const tags = this.#tags;
      const mask = table.length - 1;
      for (let j = 0; j < size; j++) {
        let key = 0;
        for (let k = 0; k < n; k++) key = key * BASE + (units[start + j + k] as number) + 1;
        keys[j] = key;
        const h = hashOf(key);
        const tag = tagOf(h);
        let slot = h & mask;
        let at = tags[slot] as number;
        while (at !== tag && at !== 0) {
          slot = (slot + 1) & mask;
          at = tags[slot] as number;
        }
        found[j] = at === 0 ? 0 : (table[slot] as number);
      }
      // The code of the first slot whose byte is the key's, if its key is the key (else -1).
      for (let j = 0; j < size; j++) {
        const f = found[j] as number;
        found[j] = f !== 0 && keyOfCode[f - 1] === keys[j] ? f - 1 : -1;
      }
      for (let j = 0; j < size; j++) {
        let code = found[j] as number;
        // Further along its probe, or new (a key met earlier in these sixteen is found by now).
        if (code === -1) code = this.#codeOfKey(keys[j] as number);
        if (code < skipBelow) continue;
        const w = code >>> 5;
        const old = bits[w] as number;
        if (old === 0) touched[count++] = w;
        bits[w] = old | (1 << (code & 31));
      }
    }
    this.#count = count;
  }

  #reserve(codes: number, words: number): void {
    if (codes >= this.#keyOfCode.length) {
      const grown = new Float64Array(Math.max(codes + 1, 2 * this.#keyOfCode.length));
      grown.set(this.#keyOfCode);
      this.#keyOfCode = grown;
    }
    const needBits = (codes >>> 5) + 1;
    if (needBits > this.#bits.length) {
      const grown = new Int32Array(Math.max(needBits, 2 * this.#bits.length));
      grown.set(this.#bits);
      this.#bits = grown;
    }
    if (this.#count + words > this.#touched.length) {
      const grown = new Int32Array(Math.max(this.#count + words, 2 * this.#touched.length));
      grown.set(this.#touched);
      this.#touched = grown;
    }
  }

  #keep(code: number): void {
    if (code < this.#skipBelow) return;
    const w = code >>> 5;
    const old = this.#bits[w] as number;
    if (old === 0) this.#touched[this.#count++] = w;
    this.#bits[w] = old | (1 << (code & 31));
  }

  /** The set of the codes kept since the last `take`; the bits cleared for the next. */
  #take(): CodeSet {
    const words = this.#wordsTouched();
    const bits = new Int32Array(words.length);
    let size = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as number;
      const word = this.#bits[w] as number;
      bits[i] = word;
      size += popcount(word);
      this.#bits[w] = 0;
    }
    this.#count = 0;
    return { words, bits, size };
  }

  /**
   * The words touched, ascending: as touched when they came in order (a text's new shingles), read
   * off the bits when they are dense in their range (a union of many sets), else sorted.
   */
  #wordsTouched(): Int32Array {
    const touched = this.#touched;
    const count = this.#count;
    let ascending = true;
    let low = Number.POSITIVE_INFINITY;
    let high = -1;
    for (let i = 0; i < count; i++) {
      const w = touched[i] as number;
      if (w < high) ascending = false;
      if (w < low) low = w;
      if (w > high) high = w;
    }
    if (ascending) return touched.slice(0, count);
    if (high - low > 8 * count) return touched.slice(0, count).sort();
    const words = new Int32Array(count);
    const bits = this.#bits;
    let k = 0;
    for (let w = low; w <= high; w++) if (bits[w] !== 0) words[k++] = w;
    return words;
  }

  /** The code of a shingle given as text: by its key when it has one. */
  #codeOfText(shingle: string): number {
    if (shingle.length <= 3) {
      return this.#codeOfKey(keyOfShingle(shingle));
    }
    for (const map of this.#byText) {
      const code = map.get(shingle);
      if (code !== undefined) return code;
    }
    let last = this.#byText[this.#byText.length - 1] as Map<string, number>;
    if (last.size >= this.#mapLimit) {
      last = new Map();
      this.#byText.push(last);
    }
    const code = this.#next++;
    last.set(shingle, code);
    return code;
  }

  /** The code of a key, given now if it is new. */
  #codeOfKey(key: number): number {
    const table = this.#table;
    const tags = this.#tags;
    const mask = table.length - 1;
    const h = hashOf(key);
    const tag = tagOf(h);
    let slot = h & mask;
    for (;;) {
      const at = tags[slot] as number;
      if (at === 0) return this.#insert(slot, key, tag);
      if (at === tag && this.#keyOfCode[(table[slot] as number) - 1] === key) return (table[slot] as number) - 1;
      slot = (slot + 1) & mask;
    }
  }

  /** Gives a new key the next code, in the empty slot found for it; grows the table at 70 %. */
  #insert(slot: number, key: number, tag: number): number {
    const code = this.#next++;
    this.#table[slot] = code + 1;
    this.#tags[slot] = tag;
    if (code >= this.#keyOfCode.length) this.#reserve(code, 0);
    this.#keyOfCode[code] = key;
    if (++this.#used * 10 > this.#table.length * 7) this.#grow();
    return code;
  }

  /** Twice the slots, filled again from the keys in code order (read in order, not slot by slot). */
  #grow(): void {
    const table = new Int32Array(2 * this.#table.length);
    const tags = new Uint8Array(table.length);
    const mask = table.length - 1;
    const keyOfCode = this.#keyOfCode;
    for (let code = 0; code < this.#next; code++) {
      const key = keyOfCode[code] as number;
      // 0: a shingle looked up by its text.
      if (key === 0) continue;
      const h = hashOf(key);
      let slot = h & mask;
      while (tags[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = code + 1;
      tags[slot] = tagOf(h);
    }
    this.#table = table;
    this.#tags = tags;
  }
}

/** The byte of a hash kept beside its slot: its top bits (the slot is its low bits), never 0. */
function tagOf(h: number): number {
  return (h >>> 24) | 1;
}

/**
 * The number a shingle of up to three UTF-16 units is looked up by: its units, each plus one, as the
 * digits of a number in base {@link BASE} (below 2^49).
 *
 * @example
 * keyOfShingle('ab') //=> 98 × 65537 + 99
 */
export function keyOfShingle(shingle: string): number {
  let key = 0;
  for (let k = 0; k < shingle.length; k++) key = key * BASE + shingle.charCodeAt(k) + 1;
  return key;
}

/** A 32-bit hash of a key below 2^53 (its low and high words mixed). */
export function hashOf(key: number): number {
  let h = Math.imul((key >>> 0) ^ Math.imul((key / 4294967296) | 0, 0x9e3779b1), 0x85ebca77);
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae3d) ^ (h >>> 13);
}

/** Whether a text has a UTF-16 surrogate (a character outside the BMP, or a lone half). */
export function hasSurrogates(units: Uint16Array): boolean {
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as number;
    if (u >= 0xd800 && u <= 0xdfff) return true;
  }
  return false;
}
