import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CodeSet, codeSetJaccard, jaccard, ShingleCodes, shingles } from '../../src/entries/batch.js';
import { keyAt, keyOfShingle } from '../../src/similarity/shingleCodes.js';
import { random, randomHan } from '../helpers/generate.js';
import { runs } from '../helpers/runs.js';

/** Texts as the search meets them: Chinese with repeats, and any UTF-16 (lone surrogates, astral, U+0000). */
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('订', '单', '牵', '引', '平', '台', '𠀀', '\u0000', 'a'), maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('\uD800', '\uDC00', '甲', '乙'), maxLength: 12 }),
);

/** A text as its UTF-16 units, as `normalizedUnits` gives it. */
const unitsOf = (text: string) => Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

/** The codes of a set, in order (to compare sets without their coding). */
function codesOf(set: CodeSet): number[] {
  const out: number[] = [];
  set.words.forEach((w, i) => {
    for (let b = 0; b < 32; b++) if (((set.bits[i] as number) >>> b) & 1) out.push(w * 32 + b);
  });
  return out;
}

describe('ShingleCodes', () => {
  it('codes each text as its set of shingles, the skipped ones left out: same sizes, same similarities', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 5 }), (texts, n) => {
        const skip = new Set([...shingles(texts[0] as string, n)].slice(0, 2));
        // Shingles looked up by text spread over several maps, as in a batch of very long texts.
        const codes = new ShingleCodes(n, skip, { mapLimit: 3 });
        const coded = texts.map((t) => codes.codeSet(unitsOf(t)));
        const sets = texts.map((t) => new Set([...shingles(t, n)].filter((s) => !skip.has(s))));
        // One code for each distinct shingle read, the skipped ones included.
        expect(codes.size).toBe(new Set([...skip, ...texts.flatMap((t) => [...shingles(t, n)])]).size);
        coded.forEach((c, i) => {
          expect(c.size).toBe(sets[i]?.size);
          expect(codesOf(c)).toHaveLength(c.size);
        });
        for (let i = 0; i < texts.length; i++) {
          for (let j = 0; j < texts.length; j++) {
            const a = sets[i] as Set<string>;
            const b = sets[j] as Set<string>;
            expect(codeSetJaccard(coded[i] as CodeSet, coded[j] as CodeSet)).toBe(jaccard(a, b));
          }
        }
      }),
      { seed: 15, numRuns: runs(3_000) },
    );
  });

  it('puts a text together from its pieces’ codes (each cut n − 1 units into the next): the text’s own set', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (texts, n, cutsAt) => {
          const codes = new ShingleCodes(n, [...shingles(texts[0] as string, n)].slice(0, 2));
          for (const t of texts) {
            const whole = codes.codeSet(unitsOf(t));
            // Pieces are cut from texts of BMP units (where a unit is a character), at least n long.
            if (t.length < n || /[\uD800-\uDFFF]/.test(t)) continue;
            const windows = t.length - n + 1;
            const cuts = [...new Set([0, ...cutsAt.map((c) => c % windows), windows])].sort((x, y) => x - y);
            const pieces = cuts.slice(1).map((end, i) => codes.codesOf(unitsOf(t.slice(cuts[i], end + n - 1))));
            pieces.forEach((piece) => {
              expect(new Set(piece).size).toBe(piece.length);
            });
            expect(codesOf(codes.setOf(pieces))).toEqual(codesOf(whole));
          }
        },
      ),
      { seed: 17, numRuns: runs(3_000) },
    );
  });

  it('codes many pieces at once, long ones read table by table: each its own shingles, shared where they are shared', () => {
    // Long pieces (the table path reads them together from 1,024 shingles on), with many repeats or
    // with thousands of distinct shingles (tables grown while they are read), and short ones.
    const repeats = fc.string({
      unit: fc.constantFrom('订', '单', '牵', '引', '平', '台', 'a'),
      maxLength: 3_000,
      size: 'max',
    });
    const varied = fc.string({
      unit: fc.integer({ min: 0x4e00, max: 0x4e00 + 3_000 }).map((u) => String.fromCharCode(u)),
      maxLength: 3_000,
      size: 'max',
    });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(repeats, varied, text), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (pieces, n, someCodedBefore) => {
          const skip = new Set([...shingles(pieces[0] as string, n)].slice(0, 3));
          const codes = new ShingleCodes(n, skip);
          // Some of the shingles coded already, as when a search has coded other texts.
          if (someCodedBefore) codes.codeSet(unitsOf((pieces.at(-1) as string).slice(0, 1_500)));
          const lists = codes.codesOfPieces(pieces.map(unitsOf));
          const sets = pieces.map((t) => new Set([...shingles(t, n)].filter((s) => !skip.has(s))));
          expect(codes.size).toBe(new Set([...skip, ...pieces.flatMap((t) => [...shingles(t, n)])]).size);
          lists.forEach((list, i) => {
            expect(new Set(list).size).toBe(list.length);
            expect(list.length).toBe(sets[i]?.size);
          });
          for (let i = 0; i < pieces.length; i++) {
            for (let j = i + 1; j < pieces.length; j++) {
              const b = new Set(lists[j]);
              const coded = (lists[i] as Int32Array).filter((code) => b.has(code)).length;
              const shared = [...(sets[i] as Set<string>)].filter((s) => (sets[j] as Set<string>).has(s)).length;
              expect(coded).toBe(shared);
            }
          }
          // Read again, in the other order: the codes they were given, and none new.
          const size = codes.size;
          const again = codes.codesOfPieces(pieces.map(unitsOf).reverse()).reverse();
          expect(codes.size).toBe(size);
          again.forEach((list, i) => {
            expect([...list].sort((x, y) => x - y)).toEqual([...(lists[i] as Int32Array)].sort((x, y) => x - y));
          });
        },
      ),
      { seed: 23, numRuns: runs(300) },
    );
  });

  it('keys a shingle by its units as by its text (keyAt, keyOfShingle): the same number', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 3, maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (t, n) => {
          for (let i = 0; i + n <= t.length; i++) expect(keyAt(unitsOf(t), i, n)).toBe(keyOfShingle(t.slice(i, i + n)));
        },
      ),
      { seed: 29, numRuns: runs(1_000) },
    );
  });

  it('keeps a million keys apart in tables grown many times, a long text read table by table', () => {
    const next = random(19);
    // Two characters of 3,000: about 9 million keys possible, about a million distinct read.
    const t = randomHan(next, 1_200_000, 3000);
    const codes = new ShingleCodes(2, []);
    const set = codes.codeSet(unitsOf(t));
    const expected = shingles(t, 2).size;
    expect(set.size).toBe(expected);
    expect(codes.size).toBe(expected);
    // Read again, every key is found, none given a new code.
    expect(codesOf(codes.codeSet(unitsOf(t)))).toEqual(codesOf(set));
    expect(codes.size).toBe(expected);
  });

  it('gives one shingle one code, whether read by its units or, beside a character outside the BMP, by its text', () => {
    const codes = new ShingleCodes(3, []);
    const plain = codes.codeSet(unitsOf('订单牵引'));
    const astral = codes.codeSet(unitsOf('订单牵引𠀀'));
    expect(codesOf(plain)).toEqual(codesOf(astral).slice(0, 2));
    expect(astral.size).toBe(3);
    // A shorter text is its own shingle, not a longer one with a U+0000 before it.
    expect(codeSetJaccard(codes.codeSet(unitsOf('ab')), codes.codeSet(unitsOf('\u0000ab')))).toBe(0);
  });
});

