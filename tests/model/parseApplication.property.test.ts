import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseApplication } from '../../src/index.js';
import { deepFreeze, loadExamples } from '../helpers/examples.js';
import { mutate, nastyLeaf, pathsOf } from '../helpers/hostile.js';
import { runs } from '../helpers/runs.js';

const examples = Object.values(loadExamples());
const seed = 20_250_415;

const mutatedExample = fc
  .record({
    base: fc.constantFrom(...examples),
    pick: fc.nat(),
    mode: fc.constantFrom('set', 'delete', 'key') as fc.Arbitrary<'set' | 'delete' | 'key'>,
    value: nastyLeaf,
  })
  .map(({ base, pick, mode, value }) => {
    const paths = pathsOf(base);
    return mutate(base, paths[pick % paths.length] as (string | number)[], value, mode, '__proto__');
  });

function checkResult(input: unknown) {
  const before = JSON.stringify(input);
  const frozen = deepFreeze(input);
  const result = parseApplication(frozen);
  expect(JSON.stringify(frozen)).toBe(before);
  if (result.ok) {
    expect(result.issues).toEqual([]);
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.pointer).toBe('string');
      expect(issue.label.length).toBeGreaterThan(0);
      expect(issue.message.zh.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
  }
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('parseApplication under random and mutated input', () => {
  it('never throws or mutates on 3,000 random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), checkResult), { seed, numRuns: runs(3_000) });
  });

  it('never throws or mutates on 5,000 examples mutated field by field', () => {
    fc.assert(fc.property(mutatedExample, checkResult), { seed, numRuns: runs(5_000) });
  });

  it('reports a mutation that breaks the shape at the mutated path or above it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.nat(), (base, pick) => {
        const paths = pathsOf(base).filter((p) => p.length > 0);
        const path = paths[pick % paths.length] as (string | number)[];
        const broken = mutate(base, path, { unexpected: Symbol.for('x').toString() }, 'set', '__proto__');
        const result = parseApplication(broken);
        // An object where a leaf was is always wrong; an object where an object was has an unknown key.
        expect(result.ok).toBe(false);
        const pointer = path.map((k) => `/${k}`).join('');
        expect(result.issues.some((i) => i.pointer === pointer || i.pointer.startsWith(`${pointer}/`))).toBe(true);
      }),
      { seed, numRuns: runs(1_000) },
    );
  });
});
