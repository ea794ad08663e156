import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { applicationSchemaFor } from '../../src/model/applicationSchemaFor.js';
import { codeAllowed } from '../../src/model/codeAllowed.js';
import { ownData } from '../../src/model/ownData.js';
import { Application } from '../../src/model/schema.js';
import { schemaReader } from '../../src/model/schemaReader.js';
import { deepFreeze, example, loadExamples } from '../helpers/examples.js';
import { mutate, mutatedExample, pathsOf, randomJson } from '../helpers/hostile.js';
import { orderedJson as ordered } from '../helpers/orderedJson.js';
import { runs } from '../helpers/runs.js';
import { variedApplication } from '../helpers/varied.js';

// The reader is the fast path of parseApplication; zod stays the reference. For every input both
// must accept or both refuse, and what is accepted must be zod's value: equal, with its keys in the
// same order and an optional key given as `undefined` kept so.

const examples = Object.values(loadExamples());

function expectAsZod(schema: z.ZodMiniType, input: unknown): boolean {
  const reader = schemaReader(schema);
  if (reader === null) throw new Error('the reader should compile this schema');
  // zod given what JSON would carry (own enumerable properties), as parseApplication gives it.
  const reference = z.safeParse(schema, ownData(input));
  const read = reader(input);
  expect(read !== undefined, 'the reader accepts exactly what zod accepts').toBe(reference.success);
  if (read !== undefined && reference.success) {
    // The reader's objects have no prototype (a polluted Object.prototype adds no field): zod's copied so.
    expect(isDeepStrictEqual(read.value, ownData(reference.data))).toBe(true);
    expect(ordered(read.value)).toBe(ordered(reference.data));
  }
  return reference.success;
}

/** An example with a field set to `undefined`: kept as zod keeps it where optional, refused where not. */
const withUndefined = fc.tuple(fc.nat(examples.length - 1), fc.nat()).map(([which, pick]) => {
  const base = examples[which];
  const paths = pathsOf(base).filter((p) => p.length > 0);
  return mutate(base, paths[pick % paths.length] as (string | number)[], undefined, 'set', '');
});

// Both readers: objects written as code (Node, where zod would generate its own), and closures (a
// page's CSP, the browser build, `z.config({ jitless: true })`).
const readerKinds = [
  { kind: 'objects written as code', jitless: false },
  { kind: 'closures, no code generated (jitless)', jitless: true },
];

describe('codeAllowed', () => {
  it("follows zod's own switch, and each kind of reader is made for its own", () => {
    expect(codeAllowed()).toBe(true);
    const generated = schemaReader(Application);
    z.config({ jitless: true });
    try {
      expect(codeAllowed()).toBe(false);
      expect(schemaReader(Application)).not.toBe(generated);
    } finally {
      z.config({ jitless: false });
    }
    expect(schemaReader(Application)).toBe(generated);
  });
});

