import { describe, expect, it } from 'vitest';
import {
  dateOnOrAfter,
  dateOnOrBefore,
  isEmpty,
  isFilled,
  isKnown,
  startsWithAny,
  startsWithNone,
} from '../../src/entries/operators.js';

describe('operators', () => {
  it('isKnown: absent is unknown; null (未定级) is known', () => {
    expect(isKnown(undefined, true)).toBe(false);
    expect(isKnown(null, true)).toBe(true);
    expect(isKnown(0, true)).toBe(true);
    expect(isKnown(undefined, false)).toBe(true);
  });

  it('isFilled: blank strings, null and empty lists are not filled', () => {
    for (const blank of [undefined, null, '', ' \n', []]) expect(isFilled(blank, true)).toBe(false);
    for (const filled of ['x', 0, false, ['a'], {}]) expect(isFilled(filled, true)).toBe(true);
    expect(isFilled('', false)).toBe(true);
  });

  it('isEmpty: only lists are empty or not', () => {
    expect(isEmpty([], true)).toBe(true);
    expect(isEmpty([1], false)).toBe(true);
    expect(isEmpty(undefined, true)).toBe(false);
    expect(isEmpty(undefined, false)).toBe(false);
  });

  it('startsWithAny / startsWithNone: prefixes of a 行政区划码', () => {
    expect(startsWithAny('652301', ['6523'])).toBe(true);
    expect(startsWithAny('659004', ['6523'])).toBe(false);
    expect(startsWithNone('659004', ['6590', '66'])).toBe(false);
    expect(startsWithNone('660100', ['6590', '66'])).toBe(false);
    expect(startsWithNone('652301', ['6590', '66'])).toBe(true);
    expect(startsWithAny(undefined, ['6523'])).toBe(false);
    expect(startsWithNone(undefined, ['66'])).toBe(false);
    expect(startsWithAny('652301', '6523')).toBe(false);
  });

  it('dateOnOrBefore / dateOnOrAfter: inclusive, and false for anything not a date', () => {
    expect(dateOnOrBefore('2025-04-15', '2025-04-15')).toBe(true);
    expect(dateOnOrBefore('2025-04-16', '2025-04-15')).toBe(false);
    expect(dateOnOrAfter('2025-04-15', '2025-04-15')).toBe(true);
    expect(dateOnOrAfter('2025-03-15', '2025-03-16')).toBe(false);
    expect(dateOnOrBefore(undefined, '2025-04-15')).toBe(false);
    expect(dateOnOrAfter('2025-02-30', '2025-01-01')).toBe(false);
  });
});
