import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonPatch from 'fast-json-patch';
import type { CheckResult, EvaluateBatchOptions, EvaluateOptions, Outcome } from '../../src/index.js';
import { example } from './examples.js';

/** What one application must be answered with. */
export interface SpecExpectation {
  verdict: string;
  /** For `invalid`: the JSON Pointers the errors must be at. */
  errors?: string[];
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

const specDir = fileURLToPath(new URL('../spec/', import.meta.url));
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

/** The application of a case: its own, or its `base` (an example, or a file of `examplesDir`) patched. */
export function applicationOf(c: SpecApplication, examplesDir?: string): unknown {
  const base =
    c.application ??
    (examplesDir === undefined
      ? example(c.base ?? '')
      : JSON.parse(readFileSync(join(examplesDir, c.base ?? ''), 'utf8')));
  return c.patch ? jsonPatch.applyPatch(structuredClone(base), c.patch, true, false).newDocument : base;
}

/** The cases of every `*.json` of a folder: the executable spec's (`tests/spec/`) unless told. */
export function loadSpecCases(dir = specDir): { file: string; cases: SpecCase[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, cases: JSON.parse(readFileSync(join(dir, file), 'utf8')).cases as SpecCase[] }));
}
