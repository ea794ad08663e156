/**
 * The default pack's contents again, as a module of their own that `evaluate` imports on demand
 * (`import()`). The browser build gives this module its own copy of the data (see `tsup.config.ts`):
 * were the two one module, `evaluateSync`'s static import of it would make it a chunk that every page
 * loads up front, for esbuild keeps a statically imported chunk even unused once there is code
 * splitting (evanw/esbuild#1110). A page that calls only `evaluate` then loads this chunk when it
 * first evaluates; one that calls `evaluateSync` carries the data in its code.
 *
 * @example
 * const { defaultPackContents } = await import('./defaultPackContentsOnDemand.js');
 */
export { defaultPackContents } from './defaultPackContents.js';
