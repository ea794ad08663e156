/**
 * The transitions of an automaton: an open-addressing hash table from (state, symbol) to state, and
 * for each state the list of symbols it has a transition on (to copy them when a state is split).
 * Typed arrays, sized once for a text of `n` symbols (at most 2n states and 3n transitions).
 */
class Transitions {
  readonly #mask: number;
  readonly #state: Int32Array;
  readonly #symbol: Int32Array;
  readonly #to: Int32Array;
  readonly #first: Int32Array;
  readonly #nextEdge: Int32Array;
  readonly #edgeSymbol: Int32Array;
  #edges = 0;

  constructor(n: number) {
    let capacity = 16;
    while (capacity < 4 * (n + 1)) capacity *= 2;
    this.#mask = capacity - 1;
    this.#state = new Int32Array(capacity).fill(-1);
    this.#symbol = new Int32Array(capacity);
    this.#to = new Int32Array(capacity);
    this.#first = new Int32Array(2 * n + 2).fill(-1);
    this.#nextEdge = new Int32Array(3 * n + 3);
    this.#edgeSymbol = new Int32Array(3 * n + 3);
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
  readonly length: Int32Array;
  readonly link: Int32Array;
  readonly firstEnd: Int32Array;
  readonly next: Transitions;
  #states = 1;
  #last = 0;

  constructor(symbols: Int32Array, masked: Uint8Array) {
    const n = symbols.length;
    this.length = new Int32Array(2 * n + 2);
    this.link = new Int32Array(2 * n + 2);
    this.firstEnd = new Int32Array(2 * n + 2);
    this.link[0] = -1;
    this.firstEnd[0] = -1;
    this.next = new Transitions(n);
    for (let p = 0; p < n; p++) {
      if (masked[p] === 1) this.#last = 0;
      else this.#extend(symbols[p] as number, p);
    }
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
  xMasked: Uint8Array,
  automaton: SuffixAutomaton,
): { length: number; endX: number; endY: number } {
  const { next, link, length: lengthOf, firstEnd } = automaton;
  let best = 0;
  let endX = 0;
  let endY = 0;
  let v = 0;
  let l = 0;
  for (let i = 0; i < x.length; i++) {
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
 * Shared passages of many pairs of texts, each text's automaton built once: where one consortium is
 * compared with many (re-filings of one application), every search of each pair that the text's own
 * automaton can answer reuses it. The same answers as {@link sharedPassages}; holds up to about two
 * million characters of texts.
 *
 * `budget` bounds the work of the whole search, in characters read: each pass over a text and each
 * automaton built counts its length. A batch of many copies of long texts costs pairs × length, and
 * this is what keeps such a batch from stalling: once the budget is spent, a pair keeps the passages
 * found so far (perhaps none) and `limited` is set. Unset, there is no bound.
 */
export class PassageSearch {
  readonly #automata = new Map<string, Read>();
  #held = 0;
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

  #of(text: string): Read {
    let found = this.#automata.get(text);
    if (found === undefined) {
      found = read(text);
      if (this.#held + found.symbols.length > 2_000_000) {
        this.#automata.clear();
        this.#held = 0;
      }
      this.#automata.set(text, found);
      this.#held += found.symbols.length;
    }
    return found;
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
    if (!this.#spend(a.length + (this.#automata.get(b)?.built ? 0 : b.length))) {
      return { passages: [], complete: false };
    }
    return passages(a, b, minLength, most, (text) => this.#of(text), this.#spend);
  }
}

/**
 * A text read for the search: its symbols (code points), where each begins in the text (only when a
 * character outside the BMP makes the two differ), and (when first asked for) its automaton.
 */
interface Read {
  readonly text: string;
  readonly symbols: Int32Array;
  readonly starts: Int32Array | undefined;
  readonly automaton: SuffixAutomaton;
  readonly built: boolean;
}

function read(text: string): Read {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdbff || i + 1 === text.length) count++;
    else {
      const low = text.charCodeAt(i + 1);
      count++;
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
  }
  const symbols = new Int32Array(count);
  const starts = count === text.length ? undefined : new Int32Array(count + 1);
  for (let i = 0, k = 0; i < text.length; k++) {
    const point = text.codePointAt(i) as number;
    symbols[k] = point;
    if (starts !== undefined) starts[k] = i;
    i += point > 0xffff ? 2 : 1;
  }
  if (starts !== undefined) starts[count] = text.length;
  let automaton: SuffixAutomaton | undefined;
  return {
    text,
    symbols,
    starts,
    get automaton() {
      automaton ??= new SuffixAutomaton(symbols, new Uint8Array(symbols.length));
      return automaton;
    },
    get built() {
      return automaton !== undefined;
    },
  };
}

/** Symbols `from` to `to` of a text read, as text. */
function slice({ text, starts }: Read, from: number, to: number): string {
  return starts === undefined ? text.slice(from, to) : text.slice(starts[from], starts[to]);
}

function passages(
  a: string,
  b: string,
  minLength: number,
  most: number,
  readOf: (text: string) => Read,
  spend: (characters: number) => boolean,
): { passages: string[]; complete: boolean } {
  const first = readOf(a);
  const x = first.symbols;
  const whole = readOf(b);
  const y = whole.symbols;
  const xMasked = new Uint8Array(x.length);
  const yMasked = new Uint8Array(y.length);
  const found: string[] = [];
  let leftX = x.length;
  let leftY = y.length;
  for (let round = 0; round < most && Math.min(leftX, leftY) >= Math.max(1, minLength); round++) {
    // `b` read whole gives an upper bound; where the passage it finds lies clear of what was set aside
    // in `b`, it is the answer (none ends earlier in `a`, none first in `b`). Otherwise `b` is read
    // again with what was found set aside. (The first round was paid for by the caller.)
    if (round > 0 && !spend(a.length)) return { passages: found, complete: false };
    let best = longestCommon(x, xMasked, whole.automaton);
    if (best.length < minLength || best.length === 0) break;
    if (round > 0 && yMasked.subarray(best.endY - best.length, best.endY).includes(1)) {
      if (!spend(a.length + b.length)) return { passages: found, complete: false };
      best = longestCommon(x, xMasked, new SuffixAutomaton(y, yMasked));
      if (best.length < minLength || best.length === 0) break;
    }
    const { length, endX, endY } = best;
    found.push(slice(first, endX - length, endX));
    xMasked.fill(1, endX - length, endX);
    yMasked.fill(1, endY - length, endY);
    leftX -= length;
    leftY -= length;
  }
  return { passages: found, complete: true };
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
