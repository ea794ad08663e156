import type { ParticipantPilot } from '../model/schema.js';

/**
 * 已通过验收评测: a pilot participant has passed 验收评测 when it says so, or when it has a
 * 验收评测等级 that 表二 offers (`levels`; 未定级 `null` means not yet, and 一级 is no choice of 表二,
 * clauses.md edition 3), unless it says it has not. Without `levels`, any level counts.
 *
 * @example
 * pilotAccepted({ level: 2 }, [2, 3, 4]) //=> true
 * pilotAccepted({ level: 1 }, [2, 3, 4]) //=> false
 * pilotAccepted({ level: null }) //=> false
 */
export function pilotAccepted(pilot: ParticipantPilot | undefined, levels?: readonly number[]): boolean {
  if (pilot === undefined || pilot.acceptancePassed === false) return false;
  if (typeof pilot.level === 'number' && levels !== undefined && !levels.includes(pilot.level)) return false;
  return pilot.acceptancePassed === true || typeof pilot.level === 'number';
}
