/** One position of a {@link TextPattern}: a character it accepts, repeated `min` to `max` times. */
export interface TextPatternStep {
  readonly accepts: (char: string) => boolean;
  readonly min: number;
  readonly max: number;
}

/** A pattern a pack may declare: a sequence of character sets, each with its count; no groups, no alternatives. */
export interface TextPattern {
  readonly source: string;
  readonly steps: readonly TextPatternStep[];
}

/** What can be wrong with a pattern, in Chinese and English. */
const problems = {
  group: ['不支持分组、选择或“$”以外的锚点', 'groups, alternatives and anchors other than the ends are not taken'],
  repeat: ['前面没有可重复的字符', 'repeats nothing'],
  count: ['次数应写作{m}、{m,}或{m,n}（m≤n）', 'a count is {m}, {m,} or {m,n} (m ≤ n)'],
  atom: ['不是可读的字符或字符类', 'is not a character or class that can be read'],
  long: ['格式过长', 'the pattern is too long'],
} as const;

/** A pattern a pack gives that this reader does not take: what, and where in the pattern. */
export class TextPatternError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(
    readonly source: string,
    readonly at: number,
    problem: keyof typeof problems | readonly [string, string],
  ) {
    const [zh, en] = typeof problem === 'string' ? problems[problem] : problem;
    const where = {
      zh: `格式“${source}”第${at + 1}个字符：${zh}`,
      en: `pattern "${source}" at character ${at + 1}: ${en}`,
    };
    super(`${where.zh} / ${where.en}`);
    this.name = 'TextPatternError';
    this.zh = where.zh;
    this.en = where.en;
  }
}

/** With no upper bound, a count may go this high: more than any text a field holds. */
const unbounded = 1e9;
/** An atom (an escape, a class, one character) and its count, read from the start of the rest. */
const token = /^(\\.|\[(?:\\.|[^\]\\])*\]|[^\\[])([?*+]|\{(\d{1,4})(,(\d{0,4}))?\}|\{)?/u;

/**
 * Read a pattern a pack declares for a text field (联系电话: `1\d{10}`), in a small part of regular
 * expression syntax: characters, `.`, `\d` `\w` `\s` and escapes, classes `[0-9A-Z]`, each followed by
 * at most one of `?` `*` `+` `{m}` `{m,}` `{m,n}`; `^` and `$` at the ends change nothing, since the
 * whole text must match. No groups, alternatives or back-references: a pattern is checked in time
 * proportional to the text's length times its own, whatever either holds (see {@link matchesPattern}).
 * Throws a {@link TextPatternError} naming the character where it cannot be read.
 *
 * @example
 * textPattern('1\\d{10}').steps.length //=> 2
 */
export function textPattern(source: string): TextPattern {
  if (source.length > 200) throw new TextPatternError(source, 200, 'long');
  const body = source.replace(/^\^/, '').replace(/(?<!\\)\$$/, '');
  let at = source.startsWith('^') ? 1 : 0;
  let rest = body;
  const steps: TextPatternStep[] = [];
  while (rest.length > 0) {
    const m = token.exec(rest);
    const atom = m?.[1] ?? '';
    if (m === null) throw new TextPatternError(source, at, 'atom');
    if ('()|^$'.includes(atom)) throw new TextPatternError(source, at, 'group');
    if ('?*+{}'.includes(atom)) throw new TextPatternError(source, at, 'repeat');
    let accepts: (c: string) => boolean;
    try {
      // One character against one atom: JavaScript's own test, which cannot backtrack on one character.
      const one = new RegExp(`^${atom}$`, 'su');
      accepts = (c) => one.test(c);
    } catch {
      throw new TextPatternError(source, at, 'atom');
    }
    const q = m[2];
    let [min, max] = [1, 1];
    if (q === '?') [min, max] = [0, 1];
    else if (q === '*') [min, max] = [0, unbounded];
    else if (q === '+') [min, max] = [1, unbounded];
    else if (q !== undefined) {
      min = Number(m[3]);
      max = m[4] === undefined ? min : m[5] === '' ? unbounded : Number(m[5]);
      if (q === '{' || max < min) throw new TextPatternError(source, at + atom.length, 'count');
    }
    steps.push({ accepts, min, max });
    at += m[0].length;
    rest = rest.slice(m[0].length);
  }
  return { source, steps };
}

/**
 * Whether the whole of `text` matches `pattern`: a walk over the text that keeps, after each
 * character, every (step, count) the pattern may be in; no backtracking.
 *
 * @example
 * matchesPattern('13912345678', textPattern('1\\d{10}')) //=> true
 * matchesPattern('0994-1234567', textPattern('1\\d{10}')) //=> false
 */
export function matchesPattern(text: string, pattern: TextPattern): boolean {
  const { steps } = pattern;
  // A state is step index * (count + 1); the states that may skip ahead (count ≥ min) reach the next step.
  const close = (states: Map<number, Set<number>>) => {
    for (let i = 0; i < steps.length; i++) {
      const counts = states.get(i);
      if (counts !== undefined && [...counts].some((n) => n >= (steps[i] as TextPatternStep).min)) {
        states.set(i + 1, (states.get(i + 1) ?? new Set()).add(0));
      }
    }
    return states;
  };
  let states = close(new Map([[0, new Set([0])]]));
  for (const char of text) {
    const next = new Map<number, Set<number>>();
    for (const [i, counts] of states) {
      const step = steps[i];
      if (step === undefined || !step.accepts(char)) continue;
      for (const n of counts) {
        // With no upper bound, every count from min on behaves alike: keep min for them all.
        if (n < step.max)
          next.set(i, (next.get(i) ?? new Set()).add(step.max === unbounded ? Math.min(n + 1, step.min) : n + 1));
      }
    }
    states = close(next);
    if (states.size === 0) return false;
  }
  return states.has(steps.length);
}
