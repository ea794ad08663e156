import type { PackCondition } from './schema.js';

/**
 * The leaf conditions of a condition tree, in reading order, with their JSON Pointer below `base`
 * (where a pack's problem is reported).
 *
 * @example
 * leavesOf({ all: [leaf, { not: other }] }, ['pass']).map((l) => l.at) //=> [['pass', 'all', 0], ['pass', 'all', 1, 'not']]
 */
export function leavesOf(
  condition: PackCondition,
  base: readonly (string | number)[] = [],
): { leaf: Extract<PackCondition, { fact: string }>; at: (string | number)[] }[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => leavesOf(c, [...base, 'all', i]));
  if ('any' in condition) return condition.any.flatMap((c, i) => leavesOf(c, [...base, 'any', i]));
  if ('not' in condition) return leavesOf(condition.not, [...base, 'not']);
  return [{ leaf: condition, at: [...base] }];
}
