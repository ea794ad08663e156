import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactResultOf } from '../../src/entries/report.js';
import { evaluate, evaluateBatch, evaluateSync } from '../../src/index.js';
import { example } from '../helpers/examples.js';
import { generateConsortia } from '../helpers/generate.js';
import { mutatedExample } from '../helpers/hostile.js';
import { runs } from '../helpers/runs.js';
import { variedApplication } from '../helpers/varied.js';

// The compiled evaluation is tested against json-rules-engine, the reference, on the same pack:
// every answer deep-equal, messages, values found and required, and the order of results included.

const asOf = fc.option(fc.constantFrom('2023-12-31', '2024-01-01', '2025-06-30', '2026-11-29', '2031-01-01'), {
  nil: undefined,
});
const stage = fc.constantFrom('submission' as const, 'selection' as const);
let ruleResults = 0;

describe('the compiled evaluation', () => {
  it("gives json-rules-engine's answers, and evaluateSync the same (and compact, its compact form), on 9,000 varied and mutated applications", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(variedApplication, variedApplication, variedApplication, mutatedExample),
        asOf,
        async (input, date) => {
          const options = date === undefined ? {} : { asOf: date };
          const reference = await evaluate(input, { ...options, engine: 'json-rules-engine' });
          const compiled = await evaluate(input, options);
          expect(compiled).toEqual(reference);
          expect(evaluateSync(input, options)).toEqual(reference);
          // The compact path (passing results left brief) shows what compactResultOf shows of it.
          expect(evaluateSync(input, { ...options, detail: 'compact', lang: 'zh' })).toEqual(
            compactResultOf(reference, 'zh'),
          );
          if (reference.verdict !== 'invalid') ruleResults += reference.checks.length;
        },
      ),
      { seed: 20261129, numRuns: runs(9_000) },
    );
    // Most inputs are readable applications, so most comparisons are of whole evaluations.
    expect(ruleResults).toBeGreaterThan(runs(9_000) * 20);
  });

  it("gives json-rules-engine's answers for a consortium of 300 participants (rule names past the first 128 units)", async () => {
    const chain = example('chain.json');
    const participants = chain.participants as Record<string, unknown>[];
    chain.participants = Array.from({ length: 300 }, (_, i) => ({
      ...structuredClone(participants[i % participants.length]),
      name: `参与单位${i}`,
    }));
    const reference = await evaluate(chain, { engine: 'json-rules-engine' });
    expect(reference.verdict).not.toBe('invalid');
    expect(evaluateSync(chain)).toEqual(reference);
    if (reference.verdict !== 'invalid') {
      expect(reference.checks.some((c) => c.subject.type === 'unit' && c.subject.index === 299)).toBe(true);
    }
  });

  it("gives json-rules-engine's answers on 1,000 batches, duplicates and selections included", async () => {
    const consortia = generateConsortia(40, 7).applications;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(variedApplication, fc.constantFrom(...consortia)), { minLength: 1, maxLength: 6 }),
        stage,
        asOf,
        async (batch, s, date) => {
          const options = { stage: s, ...(date === undefined ? {} : { asOf: date }) };
          const reference = await evaluateBatch(batch, { ...options, engine: 'json-rules-engine' });
          expect(await evaluateBatch(batch, options)).toEqual(reference);
        },
      ),
      { seed: 7, numRuns: runs(1_000) },
    );
  });
});

describe('evaluateSync', () => {
  it('refuses the reference engine, which only runs asynchronously', () => {
    expect(() => evaluateSync({}, { engine: 'json-rules-engine' })).toThrow(
      /^选项 engine：evaluateSync 只运行编译后的规则/,
    );
  });

  it('says which engines there are when asked for another', async () => {
    await expect(evaluate({}, { engine: 'v8' as never })).rejects.toThrow(/compiled 或 json-rules-engine/);
  });

  it('answers without a promise', () => {
    const result = evaluateSync({ direction: 'chain', industry: 7 });
    expect(result).not.toBeInstanceOf(Promise);
    expect(result.verdict).toBe('invalid');
  });
});
