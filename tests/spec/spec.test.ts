import { describe, expect, it } from 'vitest';
import { type EvaluationResult, evaluate, evaluateBatch } from '../../src/index.js';
import { applicationOf, loadSpecCases, resultsFor, type SpecExpectation, worst } from '../helpers/spec.js';

function expectAnswer(result: EvaluationResult, expected: SpecExpectation) {
  if (result.verdict === 'invalid') throw new Error(JSON.stringify(result.errors, null, 2));
  const failing = result.checks.filter((x) => x.outcome === 'fail' || x.outcome === 'review');
  const context = failing.map((x) => `${x.outcome} ${x.id}${x.subject.pointer}: ${x.message.zh}`).join('\n');
  expect(result.verdict, context).toBe(expected.verdict);
  for (const [key, outcome] of Object.entries(expected.checks ?? {})) {
    const results = resultsFor(result.checks, key);
    expect(results.length, `no result for ${key}`).toBeGreaterThan(0);
    expect(worst(results), `${key}: ${results.map((r) => r.message.zh).join(' | ')}`).toBe(outcome);
  }
  for (const [key, fragments] of Object.entries(expected.messages ?? {})) {
    const results = resultsFor(result.checks, key);
    const text = results.map((r) => r.message.zh).join('\n');
    for (const fragment of fragments) expect(text).toContain(fragment);
    for (const r of results) expect(r.message.en.length).toBeGreaterThan(0);
  }
}

describe.each(loadSpecCases())('spec $file', ({ cases }) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    if (c.batch !== undefined) {
      const batch = await evaluateBatch(c.batch.map(applicationOf), c.options);
      const expected = c.expect.results ?? [];
      expect(batch.results.length).toBe(expected.length);
      expected.forEach((e, i) => {
        expectAnswer(batch.results[i] as EvaluationResult, e);
      });
      return;
    }
    expectAnswer(await evaluate(applicationOf(c), c.options), c.expect);
  });
});
