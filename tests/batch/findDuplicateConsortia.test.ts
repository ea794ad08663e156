import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consortiumText, jaccard, normalizeText, shingles } from '../../src/entries/batch.js';
import { parametersAt } from '../../src/entries/pack.js';
import {
  type Application,
  defaultPack,
  defaultPackFiles,
  findDuplicateConsortia,
  loadRulePack,
} from '../../src/index.js';
import { example } from '../helpers/examples.js';
import { consortium, generateConsortia, lightlyEdited, random, randomHan, sentences } from '../helpers/generate.js';

const key = (a: number, b: number) => `${Math.min(a, b)},${Math.max(a, b)}`;

describe('findDuplicateConsortia on a generated batch (seeded)', () => {
  const batch = generateConsortia(1500, 20250415);
  const found = findDuplicateConsortia(batch.applications);
  const foundKeys = new Set(found.map((p) => key(p.a.index, p.b.index)));

  it('finds every consortium re-filed with 1–2 of its 12 units swapped and its text lightly edited', () => {
    expect(batch.duplicates.length).toBeGreaterThan(30);
    const missed = batch.duplicates.filter(([a, b]) => !foundKeys.has(key(a, b)));
    expect(missed).toEqual([]);
  });

  it('does not pair two consortia with the same units but different texts', () => {
    expect(batch.sameUnitsOtherText.length).toBeGreaterThan(5);
    expect(batch.sameUnitsOtherText.filter(([a, b]) => foundKeys.has(key(a, b)))).toEqual([]);
  });

  it('does not pair near-identical texts with fewer than half their units in common', () => {
    expect(batch.sameTextOtherUnits.length).toBeGreaterThan(5);
    expect(batch.sameTextOtherUnits.filter(([a, b]) => foundKeys.has(key(a, b)))).toEqual([]);
  });

  it('finds nothing outside the families of re-filings', () => {
    const parent = new Map<number, number>();
    const root = (x: number): number => {
      let r = x;
      while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as number;
      return r;
    };
    for (const [a, b] of batch.duplicates) parent.set(root(b), root(a));
    expect(found.filter((p) => root(p.a.index) !== root(p.b.index))).toEqual([]);
  });

  it('answers a generator of the same applications (entries copied, not read from a list) the same', () => {
    function* oneByOne() {
      yield* batch.applications;
    }
    expect(findDuplicateConsortia(oneByOne())).toEqual(found);
  });

  it('answers an async iterable (a cursor, a stream of files) the same, with a promise', async () => {
    async function* fromCursor() {
      for (const application of batch.applications) {
        await Promise.resolve();
        yield application;
      }
    }
    const streamed = findDuplicateConsortia(fromCursor());
    expect(streamed).toBeInstanceOf(Promise);
    expect(await streamed).toEqual(found);
  });

  it('rejects with the source’s own error when an async iterable fails midway (no pairs from half a batch)', async () => {
    async function* failing() {
      yield* batch.applications.slice(0, 10);
      throw new Error('cursor closed');
    }
    await expect(findDuplicateConsortia(failing())).rejects.toThrow('cursor closed');
  });

  it('gives the evidence: ids, both similarities, the shared units, the longest shared passages', () => {
    const [a, b] = batch.duplicates[0] as [number, number];
    const pair = found.find((p) => key(p.a.index, p.b.index) === key(a, b));
    expect(pair?.a.id).toBe(`GEN-20250415-${Math.min(a, b)}`);
    expect(pair?.unitSimilarity).toBeGreaterThanOrEqual(0.6);
    expect(pair?.contentSimilarity).toBeGreaterThanOrEqual(0.5);
    expect(pair?.sharedUnits.length).toBeGreaterThanOrEqual(10);
    expect(pair?.sharedUnits[0]?.name).toMatch(/^企业\d+$/);
    expect(pair?.sharedPassages.length).toBeGreaterThan(0);
    expect(pair?.sharedPassages[0]?.length).toBeGreaterThanOrEqual(8);
  });
});

describe('findDuplicateConsortia, indexed against exhaustive', () => {
  it('returns the same pairs as comparing every pair, on 2,000 applications', () => {
    const { applications } = generateConsortia(2000, 99);
    const indexed = findDuplicateConsortia(applications);
    const exhaustive = findDuplicateConsortia(applications, { method: 'exhaustive' });
    expect(indexed.length).toBeGreaterThan(40);
    expect(indexed).toEqual(exhaustive);
  });

  it('agrees at other thresholds too', () => {
    const { applications } = generateConsortia(600, 5);
    for (const [unitSimilarity, contentSimilarity] of [
      [0.2, 0.1],
      [0.5, 0.3],
      [0.9, 0.9],
    ] as const) {
      const options = { unitSimilarity, contentSimilarity };
      expect(findDuplicateConsortia(applications, options)).toEqual(
        findDuplicateConsortia(applications, { ...options, method: 'exhaustive' }),
      );
    }
  });
});

