import { defaultPackFiles } from './defaultPackFiles.js';
import { loadRulePack, type RulePack } from './loadRulePack.js';

export { defaultPackFiles } from './defaultPackFiles.js';

let cached: RulePack | undefined;

/**
 * The rule pack of 昌吉州's notice, as shipped in `rules/`. Loaded and validated on first use (in the
 * browser build, validated when the package was built: see `tsup.config.ts`).
 *
 * @example
 * defaultPack().checks.map((c) => c.id) //=> ['basic.registered-in-china', …]
 */
export function defaultPack(): RulePack {
  cached ??= loadRulePack(defaultPackFiles);
  return cached;
}
