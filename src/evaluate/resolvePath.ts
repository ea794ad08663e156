const cache = new Map<string, readonly (string | number)[]>();

function stepsOf(path: string): readonly (string | number)[] | undefined {
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  if (!/^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[\d{1,6}\])*$/.test(path)) return undefined;
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
  if (steps === undefined) return undefined;
  let current: unknown = value;
  for (const step of steps) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, step)) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}
