import { markValidated } from './isRulePack.js';
import type { RulePack } from './loadRulePack.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * A pack that `loadRulePack` loaded and validated when the package was built, as data: recorded as
 * validated without the loader (and its schemas), which a page then need not carry. Only the build
 * writes such data (the browser build's default pack).
 */
export function trustedPack(loaded: unknown): RulePack {
  return markValidated(deepFreeze(loaded as RulePack));
}
