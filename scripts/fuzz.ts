// npm run fuzz: the hostile-input properties of tests/trust and the differential tests of the compiled
// evaluation (tests/evaluate/compiled.property.test.ts) and of the schema's reader
// (tests/model/schemaReader.property.test.ts), run long (FUZZ_RUNS, default 1,000,000) outside
// vitest: each input is evaluated compiled, synchronously and by json-rules-engine, and the three
// answers must be deep-equal; the reader must accept it exactly when zod does, with zod's value.
// Prints progress, the verdicts seen, and fails on the first unsound or differing answer, with the
// seed and path to replay it.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { evaluate, evaluateSync } from '../src/index.js';
import { Application } from '../src/model/schema.js';
import { schemaReader } from '../src/model/schemaReader.js';
import { deepFreeze } from '../tests/helpers/examples.js';
import { hostileInput } from '../tests/helpers/hostile.js';
import { orderedJson as ordered } from '../tests/helpers/orderedJson.js';
import { variedApplication } from '../tests/helpers/varied.js';

const reader = schemaReader(Application);
if (reader === null) throw new Error('the application schema has no reader');

const runs = Number(process.env.FUZZ_RUNS ?? 1_000_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const seen: Record<string, number> = {};
let done = 0;
const started = performance.now();
console.log(`fuzz: ${runs} inputs, seed ${seed}`);
await fc.assert(
  fc.asyncProperty(fc.oneof(hostileInput, variedApplication, variedApplication), async (input) => {
    const before = JSON.stringify(input);
    const read = reader(input);
    const parsed = z.safeParse(Application, input);
    if ((read !== undefined) !== parsed.success) throw new Error('the reader and zod disagree on accepting it');
    if (
      read !== undefined &&
      !(isDeepStrictEqual(read.value, parsed.data) && ordered(read.value) === ordered(parsed.data))
    )
      throw new Error("the reader's value differs from zod's");
    const result = await evaluate(deepFreeze(input));
    const reference = await evaluate(input, { engine: 'json-rules-engine' });
    if (!isDeepStrictEqual(result, reference))
      throw new Error('the compiled evaluation differs from json-rules-engine');
    if (!isDeepStrictEqual(evaluateSync(input), reference)) throw new Error('evaluateSync differs from evaluate');
    seen[result.verdict] = (seen[result.verdict] ?? 0) + 1;
    if (result.verdict === 'invalid' && result.errors.some((e) => e.message.zh.startsWith('评估时出错'))) {
      throw new Error(`internal error: ${JSON.stringify(result.errors)}`);
    }
    if (JSON.stringify(input) !== before) throw new Error('input mutated');
    if (Object.keys(Object.prototype).length > 0) throw new Error('Object.prototype polluted');
    done++;
    if (done % 50_000 === 0) {
      const s = (performance.now() - started) / 1000;
      console.log(`  ${done} inputs, ${s.toFixed(0)} s, ${JSON.stringify(seen)}`);
    }
  }),
  { seed, numRuns: runs },
);
console.log(
  `fuzz: ${done} inputs passed in ${((performance.now() - started) / 1000).toFixed(0)} s; verdicts ${JSON.stringify(seen)}`,
);
