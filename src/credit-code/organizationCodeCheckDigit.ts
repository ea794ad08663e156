const weights = [3, 7, 9, 10, 5, 8, 4, 2];

/** Value of a body character of a 组织机构代码: digits 0–9, letters A–Z as 10–35 (GB 11714-1997). */
function characterValue(ch: string): number | undefined {
  const c = ch.charCodeAt(0);
  if (ch.length !== 1) return undefined;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return undefined;
}

/**
 * The check character of a 组织机构代码 (positions 9–17 of a 统一社会信用代码) from its first 8
 * (GB 11714-1997): C9 = 11 − (Σ Ci·Wi mod 11), written `X` for 10 and `0` for 11.
 *
 * @example
 * organizationCodeCheckDigit('71610585') //=> '2'
 */
export function organizationCodeCheckDigit(first8: string): string | undefined {
  if (first8.length < 8) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const value = characterValue(first8.charAt(i));
    if (value === undefined) return undefined;
    sum += value * (weights[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}
