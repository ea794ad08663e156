import { deepFreeze } from '../model/deepFreeze.js';
import { ownData } from '../model/ownData.js';
import { markValidated } from './isRulePack.js';
import type { RulePack } from './loadRulePack.js';

/**
 * A pack that `loadRulePack` loaded and validated when the package was built, as data: recorded as
 * validated without the loader (and its schemas), which a page then need not carry. Only the build
 * writes such data (the browser build's default pack); `defaultPack` makes every default pack through
 * it, so in Node it is given a pack `loadRulePack` has just validated (frozen already: no change).
 */
export function trustedPack(loaded: unknown): RulePack {
  // Copied without prototypes, as `loadRulePack` makes them: a polluted Object.prototype adds no field.
  return markValidated(deepFreeze(ownData(loaded) as RulePack));
}
