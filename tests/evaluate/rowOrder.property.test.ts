// Edition 3: no row order changes an outcome. Every list of a 申报书 (scenarios, participants, fiscal
// years, attachments, records, seals) shuffled, the verdict and each check's outcomes and actions stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EvaluationResult, evaluateSync } from '../../src/index.js';
import { runs } from '../helpers/runs.js';
import { variedApplication } from '../helpers/varied.js';

/** A copy of `value` with every array in it put in the order `order` gives, at every depth. */
function shuffled(value: unknown, order: (length: number, depth: number) => number[], depth = 0): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => shuffled(v, order, depth + 1));
    return order(items.length, depth).map((i) => items[i]);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shuffled(v, order, depth + 1)]));
  }
  return value;
}

/** What a clerk reads of an evaluation, whatever the rows' order: the verdict, and per check its outcomes and actions. */
function answers(result: EvaluationResult) {
  if (result.verdict === 'invalid') return { verdict: 'invalid' };
  const byCheck: Record<string, string[]> = {};
  for (const c of result.checks) {
    const list = byCheck[c.id] ?? [];
    list.push(`${c.outcome}/${c.action ?? '-'}`);
    byCheck[c.id] = list;
  }
  for (const list of Object.values(byCheck)) list.sort();
  return { verdict: result.verdict, byCheck, corrections: result.corrections.length > 0 };
}

describe('row order (edition 3)', () => {
  it('changes no outcome: every list of 2,000 varied applications shuffled', () => {
    let tried = 0;
    const seen = new Set<string>();
    fc.assert(
      fc.property(variedApplication, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (app, seeds) => {
        // A permutation per list, drawn from the seeds (Fisher–Yates).
        let k = 0;
        const order = (length: number) => {
          const out = Array.from({ length }, (_, i) => i);
          for (let i = length - 1; i > 0; i--) {
            const j = (seeds[k++ % seeds.length] as number) % (i + 1);
            [out[i], out[j]] = [out[j] as number, out[i] as number];
          }
          return out;
        };
        const before = evaluateSync(app);
        const after = evaluateSync(shuffled(app, order));
        expect(answers(after)).toEqual(answers(before));
        seen.add(before.verdict);
        tried++;
      }),
      { seed: 20261206, numRuns: runs(2_000) },
    );
    expect(tried).toBeGreaterThanOrEqual(Math.min(2_000, runs(2_000)));
    // The generated applications reach every verdict, so the property speaks of each.
    if (runs(2_000) >= 2_000) {
      expect([...seen].sort()).toEqual(['eligible', 'ineligible', 'needs-correction', 'needs-review']);
    }
  });
});
