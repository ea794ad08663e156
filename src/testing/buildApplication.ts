import type { Direction } from '../model/enums.js';
import { exampleOf } from './examples.js';

/** Overrides for {@link buildApplication}: any part of a 申报书, nested as in the application. */
export type ApplicationOverrides = { readonly [key: string]: unknown };

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
 * what was there, and `undefined` takes a field out. The start of a service provider's test: build
 * the eligible application, change the one thing the test is about.
 *
 * @example
 * const app = buildApplication('digital-workshop', { lead: { assessment: { score: 49 } } });
 * expect(await evaluate(app)).toHaveCheck('workshop.score', 'fail');
 */
// biome-ignore lint/suspicious/noExplicitAny: an application as JSON, to be changed freely by a test
export function buildApplication(direction: Direction, overrides: ApplicationOverrides = {}): any {
  return merged(exampleOf(direction), overrides);
}
