import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentChunks } from '../../src/entries/batch.js';
import { random, randomHan } from '../helpers/generate.js';
import { runs } from '../helpers/runs.js';

/** A text as its UTF-16 units, as `normalizedUnits` gives it. */
const unitsOf = (text: string) => Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const textOf = (units: Uint16Array) => String.fromCharCode(...units);
/** The shingles of n UTF-16 units (the chunks are cut for texts of BMP units, where they are characters). */
const unitShingles = (t: string, n: number) =>
  new Set(Array.from({ length: Math.max(0, t.length - n + 1) }, (_, i) => t.slice(i, i + n)));

/** Texts of few characters (repeats, runs of one character), and any UTF-16 unit. */
const piece = fc.oneof(
  fc.string({ unit: fc.constantFrom('订', '单', '牵', '引', '平', '台', 'a'), minLength: 1, maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.tuple(fc.constantFrom('甲', '甲乙', '甲乙丙'), fc.nat(200)).map(([unit, times]) => unit.repeat(times)),
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

describe('contentChunks', () => {
  it('cuts every shingle start into one chunk, within the sizes asked for, and the chunks’ shingles are the text’s', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 3 }),
        fc.record({
          minChunk: fc.integer({ min: 1, max: 40 }),
          extra: fc.nat(60),
          cutBits: fc.integer({ min: 1, max: 6 }),
        }),
        (t, n, { minChunk, extra, cutBits }) => {
          const units = unitsOf(t);
          const maxChunk = minChunk + extra;
          const cuts = Array.from(contentChunks(units, n, { minChunk, maxChunk, cutBits }));
          const windows = Math.max(0, units.length - n + 1);
          expect(cuts[0]).toBe(0);
          expect(cuts.at(-1)).toBe(windows);
          const pieces = new Set<string>();
          for (let i = 0; i + 1 < cuts.length; i++) {
            const size = (cuts[i + 1] as number) - (cuts[i] as number);
            expect(size).toBeGreaterThan(0);
            expect(size).toBeLessThanOrEqual(maxChunk);
            if (i + 2 < cuts.length) expect(size).toBeGreaterThanOrEqual(minChunk);
            const chunk = units.subarray(cuts[i] as number, (cuts[i + 1] as number) + n - 1);
            for (const s of unitShingles(textOf(chunk), n)) pieces.add(s);
          }
          expect(pieces).toEqual(unitShingles(t, n));
          // A text shorter than n units is not cut (its one shingle, the whole text, is coded apart).
          if (units.length < n) expect(cuts).toEqual([0]);
        },
      ),
      { seed: 41, numRuns: runs(2_000) },
    );
  });

  it('cuts a passage copied into two texts the same way in both, but near its ends', () => {
    const next = random(43);
    const passage = randomHan(next, 200_000);
    const a = unitsOf(`${randomHan(next, 7_001)}${passage}${randomHan(next, 5_000)}`);
    const b = unitsOf(`${randomHan(next, 30_017)}${passage}`);
    const chunksOf = (units: Uint16Array) => {
      const cuts = contentChunks(units, 3);
      return Array.from({ length: cuts.length - 1 }, (_, i) =>
        textOf(units.subarray(cuts[i], (cuts[i + 1] as number) + 2)),
      );
    };
    const inB = new Set(chunksOf(b));
    const shared = chunksOf(a).filter((chunk) => inB.has(chunk));
    const sharedLength = shared.reduce((sum, chunk) => sum + chunk.length - 2, 0);
    // All but the chunks at the passage's two ends: each at most 65,536 shingles, about 10,000 mostly.
    expect(sharedLength).toBeGreaterThan(passage.length - 2 * 65_536);
    expect(sharedLength).toBeGreaterThan(0.8 * passage.length);
  });
});
