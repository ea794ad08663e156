import { type CodeSet, popcount } from './codeSet.js';
import { textOfUnits } from './normalizeText.js';

/** One more than the largest UTF-16 unit: the base in which up to three units make a key. */
export const BASE = 65537;

/** The tables the keys are spread over, by the top bits of their hash (see `ShingleCodes`). */
const PART_BITS = 8;
const PARTS = 1 << PART_BITS;
/** A text with fewer shingles than this looks them up one by one, not sorted by table first. */
const SPREAD_FROM = 4 * PARTS;

/**
 * The shingles (字符 n-gram) of the texts of one duplicate search as integer codes: each distinct
 * shingle gets the next code, and a text becomes the set of its shingles' codes (a {@link CodeSet}),
 * the same set as `shingles(normalized, n)`, coded. The shingles of `skip` (the notice's own text) are
 * coded first and left out of every set.
 *
 * A shingle of up to three UTF-16 units is looked up by a number, its units as digits (each plus one,
 * so that a shorter shingle differs too): no string is made for it. Longer shingles, and those with a
 * character outside the BMP, are looked up by their text.
 *
 * The keys are kept in 256 tables, a key in the one its hash's top byte names. A long text's keys are
 * first sorted by table (a counting sort), then looked up table by table, so that one table's pages
 * and cache lines serve all of its keys in turn, where one table of millions of shingles cost a TLB
 * and cache miss a lookup (twenty texts of 900,000 characters, six ninths alike: 1.2–1.5× faster). A
 * new shingle gets its code as it is met, so a long text's new codes come table by table, not in the
 * text's order; its set is the same set.
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
   * Open addressing, a table for each top byte of a key's hash: each slot's key (0 when empty) and
   * code, the slot found from the hash's low bits; each table grows on its own at 70 %.
   */
  readonly #slotKeys: Float64Array[] = Array.from({ length: PARTS }, () => new Float64Array(64));
  readonly #slotCodes: Int32Array[] = Array.from({ length: PARTS }, () => new Int32Array(64));
  readonly #used = new Int32Array(PARTS);
  #next = 0;
  /** The set being built: a bit per code, and the words touched. */
  #bits = new Int32Array(1024);
  #touched = new Int32Array(1024);
  #count = 0;
  /**
   * Long texts' keys and hashes sorted by table, with the window each came from, and the code found
   * for each window; where each table's keys start.
   */
  #sortedKeys = new Float64Array(0);
  #sortedHashes = new Int32Array(0);
  #sortedAt = new Int32Array(0);
  #codesAt = new Int32Array(0);
  readonly #partStarts = new Int32Array(PARTS + 1);

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
   * {@link codesOf} for several pieces at once, a list for each: long pieces are read together, so
   * that each table is read once for all of them.
   *
   * @example
   * const codes = new ShingleCodes(3, []);
   * codes.codesOfPieces([normalizedUnits('订单牵引'), normalizedUnits('牵引平台')]).map((list) => list.length) //=> [2, 2]
   */
  codesOfPieces(pieces: readonly Uint16Array[]): Int32Array[] {
    const n = this.#n;
    const byTable = n <= 3 ? pieces.filter((units) => units.length >= n && !hasSurrogates(units)) : [];
    let windows = 0;
    for (const units of byTable) windows += units.length - n + 1;
    if (windows < SPREAD_FROM) return pieces.map((units) => this.codesOf(units));
    this.#reserve(this.#next + windows + 1, 0);
    const codesAt = this.#codesByTable(byTable, windows);
    const read = new Map<Uint16Array, Int32Array>();
    let at = 0;
    for (const units of byTable) {
      const to = at + units.length - n + 1;
      this.#reserve(this.#next, to - at + 1);
      this.#keepRange(codesAt, at, to);
      read.set(units, this.#takeCodes());
      at = to;
    }
    return pieces.map((units) => read.get(units) ?? this.codesOf(units));
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
      } else if (length - n + 1 < SPREAD_FROM) {
        for (let i = 0; i + n <= length; i++) this.#keep(this.#codeOfKey(keyAt(units, i, n)));
      } else {
        this.#keepRange(this.#codesByTable([units], length - n + 1), 0, length - n + 1);
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
   * The codes of the shingles of BMP pieces of text at least n long, in the pieces' order, each
   * piece's windows after the last's: the loop long texts spend their time in. The keys are read and
   * counted by table, sorted by table (a counting sort), then looked up (`#codeOfKey` written out) one
   * table after another, each code written back at its window. The more keys are read together, the
   * more of each table is read while it is in the cache.
   */
  #codesByTable(pieces: readonly Uint16Array[], windows: number): Int32Array {
    const n = this.#n;
    if (this.#sortedKeys.length < windows) {
      const size = Math.max(windows, 2 * this.#sortedKeys.length);
      this.#sortedKeys = new Float64Array(size);
      this.#sortedHashes = new Int32Array(size);
      this.#sortedAt = new Int32Array(size);
      this.#codesAt = new Int32Array(size);
    }
    const starts = this.#partStarts;
    starts.fill(0);
    // Counted by table, then read again and placed (a key costs less to make twice than to keep).
    for (const units of pieces) {
      for (let start = 0; start + n <= units.length; start++) {
        const p = (hashOf(keyAt(units, start, n)) >>> (32 - PART_BITS)) + 1;
        starts[p] = (starts[p] as number) + 1;
      }
    }
    for (let p = 0; p < PARTS; p++) starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
    const sortedKeys = this.#sortedKeys;
    const sortedHashes = this.#sortedHashes;
    const sortedAt = this.#sortedAt;
    // Each table's keys placed from its start on; each start is then the next table's.
    let i = 0;
    for (const units of pieces) {
      for (let start = 0; start + n <= units.length; start++) {
        const key = keyAt(units, start, n);
        const h = hashOf(key);
        const p = h >>> (32 - PART_BITS);
        const at = starts[p] as number;
        starts[p] = at + 1;
        sortedKeys[at] = key;
        sortedHashes[at] = h;
        sortedAt[at] = i++;
      }
    }
    const codesAt = this.#codesAt;
    let from = 0;
    for (let p = 0; p < PARTS; p++) {
      const to = starts[p] as number;
      let slotKeys = this.#slotKeys[p] as Float64Array;
      let slotCodes = this.#slotCodes[p] as Int32Array;
      let mask = slotKeys.length - 1;
      for (let i = from; i < to; i++) {
        const key = sortedKeys[i] as number;
        let slot = (sortedHashes[i] as number) & mask;
        let code: number;
        for (;;) {
          const at = slotKeys[slot] as number;
          if (at === key) {
            code = slotCodes[slot] as number;
            break;
          }
          if (at === 0) {
            // Room for every key of this table still to come, in one growth.
            code = this.#insert(p, slot, key, to - i - 1);
            slotKeys = this.#slotKeys[p] as Float64Array;
            slotCodes = this.#slotCodes[p] as Int32Array;
            mask = slotKeys.length - 1;
            break;
          }
          slot = (slot + 1) & mask;
        }
        codesAt[sortedAt[i] as number] = code;
      }
      from = to;
    }
    return codesAt;
  }

  /** Keeps codes `from` to `to` of a list, the skipped ones left out. */
  #keepRange(codes: Int32Array, from: number, to: number): void {
    const skipBelow = this.#skipBelow;
    const bits = this.#bits;
    const touched = this.#touched;
    let count = this.#count;
    for (let i = from; i < to; i++) {
      const code = codes[i] as number;
      if (code < skipBelow) continue;
      const w = code >>> 5;
      const old = bits[w] as number;
      if (old === 0) touched[count++] = w;
      bits[w] = old | (1 << (code & 31));
    }
    this.#count = count;
  }

  #reserve(codes: number, words: number): void {
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
   * The words touched, ascending: as touched when they came in order (a short text's new shingles),
   * read off the bits when they are dense in their range (a long text's, a union of many sets), else
   * sorted.
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
    const h = hashOf(key);
    const p = h >>> (32 - PART_BITS);
    const slotKeys = this.#slotKeys[p] as Float64Array;
    const mask = slotKeys.length - 1;
    let slot = h & mask;
    for (;;) {
      const at = slotKeys[slot] as number;
      if (at === key) return (this.#slotCodes[p] as Int32Array)[slot] as number;
      if (at === 0) return this.#insert(p, slot, key);
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Gives a new key the next code, in the empty slot found for it in table `p`; grows it at 70 %, with
   * room for `more` keys (those still to come) when it does.
   */
  #insert(p: number, slot: number, key: number, more = 0): number {
    const code = this.#next++;
    const slotKeys = this.#slotKeys[p] as Float64Array;
    slotKeys[slot] = key;
    (this.#slotCodes[p] as Int32Array)[slot] = code;
    const used = (this.#used[p] as number) + 1;
    this.#used[p] = used;
    if (used * 10 > slotKeys.length * 7) this.#grow(p, used + more);
    return code;
  }

  /** Table `p` with twice the slots, or more, to hold `keys` below 70 %: its keys placed again. */
  #grow(p: number, keys: number): void {
    const oldKeys = this.#slotKeys[p] as Float64Array;
    const oldCodes = this.#slotCodes[p] as Int32Array;
    let slots = 2 * oldKeys.length;
    while (keys * 10 > slots * 7) slots *= 2;
    const slotKeys = new Float64Array(slots);
    const slotCodes = new Int32Array(slotKeys.length);
    const mask = slotKeys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i] as number;
      if (key === 0) continue;
      let slot = hashOf(key) & mask;
      while (slotKeys[slot] !== 0) slot = (slot + 1) & mask;
      slotKeys[slot] = key;
      slotCodes[slot] = oldCodes[i] as number;
    }
    this.#slotKeys[p] = slotKeys;
    this.#slotCodes[p] = slotCodes;
  }
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

/**
 * The key of the shingle of `n` units (n ≤ 3) at `start` of a text: the same number as
 * {@link keyOfShingle} of its text.
 *
 * @example
 * keyAt(Uint16Array.of(97, 98, 99), 1, 2) //=> keyOfShingle('bc')
 */
export function keyAt(units: Uint16Array, start: number, n: number): number {
  let key = 0;
  for (let k = 0; k < n; k++) key = key * BASE + (units[start + k] as number) + 1;
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
