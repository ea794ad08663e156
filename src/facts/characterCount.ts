/**
 * 字数 as a reader counts them: every Han character, letter, digit and punctuation mark is one; a
 * character outside the BMP (a surrogate pair) is one; white space (spaces, tabs, line breaks) is not
 * counted, wherever it stands.
 *
 * @example
 * characterCount(' 昌吉州𠀀\n公司 ') //=> 6
 */
export function characterCount(text: string): number {
  // The UTF-16 units that are not white space, less one for each surrogate pair (a pair is one
  // character, never white space): read as a for-of reads code points, without a string per one.
  let count = text.replace(/\s/g, '').length;
  for (let i = 1; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff && isHighSurrogate(text.charCodeAt(i - 1))) {
      count--;
      i++;
    }
  }
  return count;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
