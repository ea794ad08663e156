/**
 * An independent, deliberately plain transcription of GB 32100-2015 附录 B and GB 11714-1997, for
 * tests to make valid codes with and check the library against. Not used by the library.
 */
const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const w18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const w9 = [3, 7, 9, 10, 5, 8, 4, 2];

export function referenceCheck18(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += charset.indexOf(first17[i] as string) * (w18[i] as number);
  const c = 31 - (sum % 31);
  return charset[c === 31 ? 0 : c] as string;
}

export function referenceCheck9(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = first8[i] as string;
    sum += (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55) * (w9[i] as number);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** A valid code from its first 8 characters (authority, category, region) and an 8-character body. */
export function makeCode(head8: string, body8: string): string {
  const first17 = head8 + body8 + referenceCheck9(body8);
  return first17 + referenceCheck18(first17);
}

export const codeCharset = charset;
