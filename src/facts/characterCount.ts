/**
 * 字数 as a reader counts them: every Han character, letter, digit and punctuation mark is one; a
 * character outside the BMP (a surrogate pair) is one; white space around the text is not counted.
 *
 * @example
 * characterCount(' 昌吉州𠀀公司 ') //=> 6
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text.trim()) count++;
  return count;
}
