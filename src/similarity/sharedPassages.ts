/**
 * `array` if it holds `size`, else a new one of at least `size` (twice the old, so that a run of
 * growing texts reallocates a few times, not each time).
 */
function atLeast<T extends Int32Array | Uint8Array>(array: T, size: number, make: (size: number) => T): T {
  return array.length >= size ? array : make(Math.max(size, 2 * array.length));
}
const int32 = (size: number) => new Int32Array(size);
const uint8 = (size: number) => new Uint8Array(size);

/**
 * The transitions of an automaton: an open-addressing hash table from (state, symbol) to state, and
 * for each state the list of symbols it has a transition on (to copy them when a state is split).
 * Typed arrays, made ready for a text of `n` symbols (at most 2n states and 3n transitions) by
 * `reset`, and reused from text to text: thousands of pairs compared allocate nothing outside the
 * heap (V8 collects the whole heap for each 64 MB of array buffers made, however short-lived).
 */
class Transitions {
  #mask = 0;
  #state = new Int32Array(0);
  #symbol = new Int32Array(0);
  #to = new Int32Array(0);
  #first = new Int32Array(0);
  #nextEdge = new Int32Array(0);
  #edgeSymbol = new Int32Array(0);
  #edges = 0;

  reset(n: number): void {
    let capacity = 16;
    while (capacity < 4 * (n + 1)) capacity *= 2;
    this.#mask = capacity - 1;
    this.#state = atLeast(this.#state, capacity, int32).fill(-1, 0, capacity);
    this.#symbol = atLeast(this.#symbol, capacity, int32);
    this.#to = atLeast(this.#to, capacity, int32);
    this.#first = atLeast(this.#first, 2 * n + 2, int32).fill(-1, 0, 2 * n + 2);
    this.#nextEdge = atLeast(this.#nextEdge, 3 * n + 3, int32);
    this.#edgeSymbol = atLeast(this.#edgeSymbol, 3 * n + 3, int32);
    this.#edges = 0;
  }

  #slot(state: number, symbol: number): number {
    let i = (Math.imul(state, 0x9e3779b1) ^ Math.imul(symbol + 1, 0x85ebca77)) & this.#mask;
    while (this.#state[i] !== -1 && (this.#state[i] !== state || this.#symbol[i] !== symbol)) i = (i + 1) & this.#mask;
    return i;
  }

  /** The state reached from `state` on `symbol`, or -1. */
  get(state: number, symbol: number): number {
    const i = this.#slot(state, symbol);
    return this.#state[i] === -1 ? -1 : (this.#to[i] as number);
  }

  set(state: number, symbol: number, to: number): void {
    const i = this.#slot(state, symbol);
    if (this.#state[i] === -1) {
      this.#state[i] = state;
      this.#symbol[i] = symbol;
      const e = this.#edges++;
      this.#edgeSymbol[e] = symbol;
      this.#nextEdge[e] = this.#first[state] as number;
      this.#first[state] = e;
    }
    this.#to[i] = to;
  }

  /** Give `to` every transition `from` has. */
  copy(from: number, to: number): void {
    for (let e = this.#first[from] as number; e !== -1; e = this.#nextEdge[e] as number) {
      const symbol = this.#edgeSymbol[e] as number;
      this.set(to, symbol, this.get(from, symbol));
    }
  }
}

/**
 * A suffix automaton of the unmasked stretches of a text (a generalized automaton: a masked character
 * ends one stretch, and no substring runs across it). Built in time linear in the text; `firstEnd`
 * of a state is the position where its strings first end.
 */
class SuffixAutomaton {
  length = new Int32Array(0);
  link = new Int32Array(0);
  firstEnd = new Int32Array(0);
  readonly next = new Transitions();
  #states = 1;
  #last = 0;

  /** Build it for the first `n` of `symbols` (its arrays reused: see `Transitions`). */
  build(symbols: Int32Array, n: number, masked: Uint8Array): this {
    this.length = atLeast(this.length, 2 * n + 2, int32);
    this.link = atLeast(this.link, 2 * n + 2, int32);
    this.firstEnd = atLeast(this.firstEnd, 2 * n + 2, int32);
    this.length[0] = 0;
    this.link[0] = -1;
    this.firstEnd[0] = -1;
    this.#states = 1;
    this.#last = 0;
    this.next.reset(n);
    for (let p = 0; p < n; p++) {
      if (masked[p] === 1) this.#last = 0;
      else this.#extend(symbols[p] as number, p);
    }
    return this;
  }

