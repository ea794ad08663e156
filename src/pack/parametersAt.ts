import type { RulePack } from './loadRulePack.js';

/** The pack's parameters in effect on a date, and those with no value yet on that date. */
export interface ParametersAt {
  readonly values: Readonly<Record<string, unknown>>;
  readonly notYetInEffect: readonly string[];
}

/**
 * Each parameter's value in effect on `date` (the latest `effectiveFrom` on or before it), as
 * OpenFisca reads its parameters.
 *
 * @example
 * parametersAt(defaultPack(), '2025-04-15').values['factory.minLevel'] //=> 3
 */
export function parametersAt(pack: RulePack, date: string): ParametersAt {
  const values: Record<string, unknown> = Object.create(null);
  const notYetInEffect: string[] = [];
  for (const [name, parameter] of Object.entries(pack.parameters)) {
    const inEffect = parameter.values
      .filter((v) => v.effectiveFrom <= date)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .at(-1);
    if (inEffect === undefined) notYetInEffect.push(name);
    else values[name] = inEffect.value;
  }
  return { values, notYetInEffect };
}
