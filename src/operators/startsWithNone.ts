import { startsWithAny } from './startsWithAny.js';

/**
 * The fact is a string that begins with none of the given prefixes, e.g. a 行政区划码 not of
 * 新疆生产建设兵团 (`6590`, `66`).
 *
 * @example
 * startsWithNone('659004', ['6590', '66']) //=> false
 */
export function startsWithNone(factValue: unknown, prefixes: unknown): boolean {
  return typeof factValue === 'string' && Array.isArray(prefixes) && !startsWithAny(factValue, prefixes);
}
