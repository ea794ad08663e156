import { describe, expect, it } from 'vitest';
import { editionOf } from '../../src/entries/pack.js';
import { defaultPack, evaluateSync, loadRulePack } from '../../src/index.js';
import { buildApplication } from '../../src/testing/buildApplication.js';
import { packIssues } from '../helpers/packIssues.js';
import { smallPack } from '../helpers/smallPack.js';

// A notice changes: a 补充通知 raises a threshold from a date and adds a check from another. The pack
// as it reads on a date is one value, and every path reads it.
const scoreCheck = {
  id: 'basic.score',
  clause: '二（一）',
  kind: 'eligibility',
  title: { zh: '得分', en: 'Score' },
  notice: '得分不低于规定分数',
  subject: 'lead',
  pass: { name: 'score', path: '$.lead.assessment.score', operator: '>=', value: { param: 'basic.minScore' } },
  zh: { pass: '得分{actual.score}分', fail: '得分{actual.score}分，低于{required.score}分' },
  en: { pass: 'Score {actual.score}', fail: 'Score {actual.score}, below {required.score}' },
};
const addedCheck = {
  ...scoreCheck,
  id: 'basic.added',
  effectiveFrom: '2025-07-01',
  source: '补充通知（2025-06-20）',
  title: { zh: '补充条件', en: 'Added condition' },
};
const parameters = {
  'basic.minScore': {
    clause: '二（一）',
    notice: '得分不低于规定分数',
    description: { zh: '最低得分', en: 'Least score' },
    type: 'number',
    values: [
      { effectiveFrom: '2024-01-01', value: 60 },
      { effectiveFrom: '2025-07-01', value: 70, source: '补充通知（2025-06-20）第1条' },
    ],
  },
};
const files = (checks: unknown[]) => smallPack('补充通知', {}, checks, { parameters });

describe('editionOf: the pack as it reads on a date', () => {
  it('gives the values in effect with their source, and the checks in effect', () => {
    const pack = loadRulePack(files([scoreCheck, addedCheck]));
    const before = editionOf(pack, '2025-06-30');
    const after = editionOf(pack, '2025-07-01');
    expect(before.parameters['basic.minScore']).toBe(60);
    expect(before.sources['basic.minScore']).toEqual({ effectiveFrom: '2024-01-01' });
    expect(after.parameters['basic.minScore']).toBe(70);
    expect(after.sources['basic.minScore']).toEqual({
      effectiveFrom: '2025-07-01',
      source: '补充通知（2025-06-20）第1条',
    });
    expect(before.checks.map((c) => c.id)).toEqual(['basic.score']);
    expect(after.checks.map((c) => c.id)).toEqual(['basic.score', 'basic.added']);
    expect(before.key).not.toBe(after.key);
    expect(editionOf(pack, '2025-06-30')).toBe(before);
  });

  it('decides an evaluation: a check not yet in effect gives no result, a later value applies from its date', () => {
    const pack = loadRulePack(files([scoreCheck, addedCheck]));
    const app = buildApplication('digital-workshop', { industry: 'new-materials', submittedOn: '2025-06-30' });
    app.lead.assessment = { acceptancePassed: true, level: 2, score: 65, scenarios: [] };
    const early = evaluateSync(app, { pack });
    const late = evaluateSync(app, { pack, asOf: '2025-07-01' });
    if (early.verdict === 'invalid' || late.verdict === 'invalid') throw new Error('read as invalid');
    expect(early.checks.map((c) => [c.id, c.outcome])).toEqual([['basic.score', 'pass']]);
    expect(late.checks.map((c) => [c.id, c.outcome])).toEqual([
      ['basic.score', 'fail'],
      ['basic.added', 'fail'],
    ]);
    expect(late.checks[0]?.message.zh).toBe('得分65分，低于70分');
  });

  it("is 昌吉's pack unchanged on any date of its plan", () => {
    const edition = editionOf(defaultPack(), '2025-04-15');
    expect(edition.checks).toEqual(defaultPack().checks);
    expect(edition.notYetInEffect).toEqual([]);
  });

  it('refuses a check that ends before it begins', () => {
    const issues = packIssues(files([{ ...scoreCheck, effectiveFrom: '2025-07-01', effectiveUntil: '2025-06-30' }]));
    expect(issues).toContainEqual(
      expect.objectContaining({
        rule: 'basic.score',
        pointer: '/checks/0/effectiveUntil',
        message: expect.objectContaining({ zh: '检查的截止日期 2025-06-30 早于生效日期 2025-07-01' }),
      }),
    );
  });
});
