import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Application, defaultPackFiles, findDuplicateConsortia, loadRulePack } from '../../src/index.js';
import { example } from '../helpers/examples.js';
import { consortium, generateConsortia, lightlyEdited, random, sentences } from '../helpers/generate.js';

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
    expect(findDuplicateConsortia([workshop, undefined, a, { ...a, id: 'A2' }, b])).toHaveLength(1);
  });
});
