/**
 * 字数 as a reader counts them: every Han character, letter, digit and punctuation mark is one; a
 * character outside the BMP (a surrogate pair) is one; white space (spaces, tabs, line breaks) is not
 * counted, wherever it stands.
 *
 * @example
 * characterCount(' 昌吉州𠀀\n公司 ') //=> 6
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const ch of text) if (!/\s/.test(ch)) count++;
  return count;
}
