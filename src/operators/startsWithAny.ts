/**
 * The fact is a string that begins with one of the given prefixes, e.g. a 行政区划码 in 昌吉州
 * (`6523`).
 *
 * @example
 * startsWithAny('652301', ['6523']) //=> true
 */
export function startsWithAny(factValue: unknown, prefixes: unknown): boolean {
  return (
    typeof factValue === 'string' &&
    Array.isArray(prefixes) &&
    prefixes.some((p) => typeof p === 'string' && factValue.startsWith(p))
  );
}
