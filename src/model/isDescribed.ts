import { rememberedFor } from './rememberedFor.js';

/** A letter or a digit: what an answer must hold to say anything. */
const contentAt = /[\p{L}\p{N}]/gu;
/** What shows nothing: white space and default-ignorable characters (U+200B, U+00AD…). */
const blank = /[\s\p{Default_Ignorable_Code_Point}]/u;
const punctuation = /[\s\p{P}\p{S}\p{Default_Ignorable_Code_Point}]/gu;

/** The empty answers of a list as compared: punctuation and white space out, upper case; made once per frozen list. */
const comparable = new WeakMap<
  readonly string[],
  { readonly answers: ReadonlySet<string>; readonly firsts: ReadonlySet<number> }
>();

function emptyAnswerSet(list: readonly string[]) {
  return rememberedFor(comparable, list, (emptyAnswers) => {
    const answers = new Set(emptyAnswers.map((e) => e.replace(punctuation, '').toUpperCase()));
    // The first letter or digit of each: a text that starts otherwise is none of them.
    const firsts = new Set([...answers].flatMap((a) => (a === '' ? [] : [a.codePointAt(0) ?? 0])));
    return { answers, firsts };
  });
}

/** Whether a code point shows nothing: white space or default-ignorable (Han and ASCII letters never do). */
function isBlank(cp: number): boolean {
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp > 0x20 && cp < 0x7f)) return false;
  return blank.test(String.fromCodePoint(cp));
}

/** Whether every character that shows is one and the same (「……」, 「0000」), read until the first that differs. */
function oneCharacterRepeated(text: string): boolean {
  let first: number | undefined;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (isBlank(cp)) continue;
    if (first === undefined) first = cp;
    else if (cp !== first) return false;
    seen++;
  }
  return seen > 1;
}

/**
 * 已填写 / 已说明 (clauses.md edition 3): a text says something when it holds a letter or a digit
 * (default-ignorable characters not counting), is not one character repeated (「…………」, 「0000」), and
 * is not one of `emptyAnswers` (无, 暂无, 略…: a pack's parameter) once white space and punctuation
 * are left out. Content is still the panel's to judge.
 *
 * @example
 * isDescribed('——') //=> false
 * isDescribed('无', ['无', '暂无']) //=> false
 * isDescribed('质量管理') //=> true
 */
export function isDescribed(text: string, emptyAnswers: readonly string[] = []): boolean {
  return saysSomething(text, emptyAnswers.length === 0 ? undefined : emptyAnswerSet(emptyAnswers));
}

/**
 * {@link isDescribed} against one list of empty answers, the list read once: for a fact that tests
 * many texts (every field of 表一 and 表二) against the pack's 无/暂无.
 *
 * @example
 * const described = describedAgainst(['无', '暂无']);
 * described('暂无') //=> false
 * described('质量管理') //=> true
 */
export function describedAgainst(emptyAnswers: readonly string[] = []): (text: string) => boolean {
  const sets = emptyAnswers.length === 0 ? undefined : emptyAnswerSet(emptyAnswers);
  return (text) => saysSomething(text, sets);
}

function saysSomething(text: string, sets: ReturnType<typeof emptyAnswerSet> | undefined): boolean {
  const first = firstLetterOrDigit(text);
  if (first === undefined || oneCharacterRepeated(text)) return false;
  if (sets === undefined) return true;
  // Most texts start with a letter no empty answer starts with: no need to compare them.
  if (!sets.firsts.has(upperCase(first))) return true;
  return !sets.answers.has(text.replace(punctuation, '').toUpperCase());
}

/** A letter's upper case as one code point (a Han character and a digit are their own); -1 when it is several (ß → SS). */
function upperCase(cp: number): number {
  if (cp >= 0x61 && cp <= 0x7a) return cp - 0x20;
  if (cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff)) return cp;
  const upper = String.fromCodePoint(cp).toUpperCase();
  const code = upper.codePointAt(0) ?? -1;
  return upper.length === String.fromCodePoint(code).length ? code : -1;
}

/** The first letter or digit of a text, as a code point: its first character, most often (a Han character, a letter). */
function firstLetterOrDigit(text: string): number | undefined {
  const cp = text.codePointAt(0);
  if (
    cp !== undefined &&
    ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a))
  ) {
    return cp;
  }
  contentAt.lastIndex = 0;
  return contentAt.exec(text)?.[0]?.codePointAt(0);
}
