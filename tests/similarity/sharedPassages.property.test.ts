import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interned, jaccard, PassageSearch, sharedPassages, sortedJaccard } from '../../src/entries/batch.js';
import { runs } from '../helpers/runs.js';

/**
 * The longest-common-substring search as it was (quadratic, one DP table per passage), written
 * here as the oracle: the linear search must find the same passages, in the same order, wherever the
 * old one was right (its masks were characters, so a text holding U+0000 or U+0001 fooled it).
 */
function quadraticPassages(a: string, b: string, minLength: number, most: number): string[] {
  const x = [...a];
  const y = [...b];
  const found: string[] = [];
  for (let round = 0; round < most; round++) {
    let best = 0;
    let endX = 0;
    let endY = 0;
    let previous = new Uint32Array(y.length + 1);
    let current = new Uint32Array(y.length + 1);
    for (let i = 1; i <= x.length; i++) {
      for (let j = 1; j <= y.length; j++) {
        const length = x[i - 1] === y[j - 1] && x[i - 1] !== '\u0000' ? (previous[j - 1] as number) + 1 : 0;
        current[j] = length;
        if (length > best) {
          best = length;
          endX = i;
          endY = j;
        }
      }
      [previous, current] = [current, previous];
    }
    if (best < minLength || best === 0) break;
    found.push(x.slice(endX - best, endX).join(''));
    x.fill('\u0000', endX - best, endX);
    y.fill('\u0001', endY - best, endY);
  }
  return found;
}

/** Texts over a small alphabet, so that they share a lot; with a character outside the BMP too. */
const text = fc
  .array(fc.constantFrom('链', '主', '企', '业', '平', '台', 'a', '𠀀'), { maxLength: 80 })
  .map((c) => c.join(''));

describe('sharedPassages', () => {
  it('finds what the quadratic search found, passage for passage, on 5,000 pairs of texts', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (a, b, min, most) => {
        expect(sharedPassages(a, b, min, most)).toEqual(quadraticPassages(a, b, min, most));
      }),
      { seed: 12, numRuns: runs(5_000) },
    );
  });

  it('answers the same when one search serves many pairs (each text read once)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 5 }), fc.integer({ min: 1, max: 6 }), (texts, min) => {
        const search = new PassageSearch();
        for (const a of texts)
          for (const b of texts) expect(search.between(a, b, min, 4)).toEqual(sharedPassages(a, b, min, 4));
      }),
      { seed: 13, numRuns: runs(1_000) },
    );
  });

  it('within a budget, gives the first passages of the full answer and says when it may have stopped short', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 5 }), fc.nat(2_000), (texts, budget) => {
        const search = new PassageSearch({ budget });
        let cut = false;
        for (const a of texts)
          for (const b of texts) {
            const full = sharedPassages(a, b, 2, 5);
            const got = search.between(a, b, 2, 5);
            expect(full.slice(0, got.length)).toEqual(got);
            if (got.length < full.length) cut = true;
          }
        // Cut short means said so (a pair may also stop before learning that nothing more was shared).
        if (cut) expect(search.limited).toBe(true);
      }),
      { seed: 14, numRuns: runs(1_000) },
    );
  });

  it('sets a found passage aside by position, so control characters in a text are text like any other', () => {
    // The old search masked with U+0000 in one text and U+0001 in the other: a real U+0001 in the
    // first text then matched a passage already found, and a real U+0000 never matched.
    const a = 'abcdefgh\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001';
    const b = 'abcdefgh';
    expect(sharedPassages(a, b, 4, 3)).toEqual(['abcdefgh']);
    expect(sharedPassages('\u0000\u0000\u0000\u0000xy', '\u0000\u0000\u0000\u0000', 4, 1)).toEqual([
      '\u0000\u0000\u0000\u0000',
    ]);
  });

  it('answers a pair of 100,000-character texts, identical or repetitive, whole (no length cap)', () => {
    const same = '产业协同平台订单牵引'.repeat(10_000);
    expect(sharedPassages(same, same, 8, 6).map((p) => p.length)).toEqual([100_000]);
    expect(sharedPassages('甲'.repeat(100_000), '甲'.repeat(50_000), 8, 2).map((p) => p.length)).toEqual([50_000]);
  });
});

describe('interned sets', () => {
  it('give the Jaccard similarity of the sets they code', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 3 })), fc.uniqueArray(fc.string({ maxLength: 3 })), (a, b) => {
        const ids = new Map<string, number>();
        expect(sortedJaccard(interned(a, ids), interned(b, ids))).toBe(jaccard(new Set(a), new Set(b)));
      }),
      { seed: 4, numRuns: runs(2_000) },
    );
  });
});
