import type { RulePack } from './loadRulePack.js';

const loaded = new WeakSet<object>();

/**
 * Whether a value is a rule pack that was validated: by `loadRulePack`, or (the default pack of the
 * browser build) when the package was built.
 *
 * @example
 * isRulePack(defaultPack()) //=> true
 * isRulePack({ checks: [] }) //=> false
 */
export function isRulePack(value: unknown): value is RulePack {
  return typeof value === 'object' && value !== null && loaded.has(value);
}

/** Record a pack as validated; only the loader and the build-time default pack call this. */
export function markValidated<T extends object>(pack: T): T {
  loaded.add(pack);
  return pack;
}
