import { isValidCreditCode } from '../credit-code/isValidCreditCode.js';
import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import { participantPointer } from '../model/participantPointer.js';
import type { Application, Participant } from '../model/schema.js';
import { derivedOnce } from './derivedOnce.js';
import { distinctParticipants } from './distinctParticipants.js';

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
  return { role: 'participant', index, name: participant.name, pointer: participantPointer(index) };
}

/** A unit as checks that look it up by 统一社会信用代码 see it. */
export interface UnitByCode {
  readonly unit: UnitRef;
  /** The code as `form.credit-code` mends its shape (no white space, half width, upper case). */
  readonly code: string;
  /** Whether that code is well formed; a unit whose code is not, and matches nothing, is `form.credit-code`'s to report. */
  readonly wellFormed: boolean;
}

/**
 * The lead and each participant (once each, see `distinctParticipants`) with the code other
 * material is matched against: reports, seals. Within an evaluation, derived once for both of those
 * checks; on every other call, anew.
 *
 * @example
 * unitsByCode(chainApplication)[0] //=> { unit: { role: 'lead', … }, code: '91652301QWWBA74896', wellFormed: true }
 */
export function unitsByCode(application: Application): readonly UnitByCode[] {
  return derivedOnce(application, byCode);
}

function byCode(application: Application): readonly UnitByCode[] {
  const of = (unit: UnitRef, creditCode: string) => {
    const code = normalizeCreditCode(creditCode);
    return { unit, code, wellFormed: isValidCreditCode(code) };
  };
  return [
    of(leadRef(application), application.lead.creditCode),
    ...distinctParticipants(application).participants.map(({ participant, index }) =>
      of(participantRef(participant, index), participant.creditCode),
    ),
  ];
}
