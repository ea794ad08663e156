import type * as z from 'zod/mini';
import type { $ZodCheck, $ZodType } from 'zod/v4/core';
import { codeAllowed } from './codeAllowed.js';
import { newRecord } from './newRecord.js';
import { objectReaderAsCode } from './objectReaderAsCode.js';
import { ownData } from './ownData.js';
import { checksOf, comparisonOf } from './schemaChecks.js';

/** What a reader gives for input its schema refuses: then zod reads it again and says why. */
const refused: unique symbol = Symbol('refused');
const { hasOwn } = Object;
type Read = (input: unknown) => unknown;

/** Thrown while compiling: this schema holds a kind the reader does not know, so zod reads it all. */
class Unsupported extends Error {}

/**
 * A test that, when it holds for a value, means the check passes on it, for the checks a 申报书's
 * schema uses: a value that fails it still goes to the check itself (a string longer in UTF-16 units
 * than allowed may still fit in code points, which zod counts). Each test is the check's own
 * comparison, so no payload is made for a value that passes.
 */
function quickPass(check: $ZodCheck): ((value: unknown) => boolean) | undefined {
  const comparison = comparisonOf(check);
  if (comparison === 'safeint') return (v) => Number.isSafeInteger(v);
  if (comparison !== undefined) {
    const { of, op, bound } = comparison;
    if (of === 'length') return (v) => (v as { length: number }).length <= bound;
    if (op === '>=') return (v) => (v as number) >= bound;
    if (op === '>') return (v) => (v as number) > bound;
    if (op === '<=') return (v) => (v as number) <= bound;
    return (v) => (v as number) < bound;
  }
  const def = check._zod.def as $ZodCheck['_zod']['def'] & Record<string, unknown>;
  const pattern = def.pattern;
  const traits = (check._zod as { traits?: Set<string> }).traits;
  if (def.check !== 'string_format' || !traits?.has('$ZodISODate') || !(pattern instanceof RegExp)) return undefined;
  return (v) => {
    pattern.lastIndex = 0;
    return pattern.test(v as string);
  };
}

function withChecks(schema: $ZodType, read: Read): Read {
  const checks = checksOf(schema);
  if (checks.length === 0) return read;
  const quick = checks.map(quickPass);
  const exact = (value: unknown) => {
    const payload = { value, issues: [] as unknown[] };
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when !== undefined && !when(payload as never)) continue;
      if (check._zod.check(payload as never) !== undefined || payload.issues.length > 0) return refused;
    }
    return value;
  };
  return (input) => {
    const value = read(input);
    if (value === refused) return refused;
    for (let i = 0; i < quick.length; i++) {
      const passes = quick[i];
      if (passes === undefined || !passes(value)) return exact(value);
    }
    return value;
  };
}

function compile(schema: $ZodType, generate: boolean): Read {
  const def = schema._zod.def as $ZodType['_zod']['def'] & Record<string, unknown>;
  if (def.coerce === true) throw new Unsupported();
  switch (def.type) {
    case 'string':
      return withChecks(schema, (v) => (typeof v === 'string' ? v : refused));
    case 'number':
      return withChecks(schema, (v) => (typeof v === 'number' && Number.isFinite(v) ? v : refused));
    case 'boolean':
      return withChecks(schema, (v) => (typeof v === 'boolean' ? v : refused));
    case 'enum': {
      const values = schema._zod.values;
      if (values === undefined) throw new Unsupported();
      return withChecks(schema, (v) => (values.has(v as never) ? v : refused));
    }
    case 'never':
      return () => refused;
    case 'optional': {
      const inner = def.innerType as $ZodType;
      if (schema._zod.traits.has('$ZodExactOptional') || inner._zod.optin === 'defaulted') throw new Unsupported();
      const read = compile(inner, generate);
      return withChecks(schema, (v) => (v === undefined ? undefined : read(v)));
    }
    case 'nullable': {
      const read = compile(def.innerType as $ZodType, generate);
      return withChecks(schema, (v) => (v === null ? null : read(v)));
    }
    case 'array': {
      const read = compile(def.element as $ZodType, generate);
      return withChecks(schema, (v) => {
        if (!Array.isArray(v)) return refused;
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const item = read(v[i]);
          if (item === refused) return refused;
          out[i] = item;
        }
        return out;
      });
    }
    case 'object':
      return withChecks(schema, objectReader(def as unknown as z.core.$ZodObjectDef, generate));
    default:
      throw new Unsupported();
  }
}

