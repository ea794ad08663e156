import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applicationOfCase, type SpecApplication, type SpecCase } from '../../src/entries/testing.js';

// The spec's types, its patching and its reading of results are the testing kit's
// (`sme-dx-benchmark/testing`): this repository's tests run the spec as a provider's tests would.
export {
  resultsFor,
  type SpecApplication,
  type SpecCase,
  type SpecExpectation,
  worstOutcome as worst,
} from '../../src/entries/testing.js';

const specDir = fileURLToPath(new URL('../spec/', import.meta.url));

/** The application of a case: its own, or its `base` (an example, or a file of `examplesDir`) patched. */
export function applicationOf(c: SpecApplication, examplesDir?: string): unknown {
  if (examplesDir === undefined || c.base === undefined) return applicationOfCase(c);
  const base = JSON.parse(readFileSync(join(examplesDir, c.base), 'utf8'));
  return applicationOfCase(c, { [c.base]: base });
}

/** The cases of every `*.json` of a folder: the executable spec's (`tests/spec/`) unless told. */
export function loadSpecCases(dir = specDir): { file: string; cases: SpecCase[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, cases: JSON.parse(readFileSync(join(dir, file), 'utf8')).cases as SpecCase[] }));
}
