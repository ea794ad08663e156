// Prints every spec case's evaluation, and a batch of the examples, as JSON: the determinism test runs
// this under several time zones and clocks and compares the bytes.
import { evaluate, evaluateBatch } from '../../src/index.js';
import { loadExamples } from './examples.js';
import { applicationOf, loadSpecCases } from './spec.js';

const out: unknown[] = [];
for (const { file, cases } of loadSpecCases()) {
  for (const c of cases) {
    const result = c.batch
      ? await evaluateBatch(
          c.batch.map((b) => applicationOf(b)),
          c.options,
        )
      : await evaluate(applicationOf(c), c.options);
    out.push({ file, name: c.name, result });
  }
}
out.push(await evaluateBatch(Object.values(loadExamples())));
out.push(await evaluateBatch(Object.values(loadExamples()), { stage: 'selection', asOf: '2026-02-28' }));
process.stdout.write(JSON.stringify(out));
