/**
 * Whether a text holds only the digits 0–9 and the capitals A–Z (`/^[0-9A-Z]*$/`), told character by
 * character: how a credit code or a key is written already in its normal form, in most 申报书.
 *
 * @example
 * isDigitsAndCapitals('91652301MA78XK2Q4B') //=> true
 * isDigitsAndCapitals('91652301ma78xk2q4b') //=> false
 */
export function isDigitsAndCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a))) return false;
  }
  return true;
}
