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
 * compared with many (re-filings of one application), the first and longest search of each pair reuses
 * it. The same answers as {@link sharedPassages}; holds up to about two million characters of texts.
 */
export class PassageSearch {
  readonly #automata = new Map<string, Read>();
  #held = 0;

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

  /** {@link sharedPassages} of `a` and `b`. */
  between(a: string, b: string, minLength = 8, most = 3): string[] {
    return passages(a, b, minLength, most, (text) => this.#of(text));
  }
}

/** A text read for the search: its characters, its symbols, and (when first asked for) its automaton. */
interface Read {
  readonly chars: string[];
  readonly symbols: Int32Array;
  readonly automaton: SuffixAutomaton;
}

function read(text: string): Read {
  const chars = [...text];
  const symbols = Int32Array.from(chars, (ch) => ch.codePointAt(0) as number);
  let automaton: SuffixAutomaton | undefined;
  return {
    chars,
    symbols,
    get automaton() {
      automaton ??= new SuffixAutomaton(symbols, new Uint8Array(symbols.length));
      return automaton;
    },
  };
}

function passages(a: string, b: string, minLength: number, most: number, readOf: (text: string) => Read): string[] {
  const { chars, symbols: x } = readOf(a);
  const { symbols: y } = readOf(b);
  const xMasked = new Uint8Array(x.length);
  const yMasked = new Uint8Array(y.length);
  const found: string[] = [];
  let leftX = x.length;
  let leftY = y.length;
  for (let round = 0; round < most && Math.min(leftX, leftY) >= Math.max(1, minLength); round++) {
    // The first search reads `b` whole; later ones, `b` with what was found set aside.
    const automaton = round === 0 ? readOf(b).automaton : new SuffixAutomaton(y, yMasked);
    const { length, endX, endY } = longestCommon(x, xMasked, automaton);
    if (length < minLength || length === 0) break;
    found.push(chars.slice(endX - length, endX).join(''));
    xMasked.fill(1, endX - length, endX);
    yMasked.fill(1, endY - length, endY);
    leftX -= length;
    leftY -= length;
  }
  return found;
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
