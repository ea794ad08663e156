import { defaultPackFiles } from './defaultPackFiles.js';
import { loadRulePack } from './loadRulePack.js';

/**
 * What the default pack is made of: here, the files of `rules/` loaded and validated. The browser
 * build replaces this module with the pack that `loadRulePack` gave when the package was built, as
 * JSON text and nothing else (see `tsup.config.ts`): a module of data alone, which a page's bundler
 * can leave in a chunk of its own, loaded when `evaluate` first needs it.
 *
 * @example
 * defaultPackContents() //=> { meta: { name: 'changji-sme-dx-benchmark', … }, checks: […], … }
 */
export function defaultPackContents(): unknown {
  return loadRulePack(defaultPackFiles);
}
