import * as z from 'zod/mini';

/**
 * Whether this runtime lets code be generated (`new Function`), as zod asks before it generates its
 * own: not under `z.config({ jitless: true })`, nor under Node's `--disallow-code-generation-from-strings`,
 * nor where a page's Content Security Policy forbids `eval`. Where it does, the reader's objects are
 * written as code, one function per object of the schema (`schemaReader`); else closures read them,
 * with the same answers (tests read both against zod). The browser build never asks (see
 * src/browser/codeNeverGenerated.ts).
 *
 * @example
 * codeAllowed() //=> true in Node; false under z.config({ jitless: true })
 */
export function codeAllowed(): boolean {
  // `z.config()` with nothing to set answers zod's settings as they are.
  return z.config().jitless !== true && z.util.allowsEval.value;
}
