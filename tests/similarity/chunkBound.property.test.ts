import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentChunks, jaccard } from '../../src/entries/batch.js';
import { ChunkBound } from '../../src/similarity/chunkBound.js';
import { keyOfShingle } from '../../src/similarity/shingleCodes.js';
import { random, randomHan } from '../helpers/generate.js';
import { runs } from '../helpers/runs.js';

/** A text as its UTF-16 units (BMP here), as `normalizedUnits` gives it. */
const unitsOf = (text: string) => Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const unitShingles = (t: string, n: number) =>
  new Set(Array.from({ length: Math.max(0, t.length - n + 1) }, (_, i) => t.slice(i, i + n)));

/**
 * Two texts cut into chunks (small ones, so that short texts have many), as `ContentSimilarity` gives
 * them to the bound: the chunks both have, each one's others, and the exact quantities.
 */
function pairOf(a: string, b: string, n: number, skip: ReadonlySet<string>) {
  const sizes = { minChunk: 4, maxChunk: 40, cutBits: 3 };
  const chunks: string[] = [];
  const numberOf = (chunk: string) => {
    const found = chunks.indexOf(chunk);
    return found >= 0 ? found : chunks.push(chunk) - 1;
  };
  const chunksOf = (t: string) => {
    const cuts = contentChunks(unitsOf(t), n, sizes);
    return new Set(
      Array.from({ length: cuts.length - 1 }, (_, i) => numberOf(t.slice(cuts[i], (cuts[i + 1] as number) + n - 1))),
    );
  };
  const x = chunksOf(a);
  const y = chunksOf(b);
  const shared = [...x].filter((c) => y.has(c));
  const setOf = (ids: Iterable<number>) =>
    new Set([...ids].flatMap((c) => [...unitShingles(chunks[c] as string, n)]).filter((s) => !skip.has(s)));
  return {
    sharedChunks: { chunks: shared, key: shared.join(','), size: setOf(shared).size },
    onlyA: [...x].filter((c) => !y.has(c)),
    onlyB: [...y].filter((c) => !x.has(c)),
    exact: jaccard(setOf(x), setOf(y)),
    unitsOf: (c: number) => unitsOf(chunks[c] as string),
  };
}

const piece = fc.oneof(
  fc.string({ unit: fc.constantFrom('订', '单', '牵', '引', '平', '台', 'a'), minLength: 1, maxLength: 80 }),
  fc.tuple(fc.constantFrom('甲', '甲乙', '甲乙丙'), fc.nat(30)).map(([unit, times]) => unit.repeat(times)),
);

describe('ChunkBound', () => {
  it('never proves a pair below its own similarity (the closest case), whatever the texts share', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 6 }),
        fc.array(piece, { maxLength: 4 }),
        fc.array(piece, { maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.nat(3),
        fc.integer({ min: 5, max: 12 }),
        (common, ownA, ownB, n, skipped, bucketBits) => {
          const a = [...common, ...ownA].join('');
          const b = [...ownB, ...common.slice().reverse()].join('');
          if (a.length < n || b.length < n) return;
          const skip = new Set([...unitShingles(a, n)].slice(0, skipped));
          const p = pairOf(a, b, n, skip);
          // Few buckets: shingles share them, and the bound must count what they hide.
          const bound = new ChunkBound(n, [...skip].map(keyOfShingle), 64, bucketBits);
          const rest = (text: number, only: number[]) => ({ text, only });
          expect(bound.mayReach(p.sharedChunks, rest(0, p.onlyA), rest(1, p.onlyB), p.unitsOf, p.exact)).toBe(true);
        },
      ),
      { seed: 51, numRuns: runs(3_000) },
    );
  });

  it('proves below a pair that copied a third of its text and wrote the rest', () => {
    const next = random(53);
    const common = randomHan(next, 3_000, 3000);
    const a = `${common}${randomHan(next, 6_000, 3000)}`;
    const b = `${randomHan(next, 6_000, 3000)}${common}`;
    const p = pairOf(a, b, 3, new Set());
    expect(p.exact).toBeLessThan(0.25);
    const bound = new ChunkBound(3, [], 64);
    expect(bound.mayReach(p.sharedChunks, { text: 0, only: p.onlyA }, { text: 1, only: p.onlyB }, p.unitsOf, 0.5)).toBe(
      false,
    );
  });
});