describe('findDuplicateConsortia on content', () => {
  const next = random(3);
  const units = Array.from({ length: 12 }, (_, i) => 500 + i);
  const notice = readFileSync(new URL('../../docs/notice.zh.txt', import.meta.url), 'utf8');
  const chainParagraph = notice.slice(notice.indexOf('（三）州级“链式”'), notice.indexOf('（四）州级“集群”'));

  it('does not count the notice’s own words as evidence', () => {
    const a = consortium(units, [chainParagraph, ...sentences(next, 3)], 'A');
    const b = consortium([...units].reverse(), [chainParagraph, ...sentences(next, 3)], 'B');
    expect(findDuplicateConsortia([a, b])).toEqual([]);
    const files = structuredClone(defaultPackFiles) as {
      'parameters.json': { parameters: Record<string, { values: unknown[] }> };
    };
    (files['parameters.json'].parameters['joint.boilerplate'] as { values: unknown[] }).values = [
      { effectiveFrom: '2024-01-01', value: '' },
    ];
    const withoutRemoval = findDuplicateConsortia([a, b], { pack: loadRulePack(files) });
    expect(withoutRemoval).toHaveLength(1);
  });

  it('sees through white space, full-width forms, punctuation and changed figures', () => {
    const text = sentences(next, 6);
    const a = consortium(units, text, 'A');
    const b = consortium(
      units,
      text.map((s) => s.replace(/，/g, ', ').replace(/\d+/g, '９９').replace(/MES/g, 'ＭＥＳ')),
      'B',
    );
    const [pair] = findDuplicateConsortia([a, b]);
    expect(pair?.contentSimilarity).toBeGreaterThan(0.95);
  });

  it('skips applications that are not consortia, and holes', () => {
    const a = consortium(units, sentences(next, 6), 'A');
    const b = consortium(units, lightlyEdited(next, sentences(next, 6)), 'B');
    const workshop = example('workshop.json') as unknown as Application;
    const batch = [workshop, undefined, a, { ...a, id: 'A2' }, b];
    const fromList = findDuplicateConsortia(batch);
    expect(fromList).toHaveLength(1);
    // One by one, a workshop's text is not kept: the same pairs, at the same indexes.
    expect(findDuplicateConsortia(batch.values())).toEqual(fromList);
  });
});

