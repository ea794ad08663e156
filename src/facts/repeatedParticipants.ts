import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import { leadRef, participantRef, type UnitRef } from './unitRef.js';

/** An entry of 表二 that lists a unit already listed, and the entry (or the lead) it repeats. */
export interface RepeatedEntry {
  readonly reason: 'repeated';
  readonly unit: UnitRef;
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
export function repeatedParticipants(application: Application): RepeatedEntry[] {
  return distinctParticipants(application).repeated.map(({ participant, index, sameAs }) => ({
    reason: 'repeated' as const,
    unit: participantRef(participant, index),
    sameAs:
      sameAs === 'lead'
        ? leadRef(application)
        : participantRef(application.participants[sameAs] ?? participant, sameAs),
  }));
}
