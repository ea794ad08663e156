import fc from 'fast-check';
import { expect } from 'vitest';
import type { EvaluationResult } from '../../src/index.js';
import { loadExamples } from './examples.js';

/**
 * Hostile input for evaluate() and evaluateBatch(): random JSON, and the shipped examples mutated
 * field by field with wrong types, huge strings and lists, deep nesting, NaN/Infinity/−0, impossible
 * dates, credit codes in lower case, full width or with stray spaces, and __proto__ / constructor /
 * prototype keys. Shared by the property tests (npm test) and the long fuzz run (npm run fuzz).
 */
const examples = Object.values(loadExamples());

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** Values that break parsers and rules: odd numbers, odd strings, huge and deep values. */
export const nastyLeaf = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e308,
    -1,
    0.1 + 0.2,
    '',
    ' ',
    '2025-02-30',
    '2024-02-29',
    '9999-12-31',
    '0000-00-00',
    '91652301l74c93kyxg',
    '９１６５２３０１Ｌ７４Ｃ９３ＫＹＸＧ',
    ' 91652301L74C93KYXG ',
    '91652301L74C93KYXG\n',
    '91659004MA7BJT2K9N',
    '\u0000\u200b\ufeff',
    '\ud800',
    '𠀀'.repeat(301),
    'constructor',
    '__proto__',
    // Names that speak to a terminal: clear the screen, return to the line's start, reverse the rest.
    '示例\u001b[2J\r符合条件 (eligible)',
    '\u202e01-40-5202\u2066',
    '\u0085\u2028',
    null,
    true,
    false,
    [],
    {},
  ),
  fc.string({ maxLength: 30 }),
  fc.double(),
  fc.integer(),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('x'.repeat(1_000_000), new Array(100_000).fill(0), nested(2_000)),
);

const pollutingKeys = ['__proto__', 'constructor', 'prototype'];

/** Every path into a value: the keys and indexes that exist in it. */
export function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      pathsOf(v, [...prefix, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  }
  return out;
}

const examplePaths = examples.map((e) => pathsOf(e));

/** How a value is changed: set at the path, deleted, or given a dangerous sibling key (defined, or parsed from JSON). */
export type Mode = 'set' | 'delete' | 'key' | 'json-key';

/** A copy of `base` changed at `path` (see {@link Mode}); `key` is the dangerous key for the key modes. */
export function mutate(
  base: unknown,
  path: readonly (string | number)[],
  value: unknown,
  mode: Mode,
  key: string,
): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  if (path.length === 0) return mode === 'set' ? value : copy;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (mode === 'delete') delete node[last];
  else if (mode === 'key' && typeof node === 'object' && node !== null) {
    Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
  } else if (mode === 'json-key') {
    // The way JSON.parse makes such keys: own properties, from text.
    const parsed = JSON.parse(`{"${key}": {"polluted": true, "isPilot": true}}`);
    Object.assign(node, { [last]: parsed });
  } else node[last] = value;
  return copy;
}

/** One of the examples with one field changed, removed, or given a dangerous sibling key. */
export const mutatedExample: fc.Arbitrary<unknown> = fc
  .record({
    which: fc.nat(examples.length - 1),
    pick: fc.nat(),
    value: nastyLeaf,
    mode: fc.constantFrom<Mode>('set', 'set', 'set', 'delete', 'key', 'json-key'),
    key: fc.constantFrom(...pollutingKeys),
    times: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ which, pick, value, mode, key, times }) => {
    let current: unknown = examples[which];
    const paths = examplePaths[which] as (string | number)[][];
    for (let t = 0; t < times; t++) {
      const path = paths[(pick * (t + 1)) % paths.length] as (string | number)[];
      try {
        current = mutate(current, path, value, mode, key);
      } catch {
        // The path no longer exists after an earlier change: keep what we have.
      }
    }
    return current;
  });

/** Any JSON value, as a portal might post by mistake. */
export const randomJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 6 });

/** Either. */
export const hostileInput: fc.Arbitrary<unknown> = fc.oneof(mutatedExample, mutatedExample, randomJson);

const verdicts = ['eligible', 'ineligible', 'needs-correction', 'needs-review', 'invalid'];

/** What must hold for every answer: a verdict, issues when invalid, and no internal error. */
export function assertSound(result: EvaluationResult): void {
  expect(verdicts).toContain(result.verdict);
  if (result.verdict === 'invalid') {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(e.message.zh.length).toBeGreaterThan(0);
      // 评估时出错 is the library's own failure, not the input's: never acceptable.
      expect(e.message.zh).not.toMatch(/^评估时出错/);
    }
  } else {
    expect(result.checks.length).toBeGreaterThan(0);
  }
}
