import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonPatch from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { type CheckResult, type EvaluateOptions, evaluate, type Outcome } from '../../src/index.js';
import { example } from '../helpers/examples.js';

/** One case of the executable spec: see tests/spec/README.md. */
interface SpecCase {
  name: string;
  base?: string;
  application?: unknown;
  patch?: jsonPatch.Operation[];
  options?: EvaluateOptions;
  expect: {
    verdict: string;
    checks?: Record<string, Outcome>;
    messages?: Record<string, string[]>;
  };
}

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const severity: Outcome[] = ['not-applicable', 'pass', 'review', 'fail'];

/** `id` → every result of that check; `id@/participants/2` → the one about that unit. */
function resultsFor(checks: readonly CheckResult[], key: string): CheckResult[] {
  const [id, pointer] = key.split('@');
  return checks.filter((c) => c.id === id && (pointer === undefined || c.subject.pointer === pointer));
}

/** The outcome a clerk would read for a check across its units: the worst of them. */
function worst(results: readonly CheckResult[]): Outcome | undefined {
  return results.map((r) => r.outcome).sort((a, b) => severity.indexOf(b) - severity.indexOf(a))[0];
}

export function applicationOf(c: SpecCase): unknown {
  const base = c.application ?? example(c.base ?? '');
  return c.patch ? jsonPatch.applyPatch(structuredClone(base), c.patch, true, false).newDocument : base;
}

export function loadSpecCases(): { file: string; cases: SpecCase[] }[] {
  return files.map((file) => ({ file, cases: JSON.parse(readFileSync(join(dir, file), 'utf8')).cases as SpecCase[] }));
}

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
