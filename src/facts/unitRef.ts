import { toPointer } from '../model/paths.js';
import type { Application, Participant } from '../model/schema.js';

/** A unit of the application as facts name it: data, which each language writes its own way. */
export interface UnitRef {
  readonly role: 'lead' | 'participant';
  /** Index among the participants (0-based); absent for the lead. */
  readonly index?: number;
  readonly name: string;
  /** JSON Pointer of the unit in the application. */
  readonly pointer: string;
}

/**
 * The lead as facts name it.
 *
 * @example
 * leadRef(application) //=> { role: 'lead', name: '昌吉州示例新材料有限公司', pointer: '/lead' }
 */
export function leadRef(application: Application): UnitRef {
  return { role: 'lead', name: application.lead.name, pointer: '/lead' };
}

/**
 * A participant (表二 entry `index`) as facts name it.
 *
 * @example
 * participantRef(participant, 2) //=> { role: 'participant', index: 2, name: '…', pointer: '/participants/2' }
 */
export function participantRef(participant: Participant, index: number): UnitRef {
  return { role: 'participant', index, name: participant.name, pointer: toPointer(['participants', index]) };
}
