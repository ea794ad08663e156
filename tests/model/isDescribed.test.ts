import { describe, expect, it } from 'vitest';
import { missingRequiredFields } from '../../src/entries/facts.js';
import { buildApplication } from '../../src/entries/testing.js';
import { describedAgainst, isDescribed } from '../../src/model/isDescribed.js';

// A fact that tests every field of 表一 and 表二 reads the pack's list of empty answers once
// (describedAgainst); what it tells must be what isDescribed tells, text by text.
describe('describedAgainst', () => {
  const texts = [
    '质量管理',
    '无',
    '暂无',
    ' 暂 无。',
    'N/A',
    'n/a',
    '——',
    '0000',
    '…………',
    '',
    '  ',
    '\u200b',
    'ß',
    '略',
    '无锡',
  ];
  const lists: (readonly string[])[] = [[], ['无', '暂无'], Object.freeze(['无', '暂无', 'N/A', '略']), ['SS']];

  it('tells each text as isDescribed does, for each list of empty answers', () => {
    for (const list of lists) {
      const described = describedAgainst(list);
      for (const text of texts) expect([list, text, described(text)]).toEqual([list, text, isDescribed(text, list)]);
    }
    expect(describedAgainst(['无', '暂无'])('暂无')).toBe(false);
    expect(describedAgainst(['无', '暂无'])('无锡')).toBe(true);
  });
});

describe('missingRequiredFields', () => {
  it('reads a list of fields its caller changed in place as it is now', () => {
    const application = buildApplication('digital-workshop', { lead: { contact: { phone: '暂无' } } });
    const fields = { application: [], lead: ['name'], pilotLead: [], participant: [] };
    expect(missingRequiredFields(application, fields, ['暂无'])).toEqual([]);
    fields.lead.push('contact.phone');
    expect(missingRequiredFields(application, fields, ['暂无']).map((m) => m.pointer)).toEqual(['/lead/contact/phone']);
  });
});
