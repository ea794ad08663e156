import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import { pilotAccepted } from './pilotAccepted.js';
import type { Reading } from './reading.js';
import { participantRef, type UnitRef } from './unitRef.js';

/**
 * 尚未通过验收评测的试点参与单位: pilot participants that have not passed 验收评测 (see
 * `pilotAccepted`), each named once.
 *
 * @example
 * pilotParticipantsNotAccepted(clusterApplication) //=> [{ role: 'participant', index: 3, … }, …]
 */
export function pilotParticipantsNotAccepted(
  application: Application,
  levels?: readonly number[],
  reading?: Reading,
): UnitRef[] {
  return distinctParticipants(application, reading).participants.flatMap(({ participant: p, index }) =>
    p.isPilot && !pilotAccepted(p.pilot, levels) ? [participantRef(p, index)] : [],
  );
}
