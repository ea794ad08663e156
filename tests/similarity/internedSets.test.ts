import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interned } from '../../src/entries/batch.js';
import { internedSets } from '../../src/similarity/internedSets.js';
import { runs } from '../helpers/runs.js';

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