  #state(length: number, firstEnd: number, link: number): number {
    const s = this.#states++;
    this.length[s] = length;
    this.link[s] = link;
    this.firstEnd[s] = firstEnd;
    return s;
  }

  /** Split `q` (reached from `v` on `c`): a clone holding the strings up to `length[v] + 1`. */
  #split(v: number, c: number, q: number): number {
    const clone = this.#state((this.length[v] as number) + 1, this.firstEnd[q] as number, this.link[q] as number);
    this.next.copy(q, clone);
    for (let u = v; u !== -1 && this.next.get(u, c) === q; u = this.link[u] as number) this.next.set(u, c, clone);
    this.link[q] = clone;
    return clone;
  }

  #extend(c: number, p: number): void {
    const last = this.#last;
    const existing = this.next.get(last, c);
    if (existing !== -1) {
      // Only at the start of a later stretch: the string is there already.
      this.#last =
        this.length[existing] === (this.length[last] as number) + 1 ? existing : this.#split(last, c, existing);
      return;
    }
    const cur = this.#state((this.length[last] as number) + 1, p, 0);
    let v = last;
    for (; v !== -1 && this.next.get(v, c) === -1; v = this.link[v] as number) this.next.set(v, c, cur);
    if (v !== -1) {
      const q = this.next.get(v, c);
      this.link[cur] = this.length[q] === (this.length[v] as number) + 1 ? q : this.#split(v, c, q);
    }
    this.#last = cur;
  }
}

/**
 * The longest common substring of `x` and `y` (symbols; masked positions match nothing): its length,
 * and where it ends in each, 1-based. Of several, the one ending first in `x`, then first in `y`.
 */
function longestCommon(
  x: Int32Array,
  xLength: number,
  xMasked: Uint8Array,
  automaton: SuffixAutomaton,
): { length: number; endX: number; endY: number } {
  const { next, link, length: lengthOf, firstEnd } = automaton;
  let best = 0;
  let endX = 0;
  let endY = 0;
  let v = 0;
  let l = 0;
  for (let i = 0; i < xLength; i++) {
    if (xMasked[i] === 1) {
      v = 0;
      l = 0;
      continue;
    }
    const c = x[i] as number;
    while (v !== 0 && next.get(v, c) === -1) {
      v = link[v] as number;
      l = lengthOf[v] as number;
    }
    const t = next.get(v, c);
    if (t === -1) {
      v = 0;
      l = 0;
    } else {
      v = t;
      l++;
    }
    if (l > best) {
      best = l;
      endX = i + 1;
      endY = (firstEnd[v] as number) + 1;
    }
  }
  return { length: best, endX, endY };
}

/**
 * Shared passages of many pairs of texts. Where one consortium is compared with several in a row
 * (re-filings of one application: pairs come grouped by their second text), the second text's
 * automaton is built once for the row. The same answers as {@link sharedPassages}.
 *
 * `budget` bounds the work of the whole search, in characters read: each pass over a text and each
 * automaton built counts its length. A batch of many copies of long texts costs pairs × length, and
 * this is what keeps such a batch from stalling: once the budget is spent, a pair keeps the passages
 * found so far (perhaps none) and `limited` is set. Unset, there is no bound.
 */
export class PassageSearch {
  readonly #x = new Decoded();
  readonly #y = new Decoded();
  #xMasked = new Uint8Array(0);
  #yMasked = new Uint8Array(0);
  /** The automaton of `#y` whole, and the text it was built for. */
  readonly #whole = new SuffixAutomaton();
  #wholeOf: string | undefined;
  /** An automaton of `#y` with passages found set aside (built again when they are in the way). */
  readonly #masked = new SuffixAutomaton();
  #budget: number;
  /** Whether a pair's search stopped at the budget, before it knew there was no more to find. */
  limited = false;

  /** Whether the budget is spent: every pair from now on is cut short before any text is read. */
  get spent(): boolean {
    return this.limited && this.#budget === 0;
  }

  constructor(options: { budget?: number } = {}) {
    this.#budget = options.budget ?? Number.POSITIVE_INFINITY;
  }

