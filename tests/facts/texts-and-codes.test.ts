import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  characterCount,
  creditCodeFacts,
  creditReportGaps,
  jointAgreementGaps,
  missingRequiredFields,
} from '../../src/entries/facts.js';
import type { Application } from '../../src/index.js';
import { example } from '../helpers/examples.js';

describe('characterCount', () => {
  it('counts Han characters, letters, digits and punctuation once each', () => {
    expect(characterCount('昌吉州ABC123，。')).toBe(11);
  });
  it('counts a character outside the BMP once', () => {
    expect('𠀀𠀁'.length).toBe(4);
    expect(characterCount('𠀀𠀁')).toBe(2);
  });
  it('does not count white space, wherever it stands (edition 2)', () => {
    expect(characterCount('\n  简介 \t')).toBe(2);
    expect(characterCount('简 介')).toBe(2);
    expect(characterCount('第一段。\n\n第二段。')).toBe(8);
    expect(characterCount('简\u3000介')).toBe(2);
  });
  it('counts as the definition does: the code points that `\\s` does not match', () => {
    const definition = (text: string) => [...text].filter((ch) => !/\s/.test(ch)).length;
    // Every UTF-16 unit alone (white space, lone surrogates and all), then texts mixing them.
    for (let unit = 0; unit <= 0xffff; unit++) {
      const text = String.fromCharCode(unit);
      if (characterCount(text) !== definition(text)) expect.fail(`U+${unit.toString(16)}`);
    }
    const unit = fc.oneof(
      fc.constantFrom(' ', '\u3000', '\u00a0', '\ufeff', '\u2028', '\n', '\ud840', '\udc00', '𠀀', '昌', 'A'),
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(characterCount(text)).toBe(definition(text));
      }),
      { seed: 7, numRuns: 20_000 },
    );
  });
});

describe('creditCodeFacts', () => {
  it('reads category and region from a good code', () => {
    expect(creditCodeFacts('91652301L74C93KYXG')).toMatchObject({
      valid: true,
      authorityCategory: '91',
      categoryName: '企业',
      regionCode: '652301',
      inMainland: true,
    });
  });
  it('gives the reasons for a bad one, in both languages', () => {
    const facts = creditCodeFacts('91652301L74C93KYX');
    expect(facts.valid).toBe(false);
    expect(facts.problems.zh).toContain('应为18位，实际为17位');
    expect(facts.problems.en).toContain('18 characters');
    expect(facts.regionCode).toBeUndefined();
  });
});

describe('form facts', () => {
  const chain = example('chain.json') as unknown as Application;
  const fields = {
    application: ['recommender.name'],
    lead: ['contact.phone'],
    pilotLead: ['project.name'],
    participant: ['registeredAddress'],
  };

  it('lists blank required fields with pointer and Chinese path', () => {
    expect(missingRequiredFields(chain, fields)).toEqual([]);
    const changed = structuredClone(chain);
    changed.lead.contact.phone = '';
    (changed.participants[2] as { registeredAddress: string }).registeredAddress = '  ';
    delete changed.lead.project;
    expect(missingRequiredFields(changed, fields)).toEqual([
      { pointer: '/lead/contact/phone', where: '申报（牵头）单位 › 联系人 › 联系电话' },
      { pointer: '/lead/project/name', where: '申报（牵头）单位 › 数字化改造项目 › 已开展的数字化改造项目名称' },
      { pointer: '/participants/2/registeredAddress', where: '参与单位 › 第3项 › 注册地址' },
    ]);
  });

  it('asks project fields only of a lead that is a pilot', () => {
    const changed = structuredClone(chain);
    changed.lead.isPilot = false;
    delete changed.lead.project;
    expect(missingRequiredFields(changed, fields)).toEqual([]);
  });

  it('finds units without a fresh credit report covering the window', () => {
    const window = { coversFrom: '2022-01-01', maxAgeDays: 30 };
    expect(creditReportGaps(chain, window, '2025-04-15')).toEqual([]);
    expect(creditReportGaps(chain, window, '2025-06-01')).toHaveLength(13);
    expect(creditReportGaps(chain, window, '2025-06-01')[0]).toEqual({
      reason: 'stale',
      unit: { role: 'lead', name: '新疆示例铝业集团有限公司', pointer: '/lead' },
      coversTo: '2025-04-08',
      required: '2025-05-02',
    });
  });

  it('names units that have not sealed the joint agreement', () => {
    expect(jointAgreementGaps(chain)).toEqual([]);
    const changed = structuredClone(chain);
    changed.attachments = changed.attachments.filter((a) => a.kind !== 'joint-agreement');
    expect(jointAgreementGaps(changed)).toEqual([{ reason: 'missing' }]);
    const unsealed = structuredClone(chain);
    const agreement = unsealed.attachments.find((a) => a.kind === 'joint-agreement');
    if (agreement === undefined) throw new Error('no agreement');
    agreement.signedBy = agreement.signedBy?.slice(1);
    agreement.statesDuties = false;
    expect(jointAgreementGaps(unsealed)).toEqual([
      { reason: 'unsealed', unit: { role: 'lead', name: '新疆示例铝业集团有限公司', pointer: '/lead' } },
      { reason: 'no-duties' },
    ]);
  });
});
