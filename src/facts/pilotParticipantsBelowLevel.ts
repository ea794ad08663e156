import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import { pilotAccepted } from './pilotAccepted.js';
import type { Reading } from './reading.js';
import { participantRef, type UnitRef } from './unitRef.js';

/**
 * 未达到拨付条件的试点参与单位: pilot participants not yet accepted at `level` or above (二（二）3:
 * 奖补资金 is paid when every pilot participant has passed 验收评测 at 二级及以上), each named once.
 *
 * @example
 * pilotParticipantsBelowLevel(chainApplication, 2) //=> []
 */
export function pilotParticipantsBelowLevel(application: Application, level: number, reading?: Reading): UnitRef[] {
  return distinctParticipants(application, reading).participants.flatMap(({ participant: p, index }) => {
    const pilot = p.pilot;
    const ready = pilotAccepted(pilot) && typeof pilot?.level === 'number' && pilot.level >= level;
    return p.isPilot && !ready ? [participantRef(p, index)] : [];
  });
}
