import { valueAtKeys } from '../facts/valueAtPath.js';

/**
 * The path language of a rule pack: `$`, then `.key` and `[index]` steps. The pack schema refuses any
 * other path, and {@link resolvePath} reads no other.
 */
export const factPathPattern = /^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[\d{1,6}\])*$/;

const cache = new Map<string, readonly (string | number)[]>();

function stepsOf(path: string): readonly (string | number)[] | undefined {
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  if (!factPathPattern.test(path)) return undefined;
  const steps = [...path.slice(1).matchAll(/\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g)].map((m) =>
    m[1] !== undefined ? m[1] : Number(m[2]),
  );
  if (cache.size < 10_000) cache.set(path, steps);
  return steps;
}

/**
 * json-rules-engine's `pathResolver`: `$`, then `.key` and `[index]` steps, over own properties only.
 * No wildcards, filters or script expressions, so a rule pack cannot reach outside the facts or run
 * code; `undefined` where the path leads nowhere.
 *
 * @example
 * resolvePath({ lead: { assessment: { score: 58 } } }, '$.lead.assessment.score') //=> 58
 */
export function resolvePath(value: unknown, path: string): unknown {
  const steps = stepsOf(path);
  return steps === undefined ? undefined : valueAtKeys(value, steps);
}
