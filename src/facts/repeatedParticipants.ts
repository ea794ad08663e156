import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import type { Reading } from './reading.js';
import { leadRef, participantRef, type UnitRef } from './unitRef.js';

/** An entry of 表二 that lists a unit already listed, and the entry (or the lead) it repeats. */
export interface RepeatedEntry {
  readonly reason: 'repeated';
  readonly unit: UnitRef;
  /** The entry to delete, 1-based as 表二 counts (「请删除第N项」). */
  readonly row: number;
  readonly sameAs: UnitRef;
}

/**
 * 重复填报的参与单位: each entry of 表二 that lists a unit already listed (by credit code, else name),
 * with the entry it repeats.
 *
 * @example
 * repeatedParticipants(chainWithTheLeadListedAgain)
 * //=> [{ reason: 'repeated', unit: { role: 'participant', index: 12, … }, sameAs: { role: 'lead', … } }]
 */
export function repeatedParticipants(application: Application, reading?: Reading): RepeatedEntry[] {
  return distinctParticipants(application, reading).repeated.map(({ participant, index, sameAs }) => ({
    reason: 'repeated' as const,
    unit: participantRef(participant, index),
    row: index + 1,
    sameAs:
      sameAs === 'lead'
        ? leadRef(application)
        : participantRef(application.participants[sameAs] ?? participant, sameAs),
  }));
}