describe.each(readerKinds)('schemaReader, $kind', ({ jitless }) => {
  beforeAll(() => {
    z.config({ jitless });
  });
  afterAll(() => {
    z.config({ jitless: false });
  });

  it("accepts what zod accepts, with zod's value, on 10,000 varied, mutated and random inputs", () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof(variedApplication, variedApplication, mutatedExample, mutatedExample, withUndefined, randomJson),
        (input) => {
          if (expectAsZod(Application, deepFreeze(input))) accepted++;
        },
      ),
      { seed: 20261130, numRuns: runs(10_000) },
    );
    // Most inputs are readable applications: the accepting path is what is compared most.
    expect(accepted).toBeGreaterThan(runs(10_000) / 3);
  });

  it("reads another notice's applications as zod does with that notice's schema", () => {
    const schema = applicationSchemaFor({
      directions: { 'digital-workshop': '市级数字化车间', chain: '市级“链式”数字化转型典型标杆' },
      industries: { 'new-materials': '新材料', biomedicine: '生物医药', other: '其他' },
    });
    fc.assert(
      fc.property(fc.oneof(variedApplication, mutatedExample, withUndefined), (input) => {
        expectAsZod(schema, input);
      }),
      { seed: 7, numRuns: runs(2_000) },
    );
  });

  it('reads every shipped example', () => {
    for (const input of examples) expect(expectAsZod(Application, input)).toBe(true);
  });

  it('agrees with zod where a careless reader would not: hidden, inherited and __proto__ keys, getters, holes, NaN', () => {
    const lead = () => example('chain.json').lead as Record<string, unknown>;
    const cases: Record<string, unknown> = {
      // An unknown key, where a shape key is own but not enumerable: counting keys would miss it.
      hiddenField: (() => {
        const app = example('chain.json');
        const value = app.direction;
        delete app.direction;
        Object.defineProperty(app, 'direction', { value, enumerable: false });
        return Object.assign(app, { unknown: 1 });
      })(),
      // A field that is own but not enumerable is not given (JSON would not carry it): a required one
      // refused, an optional one read as left out.
      hiddenRequired: Object.defineProperty(example('chain.json'), 'lead', { value: lead(), enumerable: false }),
      hiddenOptional: (() => {
        const app = example('chain.json');
        const lead = app.lead as Record<string, unknown>;
        const value = lead.project;
        delete lead.project;
        return Object.defineProperty(app.lead as object, 'project', { value, enumerable: false }) && app;
      })(),
      // An enumerable key inherited from a prototype is not the 申报书's: ignored, as JSON ignores it.
      inherited: Object.assign(Object.create({ inheritedKey: 1 }), example('chain.json')),
      // A required key inherited rather than own is not given (as JSON would carry it): refused.
      requiredInherited: (() => {
        const app = example('chain.json');
        const { lead: l, ...rest } = app;
        return Object.assign(Object.create({ lead: l }), rest);
      })(),
      getter: Object.defineProperty(example('chain.json'), 'lead', { get: lead, enumerable: true }),
      protoKey: JSON.parse(`{"__proto__": {"isPilot": true}, ${JSON.stringify(example('chain.json')).slice(1)}`),
      sparse: (() => {
        const app = example('chain.json');
        (app.participants as unknown[]).length += 1;
        return app;
      })(),
      nan: (() => {
        const app = example('workshop.json');
        ((app.lead as Record<string, unknown>).assessment as Record<string, unknown>).score = Number.NaN;
        return app;
      })(),
    };
    const accepted = Object.fromEntries(
      Object.entries(cases).map(([name, input]) => [name, expectAsZod(Application, input)]),
    );
    expect(accepted).toEqual({
      hiddenField: false,
      hiddenRequired: false,
      hiddenOptional: true,
      inherited: true,
      requiredInherited: false,
      getter: true,
      protoKey: false,
      sparse: false,
      nan: false,
    });
  });

  it('never changes its input', () => {
    const input = deepFreeze(example('cluster.json'));
    const before = ordered(input);
    const read = schemaReader(Application)?.(input);
    expect(read?.value).not.toBe(input);
    expect(ordered(input)).toBe(before);
  });

  it('gives no reader for a schema it cannot read as zod does, so that zod reads it all', () => {
    expect(schemaReader(z.object({ a: z.union([z.string(), z.number()]) }))).toBeNull();
    expect(schemaReader(z.object({ a: z._default(z.string(), 'x') }))).toBeNull();
    expect(
      schemaReader(
        z.object({
          a: z.pipe(
            z.string(),
            z.transform((s) => s.length),
          ),
        }),
      ),
    ).toBeNull();
    expect(schemaReader(z.array(z.coerce.number()))).toBeNull();
    expect(schemaReader(z.object({ a: z.optional(z.string()) }))).not.toBeNull();
  });

  it('reads what it reads as zod does: optional keys, nulls, non-strict objects, checks', () => {
    const schema = z.object({
      a: z.optional(z.string().check(z.maxLength(3))),
      b: z.nullable(z.int().check(z.minimum(1))),
      c: z.array(z.boolean()).check(z.maxLength(2)),
      d: z.optional(z.int()),
      e: z.optional(z.string().check(z.maxLength(2))),
      f: z.optional(z.iso.date()),
    });
    const inputs = [
      { b: null, c: [] },
      { a: undefined, b: 1, c: [true, false], extra: 'stripped' },
      { a: 'abcd', b: 1, c: [] },
      { b: 0, c: [] },
      { b: 1.5, c: [] },
      { b: 1, c: [true, true, true] },
      { b: 1 },
      { a: 'ab', c: [] },
      { b: 1, c: [], d: 2 ** 53 },
      { b: 1, c: [], d: -(2 ** 53) },
      { b: 1, c: [], d: 2 ** 53 - 1 },
      // Two code points in four UTF-16 units: zod counts code points, so it fits.
      { b: 1, c: [], e: '𠀀𠀀' },
      { b: 1, c: [], e: '𠀀𠀀𠀀' },
      { b: 1, c: [], f: '2024-02-29' },
      { b: 1, c: [], f: '2025-02-29' },
    ];
    for (const input of inputs) expectAsZod(schema, input);
  });

  it('reads keys that are no names as zod does (quotes, a line separator, text that reads as code), and enums and bounds', () => {
    const odd = ['a"b', "c'); throw new Error('x'); ('", 'd\u2028e', '\\', '0', 'constructor'];
    const schema = z.strictObject({
      ...Object.fromEntries(odd.map((key) => [key, z.optional(z.string())])),
      kind: z.enum(['x', 'y']),
      n: z.optional(z.number().check(z.gte(-1.5), z.lt(10))),
    });
    const all = Object.fromEntries(odd.map((key, i) => [key, `v${i}`]));
    const inputs = [
      { ...all, kind: 'x' },
      { ...all, kind: 'z' },
      { kind: 'y', n: -1.5 },
      { kind: 'y', n: -1.6 },
      { kind: 'y', n: 10 },
      { kind: 'y', n: 9.99 },
      { kind: 'y', 'a"b': 1 },
      { kind: 'y', other: 1 },
    ];
    const accepted = inputs.filter((input) => expectAsZod(schema, input));
    expect(accepted).toHaveLength(3);
  });
});
