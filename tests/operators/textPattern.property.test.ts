import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasLength, isDigits, matches } from '../../src/entries/operators.js';
import { matchesPattern, TextPatternError, textPattern } from '../../src/operators/textPattern.js';
import { runs } from '../helpers/runs.js';

// A pack's text patterns (联系电话 `1\d{10}`) answer exactly as JavaScript's own regular expressions
// would for the same pattern anchored at both ends, but without backtracking.
const atom = fc.constantFrom('1', 'a', '.', '\\d', '[0-9]', '[a-c]', '[^0-9]', '\\w', '-');
const quantifier = fc.constantFrom('', '', '?', '*', '+', '{2}', '{1,3}', '{0,}', '{2,}');
const pattern = fc
  .array(fc.tuple(atom, quantifier), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.map(([a, q]) => a + q).join(''));
const text = fc.array(fc.constantFrom('1', '2', 'a', 'b', 'x', '-', ' '), { maxLength: 12 }).map((c) => c.join(''));

describe('a text pattern of a pack', () => {
  it('matches a whole text exactly when the same regular expression, anchored, does', () => {
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        expect(matchesPattern(t, textPattern(p))).toBe(new RegExp(`^(?:${p})$`).test(t));
      }),
      { numRuns: runs(5000) },
    );
  });

  it('checks a long hostile text against a pattern that would make a backtracking engine crawl', () => {
    const hostile = 'a'.repeat(5000);
    const slowForBacktracking = 'a*a*a*a*a*a*a*a*b';
    expect(matches(hostile, slowForBacktracking)).toBe(false);
    expect(matches(`${hostile}b`, slowForBacktracking)).toBe(true);
  });

  it('refuses what it does not take, naming the character', () => {
    for (const [source, zh] of [
      ['(13|15)\\d{9}', '第1个字符：不支持分组'],
      ['1\\d{10', '第4个字符：次数应写作'],
      ['*1', '第1个字符：前面没有可重复的字符'],
      ['[0-9', '第1个字符：不是可读的字符或字符类'],
      ['1\\d{5,2}', '（m≤n）'],
    ] as const) {
      expect(() => textPattern(source), source).toThrow(TextPatternError);
      expect(() => textPattern(source), source).toThrow(zh);
    }
  });

  it('counts digits and characters as a clerk does', () => {
    expect(isDigits('13912345678', 11)).toBe(true);
    expect(isDigits('1391234567８', 11)).toBe(false); // a full-width digit is not an ASCII one
    expect(isDigits('139 1234 5678', 11)).toBe(false);
    expect(isDigits('831100', { min: 6, max: 6 })).toBe(true);
    expect(isDigits(13912345678, 11)).toBe(false);
    expect(hasLength('𠀀昌吉', { min: 3, max: 3 })).toBe(true);
    expect(hasLength(['甲', '乙'], { max: 1 })).toBe(false);
    expect(matches('13912345678', '^1\\d{10}$')).toBe(true);
    expect(matches('0994-1234567', '1\\d{10}')).toBe(false);
    expect(matches(null, '1\\d{10}')).toBe(false);
  });
});
