import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/cli/jsonErrorOffset.js';
import { runs } from '../helpers/runs.js';

describe('jsonErrorOffset', () => {
  it('finds where a text stops being JSON', () => {
    expect(jsonErrorOffset('{\n  "a": \n}')).toBe(10);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('"\\x"')).toBe(2);
    expect(jsonErrorOffset('01')).toBe(1);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });

  it('places the error in text nested 200,000 deep (a stack of its own, no recursion)', () => {
    const deep = `${'['.repeat(200_000)}1,,${']'.repeat(200_000)}`;
    expect(jsonErrorOffset(deep)).toBe(200_002);
    expect(jsonErrorOffset(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)).toBeUndefined();
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.string({ maxLength: 2 }), (value, at, junk) => {
        const text = JSON.stringify(value, null, at % 3);
        expect(jsonErrorOffset(text)).toBeUndefined();
        const broken = text.slice(0, at % (text.length + 1)) + junk + text.slice(at % (text.length + 1));
        let valid = true;
        try {
          JSON.parse(broken);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(broken) === undefined).toBe(valid);
      }),
      { seed: 7, numRuns: runs(3_000) },
    );
  });
});
