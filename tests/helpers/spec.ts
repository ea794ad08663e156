import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonPatch from 'fast-json-patch';
import type { CheckResult, EvaluateBatchOptions, EvaluateOptions, Outcome } from '../../src/index.js';
import { example } from './examples.js';

/** What one application must be answered with. */
export interface SpecExpectation {
  verdict: string;
  checks?: Record<string, Outcome>;
  messages?: Record<string, string[]>;
}

/** An application of the spec: an example and a patch, or the whole application. */
export interface SpecApplication {
  base?: string;
  application?: unknown;
  patch?: jsonPatch.Operation[];
}

/** One case of the executable spec: see tests/spec/README.md. */
export interface SpecCase extends SpecApplication {
  name: string;
  /** A case across applications: `evaluateBatch` over these, `expect.results` one per entry. */
  batch?: SpecApplication[];
  options?: EvaluateOptions & EvaluateBatchOptions;
  expect: SpecExpectation & { results?: SpecExpectation[] };
}

const dir = fileURLToPath(new URL('../spec/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const severity: Outcome[] = ['not-applicable', 'pass', 'review', 'fail'];

/** `id` → every result of that check; `id@/participants/2` → the one about that unit. */
export function resultsFor(checks: readonly CheckResult[], key: string): CheckResult[] {
  const [id, pointer] = key.split('@');
  return checks.filter((c) => c.id === id && (pointer === undefined || c.subject.pointer === pointer));
}

/** The outcome a clerk would read for a check across its units: the worst of them. */
export function worst(results: readonly CheckResult[]): Outcome | undefined {
  return results.map((r) => r.outcome).sort((a, b) => severity.indexOf(b) - severity.indexOf(a))[0];
}

export function applicationOf(c: SpecApplication): unknown {
  const base = c.application ?? example(c.base ?? '');
  return c.patch ? jsonPatch.applyPatch(structuredClone(base), c.patch, true, false).newDocument : base;
}

export function loadSpecCases(): { file: string; cases: SpecCase[] }[] {
  return files.map((file) => ({ file, cases: JSON.parse(readFileSync(join(dir, file), 'utf8')).cases as SpecCase[] }));
}
