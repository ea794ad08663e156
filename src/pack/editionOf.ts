import type { LoadedCheck, PackVocabularies, RulePack } from './loadRulePack.js';
import { parametersAt } from './parametersAt.js';
import { paramsNamedIn } from './paramRefs.js';

/** Where a parameter's value in effect comes from: the day it took effect, and its source when it cites one. */
export interface ValueSource {
  readonly effectiveFrom: string;
  readonly source?: string;
}

/**
 * 规则包在某日的版本: the pack as it reads on one date. Every path that decides (evaluate, batches,
 * the duplicate search, reports, the command line) reads the pack through one of these, so that a
 * date means the same everywhere.
 */
export interface PackEdition {
  readonly pack: RulePack;
  /** The date it is the edition of (`YYYY-MM-DD`). */
  readonly date: string;
  /** Each parameter's value in effect on the date. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Where each value in effect comes from. */
  readonly sources: Readonly<Record<string, ValueSource>>;
  /** Parameters with no value yet on the date. */
  readonly notYetInEffect: readonly string[];
  /** The checks that are part of the notice on the date, in the pack's order. */
  readonly checks: readonly LoadedCheck[];
  /** The IDs of the checks in effect that name a parameter with no value yet (a person judges them). */
  readonly unresolvedChecks: readonly string[];
  readonly vocabularies: PackVocabularies;
  /** Names this edition's values and checks: two dates with the same key decide alike. */
  readonly key: string;
}

const editions = new WeakMap<RulePack, Map<string, PackEdition>>();

const inEffect = (check: LoadedCheck, date: string) =>
  (check.effectiveFrom === undefined || check.effectiveFrom <= date) &&
  (check.effectiveUntil === undefined || date <= check.effectiveUntil);

/**
 * The pack as it reads on `date`: each parameter's latest value on or before it (as OpenFisca reads
 * its parameters) with its source, the checks in effect, and the vocabularies. Remembered per pack
 * and date, so a batch of a thousand applications submitted on a few dates reads the pack a few times.
 *
 * @example
 * const edition = editionOf(defaultPack(), '2025-04-15');
 * edition.parameters['factory.minLevel'] //=> 3
 * edition.sources['factory.minLevel'] //=> { effectiveFrom: '2024-01-01' }
 */
export function editionOf(pack: RulePack, date: string): PackEdition {
  let byDate = editions.get(pack);
  if (byDate === undefined) {
    byDate = new Map();
    editions.set(pack, byDate);
  }
  const cached = byDate.get(date);
  if (cached !== undefined) return cached;
  const { values, notYetInEffect } = parametersAt(pack, date);
  const sources: Record<string, ValueSource> = {};
  const counts: number[] = [];
  for (const [name, parameter] of Object.entries(pack.parameters)) {
    const dated = parameter.values.filter((v) => v.effectiveFrom <= date);
    counts.push(dated.length);
    const latest = dated.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)).at(-1);
    if (latest !== undefined) {
      sources[name] = {
        effectiveFrom: latest.effectiveFrom,
        ...(latest.source === undefined ? {} : { source: latest.source }),
      };
    }
  }
  const checks = pack.checks.filter((c) => inEffect(c, date));
  const missing = new Set(notYetInEffect);
  const unresolvedChecks =
    missing.size === 0 ? [] : checks.filter((c) => [...paramsNamedIn(c)].some((p) => missing.has(p))).map((c) => c.id);
  const left = pack.checks.length === checks.length ? '' : pack.checks.map((c) => (inEffect(c, date) ? 1 : 0)).join('');
  const edition: PackEdition = Object.freeze({
    pack,
    date,
    parameters: values,
    sources,
    notYetInEffect,
    checks,
    unresolvedChecks,
    vocabularies: pack.vocabularies,
    key: `${counts.join(',')}|${left}`,
  });
  if (byDate.size > 1000) byDate.clear();
  byDate.set(date, edition);
  return edition;
}
