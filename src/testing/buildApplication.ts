import type { Direction } from '../model/enums.js';
import type { Application } from '../model/schema.js';
import { exampleOf } from './examples.js';

/**
 * Any part of `T`, nested: every key optional at every depth, a list given whole (of parts of its
 * items). A key `T` does not have is a compile error, so a typo in a test does not pass unseen.
 */
export type DeepPartial<T> = T extends readonly (infer Item)[]
  ? readonly DeepPartial<Item>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** Overrides for {@link buildApplication}: any part of a 申报书, nested as in the application. */
export type ApplicationOverrides = DeepPartial<Application>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merged(base: unknown, overrides: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(overrides)) return structuredClone(overrides);
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else out[key] = merged(base[key], value);
  }
  return out;
}

/**
 * A complete 申报书 of `direction` that passes every check (the direction's example), with
 * `overrides` laid over it: objects are merged key by key, anything else (a number, a list) replaces
 * what was there, and `undefined` takes a field out. The overrides are typed by the model, so
 * `{ lead: { asessment: … } }` does not compile; a test of input the model refuses casts it
 * (`as never`). The start of a service provider's test: build
 * the eligible application, change the one thing the test is about.
 *
 * @example
 * const app = buildApplication('digital-workshop', { lead: { assessment: { score: 49 } } });
 * expect(await evaluate(app)).toHaveCheck('workshop.score', 'fail');
 */
export function buildApplication(direction: Direction, overrides: ApplicationOverrides = {}): Application {
  return merged(exampleOf(direction), overrides) as Application;
}
