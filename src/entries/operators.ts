/**
 * `sme-dx-benchmark/operators`: The operators the library adds to json-rules-engine's own, each a small function.
 * @packageDocumentation
 */

export { dateOnOrAfter } from '../operators/dateOnOrAfter.js';
export { dateOnOrBefore } from '../operators/dateOnOrBefore.js';
export { hasLength } from '../operators/hasLength.js';
export { customOperators, engineOperators } from '../operators/index.js';
export { isDigits } from '../operators/isDigits.js';
export { isEmpty } from '../operators/isEmpty.js';
export { isFilled } from '../operators/isFilled.js';
export { isKnown } from '../operators/isKnown.js';
export { matches } from '../operators/matches.js';
export { startsWithAny } from '../operators/startsWithAny.js';
export { startsWithNone } from '../operators/startsWithNone.js';
export {
  matchesPattern,
  type TextPattern,
  TextPatternError,
  type TextPatternStep,
  textPattern,
} from '../operators/textPattern.js';
