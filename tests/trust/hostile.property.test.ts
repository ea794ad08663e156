import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateBatch } from '../../src/index.js';
import { deepFreeze, loadExamples } from '../helpers/examples.js';
import { assertSound, hostileInput, mutatedExample, randomJson } from '../helpers/hostile.js';
import { runs } from '../helpers/runs.js';

const seed = Number(process.env.FUZZ_SEED ?? 20251129);

function snapshot(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return 'unserialisable';
  }
}

describe('hostile input (seeded)', () => {
  it('evaluate() resolves soundly, mutates nothing and pollutes nothing, on 7,000 mutated examples', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedExample, async (input) => {
        const before = snapshot(input);
        const result = await evaluate(deepFreeze(input));
        assertSound(result);
        expect(snapshot(input)).toBe(before);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      { seed, numRuns: runs(7_000) },
    );
  });

  it('evaluate() resolves soundly on 2,500 random JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(randomJson, async (input) => {
        assertSound(await evaluate(deepFreeze(input)));
      }),
      { seed, numRuns: runs(2_500) },
    );
  });

  it('evaluateBatch() answers every input in place on 300 batches of hostile input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileInput, { minLength: 1, maxLength: 5 }), async (inputs) => {
        const before = snapshot(inputs);
        const batch = await evaluateBatch(deepFreeze(inputs));
        expect(batch.results).toHaveLength(inputs.length);
        for (const r of batch.results) assertSound(r);
        expect(snapshot(inputs)).toBe(before);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { seed, numRuns: runs(300) },
    );
  });

  it('evaluate() answers every example on any evaluation date from 2000 to 2040, never failing', async () => {
    const examples = Object.values(loadExamples());
    const day = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...examples),
        day,
        fc.constantFrom('submission', 'selection'),
        async (input, asOf, stage) => {
          const result = await evaluate(input, { asOf, stage: stage as 'submission' | 'selection' });
          expect(result.verdict, JSON.stringify(result).slice(0, 300)).not.toBe('invalid');
        },
      ),
      { seed, numRuns: runs(300) },
    );
  });
});
