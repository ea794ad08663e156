/**
 * The code points of a text's UTF-16 units, a lone surrogate as one (as `[...text]` reads it): the
 * characters a shingle is made of.
 *
 * @example
 * codePointsOf(Uint16Array.of(0x8ba2, 0xd840, 0xdc00)) //=> Int32Array [0x8ba2, 0x20000]
 */
export function codePointsOf(units: Uint16Array): Int32Array {
  const points = new Int32Array(units.length);
  let length = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as number;
    const next = units[i + 1] ?? 0;
    if (u >= 0xd800 && u <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      points[length++] = (u - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      i++;
    } else points[length++] = u;
  }
  return points.subarray(0, length);
}
