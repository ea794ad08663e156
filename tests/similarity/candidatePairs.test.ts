import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairs, codedCandidatePairs, interned, jaccard } from '../../src/entries/batch.js';
import { runs } from '../helpers/runs.js';

describe('candidatePairs', () => {
  it('never misses a pair at or above the threshold (prefix filtering is exact)', () => {
    const sets = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 0, maxLength: 12 }), {
      maxLength: 25,
    });
    fc.assert(
      fc.property(sets, fc.constantFrom(0.1, 0.3, 0.5, 0.6, 0.7, 0.75, 0.9, 1), (raw, t) => {
        const input = raw.map((s) => new Set(s.map(String)));
        const candidates = new Set(candidatePairs(input, t).map(([i, j]) => `${i},${j}`));
        for (let j = 1; j < input.length; j++) {
          for (let i = 0; i < j; i++) {
            const a = input[i] as Set<string>;
            const b = input[j] as Set<string>;
            if (a.size > 0 && b.size > 0 && jaccard(a, b) >= t) expect(candidates.has(`${i},${j}`)).toBe(true);
          }
        }
      }),
      { seed: 11, numRuns: runs(2_000) },
    );
  });

  it('does not pair sets with nothing in common', () => {
    expect(candidatePairs([new Set(['a']), new Set(['b']), new Set(['a', 'c'])], 0.3)).toEqual([[0, 2]]);
  });
});

describe('codedCandidatePairs', () => {
  it('gives candidatePairs’ pairs for the same sets given as codes', () => {
    const sets = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 12 }), { maxLength: 25 });
    fc.assert(
      fc.property(sets, fc.constantFrom(0.3, 0.6, 0.8, 1), (raw, t) => {
        const ids = new Map<string, number>();
        const coded = raw.map((s) => interned(s.map(String), ids));
        expect(codedCandidatePairs(coded, ids.size, t)).toEqual(
          candidatePairs(
            raw.map((s) => new Set(s.map(String))),
            t,
          ),
        );
      }),
      { seed: 33, numRuns: runs(1_000) },
    );
  });
});
