/**
 * 一种理解 (clauses.md edition 3, the doubt rule): where rows of a 申报书 may be the same thing or
 * contradict each other, which way they are read. Each doubt (see `doubtsOf`) is read every way it
 * can be; a check is decided only when every reading gives it the same outcome. Facts that count or
 * pick rows take the reading; the plain reading is every doubt's first choice.
 */
export interface Reading {
  /** The choice made for each doubt, by the doubt's key (see `doubtsOf`); absent: its first choice. */
  readonly choices: ReadonlyMap<string, number>;
  /** Participants (by index) left out of the consortium: what it would be without them. */
  readonly removed: ReadonlySet<number>;
}

/**
 * The plain reading: every doubt's first choice, no participant left out.
 *
 * @example
 * choiceIn(plainReading, 'scenario:S07') //=> 0
 */
export const plainReading: Reading = Object.freeze({
  choices: new Map<string, number>(),
  removed: new Set<number>(),
});

/**
 * The choice a reading makes for a doubt: its first (0) unless the reading says otherwise.
 *
 * @example
 * choiceIn({ choices: new Map([['units:ACME', 1]]), removed: new Set() }, 'units:ACME') //=> 1
 */
export function choiceIn(reading: Reading | undefined, key: string): number {
  return reading?.choices.get(key) ?? 0;
}
