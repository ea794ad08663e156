/** Classes of a unit (the table's default, 0, is KEEP). */
const DROP = 1;
const DIGIT = 2;
/** Flag: the unit is a surrogate, or lower case changes it (so the text must be put in lower case). */
const LOWER = 4;
// Default-ignorable characters (U+200B, U+00AD, U+3164…) show nothing: a text woven with them reads as without.
const dropped = /[\s\p{P}\p{S}\p{Default_Ignorable_Code_Point}]/u;

let classes: Uint8Array | undefined;

/**
 * What becomes of each UTF-16 unit of the BMP: kept, dropped (white space, punctuation, symbol) or a
 * digit; flagged `LOWER` where `toLowerCase` would change it (a text with none is its own lower case,
 * since the one rule of context, the final sigma, is for a letter that changes anyway).
 */
function bmpClasses(): Uint8Array {
  if (classes === undefined) {
    classes = new Uint8Array(65536);
    for (let u = 0; u < 65536; u++) {
      const char = String.fromCharCode(u);
      if (u >= 0xd800 && u <= 0xdfff) classes[u] = LOWER;
      else if (u >= 48 && u <= 57) classes[u] = DIGIT;
      else if (dropped.test(char)) classes[u] = DROP;
      if (char.toLowerCase() !== char) classes[u] = (classes[u] as number) | LOWER;
    }
  }
  return classes;
}

/** `text.toLowerCase()`, without reading it again where no unit would change. */
function lowerCase(text: string, table: Uint8Array): string {
  for (let i = 0; i < text.length; i++) {
    if (((table[text.charCodeAt(i)] as number) & LOWER) !== 0) return text.toLowerCase();
  }
  return text;
}

/**
 * Chinese text as the duplicate check compares it: full-width forms folded to half-width (NFKC),
 * white space, punctuation and default-ignorable characters (U+200B, U+00AD…) removed, letters in lower case, every run of digits written `0` so that
 * a changed figure (生产效率提升18% → 21%) is not a difference.
 *
 * The same as `text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}\p{Default_Ignorable_Code_Point}]+/gu,
 * '').replace(/\d+/g, '0')`, read in one pass with a table of the BMP (see {@link normalizedUnits}).
 *
 * @example
 * normalizeText('生产效率提升１８％， 不良率下降32%。') //=> '生产效率提升0不良率下降0'
 */
export function normalizeText(text: string): string {
  return textOfUnits(normalizedUnits(text));
}

/**
 * UTF-16 units as a string, in chunks (an argument list of 900,000 would overflow the stack).
 *
 * @example
 * textOfUnits(normalizedUnits('订单，１８%')) //=> '订单0'
 */
export function textOfUnits(units: Uint16Array): string {
  const parts: string[] = [];
  for (let start = 0; start < units.length; start += 8192) {
    const chunk = units.subarray(start, Math.min(units.length, start + 8192));
    parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
  }
  return parts.join('');
}

/**
 * {@link normalizeText} as UTF-16 units, the form the duplicate search reads (a text of 900,000
 * characters is read once, into an array, with no string made of it).
 *
 * @example
 * normalizedUnits('订单，１８%').length //=> 3  ('订单0')
 */
export function normalizedUnits(text: string): Uint16Array {
  const table = bmpClasses();
  const folded = lowerCase(text.normalize('NFKC'), table);
  const out = new Uint16Array(folded.length);
  let kept = 0;
  // In a run of digits: dropped characters between digits join them, as removing them first would.
  let inDigits = false;
  for (let i = 0; i < folded.length; i++) {
    const u = folded.charCodeAt(i);
    // A lone surrogate is kept (its class is 0); a pair is a character outside the BMP.
    const kind = (table[u] as number) & 3;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < folded.length) {
      const low = folded.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (!dropped.test(folded.slice(i, i + 2))) {
          inDigits = false;
          out[kept++] = u;
          out[kept++] = low;
        }
        i++;
        continue;
      }
    }
    if (kind === DROP) continue;
    if (kind === DIGIT) {
      if (!inDigits) out[kept++] = 48;
      inDigits = true;
      continue;
    }
    inDigits = false;
    out[kept++] = u;
  }
  return out.subarray(0, kept);
}
