// Edition 3: a family of copies is reported once, as a group; invisible characters hide no copy; and a
// batch reads each application's parameters on its own date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateGroupsOf } from '../../src/entries/batch.js';
import {
  type Application,
  defaultPackFiles,
  evaluateBatch,
  findDuplicateConsortia,
  loadRulePack,
} from '../../src/index.js';
import { eligibleExample } from '../helpers/examples.js';
import { runs } from '../helpers/runs.js';

const chain = () => eligibleExample('chain.json') as unknown as Application & { narrative: Record<string, string> };

describe('a family of copies', () => {
  it('is one group: 300 copies of one consortium are one group of 300, the 44,850 pairs still there', async () => {
    const copies = Array.from({ length: 300 }, (_, i) => ({ ...chain(), id: `C-${i}` }));
    const batch = await evaluateBatch(copies);
    expect(batch.duplicates).toHaveLength(44_850);
    expect(batch.duplicateGroups).toHaveLength(1);
    const [group] = batch.duplicateGroups;
    expect(group?.members).toHaveLength(300);
    expect(group?.pairCount).toBe(44_850);
    expect(group?.unitSimilarity).toEqual({ min: 1, max: 1 });
    // Each copy's message names the family once, not 299 sentences.
    const message =
      batch.results[0]?.verdict === 'invalid'
        ? ''
        : batch.results[0]?.checks.find((c) => c.id === 'joint.duplicate-consortium')?.message.zh;
    expect(message).toContain('等299份申报书');
    expect((message ?? '').length).toBeLessThan(2_000);
    expect(findDuplicateConsortia(copies).groups).toEqual(batch.duplicateGroups);
  });

  it('keeps families apart: two pairs of copies are two groups, in the order of the batch', () => {
    const other = chain();
    other.lead = eligibleExample('cluster.json').lead as Application['lead'];
    other.participants = (eligibleExample('cluster.json') as unknown as Application).participants;
    const pairs = findDuplicateConsortia([chain(), other, chain(), structuredClone(other)]);
    expect(duplicateGroupsOf(pairs).map((g) => g.members.map((m) => m.index))).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });
});

describe('invisible characters', () => {
  const ignorable = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u3164', '\u180E', '\u034F'];
  it('hide no copy: a consortium re-filed with one woven between every two characters is still found', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ignorable),
        fc.constantFrom('projectOverview', 'outcomes', 'replicableModel'),
        (mark, field) => {
          const original = chain();
          const copy = chain();
          copy.id = 'WOVEN';
          for (const key of Object.keys(copy.narrative)) {
            copy.narrative[key] = [...(copy.narrative[key] as string)].join(mark);
          }
          copy.narrative[field] = `${mark}${copy.narrative[field]}${mark}`;
          const pairs = findDuplicateConsortia([original, copy]);
          expect(pairs).toHaveLength(1);
          expect(pairs[0]?.contentSimilarity).toBeGreaterThan(0.95);
        },
      ),
      { seed: 20261206, numRuns: runs(60) },
    );
  });
});

describe('one evaluation date per application', () => {
  it('reads a batch’s duplicate search on each application’s date: a parameter effective in 2030 changes nothing in 2025', async () => {
    const files = structuredClone(defaultPackFiles) as {
      'parameters.json': { parameters: Record<string, { values: { effectiveFrom: string; value: unknown }[] }> };
    };
    const parameters = files['parameters.json'].parameters;
    // From 2030 on, nothing short of identical would be alike, and the texts read as 9-character shingles.
    parameters['joint.duplicateContentSimilarity']?.values.push({ effectiveFrom: '2030-01-01', value: 1 });
    parameters['joint.duplicateUnitSimilarity']?.values.push({ effectiveFrom: '2030-01-01', value: 1 });
    parameters['joint.shingleLength']?.values.push({ effectiveFrom: '2030-01-01', value: 9 });
    const pack = loadRulePack(files);
    const a = chain();
    const b = chain();
    b.id = 'EDITED';
    b.narrative.outcomes = `${b.narrative.outcomes}另补充说明一段新内容。`;
    b.participants = b.participants.slice(0, 11);
    const before = await evaluateBatch([a, b], { pack });
    const plain = await evaluateBatch([a, b]);
    expect(before.duplicates).toEqual(plain.duplicates);
    expect(before.duplicates).toHaveLength(1);
    expect(findDuplicateConsortia([a, b], { pack })).toEqual(plain.duplicates);
    // Evaluated as of 2030, the same two are no longer alike.
    const later = await evaluateBatch([a, b], { pack, asOf: '2030-06-01' });
    expect(later.duplicates).toEqual([]);
  });
});
