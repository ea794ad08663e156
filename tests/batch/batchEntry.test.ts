import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchEntryOf, heldBatchEntryOf } from '../../src/batch/batchEntry.js';
import { unitNameIn } from '../../src/batch/unitNameIn.js';
import type { Application } from '../../src/index.js';
import { example } from '../helpers/examples.js';
import { runs } from '../helpers/runs.js';

const chain = example('chain.json') as unknown as Application;

/** What a search reads of an entry, as plain data. */
const read = (entry: ReturnType<typeof batchEntryOf>, codes: readonly string[]) => ({
  index: entry.index,
  id: entry.id,
  direction: entry.direction,
  submittedOn: entry.submittedOn,
  lead: { name: entry.lead.name, creditCode: entry.lead.creditCode },
  participantCount: entry.participantCount,
  units: entry.units,
  text: entry.text,
  names: codes.map((code) => entry.nameOf(code)),
});

describe('heldBatchEntryOf', () => {
  it('reads from the application what batchEntryOf copies, code for code and name for name', () => {
    const unit = fc.record({
      name: fc.constantFrom('甲公司', '乙公司', '丙公司'),
      creditCode: fc.constantFrom('91652301L74C93KYXG', ' 91652301l74c93kyxg', '９1652301L74C93KYXG', '', 'X', 'x '),
    });
    fc.assert(
      fc.property(unit, fc.array(unit, { maxLength: 6 }), fc.nat(100), (lead, participants, index) => {
        const application = { ...chain, lead: { ...chain.lead, ...lead }, participants } as Application;
        const codes = ['91652301L74C93KYXG', '', 'X', 'NONE', ...[lead, ...participants].map((u) => u.creditCode)];
        expect(read(heldBatchEntryOf(application, index), codes)).toEqual(
          read(batchEntryOf(application, index), codes),
        );
      }),
      { seed: 31, numRuns: runs(500) },
    );
  });

  it('names the last unit of a code, as a list would show it', () => {
    const [first, second] = chain.participants;
    const application = {
      ...chain,
      participants: [first, { ...second, creditCode: first?.creditCode, name: '后一家' }],
    } as Application;
    expect(unitNameIn(application, first?.creditCode as string)).toBe('后一家');
    expect(heldBatchEntryOf(application, 0).nameOf(first?.creditCode as string)).toBe('后一家');
    expect(unitNameIn(application, 'NO-SUCH-CODE')).toBe('');
  });

  it('keeps no copy: a change to the application shows in the entry (the caller holds the list)', () => {
    const application = structuredClone(chain);
    const entry = heldBatchEntryOf(application, 0);
    application.narrative.projectOverview = '改过的项目概述';
    expect(entry.text.startsWith('改过的项目概述')).toBe(true);
  });
});
