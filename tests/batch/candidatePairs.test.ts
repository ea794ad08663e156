import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { internedSets } from '../../src/batch/internedSets.js';
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

describe('internedSets', () => {
  it('codes each list as `interned` does with one map for all, in one buffer', () => {
    const lists = fc.array(
      fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', ''), { maxLength: 8 }),
      {
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(lists, (raw) => {
        const ids = new Map<string, number>();
        const { sets, tokenCount } = internedSets(raw);
        expect(sets.map((s) => [...s])).toEqual(raw.map((l) => [...interned(new Set(l), ids)]));
        expect(tokenCount).toBe(ids.size);
      }),
      { seed: 32, numRuns: runs(1_000) },
    );
  });

  it('numbers many distinct tokens (its table grows) as a map would', () => {
    const raw = Array.from({ length: 3_000 }, (_, k) => [`91652301GEN${k % 2_500}`, `91652301GEN${(k * 7) % 4_001}`]);
    const ids = new Map<string, number>();
    const { sets, tokenCount } = internedSets(raw);
    expect(sets.map((s) => [...s])).toEqual(raw.map((l) => [...interned(new Set(l), ids)]));
    expect(tokenCount).toBe(ids.size);
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
