import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import { participantName } from './participantName.js';
import { pilotAccepted } from './pilotAccepted.js';

/**
 * 尚未通过验收评测的试点参与单位: pilot participants that have not passed 验收评测 (see
 * `pilotAccepted`), each named once.
 *
 * @example
 * pilotParticipantsNotAccepted(clusterApplication) //=> ['参与单位第4项（…）', …]
 */
export function pilotParticipantsNotAccepted(application: Application): string[] {
  return distinctParticipants(application).participants.flatMap(({ participant: p, index }) =>
    p.isPilot && !pilotAccepted(p.pilot) ? [participantName(p, index)] : [],
  );
}