/**
 * An object as zod's `$ZodObject` reads one that it accepts: the shape's keys in order, a key left
 * out only where the field is optional (an optional key present as `undefined` kept so), and with a
 * `never` catchall (a strict object) no key but the shape's. Only own properties are read (see
 * `ownData`: zod is given the same), into an object that inherits nothing (`newRecord`).
 */
function objectReader(def: z.core.$ZodObjectDef, generate: boolean): Read {
  const keys = Object.keys(def.shape).filter((key) => key !== '__proto__');
  if (Object.getOwnPropertySymbols(def.shape).length > 0) throw new Unsupported();
  const fields = keys.map((key) => {
    const field = def.shape[key] as $ZodType;
    const { optin, optout } = field._zod;
    if (optin === 'defaulted' || (optin === 'optional') !== (optout === 'optional')) throw new Unsupported();
    return { key, schema: field, read: compile(field, generate), optional: optin === 'optional' };
  });
  const catchall = def.catchall?._zod.def.type;
  if (catchall !== undefined && catchall !== 'never') throw new Unsupported();
  const known = new Set(Object.keys(def.shape));
  const strict = catchall === 'never';
  if (generate) return objectReaderAsCode(fields, known, strict, refused);
  const readObject: Read = (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return refused;
    const input = v as Record<string, unknown>;
    // Own properties only, as JSON has them: a key polluting Object.prototype is neither read nor
    // refused; and nothing inherited by what is read, so that a field left out reads as left out.
    const out = newRecord();
    let present = 0;
    for (let i = 0; i < fields.length; i++) {
      const { key, read, optional } = fields[i] as (typeof fields)[number];
      if (!hasOwn(input, key)) {
        if (optional) continue;
        return refused;
      }
      present++;
      const value = read(input[key]);
      if (value === refused) return refused;
      out[key] = value;
    }
    // Fields are own and enumerable, as JSON carries them (`ownData` copies them so for zod): an
    // object with a property that is not (which only a program makes) is read again from such a copy.
    const enumerable = Object.keys(input).length;
    if (Object.getOwnPropertyNames(input).length !== enumerable) return readObject(ownData(input));
    // As many keys as fields read: no other (the common case, told by counting them).
    if (strict && enumerable !== present) {
      for (const key in input) if (!known.has(key) && hasOwn(input, key)) return refused;
    }
    return out;
  };
  return readObject;
}

type Reader = (input: unknown) => { value: unknown } | undefined;
/** Readers made, by schema: written as code (`[1]`) or as closures (`[0]`), as {@link codeAllowed} said then. */
const readers = [new WeakMap<$ZodType, Reader | null>(), new WeakMap<$ZodType, Reader | null>()] as const;

/**
 * The schema compiled to a reader that reads input the schema accepts as zod reads it (the same
 * value, its keys in the same order) and answers `undefined` for anything else, so that zod reads it
 * again and says why. Zod stays the reference: a property test requires the same value from both,
 * and the same refusals, for both kinds of reader. `null` for a schema with a kind the reader does
 * not know (a union, a transform, a default, a coercion): zod reads everything then.
 *
 * Why: zod/mini reads an object through a generic path per field (payloads, results, a catchall
 * pass), about a third of a whole evaluation. The reader reads the same in a fraction of that: as
 * closures, with no code generated, where a page's CSP forbids `eval` (and always in the browser
 * build); its objects written as code where the runtime allows it, as zod's own JIT does (see
 * {@link codeAllowed}; a tenth to a fifth of the reading again).
 *
 * @example
 * schemaReader(Application)?.(application) //=> { value: { direction: 'chain', … } }, or undefined
 */
export function schemaReader(schema: $ZodType): Reader | null {
  const generate = codeAllowed();
  const made = readers[generate ? 1 : 0];
  let reader = made.get(schema);
  if (reader === undefined) {
    try {
      const read = compile(schema, generate);
      reader = (input) => {
        const value = read(input);
        return value === refused ? undefined : { value };
      };
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      reader = null;
    }
    made.set(schema, reader);
  }
  return reader;
}
