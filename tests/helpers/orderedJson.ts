/**
 * A value as JSON text with its keys in their order and `undefined` kept, so that comparing two such
 * texts compares the order of keys too (which a deep-equal does not). Used to hold the schema's
 * reader to zod's value exactly (tests/model/schemaReader.property.test.ts, npm run fuzz).
 */
export function orderedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v === undefined ? '<undefined>' : v));
}
