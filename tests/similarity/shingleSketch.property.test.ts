import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaccard, normalizedUnits, shingleSketch, shingles, sketchesMayReach } from '../../src/entries/batch.js';
import { random, randomHan } from '../helpers/generate.js';
import { runs } from '../helpers/runs.js';

/** A text as its UTF-16 units, as `normalizedUnits` gives it. */
const unitsOf = (text: string) => Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

/** Long texts from few characters (so that texts share and repeat shingles), any UTF-16 included. */
const piece = fc.oneof(
  fc.string({ unit: fc.constantFrom('订', '单', '牵', '引', '平', '台', '𠀀', 'a'), minLength: 1, maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('\uD800', '\uDC00', '甲', '乙'), maxLength: 20 }),
  fc
    .tuple(fc.string({ unit: fc.constantFrom('甲', '乙', '丙'), minLength: 1, maxLength: 9 }), fc.nat(300))
    .map(([unit, times]) => unit.repeat(times)),
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

/** A text and another made of its pieces: some kept, some dropped, some of a third text's. */
const related = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(3), { minLength: 10, maxLength: 10 }), text)
  .map(([parts, fates, other]) => [
    parts.join(''),
    parts.map((p, i) => (fates[i] === 0 ? '' : fates[i] === 1 ? other : p)).join(''),
  ]);

describe('sketchesMayReach', () => {
  it('never rules out a pair that reaches the similarity (at the pair’s own similarity, the closest case)', () => {
    fc.assert(
      fc.property(
        fc.oneof(related, fc.tuple(text, text)),
        fc.integer({ min: 1, max: 5 }),
        fc.nat(4),
        ([a, b], n, skipped) => {
          // The notice's own shingles: left out of the sets, counted by the sketches, given as their number.
          const skip = new Set([...shingles(a, n)].slice(0, skipped));
          const setA = new Set([...shingles(a, n)].filter((s) => !skip.has(s)));
          const setB = new Set([...shingles(b, n)].filter((s) => !skip.has(s)));
          const similarity = jaccard(setA, setB);
          const sa = shingleSketch(unitsOf(a), n);
          const sb = shingleSketch(unitsOf(b), n);
          expect(sa.filled).toBeLessThanOrEqual(shingles(a, n).size);
          expect(sa.counted).toBeGreaterThanOrEqual(shingles(a, n).size);
          expect(sketchesMayReach(sa, sb, similarity, skip.size)).toBe(true);
          expect(sketchesMayReach(sb, sa, similarity, skip.size)).toBe(true);
        },
      ),
      { seed: 41, numRuns: runs(3_000) },
    );
  });

  it('rules out two long texts that share little, and keeps a near-copy', () => {
    const next = random(11);
    const randomText = (length: number) => randomHan(next, length);
    const a = randomText(60_000);
    const b = randomText(60_000);
    const sa = shingleSketch(normalizedUnits(a), 3);
    // Their real similarity is near 0: far below one half, and proved so.
    expect(jaccard(shingles(a, 3), shingles(b, 3))).toBeLessThan(0.01);
    expect(sketchesMayReach(sa, shingleSketch(normalizedUnits(b), 3), 0.5, 2_000)).toBe(false);
    // A tenth of the text changed: similar, and kept.
    const edited = `${a.slice(0, 27_000)}${randomText(6_000)}${a.slice(33_000)}`;
    expect(jaccard(shingles(a, 3), shingles(edited, 3))).toBeGreaterThan(0.5);
    expect(sketchesMayReach(sa, shingleSketch(normalizedUnits(edited), 3), 0.5, 2_000)).toBe(true);
    // A text ten times shorter is read at its own buckets: still ruled out.
    expect(sketchesMayReach(sa, shingleSketch(normalizedUnits(a.slice(0, 6_000)), 3), 0.5)).toBe(false);
  });
});
