import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckResult, type EvaluationResult, evaluate } from '../../src/index.js';
import { runs } from '../helpers/runs.js';
import { worst } from '../helpers/spec.js';
import { variedApplication } from '../helpers/varied.js';

type Json = Record<string, unknown>;

/** The outcome a clerk reads for each check (the worst over its units), by check ID. */
function outcomesById(result: EvaluationResult): Record<string, string | undefined> {
  if (result.verdict === 'invalid') throw new Error(JSON.stringify(result.errors));
  const byId = new Map<string, CheckResult[]>();
  for (const c of result.checks) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  return Object.fromEntries([...byId].map(([id, results]) => [id, worst(results)]));
}

describe('counting once (edition 2)', () => {
  it('an entry listed twice, a scenario or a participant, changes no outcome but form.participants', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(variedApplication, fc.nat(), fc.nat(), fc.boolean(), async (app, which, where, scenario) => {
        const list = (scenario ? ((app.lead as Json).assessment as Json | undefined)?.scenarios : app.participants) as
          | Json[]
          | undefined;
        fc.pre(list !== undefined && list.length > 0);
        const twice = structuredClone(app);
        const entries = (scenario ? ((twice.lead as Json).assessment as Json).scenarios : twice.participants) as Json[];
        const entry = structuredClone(entries[which % entries.length]);
        entries.splice(where % (entries.length + 1), 0, entry as Json);
        const before = outcomesById(await evaluate(app));
        const after = outcomesById(await evaluate(twice));
        delete before['form.participants'];
        delete after['form.participants'];
        expect(after).toEqual(before);
        compared++;
      }),
      { seed: 20261129, numRuns: runs(3_000) },
    );
    expect(compared).toBeGreaterThan(1_000);
  });
});
