import { describe, expect, it } from 'vitest';
import { adverseRecordsOf, attachmentCount, participantRef } from '../../src/entries/facts.js';
import { formatMessage } from '../../src/entries/report.js';
import type { Application } from '../../src/index.js';
import { example } from '../helpers/examples.js';

const chain = example('chain.json') as unknown as Application;

describe('adverseRecordsOf', () => {
  it('lists the records of the kinds that count, as data; undefined without a credit record', () => {
    const unit = structuredClone(chain.lead);
    unit.credit = {
      adverseRecords: [
        { kind: 'abnormal-operation', description: '住所无法联系', date: '2024-02-01' },
        { kind: 'other', description: '其他', date: '2023-01-01' },
      ],
    };
    expect(adverseRecordsOf(unit, ['abnormal-operation'])).toEqual([
      { reason: 'abnormal-operation', date: '2024-02-01', description: '住所无法联系' },
    ]);
    // The credit report's window (五 3): records before it are kept apart, for the clerk to verify.
    expect(adverseRecordsOf(unit, ['abnormal-operation', 'other'], { from: '2023-06-01' })).toHaveLength(1);
    expect(adverseRecordsOf(unit, ['abnormal-operation', 'other'], { from: '2023-06-01', before: true })).toEqual([
      { reason: 'other', date: '2023-01-01', description: '其他' },
    ]);
    expect(adverseRecordsOf(unit, ['abnormal-operation', 'other'])).toHaveLength(2);
    delete unit.credit;
    expect(adverseRecordsOf(unit, ['abnormal-operation'])).toBeUndefined();
  });
});

describe('attachmentCount and participantRef', () => {
  it('counts attachments of a kind', () => {
    expect(attachmentCount(chain, 'joint-agreement')).toBe(1);
    expect(attachmentCount(chain, 'credit-report')).toBe(13);
    expect(attachmentCount(chain, 'outreach-list')).toBe(0);
  });

  it('names a participant by its place in 表二 and its name, each language its own way', () => {
    const say = (unit: unknown) =>
      formatMessage(
        { zh: '{details.unit}', en: '{details.unit}' },
        { actual: {}, required: {}, gap: {}, details: { unit }, subject: {}, param: {} },
      );
    expect(say(participantRef(chain.participants[2] as Application['participants'][number], 2))).toEqual({
      zh: '参与单位第3项（昌吉州参与企业3有限公司）',
      en: 'participant 3 (昌吉州参与企业3有限公司)',
    });
    const unnamed = { ...(chain.participants[0] as Application['participants'][number]), name: ' ' };
    expect(say(participantRef(unnamed, 0))).toEqual({
      zh: '参与单位第1项（名称未填写）',
      en: 'participant 1 (no name)',
    });
  });
});
