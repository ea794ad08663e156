import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import type { Application, Participant } from '../model/schema.js';
import { derivedOnce } from './derivedOnce.js';

/** A participant entry of 表二 and its place in the list. */
export interface ParticipantEntry {
  readonly participant: Participant;
  readonly index: number;
}

/** An entry of 表二 that lists a unit already listed: the lead, or an earlier participant. */
export interface RepeatedParticipant extends ParticipantEntry {
  /** `'lead'`, or the index of the participant first listed with the same code. */
  readonly sameAs: 'lead' | number;
}

/** The participating enterprises counted once each, and the entries that repeat one. */
export interface DistinctParticipants {
  readonly participants: readonly ParticipantEntry[];
  readonly repeated: readonly RepeatedParticipant[];
}

/** A unit is known by its credit code, or, with none, by its name; with neither it matches nothing. */
function keyOf(unit: { readonly creditCode: string; readonly name: string }): string | undefined {
  const code = normalizeCreditCode(unit.creditCode);
  if (code !== '') return code;
  const name = unit.name.replace(/\s/g, '');
  return name === '' ? undefined : `name:${name}`;
}

/**
 * 参与企业去重: the participants counted once each by 统一社会信用代码 (compared as `form.credit-code`
 * mends its shape; an entry without a code, by its name), the lead's own never among them. The first
 * entry of a unit is the one counted; a later entry, or one naming the lead, is a repeat. Within an
 * evaluation, derived once for all the checks that read it; on every other call, anew.
 *
 * @example
 * distinctParticipants(chainWithTheLeadListedAgain).repeated[0].sameAs //=> 'lead'
 */
export function distinctParticipants(application: Application): DistinctParticipants {
  return derivedOnce(application, countedOnce);
}

function countedOnce(application: Application): DistinctParticipants {
  const first = new Map<string, 'lead' | number>();
  const lead = keyOf(application.lead);
  if (lead !== undefined) first.set(lead, 'lead');
  const participants: ParticipantEntry[] = [];
  const repeated: RepeatedParticipant[] = [];
  application.participants.forEach((participant, index) => {
    const key = keyOf(participant);
    const sameAs = key === undefined ? undefined : first.get(key);
    if (sameAs !== undefined) {
      repeated.push({ participant, index, sameAs });
      return;
    }
    if (key !== undefined) first.set(key, index);
    participants.push({ participant, index });
  });
  return { participants, repeated };
}
