import type { RulePack } from '../pack/loadRulePack.js';
import { parametersAt } from '../pack/parametersAt.js';
import { paramsNamedIn } from '../pack/paramRefs.js';

/** Parameters in effect on a date, with a key naming that set of values, and the checks left without one. */
export interface CachedParameters {
  readonly values: Readonly<Record<string, unknown>>;
  readonly key: string;
  /** The IDs of the checks that name a parameter with no value yet on that date. */
  readonly unresolvedChecks: readonly string[];
}

const cache = new WeakMap<RulePack, Map<string, CachedParameters>>();

/**
 * {@link parametersAt}, remembered per pack and date: a batch of a thousand applications submitted on
 * a few dates resolves the pack's parameters a few times.
 */
export function parametersAtCached(pack: RulePack, date: string): CachedParameters {
  let byDate = cache.get(pack);
  if (byDate === undefined) {
    byDate = new Map();
    cache.set(pack, byDate);
  }
  const cached = byDate.get(date);
  if (cached !== undefined) return cached;
  const { values, notYetInEffect } = parametersAt(pack, date);
  const missing = new Set(notYetInEffect);
  const key = Object.keys(pack.parameters)
    .map((name) => {
      const parameter = pack.parameters[name];
      return parameter ? parameter.values.filter((v) => v.effectiveFrom <= date).length : 0;
    })
    .join(',');
  const unresolvedChecks =
    missing.size === 0
      ? []
      : pack.checks.filter((c) => [...paramsNamedIn(c)].some((p) => missing.has(p))).map((c) => c.id);
  const entry: CachedParameters = { values, key, unresolvedChecks };
  if (byDate.size > 1000) byDate.clear();
  byDate.set(date, entry);
  return entry;
}
