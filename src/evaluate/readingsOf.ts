import type { Doubt } from '../facts/doubtsOf.js';
import { plainReading, type Reading } from '../facts/reading.js';

/** Past this many, the readings are the plain one and each doubt read each other way alone. */
const allWaysAtMost = 64;

/** A reading, and the doubts it reads otherwise than the plain one. */
export interface ReadingOf {
  readonly reading: Reading;
  /** The keys of the doubts this reading reads otherwise than the plain one. */
  readonly varies: readonly string[];
}

const readingWith = (choices: ReadonlyMap<string, number>): Reading => ({ choices, removed: plainReading.removed });

/**
 * 每一种理解 (the doubt rule of clauses.md edition 3): the readings of a 申报书's doubts. The plain
 * reading first; then each doubt read each other way with the rest plain; then, while there are at
 * most 64 in all, every combination. One doubt at a time names which doubt a check depends on; the
 * combinations find the checks that only doubts together decide.
 *
 * @example
 * readingsOf([{ kind: 'units', key: 'units:ACME', readings: 2, … }]).length //=> 2
 */
export function readingsOf(doubts: readonly Doubt[]): ReadingOf[] {
  const out: ReadingOf[] = [{ reading: plainReading, varies: [] }];
  for (const d of doubts) {
    for (let k = 1; k < d.readings; k++) out.push({ reading: readingWith(new Map([[d.key, k]])), varies: [d.key] });
  }
  const all = doubts.reduce((n, d) => n * d.readings, 1);
  if (doubts.length < 2 || all > allWaysAtMost) return out;
  for (let n = 0; n < all; n++) {
    const choices = new Map<string, number>();
    let rest = n;
    for (const d of doubts) {
      const k = rest % d.readings;
      rest = Math.floor(rest / d.readings);
      if (k !== 0) choices.set(d.key, k);
    }
    // The plain reading and single doubts are listed already.
    if (choices.size >= 2) out.push({ reading: readingWith(choices), varies: [...choices.keys()] });
  }
  return out;
}
