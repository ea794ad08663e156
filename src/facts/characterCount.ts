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
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair is one character, never white space.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    if (!isWhiteSpace(unit)) count++;
  }
  return count;
}

/** What `\s` matches (ECMAScript's WhiteSpace and LineTerminator), by UTF-16 unit: all are in the BMP. */
function isWhiteSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}
