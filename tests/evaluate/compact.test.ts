import { describe, expect, it } from 'vitest';
import { compactResultOf } from '../../src/entries/report.js';
import { type EvaluateOptions, evaluate, evaluateSync } from '../../src/index.js';
import { example } from '../helpers/examples.js';
import { applicationOf, loadSpecCases } from '../helpers/spec.js';

describe("evaluate(x, { detail: 'compact' }): what a portal shows", () => {
  it('keeps the verdict and corrections, and only the checks that did not pass, in the language asked', async () => {
    const draft = example('workshop.json') as { lead: { assessment: { score: number }; contact: { phone: string } } };
    draft.lead.assessment.score = 49.5;
    draft.lead.contact.phone = '';
    const full = await evaluate(draft);
    const compact = await evaluate(draft, { detail: 'compact', lang: 'zh' });
    if (full.verdict === 'invalid' || compact.verdict === 'invalid') throw new Error('read as invalid');
    expect(compact.verdict).toBe(full.verdict);
    expect(compact.summary).toEqual(full.summary);
    const notPassed = full.checks.filter((c) => c.outcome === 'fail' || c.outcome === 'review');
    expect(compact.checks.map((c) => c.id)).toEqual(notPassed.map((c) => c.id));
    const score = compact.checks.find((c) => c.id === 'workshop.score');
    expect(score).toMatchObject({ outcome: 'fail', action: 'reject', subject: '/lead' });
    expect(score?.message).toBe(full.checks.find((c) => c.id === 'workshop.score')?.message.zh);
    expect(compact.corrections.map((c) => c.pointer)).toEqual(full.corrections.map((c) => c.pointer));
    expect(typeof compact.corrections[0]?.todo).toBe('string');
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(full).length / 4);
    // evaluateSync gives the same, and without `lang` both languages.
    expect(evaluateSync(draft, { detail: 'compact', lang: 'zh' })).toEqual(compact);
    const both = compactResultOf(full);
    if (both.verdict === 'invalid') throw new Error('read as invalid');
    expect(both.checks[0]?.message).toEqual(notPassed[0]?.message);
  });

  it('gives what compactResultOf gives of the full result, for every example and spec case, in each language', () => {
    const inputs: { name: string; input: unknown; options: EvaluateOptions }[] = [];
    for (const { file, cases } of loadSpecCases()) {
      for (const c of cases) {
        if (c.batch !== undefined) continue;
        const { selected: _selected, ...options } = c.options ?? {};
        inputs.push({ name: `${file}: ${c.name}`, input: applicationOf(c), options });
      }
    }
    expect(inputs.length).toBeGreaterThan(100);
    let notPassed = 0;
    for (const { name, input, options } of inputs) {
      const full = evaluateSync(input, options);
      for (const lang of [undefined, 'zh', 'en'] as const) {
        const compact = evaluateSync(input, { ...options, detail: 'compact', ...(lang ? { lang } : {}) });
        expect(compact, name).toEqual(compactResultOf(full, lang));
        if (compact.verdict !== 'invalid') notPassed += compact.checks.length;
      }
    }
    // The cases fail and review checks of every kind: the compact path writes those in full.
    expect(notPassed).toBeGreaterThan(inputs.length);
  });

  it('keeps an invalid result whole, and refuses a detail or lang it does not know', async () => {
    const invalid = await evaluate({ direction: 'nowhere' }, { detail: 'compact' });
    expect(invalid.verdict).toBe('invalid');
    await expect(evaluate({}, { detail: 'short' as never })).rejects.toThrow(/^选项 detail：/);
    expect(() => evaluateSync({}, { lang: 'fr' as never })).toThrow(/^选项 lang：/);
  });
});