describe('findDuplicateConsortia on long texts', () => {
  /**
   * Long texts on both sides of the threshold (a text with a tenth, three tenths or more of it new, a
   * repetitive one, a prefix), then `others` more texts of their own; the pairs found and those the
   * definition gives.
   */
  function foundAndExpected(others: number) {
    const next = random(17);
    const units = Array.from({ length: 12 }, (_, i) => 700 + i);
    const randomText = (length: number) => randomHan(next, length);
    const a = randomText(24_000);
    const b = randomText(30_000);
    /** `text` with the share `part` of it, from `at`, replaced by new text. */
    const replaced = (text: string, part: number, at: number) => {
      const from = Math.floor(at * text.length);
      const to = from + Math.floor(part * text.length);
      return `${text.slice(0, from)}${randomText(to - from)}${text.slice(to)}`;
    };
    const texts = [
      a,
      replaced(a, 0.1, 0.5),
      replaced(a, 0.3, 0.2),
      replaced(a, 0.36, 0.6),
      b,
      `${b.slice(0, 15_000)}${'甲乙'.repeat(5_000)}`,
      b.slice(0, 20_000),
      ...Array.from({ length: others }, () => randomText(18_000)),
    ];
    const batch = texts.map((t, i) => consortium(units, [t], `L${i}`));
    const { values } = parametersAt(defaultPack(), '9999-12-31');
    const n = values['joint.shingleLength'] as number;
    const notice = shingles(normalizeText(values['joint.boilerplate'] as string), n);
    const sets = batch.map(
      (app) => new Set([...shingles(normalizeText(consortiumText(app)), n)].filter((s) => !notice.has(s))),
    );
    const expected: string[] = [];
    const below: number[] = [];
    for (let j = 1; j < sets.length; j++) {
      for (let i = 0; i < j; i++) {
        const similarity = jaccard(sets[i] as Set<string>, sets[j] as Set<string>);
        if (similarity >= (values['joint.duplicateContentSimilarity'] as number)) expected.push(key(i, j));
        else below.push(similarity);
      }
    }
    const found = findDuplicateConsortia(batch).map((p) => key(p.a.index, p.b.index));
    return { found: found.sort(), expected: expected.sort(), below };
  }

  it('finds exactly the pairs whose shingles reach the threshold, by the definition (texts coded)', () => {
    const { found, expected, below } = foundAndExpected(1);
    // Pairs on both sides of the threshold, some of them close to it.
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(below.some((s) => s > 0.4)).toBe(true);
    expect(found).toEqual(expected);
  });

  it('among consortia that copied some passages and wrote the rest: the pairs and similarities of the definition', () => {
    const next = random(23);
    const units = Array.from({ length: 12 }, (_, i) => 900 + i);
    // Nine passages of 3,000 characters; consortium i copies the first copied[i] (in its own order,
    // for some) and writes the rest. Its text is cut into chunks, and a chunk copied is coded once.
    const passages = Array.from({ length: 9 }, () => randomHan(next, 3_000));
    const copied = [9, 9, 8, 7, 7, 6, 6, 5, 4, 3, 0];
    const batch = copied.map((k, i) => {
      const own = [...passages.slice(0, k), ...Array.from({ length: 9 - k }, () => randomHan(next, 3_000))];
      return consortium(units, i % 3 === 0 ? own.reverse() : own, `P${i}`);
    });
    const { values } = parametersAt(defaultPack(), '9999-12-31');
    const n = values['joint.shingleLength'] as number;
    const notice = shingles(normalizeText(values['joint.boilerplate'] as string), n);
    const sets = batch.map(
      (app) => new Set([...shingles(normalizeText(consortiumText(app)), n)].filter((s) => !notice.has(s))),
    );
    const threshold = values['joint.duplicateContentSimilarity'] as number;
    const expected = new Map<string, number>();
    let below = 0;
    for (let j = 1; j < sets.length; j++) {
      for (let i = 0; i < j; i++) {
        const similarity = jaccard(sets[i] as Set<string>, sets[j] as Set<string>);
        // As the pairs give it: to three places.
        if (similarity >= threshold) expected.set(key(i, j), Math.round(similarity * 1000) / 1000);
        else below++;
      }
    }
    expect(expected.size).toBeGreaterThanOrEqual(10);
    expect(below).toBeGreaterThanOrEqual(10);
    const found = findDuplicateConsortia(batch);
    expect(new Map(found.map((p) => [key(p.a.index, p.b.index), p.contentSimilarity]))).toEqual(expected);
  });

  it('and among many long texts that share little (sketched before they are coded)', () => {
    const { found, expected } = foundAndExpected(30);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(found).toEqual(expected);
  });
});

describe('findDuplicateConsortia: options are the caller’s, a bad one named', () => {
  it.each([
    [{ unitSimilarity: 1.5 }, RangeError, 'unitSimilarity'],
    [{ contentSimilarity: '0.4' }, TypeError, 'contentSimilarity'],
    [{ contentSimilarity: Number.NaN }, RangeError, 'contentSimilarity'],
    [{ method: 'fast' }, RangeError, 'method'],
    [{ evidenceBudget: -1 }, RangeError, 'evidenceBudget'],
    [{ evidenceBudget: 'all' }, TypeError, 'evidenceBudget'],
    [{ pack: { checks: [] } }, TypeError, 'pack'],
    [{ asOf: '2025-02-30' }, RangeError, 'asOf'],
    ['indexed', TypeError, 'options'],
  ])('%j: throws a %s for a list, rejects for an async source before reading it', async (options, kind, option) => {
    const sync = () => findDuplicateConsortia([], options as never);
    expect(sync).toThrow(kind);
    expect(sync).toThrow(new RegExp(`^选项 ${option}：.+ / option ${option}: `));
    let read = false;
    async function* source() {
      read = true;
      yield undefined;
    }
    await expect(findDuplicateConsortia(source(), options as never)).rejects.toMatchObject({ option });
    expect(read).toBe(false);
  });

  it('takes the bounds themselves: thresholds 0 and 1, no evidence bound', () => {
    expect(findDuplicateConsortia([], { unitSimilarity: 0, contentSimilarity: 1, evidenceBudget: Infinity })).toEqual(
      [],
    );
  });
});
