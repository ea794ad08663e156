import { describe, expect, it } from 'vitest';
import { resolvePath } from '../../src/entries/model.js';
import { formatMessage, type MessageValues } from '../../src/entries/report.js';
import { actionOf } from '../../src/evaluate/actionOf.js';
import { unitRuleName } from '../../src/evaluate/compilePack.js';
import { verdictOf } from '../../src/index.js';

const values = (over: Partial<MessageValues> = {}): MessageValues => ({
  actual: {},
  required: {},
  gap: {},
  details: {},
  subject: {},
  param: {},
  ...over,
});

describe('formatMessage', () => {
  it('fills values with filters, in each language', () => {
    const message = formatMessage(
      {
        zh: '{actual.level|level}/{required.level|level}，占比{actual.ratio|percent}，{actual.list|list}，近{param.basic.years|zhNumber}年',
        en: '{actual.level|level}, {actual.ratio|percent}, {actual.list|list}, {param.basic.years|zhNumber}',
      },
      values({
        actual: { level: null, ratio: 5 / 12, list: ['甲', '乙'] },
        required: { level: 2 },
        param: { 'basic.years': 3 },
      }),
    );
    expect(message).toEqual({ zh: '未定级/二级，占比41.7%，甲、乙，近三年', en: 'ungraded, 41.7%, 甲; 乙, 3' });
  });

  it('labels enum values and picks the language of bilingual values', () => {
    const message = formatMessage(
      { zh: '{actual.i|industry}：{details.p}', en: '{actual.i|industry}: {details.p}' },
      values({ actual: { i: 'new-materials' }, details: { p: { zh: '错误', en: 'wrong' } } }),
    );
    expect(message).toEqual({ zh: '新材料：错误', en: 'new-materials: wrong' });
  });

  it('shows a missing value as none rather than "undefined"', () => {
    expect(formatMessage({ zh: '{actual.x}', en: '{nothing.at.all}' }, values())).toEqual({
      zh: '（无）',
      en: '(none)',
    });
  });
});

describe('resolvePath', () => {
  const facts = { lead: { assessment: { scenarios: [{ level: 2 }] } } };
  it('follows .key and [index] steps over own properties', () => {
    expect(resolvePath(facts, '$.lead.assessment.scenarios[0].level')).toBe(2);
    expect(resolvePath(facts, '$')).toBe(facts);
    expect(resolvePath(facts, '$.lead.missing.deeper')).toBeUndefined();
  });
  it('reaches nothing through the prototype or with JSONPath expressions', () => {
    expect(resolvePath(facts, '$.constructor')).toBeUndefined();
    expect(resolvePath(facts, '$.lead.__proto__')).toBeUndefined();
    expect(resolvePath(facts, '$..level')).toBeUndefined();
    expect(resolvePath(facts, '$.lead[?(@.x)]')).toBeUndefined();
  });
});

describe('verdictOf', () => {
  it('follows clauses.md edition 3: reject decides, then correct (补正), then verify (核实); advisories carry none', () => {
    expect(verdictOf([{}, {}])).toBe('eligible');
    expect(verdictOf([{ action: 'verify' }])).toBe('needs-review');
    expect(verdictOf([{ action: 'verify' }, { action: 'correct' }])).toBe('needs-correction');
    expect(verdictOf([{ action: 'correct' }, { action: 'reject' }, { action: 'verify' }])).toBe('ineligible');
  });
});

describe('actionOf', () => {
  it('reads the check’s own actions, most specific first, else the rule of clauses.md', () => {
    expect(actionOf('eligibility', 'fail')).toBe('reject');
    expect(actionOf('completeness', 'fail')).toBe('correct');
    expect(actionOf('eligibility', 'review')).toBe('correct');
    expect(actionOf('advisory', 'fail')).toBeUndefined();
    expect(actionOf('eligibility', 'pass')).toBeUndefined();
    expect(actionOf('eligibility', 'not-applicable')).toBeUndefined();
    const actions = { review: 'verify', 'review:scale': 'correct' } as const;
    expect(actionOf('eligibility', 'review', actions)).toBe('verify');
    expect(actionOf('eligibility', 'review', actions, 'scale')).toBe('correct');
    expect(actionOf('eligibility', 'review', actions, 'other')).toBe('verify');
    expect(actionOf('eligibility', 'fail', actions)).toBe('reject');
  });
});

describe('unitRuleName', () => {
  it('names the rule about a unit id#index, the lead 0 and participant n at n (as rules and results are keyed)', () => {
    const name = unitRuleName('basic.registered-in-china', 3);
    expect(name).toBe('basic.registered-in-china#3');
    expect(unitRuleName('basic.registered-in-china', 0)).toBe('basic.registered-in-china#0');
    expect(unitRuleName('basic.industry', 3)).toBe('basic.industry#3');
    expect(unitRuleName('basic.industry', 4999)).toBe('basic.industry#4999');
  });
});
