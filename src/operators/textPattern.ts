/** One position of a {@link TextPattern}: a set of characters, repeated `min` to `max` times. */
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

/** A pattern a pack gives that this reader does not take: what, and where in the pattern. */
export class TextPatternError extends Error {
  /** What is wrong, in Chinese and in English, with where. */
  readonly zh: string;
  readonly en: string;
  constructor(
    readonly source: string,
    readonly at: number,
    zh: string,
    en: string,
  ) {
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

/** The longest pattern read, and the most a `*`, `+` or `{m,}` repeats: a pattern is a format, not a program. */
const maxSource = 200;
const unbounded = 10_000;

const classes: Readonly<Record<string, (c: string) => boolean>> = {
  d: (c) => c >= '0' && c <= '9',
  w: (c) => /^[A-Za-z0-9_]$/.test(c),
  s: (c) => /^\s$/u.test(c),
};

/** `[...]`: ranges and characters, `^` first to negate, `\d` `\w` `\s` and escaped characters inside. */
function readClass(source: string, start: number): { accepts: (c: string) => boolean; end: number } {
  let i = start + 1;
  const negated = source[i] === '^';
  if (negated) i++;
  const tests: ((c: string) => boolean)[] = [];
  const chars = [...source];
  while (i < chars.length && chars[i] !== ']') {
    let c = chars[i] as string;
    if (c === '\\') {
      const next = chars[i + 1];
      if (next === undefined) throw new TextPatternError(source, i, '转义符后缺少字符', 'nothing after the backslash');
      const named = classes[next];
      i += 2;
      if (named !== undefined) {
        tests.push(named);
        continue;
      }
      c = next;
    } else i++;
    if (chars[i] === '-' && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
      const to = chars[i + 1] as string;
      if (to < c) throw new TextPatternError(source, i, '字符范围颠倒', 'a range runs backwards');
      tests.push((x) => x >= c && x <= to);
      i += 2;
    } else tests.push((x) => x === c);
  }
  if (chars[i] !== ']') throw new TextPatternError(source, start, '“[”没有对应的“]”', '"[" is not closed');
  const any = (x: string) => tests.some((t) => t(x));
  return { accepts: negated ? (x) => !any(x) : any, end: i + 1 };
}

/**
 * Read a pattern a pack declares for a text field (联系电话: `1\d{10}`), in a small part of regular
 * expression syntax: characters, `.`, `\d` `\w` `\s`, classes `[0-9A-Z]`, each followed by at most one
 * of `?` `*` `+` `{m}` `{m,}` `{m,n}`; `^` and `$` are allowed at the ends and change nothing, since
 * the whole text must match. No groups, alternatives or back-references: a pattern is checked in time
 * proportional to the text's length times its own, whatever either holds. Throws a
 * {@link TextPatternError} naming the character where it cannot be read.
 *
 * @example
 * textPattern('1\\d{10}').steps.length //=> 2
 */
export function textPattern(source: string): TextPattern {
  if (source.length > maxSource)
    throw new TextPatternError(source, maxSource, `格式长于${maxSource}个字符`, `longer than ${maxSource} characters`);
  const chars = [...source];
  const steps: TextPatternStep[] = [];
  let i = chars[0] === '^' ? 1 : 0;
  const end = chars.at(-1) === '$' && chars.at(-2) !== '\\' ? chars.length - 1 : chars.length;
  while (i < end) {
    const c = chars[i] as string;
    let accepts: (x: string) => boolean;
    if (c === '[') {
      const read = readClass(chars.join(''), i);
      accepts = read.accepts;
      i = read.end;
    } else if (c === '\\') {
      const next = chars[i + 1];
      if (next === undefined) throw new TextPatternError(source, i, '转义符后缺少字符', 'nothing after the backslash');
      accepts = classes[next] ?? ((x) => x === next);
      i += 2;
    } else if ('()|'.includes(c)) {
      throw new TextPatternError(
        source,
        i,
        `不支持“${c}”（格式中没有分组和选择）`,
        `"${c}" is not taken (no groups or alternatives)`,
      );
    } else if ('?*+{}'.includes(c)) {
      throw new TextPatternError(source, i, `“${c}”前没有可重复的字符`, `"${c}" repeats nothing`);
    } else {
      accepts = c === '.' ? () => true : (x) => x === c;
      i++;
    }
    let min = 1;
    let max = 1;
    const q = chars[i];
    if (q === '?') [min, max, i] = [0, 1, i + 1];
    else if (q === '*') [min, max, i] = [0, unbounded, i + 1];
    else if (q === '+') [min, max, i] = [1, unbounded, i + 1];
    else if (q === '{') {
      const close = chars.indexOf('}', i);
      const m = close < 0 ? null : /^(\d{1,4})(,(\d{0,4}))?$/.exec(chars.slice(i + 1, close).join(''));
      if (m === null)
        throw new TextPatternError(source, i, '次数应写作{m}、{m,}或{m,n}', 'a count is {m}, {m,} or {m,n}');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? unbounded : Number(m[3]);
      if (max < min) throw new TextPatternError(source, i, '次数范围颠倒', 'a count range runs backwards');
      i = close + 1;
    }
    steps.push({ accepts, min, max });
  }
  if (end < chars.length - 1) throw new TextPatternError(source, end, '“$”只能在末尾', '"$" only at the end');
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
  // A state is "step i, taken n times so far"; states that may skip ahead (n ≥ min) move on at no cost.
  const close = (states: Map<number, Set<number>>) => {
    for (let i = 0; i < steps.length; i++) {
      const counts = states.get(i);
      if (counts === undefined) continue;
      for (const n of counts) {
        if (n >= (steps[i] as TextPatternStep).min) {
          const next = states.get(i + 1) ?? new Set<number>();
          next.add(0);
          states.set(i + 1, next);
          break;
        }
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
        if (n >= step.max) continue;
        const set = next.get(i) ?? new Set<number>();
        // With no upper bound, every count from min on behaves alike: keep min for them all.
        set.add(step.max === unbounded ? Math.min(n + 1, step.min) : n + 1);
        next.set(i, set);
      }
    }
    states = close(next);
    if (states.size === 0) return false;
  }
  return states.has(steps.length);
}
