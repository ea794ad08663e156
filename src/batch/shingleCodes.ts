import { type CodeSet, popcount } from './codeSet.js';
import { textOfUnits } from './normalizeText.js';

/** One more than the largest UTF-16 unit: the base in which up to three units make a key. */
const BASE = 65537;

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
   * bytes a slot, so that a table of millions of shingles is a quarter of one holding the keys.
   */
  #table = new Int32Array(1 << 13);
  #used = 0;
  #next = 0;
  /**
   * The key of each code (0 for a shingle looked up by text), in code order. A near-copy of a text read
   * before lists its shingles in the order they were given codes, so the code after the last one found
   * is tried first, in this array read in order, before the table.
   */
  #keyOfCode = new Float64Array(1024);
  /** The set being built: a bit per code, and the words touched. */
  #bits = new Int32Array(1024);
  #touched = new Int32Array(1024);
  #count = 0;

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
    return this.#take();
  }

  /**
   * Every shingle of a BMP text at least n long, by key: the loop a long text spends its time in (the
   * table lookup and `#keep` written out in it).
   */
  #keepKeys(units: Uint16Array): void {
    const n = this.#n;
    const skipBelow = this.#skipBelow;
    const bits = this.#bits;
    const touched = this.#touched;
    let count = this.#count;
    const keyOfCode = this.#keyOfCode;
    let table = this.#table;
    let mask = table.length - 1;
    let previous = -2;
    for (let i = 0; i + n <= units.length; i++) {
      let key = 0;
      for (let k = 0; k < n; k++) key = key * BASE + (units[i + k] as number) + 1;
      let code = -1;
      if (keyOfCode[previous + 1] === key) code = previous + 1;
      let slot = code === -1 ? hashOf(key) & mask : -1;
      while (code === -1) {
        const found = table[slot] as number;
        if (found === 0) {
          code = this.#insert(slot, key);
          table = this.#table;
          mask = table.length - 1;
          break;
        }
        if (keyOfCode[found - 1] === key) {
          code = found - 1;
          break;
        }
        slot = (slot + 1) & mask;
      }
      previous = code;
      if (code < skipBelow) continue;
      const w = code >>> 5;
      const old = bits[w] as number;
      if (old === 0) touched[count++] = w;
      bits[w] = old | (1 << (code & 31));
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
    const words = this.#touched.slice(0, this.#count).sort();
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

  /** The code of a shingle given as text: by its key when it has one. */
  #codeOfText(shingle: string): number {
    if (shingle.length <= 3) {
      let key = 0;
      for (let k = 0; k < shingle.length; k++) key = key * BASE + shingle.charCodeAt(k) + 1;
      const table = this.#table;
      const mask = table.length - 1;
      let slot = hashOf(key) & mask;
      for (;;) {
        const found = table[slot] as number;
        if (found === 0) return this.#insert(slot, key);
        if (this.#keyOfCode[found - 1] === key) return found - 1;
        slot = (slot + 1) & mask;
      }
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

  /** Gives a new key the next code, in the empty slot found for it; grows the table at 70 %. */
  #insert(slot: number, key: number): number {
    const code = this.#next++;
    this.#table[slot] = code + 1;
    if (code >= this.#keyOfCode.length) this.#reserve(code, 0);
    this.#keyOfCode[code] = key;
    if (++this.#used * 10 > this.#table.length * 7) this.#grow();
    return code;
  }

  /** Twice the slots, filled again from the keys in code order (read in order, not slot by slot). */
  #grow(): void {
    const table = new Int32Array(2 * this.#table.length);
    const mask = table.length - 1;
    const keyOfCode = this.#keyOfCode;
    for (let code = 0; code < this.#next; code++) {
      const key = keyOfCode[code] as number;
      // 0: a shingle looked up by its text.
      if (key === 0) continue;
      let slot = hashOf(key) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = code + 1;
    }
    this.#table = table;
  }
}

/** A 32-bit hash of a key below 2^53 (its low and high words mixed). */
function hashOf(key: number): number {
  let h = Math.imul((key >>> 0) ^ Math.imul((key / 4294967296) | 0, 0x9e3779b1), 0x85ebca77);
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae3d) ^ (h >>> 13);
}

function hasSurrogates(units: Uint16Array): boolean {
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as number;
    if (u >= 0xd800 && u <= 0xdfff) return true;
  }
  return false;
}
