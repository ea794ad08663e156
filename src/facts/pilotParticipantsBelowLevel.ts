import type { Application } from '../model/schema.js';
import { participantName } from './participantName.js';

/**
 * 未达到拨付条件的试点参与单位: pilot participants not yet accepted at `level` or above (二（二）3:
 * 奖补资金 is paid when every pilot participant has passed 验收评测 at 二级及以上).
 *
 * @example
 * pilotParticipantsBelowLevel(chainApplication, 2) //=> []
 */
export function pilotParticipantsBelowLevel(application: Application, level: number): string[] {
  return application.participants.flatMap((p, i) => {
    const pilot = p.pilot;
    const ready = pilot?.acceptancePassed === true && typeof pilot.level === 'number' && pilot.level >= level;
    return p.isPilot && !ready ? [participantName(p, i)] : [];
  });
}
