import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { compileRuleConditions, FactRun, FactSlots } from '../../src/evaluate/compileRule.js';
import { newFrame } from '../../src/evaluate/ruleFrame.js';
import type { FactContext } from '../../src/facts/registry.js';
import { defaultPackFiles, evaluateSync, loadRulePack } from '../../src/index.js';
import { allOperators } from '../../src/operators/index.js';
import { mutatedExample } from '../helpers/hostile.js';
import { runs } from '../helpers/runs.js';
import { variedApplication } from '../helpers/varied.js';

/** Under `z.config({ jitless: true })`: no code generated, as in a page under a CSP. */
function jitless<T>(run: () => T): T {
  z.config({ jitless: true });
  try {
    return run();
  } finally {
    z.config({ jitless: false });
  }
}

const operators = Object.keys(allOperators);
const paths = ['$.a', '$.b', '$.c.d', '$.c.d.e', '$.list', '$.list[1]', '$.missing', '$.c', '$'];
const leaf = fc.record(
  {
    fact: fc.constant('application'),
    path: fc.constantFrom(...paths),
    operator: fc.constantFrom(...operators),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.record({ fact: fc.constant('application'), path: fc.constantFrom(...paths) }),
    ),
    priority: fc.constantFrom(1, 2, 3),
    name: fc.constantFrom('x', 'y'),
  },
  { requiredKeys: ['fact', 'operator'] },
);
// Groups nested three deep, empty ones among them, `not` among them, priorities mixed.
const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('condition'), { maxLength: 4 }), priority: fc.constantFrom(1, 2, 3) }),
    fc.record({ any: fc.array(tie('condition'), { maxLength: 4 }), priority: fc.constantFrom(1, 2, 3) }),
    fc.record({ not: tie('condition') }),
  ),
}));
const facts = fc.record({
  a: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
  b: fc.oneof(fc.double(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 })),
  c: fc.oneof(fc.record({ d: fc.oneof(fc.integer(), fc.string()) }), fc.constant('text')),
  list: fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 4 }),
});

/** A rule's frame after running its conditions, compiled as `compile` compiles them. */
function frameOf(
  compile: typeof compileRuleConditions,
  rule: Parameters<typeof compileRuleConditions>[0],
  application: unknown,
) {
  const slots = new FactSlots({}, new Set());
  const compiled = compile(rule, slots);
  const frame = newFrame(compiled.shape.nodes.length + 2);
  // An operator given a value of the wrong type throws (as json-rules-engine's do): the same error,
  // after the same conditions wrote what they gave.
  try {
    compiled.run(new FactRun(slots, { application } as unknown as FactContext), frame, 2);
    return { frame };
  } catch (error) {
    return { frame, error: String(error) };
  }
}

describe('conditionsAsCode', () => {
  it('writes the frame the closures write, for any structure of groups, priorities, `not` and fact values', () => {
    fc.assert(
      fc.property(fc.array(condition, { maxLength: 5 }), facts, (steps, application) => {
        const rule = { all: steps } as Parameters<typeof compileRuleConditions>[0];
        const asCode = frameOf(compileRuleConditions, rule, application);
        const closures = frameOf((r, slots) => jitless(() => compileRuleConditions(r, slots)), rule, application);
        expect(asCode).toEqual(closures);
      }),
      { seed: 20261208, numRuns: runs(2_000) },
    );
  });
});

// A pack compiled where no code may be generated runs its conditions as closures: the same answers.
describe('a pack compiled without generated code', () => {
  it('answers as the one compiled with it, on 500 varied and mutated applications', () => {
    const closures = loadRulePack(structuredClone(defaultPackFiles) as Record<string, unknown>);
    fc.assert(
      fc.property(fc.oneof(variedApplication, variedApplication, mutatedExample), (input) => {
        const asCode = evaluateSync(input);
        expect(jitless(() => evaluateSync(input, { pack: closures }))).toEqual(asCode);
      }),
      { seed: 20261209, numRuns: runs(500) },
    );
  });
});
