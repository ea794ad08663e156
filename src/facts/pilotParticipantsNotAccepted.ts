import type { Application } from '../model/schema.js';
import { participantName } from './participantName.js';

/**
 * 尚未通过验收评测的试点参与单位: pilot participants whose acceptance evaluation has not passed
 * (or is not stated).
 *
 * @example
 * pilotParticipantsNotAccepted(clusterApplication) //=> ['参与单位第4项（…）', …]
 */
export function pilotParticipantsNotAccepted(application: Application): string[] {
  return application.participants.flatMap((p, i) =>
    p.isPilot && p.pilot?.acceptancePassed !== true ? [participantName(p, i)] : [],
  );
}
