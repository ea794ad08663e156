import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { namedValuesAsCode } from '../../src/evaluate/namedValuesAsCode.js';
import { evaluateSync } from '../../src/index.js';
import { mutatedExample } from '../helpers/hostile.js';
import { runs } from '../helpers/runs.js';
import { variedApplication } from '../helpers/varied.js';

/** What the closures write: each name in turn, stored. */
function storedOneByOne(named: readonly { at: number; name: string }[], values: readonly unknown[], base: number) {
  const out: Record<string, unknown> = {};
  for (const { at, name } of named) out[name] = values[base + at];
  return out;
}

describe('namedValuesAsCode', () => {
  it('writes what storing each name in turn writes: the same keys, in the same order, with the same values', () => {
    const named = [
      { at: 1, name: 'score' },
      { at: 2, name: 'say "hi"' },
      { at: 3, name: '\u2028}); throw 1; ({' },
      { at: 4, name: '0' },
      { at: 5, name: 'constructor' },
      { at: 6, name: 'score' },
    ];
    const values = [undefined, 'x', 'skipped', 49.5, null, ['a'], { of: 'b' }, 58];
    for (const base of [0, 1]) {
      const written = namedValuesAsCode(named)?.(values, base);
      expect(written).toEqual(storedOneByOne(named, values, base));
      expect(Object.keys(written ?? {})).toEqual(Object.keys(storedOneByOne(named, values, base)));
    }
  });

  it('is not made for a name a literal would not write as a store does (__proto__)', () => {
    expect(namedValuesAsCode([{ at: 0, name: '__proto__' }])).toBeUndefined();
  });
});

// Results written with literals (Node, where code may be generated) and name by name (a page's CSP,
// the browser build, `z.config({ jitless: true })`) are the same answers.
describe('results with and without generated code', () => {
  it('are deep-equal on 1,000 varied and mutated applications', () => {
    fc.assert(
      fc.property(fc.oneof(variedApplication, variedApplication, mutatedExample), (input) => {
        const asCode = evaluateSync(input);
        z.config({ jitless: true });
        try {
          expect(evaluateSync(input)).toEqual(asCode);
        } finally {
          z.config({ jitless: false });
        }
      }),
      { seed: 20261207, numRuns: runs(1_000) },
    );
  });
});
