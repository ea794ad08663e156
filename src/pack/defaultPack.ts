import { defaultPackContents } from './defaultPackContents.js';
import type { RulePack } from './loadRulePack.js';
import { trustedPack } from './trustedPack.js';

export { defaultPackFiles } from './defaultPackFiles.js';

let made: RulePack | undefined;

/**
 * The rule pack of 昌吉州's notice, as shipped in `rules/`. Loaded and validated on first use (in the
 * browser build, validated when the package was built: see `tsup.config.ts`).
 *
 * @example
 * defaultPack().checks.map((c) => c.id) //=> ['basic.registered-in-china', …]
 */
export function defaultPack(): RulePack {
  return defaultPackOf(defaultPackContents);
}

/**
 * The default pack made from its contents: the one pack `defaultPack` gives (so what is compiled for
 * it is compiled once), whichever asked first. `evaluate` passes the contents it imported on demand.
 *
 * @example
 * const { defaultPackContents } = await import('./defaultPackContentsOnDemand.js');
 * defaultPackOf(defaultPackContents) === defaultPack() //=> true
 */
export function defaultPackOf(contents: () => unknown): RulePack {
  made ??= trustedPack(contents());
  return made;
}

/**
 * The default pack if it has been made already, without importing its contents.
 *
 * @example
 * defaultPackMade() //=> undefined before the first evaluation, the pack after
 */
export function defaultPackMade(): RulePack | undefined {
  return made;
}
