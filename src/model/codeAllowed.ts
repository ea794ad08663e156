import { globalConfig, util } from 'zod/v4/core';

/**
 * Whether this runtime lets code be generated (`new Function`), as zod asks before it generates its
 * own: not under `z.config({ jitless: true })`, nor where a page's Content Security Policy forbids
 * `eval`. Where it does, the reader and the rules are written as code per shape and per rule; else
 * they run as closures, with the same answers (tests run both).
 *
 * @example
 * codeAllowed() //=> true in Node; false under z.config({ jitless: true })
 */
export function codeAllowed(): boolean {
  return globalConfig.jitless !== true && util.allowsEval.value;
}
