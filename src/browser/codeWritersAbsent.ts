/**
 * Stands in for the modules that write code (`conditionsAsCode`, `templateAsCode`,
 * `namedValuesAsCode`, `objectReaderAsCode`) in the browser build (`dist/browser.js`). A page never generates code (see
 * codeNeverGenerated.ts): every caller asks `codeAllowed()` first, which there says no, and runs the
 * closures instead, with the same answers. Left out, they cost a page nothing to fetch. Reaching one
 * is a bug in this library.
 */
function absent(): never {
  throw new Error('no code in a page');
}

export const conditionsAsCode = absent;
export const namedValuesAsCode = absent;
export const objectReaderAsCode = absent;
/** No template is written as code in a page: its pieces write it. */
export const templateWriterOf = (): undefined => undefined;
export const messageWritersOf = (): undefined => undefined;
/** No literal for a rule's named values in a page: they are stored name by name. */
export const namedValuesWhenAllRan = (): null => null;
