import { builtinOperators } from './builtinOperators.js';
import { dateOnOrAfter } from './dateOnOrAfter.js';
import { dateOnOrBefore } from './dateOnOrBefore.js';
import { hasLength } from './hasLength.js';
import { isDigits } from './isDigits.js';
import { isEmpty } from './isEmpty.js';
import { isFilled } from './isFilled.js';
import { isKnown } from './isKnown.js';
import { matches } from './matches.js';
import { startsWithAny } from './startsWithAny.js';
import { startsWithNone } from './startsWithNone.js';

/** The operators the library adds to json-rules-engine's own, by the name rules use. */
// Without a prototype: a pack naming `constructor` as an operator finds nothing here.
export const customOperators: Readonly<Record<string, (factValue: unknown, value: unknown) => boolean>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, (factValue: unknown, value: unknown) => boolean>, {
    isKnown,
    isFilled,
    isEmpty,
    startsWithAny,
    startsWithNone,
    dateOnOrBefore,
    dateOnOrAfter,
    matches,
    hasLength,
    isDigits,
  }),
);

/** json-rules-engine's built-in operators, which rules may use too. */
export const engineOperators: readonly string[] = Object.freeze(Object.keys(builtinOperators));

/** Every operator a rule may name, built-in and the library's, as the compiled evaluation runs them. */
export const allOperators: Readonly<Record<string, (factValue: unknown, value: unknown) => boolean>> = Object.freeze(
  Object.assign(Object.create(null), builtinOperators, customOperators),
);
