import { isDigitsAndCapitals } from '../model/isDigitsAndCapitals.js';

/** Full-width ASCII forms (Ａ, ０, ａ) to their half-width letters. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * A 统一社会信用代码 as `form.credit-code` would mend its shape: white space removed, full-width forms
 * half-width, letters upper case. Checks that look a unit up by its code (reports, seals, duplicates,
 * repeated entries) compare codes this way, so a code typed in lower case or with spaces is reported
 * once, by `form.credit-code`, and matches everywhere else.
 *
 * @example
 * normalizeCreditCode(' ９１652301l74c93kyxg ') //=> '91652301L74C93KYXG'
 */
export function normalizeCreditCode(code: string): string {
  // Most codes are in shape already: one look instead of three passes (a batch mends millions).
  if (isDigitsAndCapitals(code)) return code;
  return toHalfWidth(code).replace(/\s/g, '').toUpperCase();
}