describe('codeSetJaccard', () => {
  it('is the Jaccard similarity of the codes, and undefined exactly when below the bound asked for', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 5_000 }), { maxLength: 300 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 5_000 }), { maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, atLeast) => {
          // Characters stand for codes: the same characters, the same codes.
          const codes = new ShingleCodes(1, []);
          const toText = (xs: number[]) => String.fromCharCode(...xs.map((x) => 0x4e00 + x));
          const A = codes.codeSet(unitsOf(toText(a)));
          const B = codes.codeSet(unitsOf(toText(b)));
          const exact = jaccard(new Set(a), new Set(b));
          expect(codeSetJaccard(A, B)).toBe(exact);
          expect(codeSetJaccard(A, B, atLeast)).toBe(exact >= atLeast ? exact : undefined);
        },
      ),
      { seed: 16, numRuns: runs(3_000) },
    );
  });

  it('answers long pairs below the bound (the merge stopping early) and above it', () => {
    const next = random(11);
    const han = (count: number) => randomHan(next, count, 3000);
    const codes = new ShingleCodes(3, []);
    const base = han(200_000);
    const a = codes.codeSet(unitsOf(base));
    const b = codes.codeSet(unitsOf(han(200_000)));
    const near = codes.codeSet(unitsOf(`${base.slice(0, 1000)}改${base.slice(1001)}`));
    expect(codeSetJaccard(a, b, 0.5)).toBeUndefined();
    expect(codeSetJaccard(a, b)).toBeLessThan(0.01);
    expect(codeSetJaccard(a, near, 0.5)).toBe(codeSetJaccard(a, near));
    expect(codeSetJaccard(a, near)).toBeGreaterThan(0.99);
  });
});