  #spend = (characters: number): boolean => {
    if (characters > this.#budget) {
      this.limited = true;
      this.#budget = 0;
      return false;
    }
    this.#budget -= characters;
    return true;
  };

  /** {@link sharedPassages} of `a` and `b`. */
  between(a: string, b: string, minLength = 8, most = 3): string[] {
    return this.within(a, b, minLength, most).passages;
  }

  /** {@link sharedPassages} of `a` and `b`, and whether the budget cut them short (`complete: false`). */
  within(a: string, b: string, minLength = 8, most = 3): { passages: string[]; complete: boolean } {
    // The first pass is paid for before the texts are read: past the budget, a pair costs nothing.
    if (!this.#spend(a.length + (this.#wholeOf === b ? 0 : b.length))) {
      return { passages: [], complete: false };
    }
    const x = this.#x.decode(a);
    // The automaton of `b` is kept while pairs share it; forgotten before `#y` is decoded again, so
    // that a throw while decoding or building can never leave it named for another text.
    const kept = this.#wholeOf === b;
    if (!kept) this.#wholeOf = undefined;
    const y = kept ? this.#y : this.#y.decode(b);
    this.#xMasked = atLeast(this.#xMasked, x.count, uint8).fill(0, 0, x.count);
    this.#yMasked = atLeast(this.#yMasked, y.count, uint8).fill(0, 0, y.count);
    const xMasked = this.#xMasked;
    const yMasked = this.#yMasked;
    if (!kept) {
      this.#whole.build(y.symbols, y.count, yMasked);
      this.#wholeOf = b;
    }
    const found: string[] = [];
    let leftX = x.count;
    let leftY = y.count;
    for (let round = 0; round < most && Math.min(leftX, leftY) >= Math.max(1, minLength); round++) {
      // `b` read whole gives an upper bound; where the passage it finds lies clear of what was set
      // aside in `b`, it is the answer (none ends earlier in `a`, none first in `b`). Otherwise `b` is
      // read again with what was found set aside. (The first round was paid for above.)
      if (round > 0 && !this.#spend(a.length)) return { passages: found, complete: false };
      let best = longestCommon(x.symbols, x.count, xMasked, this.#whole);
      if (best.length < minLength || best.length === 0) break;
      if (round > 0 && yMasked.subarray(best.endY - best.length, best.endY).includes(1)) {
        if (!this.#spend(a.length + b.length)) return { passages: found, complete: false };
        best = longestCommon(x.symbols, x.count, xMasked, this.#masked.build(y.symbols, y.count, yMasked));
        if (best.length < minLength || best.length === 0) break;
      }
      const { length, endX, endY } = best;
      found.push(x.slice(endX - length, endX));
      xMasked.fill(1, endX - length, endX);
      yMasked.fill(1, endY - length, endY);
      leftX -= length;
      leftY -= length;
    }
    return { passages: found, complete: true };
  }
}

/**
 * A text as symbols (code points), and where each begins in the text (only when a character outside
 * the BMP makes the two differ): the first `count` of `symbols`, in arrays reused from text to text.
 */
class Decoded {
  text = '';
  symbols = new Int32Array(0);
  count = 0;
  #starts = new Int32Array(0);
  #wide = false;

  decode(text: string): this {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      count++;
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) i++;
      }
    }
    this.text = text;
    this.count = count;
    this.#wide = count !== text.length;
    this.symbols = atLeast(this.symbols, count, int32);
    if (this.#wide) this.#starts = atLeast(this.#starts, count + 1, int32);
    for (let i = 0, k = 0; i < text.length; k++) {
      const point = text.codePointAt(i) as number;
      this.symbols[k] = point;
      if (this.#wide) this.#starts[k] = i;
      i += point > 0xffff ? 2 : 1;
    }
    if (this.#wide) this.#starts[count] = text.length;
    return this;
  }

  /** Symbols `from` to `to`, as text. */
  slice(from: number, to: number): string {
    return this.#wide ? this.text.slice(this.#starts[from], this.#starts[to]) : this.text.slice(from, to);
  }
}

/**
 * The longest passages two texts share, longest first, each at least `minLength` characters: the
 * evidence a reviewer reads for 申报内容高度相似. Found one at a time (the longest common substring,
 * the first in `a` of several as long), the found passage then set aside in both texts before the
 * next. Each search takes time linear in the texts' length (a suffix automaton), so no text, however
 * long or repetitive, can stall a batch.
 *
 * @example
 * sharedPassages('链主企业搭建产业协同平台，开放订单', '我们由链主企业搭建产业协同平台。', 6) //=> ['链主企业搭建产业协同平台']
 */
export function sharedPassages(a: string, b: string, minLength = 8, most = 3): string[] {
  return new PassageSearch().between(a, b, minLength, most);
}
