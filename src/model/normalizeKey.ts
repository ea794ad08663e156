import { isDigitsAndCapitals } from './isDigitsAndCapitals.js';

/**
 * What a key never holds: white space, hyphens and dashes, dots (. ． · ・ 。), underscores, and the
 * default-ignorable characters (U+200B, U+00AD, U+3164…) that show nothing.
 */
const noise = /[\s\p{Pd}._·・。\p{Default_Ignorable_Code_Point}]/gu;

/**
 * 键的规范化 (clauses.md edition 3): a credit code, a scenario's code or name, a unit's name as it is
 * compared: NFKC (full width → half width), upper case, and no white space, hyphens, dots, underscores
 * or default-ignorable characters. 「Ｓ07」, 「s-07」 and 「S\u200B07」 are one key.
 *
 * @example
 * normalizeKey(' Ｓ-07 ') //=> 'S07'
 */
export function normalizeKey(text: string): string {
  // Plain keys as most are written (capitals and digits): their own normal form, with no work.
  if (isDigitsAndCapitals(text)) return text;
  let key = normalized.get(text);
  if (key === undefined) {
    key = text.normalize('NFKC').toUpperCase().replace(noise, '');
    // A batch names the same units again and again: remembered, within a bound.
    if (normalized.size >= 1 << 14) normalized.clear();
    normalized.set(text, key);
  }
  return key;
}

const normalized = new Map<string, string>();
