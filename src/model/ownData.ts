import { newRecord } from './newRecord.js';

type Copy = Record<string, unknown> | unknown[];

/**
 * `value` as JSON would carry it: own enumerable properties only, objects that inherit nothing (`newRecord`), arrays
 * as arrays. What zod is given when the reader refuses a 申报书 (to say why), so that a key polluting
 * `Object.prototype` elsewhere in the process is neither read as a field nor refused as an unknown one.
 * Copied with a stack of its own, so that depth does not matter; an object inside itself (which JSON
 * cannot hold) is refused with a `TypeError`.
 *
 * @example
 * Object.prototype.isPilot = true; // somewhere else in the process
 * ownData({ lead: {} }).lead.isPilot //=> undefined
 */
export function ownData(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copyOf = (from: object): Copy => (Array.isArray(from) ? new Array(from.length) : newRecord());
  const top = copyOf(value);
  // Depth first, each object entered then left: one met again while it is open contains itself
  // (the same object twice side by side, as `new Array(n).fill({})` makes, is only shared).
  const open = new Set<object>();
  const pending: ({ from: object; into: Copy } | { leave: object })[] = [{ from: value, into: top }];
  while (pending.length > 0) {
    const step = pending.pop() as { from: object; into: Copy } | { leave: object };
    if ('leave' in step) {
      open.delete(step.leave);
      continue;
    }
    const { from, into } = step;
    if (open.has(from)) throw new TypeError('申报书中有循环引用 / the application refers to itself');
    open.add(from);
    pending.push({ leave: from });
    const keys = Array.isArray(from) ? [...from.keys()] : Object.keys(from);
    for (const key of keys) {
      const inner = (from as Record<string | number, unknown>)[key];
      if (typeof inner === 'object' && inner !== null) {
        const copy = copyOf(inner);
        (into as Record<string | number, unknown>)[key] = copy;
        pending.push({ from: inner, into: copy });
      } else (into as Record<string | number, unknown>)[key] = inner;
    }
  }
  return top;
}
