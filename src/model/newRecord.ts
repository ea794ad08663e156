/** The prototype of {@link newRecord}'s objects: empty, frozen, itself without a prototype. */
function Fields(): void {}
Fields.prototype = Object.freeze(Object.create(null));

/**
 * An empty object that inherits nothing: a key polluting `Object.prototype` is not seen through it
 * (`toString`, `isPilot` read as left out), as through `Object.create(null)`, but its fields are
 * stored as a plain object's are (an object made with `Object.create(null)` starts as a dictionary,
 * about 2.5 times slower to fill and read). What the reader and `ownData` make of a 申报书.
 *
 * @example
 * const lead = newRecord(); lead.name = '甲公司';
 * lead.toString //=> undefined
 */
export function newRecord(): Record<string, unknown> {
  return new (Fields as unknown as new () => Record<string, unknown>)();
}
