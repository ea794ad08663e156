import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { applicationOf, loadSpecCases, resultsFor, worst } from '../helpers/spec.js';

describe.each(loadSpecCases())('spec $file', ({ cases }) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await evaluate(applicationOf(c), c.options);
    if (result.verdict === 'invalid') throw new Error(JSON.stringify(result.errors, null, 2));
    const failing = result.checks.filter((x) => x.outcome === 'fail' || x.outcome === 'review');
    const context = failing.map((x) => `${x.outcome} ${x.id}${x.subject.pointer}: ${x.message.zh}`).join('\n');
    expect(result.verdict, context).toBe(c.expect.verdict);
    for (const [key, outcome] of Object.entries(c.expect.checks ?? {})) {
      const results = resultsFor(result.checks, key);
      expect(results.length, `no result for ${key}`).toBeGreaterThan(0);
      expect(worst(results), `${key}: ${results.map((r) => r.message.zh).join(' | ')}`).toBe(outcome);
    }
    for (const [key, fragments] of Object.entries(c.expect.messages ?? {})) {
      const results = resultsFor(result.checks, key);
      const text = results.map((r) => r.message.zh).join('\n');
      for (const fragment of fragments) expect(text).toContain(fragment);
      for (const r of results) expect(r.message.en.length).toBeGreaterThan(0);
    }
  });
});
