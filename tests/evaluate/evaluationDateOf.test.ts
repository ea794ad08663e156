import { describe, expect, it } from 'vitest';
import { evaluationDateOf } from '../../src/evaluate/evaluationDateOf.js';
import { defaultPack, evaluate, evaluateBatch } from '../../src/index.js';
import { example } from '../helpers/examples.js';

// One 评估日期, whoever reads the 申报书: asOf, else its 申报日期, else the pack as it reads now.
describe('the evaluation date', () => {
  const latest = Object.values(defaultPack().parameters)
    .flatMap((p) => p.values.map((v) => v.effectiveFrom))
    .sort()
    .at(-1);

  it('is asOf, else the 申报日期, else the day the pack last changed', () => {
    expect(evaluationDateOf('2025-04-15', '2025-05-01', defaultPack())).toBe('2025-05-01');
    expect(evaluationDateOf('2025-04-15', undefined, defaultPack())).toBe('2025-04-15');
    expect(evaluationDateOf('2025-02-30', undefined, defaultPack())).toBe(latest);
    expect(evaluationDateOf(undefined, undefined, defaultPack())).toBe(latest);
  });

  it('is the same for a draft with no date evaluated alone and in a batch', async () => {
    const draft = example('chain.json');
    delete draft.submittedOn;
    const alone = await evaluate(draft, { mode: 'draft' });
    const batch = await evaluateBatch([draft, example('workshop.json')], { mode: 'draft' });
    const dated = (r: { verdict: string; evaluationDate?: string } | undefined) => r?.evaluationDate;
    expect(dated(alone as never)).toBe(latest);
    expect(dated(batch.results[0] as never)).toBe(latest);
    expect(dated(batch.results[1] as never)).toBe('2025-04-15');
  });
});
