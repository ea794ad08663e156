import { describe, expect, it } from 'vitest';
import { jaccard, normalizeText, shingles } from '../../src/entries/batch.js';
import { ContentSimilarity } from '../../src/similarity/contentSimilarity.js';
import { random, randomHan } from '../helpers/generate.js';

/** Texts of nine passages of 3,000 characters: the first `k` of a common nine (some in reverse order), the rest their own. */
function copiedInPart(seed: number, copied: readonly number[]): string[] {
  const next = random(seed);
  const common = Array.from({ length: 9 }, () => randomHan(next, 3_000));
  return copied.map((k, i) => {
    const parts = [...common.slice(0, k), ...Array.from({ length: 9 - k }, () => randomHan(next, 3_000))];
    return (i % 3 === 0 ? parts.reverse() : parts).join('\n');
  });
}

/** The definition: the Jaccard similarity of the normalized texts' shingles, those of `skip` left out. */
function exactly(texts: readonly string[], n: number, skip: ReadonlySet<string>) {
  const sets = texts.map((t) => new Set([...shingles(normalizeText(t), n)].filter((s) => !skip.has(s))));
  return (a: number, b: number) => jaccard(sets[a] as Set<string>, sets[b] as Set<string>);
}

describe('ContentSimilarity', () => {
  it('gives the exact similarity of long texts that copied passages from one another (cut into chunks, each coded once)', () => {
    const texts = copiedInPart(29, [9, 9, 8, 7, 6, 5, 4, 2, 0]);
    const skip = new Set([...shingles(normalizeText(texts[0] as string), 3)].slice(100, 400));
    const similarity = new ContentSimilarity(texts, 3, skip);
    const expected = exactly(texts, 3, skip);
    for (let b = 1; b < texts.length; b++) {
      for (let a = 0; a < b; a++) expect(similarity.between(a, b, 0)).toBe(expected(a, b));
    }
  });

  it('answers at a threshold as the definition does, once coding is costly and pairs are proved below before they are coded', () => {
    // Many texts of their own (coding costly), pairs on both sides of 0.5, and texts that copy the first
    // half of another and are near-copies of the rest (a character changed every 500): above 0.5, though
    // a fifth to a third of their chunks are the same (the bound of the shared chunks must let them be).
    const copied = copiedInPart(31, [9, 8, 7, 6, 6, 5, 4, 3, 2, 1, ...Array.from({ length: 12 }, () => 0)]);
    const base = copied[0] as string;
    const edited = (text: string) => text.replace(/(.{499})./gsu, '$1改');
    const cut = Math.floor(base.length / 2);
    const texts = [
      ...copied,
      `${base.slice(0, cut)}${edited(base.slice(cut))}`,
      `${base.slice(0, cut)}${edited(base.slice(cut)).replace(/改/g, '动')}`,
    ];
    const similarity = new ContentSimilarity(texts, 3, new Set());
    const expected = exactly(texts, 3, new Set());
    let reached = 0;
    expect(expected(0, copied.length)).toBeGreaterThan(0.9);
    for (let b = 1; b < texts.length; b++) {
      for (let a = 0; a < b; a++) {
        const exact = expected(a, b);
        if (exact >= 0.5) reached++;
        expect(similarity.between(a, b, 0.5)).toBe(exact >= 0.5 ? exact : undefined);
      }
    }
    expect(reached).toBeGreaterThanOrEqual(5);
  });
});
