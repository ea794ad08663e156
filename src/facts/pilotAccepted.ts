import type { ParticipantPilot } from '../model/schema.js';

/**
 * 已通过验收评测: a pilot participant has passed 验收评测 when it says so, or when it has a
 * 验收评测等级 (表二 asks only for the level; 未定级 `null` means not yet), unless it says it has not.
 *
 * @example
 * pilotAccepted({ level: 2 }) //=> true
 * pilotAccepted({ level: null }) //=> false
 */
export function pilotAccepted(pilot: ParticipantPilot | undefined): boolean {
  if (pilot === undefined || pilot.acceptancePassed === false) return false;
  return pilot.acceptancePassed === true || typeof pilot.level === 'number';
}
