import type { $ZodCheck, $ZodType } from 'zod/v4/core';
import { newRecord } from './newRecord.js';
import { ownData } from './ownData.js';
import { checksOf, comparisonOf } from './schemaChecks.js';

const { hasOwn } = Object;
type Read = (input: unknown) => unknown;

/**
 * `objectReader`'s reader written as code for this one shape, where the runtime allows it (as zod's
 * own objects are: `util.allowsEval`, off under `z.config({ jitless: true })` and where a page's CSP
 * forbids `new Function`): each field read by name, so that every read and write sees one shape
 * (the closures' `input[key]` and `out[key]` see them all). The same reads in the same order, and
 * `refused` for what the closures refuse. Left out of the browser build, which never generates code.
 *
 * @example
 * objectReaderAsCode(fields, known, true, refused)({ name: '甲' }) //=> { name: '甲' }
 */
export function objectReaderAsCode(
  fields: readonly {
    readonly key: string;
    readonly schema: $ZodType;
    readonly read: Read;
    readonly optional: boolean;
  }[],
  known: ReadonlySet<string>,
  strict: boolean,
  refused: symbol,
): Read {
  const constants: unknown[] = [];
  const body = fields.map(({ key, schema, optional }, i) => {
    const k = JSON.stringify(key);
    const absent = optional ? '' : ' else return refused;';
    const passes = passesAsCode(schema, constants);
    // A value the field's own tests pass is read as it is; any other goes to the field's reader.
    const read =
      passes === undefined
        ? `x = r${i}(v[${k}]); if (x === refused) return refused;`
        : `x = v[${k}]; if (!(${passes})) { x = r${i}(x); if (x === refused) return refused; }`;
    return `if (hasOwn(v, ${k})) { present++; ${read} out[${k}] = x; }${absent}`;
  });
  const source = `${fields.map((_, i) => `const r${i} = reads[${i}];`).join('\n')}
${constants.map((_, i) => `const c${i} = c[${i}];`).join('\n')}
return function readObject(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return refused;
  const out = newRecord();
  let present = 0, x;
  ${body.join('\n  ')}
  const enumerable = Object.keys(v).length;
  if (Object.getOwnPropertyNames(v).length !== enumerable) return readObject(ownData(v));
  ${strict ? 'if (enumerable !== present) for (const key in v) if (!known.has(key) && hasOwn(v, key)) return refused;' : ''}
  return out;
};`;
  const make = new Function('reads', 'hasOwn', 'newRecord', 'ownData', 'refused', 'known', 'c', source);
  return make(
    fields.map((f) => f.read),
    hasOwn,
    newRecord,
    ownData,
    refused,
    known,
    constants,
  ) as Read;
}

/**
 * A test of `x`, as code, that holds only for a value the schema's reader gives back as it is (a
 * string, a number, a boolean, one of an enum's values (its set put in `constants`), optional or
 * nullable, whose checks `quickPass` knows: a length, a bound, a safe integer); `undefined` for any
 * other schema, whose reader then reads every value.
 */
function passesAsCode(schema: $ZodType, constants: unknown[]): string | undefined {
  const def = schema._zod.def as $ZodType['_zod']['def'] & Record<string, unknown>;
  if (def.coerce === true) return undefined;
  let own: string | undefined;
  switch (def.type) {
    case 'string':
      own = "typeof x === 'string'";
      break;
    case 'boolean':
      own = "typeof x === 'boolean'";
      break;
    case 'number':
      own = "typeof x === 'number' && Number.isFinite(x)";
      break;
    case 'enum': {
      const values = schema._zod.values;
      if (values === undefined) return undefined;
      constants.push(values);
      own = `c${constants.length - 1}.has(x)`;
      break;
    }
    case 'optional':
    case 'nullable': {
      // (An optional that zod reads otherwise, exact or defaulted, has no reader: see `compile`.)
      const passes = passesAsCode(def.innerType as $ZodType, constants);
      own = passes === undefined ? undefined : `x === ${def.type === 'optional' ? 'undefined' : 'null'} || ${passes}`;
      break;
    }
    default:
      return undefined;
  }
  if (own === undefined) return undefined;
  const tests = [`(${own})`];
  for (const check of checksOf(schema)) {
    const test = checkAsCode(check);
    if (test === undefined) return undefined;
    tests.push(test);
  }
  return tests.join(' && ');
}

/** `quickPass`'s test of a check, as code, for a comparison (see {@link passesAsCode}); the date's pattern is not written. */
function checkAsCode(check: $ZodCheck): string | undefined {
  const comparison = comparisonOf(check);
  if (comparison === undefined) return undefined;
  if (comparison === 'safeint') return 'Number.isSafeInteger(x)';
  const { of, op, bound } = comparison;
  return `${of === 'length' ? 'x.length' : 'x'} ${op} ${bound}`;
}
