// npm run fuzz: the hostile-input properties of tests/trust and the differential tests of the compiled
// evaluation (tests/evaluate/compiled.property.test.ts) and of the schema's reader
// (tests/model/schemaReader.property.test.ts), run long (FUZZ_RUNS, default 1,000,000) outside
// vitest: each input is evaluated compiled, synchronously and by json-rules-engine, and the three
// answers must be deep-equal (the compact path's, the reference's compact form); the reader must
// accept it exactly when zod does, with zod's value.
// Prints progress, the verdicts seen, and fails on the first unsound or differing answer, with the
// seed and path to replay it.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { visibleStrings, visibleText } from '../src/cli/visibleText.js';
import { compactResultOf } from '../src/entries/report.js';
import {
  defaultPackFiles,
  evaluate,
  evaluateSync,
  findDuplicateConsortia,
  formatTextReport,
  loadRulePack,
  RulePackError,
} from '../src/index.js';
import { ownData } from '../src/model/ownData.js';
import { Application } from '../src/model/schema.js';
import { schemaReader } from '../src/model/schemaReader.js';
import { deepFreeze } from '../tests/helpers/examples.js';
import { hostileInput, pathsOf } from '../tests/helpers/hostile.js';
import { orderedJson as ordered } from '../tests/helpers/orderedJson.js';
import { variedApplication } from '../tests/helpers/varied.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a terminal acts on.
const hiddenCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

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
    const parsed = z.safeParse(Application, ownData(input));
    if ((read !== undefined) !== parsed.success) throw new Error('the reader and zod disagree on accepting it');
    if (
      read !== undefined &&
      !(isDeepStrictEqual(read.value, ownData(parsed.data)) && ordered(read.value) === ordered(parsed.data))
    )
      throw new Error("the reader's value differs from zod's");
    const result = await evaluate(deepFreeze(input));
    const reference = await evaluate(input, { engine: 'json-rules-engine' });
    if (!isDeepStrictEqual(result, reference))
      throw new Error('the compiled evaluation differs from json-rules-engine');
    if (!isDeepStrictEqual(evaluateSync(input), reference)) throw new Error('evaluateSync differs from evaluate');
    if (!isDeepStrictEqual(evaluateSync(input, { detail: 'compact' }), compactResultOf(reference)))
      throw new Error("the compact evaluation differs from the reference's compact form");
    seen[result.verdict] = (seen[result.verdict] ?? 0) + 1;
    if (result.verdict === 'invalid' && result.errors.some((e) => e.message.zh.startsWith('评估时出错'))) {
      throw new Error(`internal error: ${JSON.stringify(result.errors)}`);
    }
    // What a terminal is given: no control or bidirectional character of the input's, only line ends.
    if (result.verdict !== 'invalid') {
      const text = formatTextReport(visibleText('申报书.json'), visibleStrings(result));
      if (hiddenCharacters.test(text.replaceAll('\n', ''))) throw new Error('a control character reaches the terminal');
    }
    // Entries that are not objects (null, a number) beside a parsed 申报书: unreadable, never a throw.
    const application = parsed.success ? parsed.data : undefined;
    findDuplicateConsortia([application, null, 7, 'x', application] as never);
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

// Packs from outside: the default pack's files with a hostile part put in at a random place (a
// JavaScript name as a key, nesting 10,000 deep, a list of a million, a random value): loaded, or
// refused with a RulePackError naming it. Never another error, never Object.prototype touched.
const packRuns = Math.max(1, Math.round(runs / 100));
const hostilePart = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype').map((k) => JSON.parse(`{"${k}": {"a": 1}}`)),
  fc.constant(Array.from({ length: 10_000 }).reduce<unknown>((v) => ({ not: v }), { fact: 'application' })),
  fc.constant(Array.from({ length: 1_000_000 }, (_, i) => String(i))),
  fc.constantFrom({ param: 'constructor' }, { param: '__proto__' }, { fact: 'toString' }, { operator: 'valueOf' }),
  fc.jsonValue({ maxDepth: 4 }),
);
let packsDone = 0;
await fc.assert(
  fc.property(fc.nat(), hostilePart, (at, part) => {
    const files = structuredClone(defaultPackFiles) as unknown as Record<string, unknown>;
    const paths = pathsOf(files).filter((p) => p.length > 1);
    const path = paths[at % paths.length] as (string | number)[];
    let holder = files as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
    holder[path.at(-1) as string | number] = part;
    try {
      loadRulePack(files);
    } catch (error) {
      if (!(error instanceof RulePackError)) throw new Error(`${String(error)} at ${JSON.stringify(path)}`);
    }
    if (Object.keys(Object.prototype).length > 0) throw new Error('Object.prototype polluted by a pack');
    packsDone++;
  }),
  { seed, numRuns: packRuns },
);
console.log(`fuzz: ${packsDone} hostile packs loaded or refused with a RulePackError`);
console.log(
  `fuzz: ${done} inputs passed in ${((performance.now() - started) / 1000).toFixed(0)} s; verdicts ${JSON.stringify(seen)}`,
);
