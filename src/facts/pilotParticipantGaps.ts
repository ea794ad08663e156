import { describedAgainst } from '../model/isDescribed.js';
import { labelAt } from '../model/labelAt.js';
import { toPointer } from '../model/paths.js';
import { type Application, ParticipantPilot } from '../model/schema.js';
import { isKnown } from '../operators/isKnown.js';
import type { MissingField } from './missingRequiredFields.js';
import { participantRef, type UnitRef } from './unitRef.js';

/** A pilot participant and the 试点情况 fields it leaves blank. */
export interface PilotGap {
  readonly reason: 'pilot-fields';
  readonly unit: UnitRef;
  /** Each blank field by its pointer and its label in 表二 (e.g. 试点项目金额（万元）). */
  readonly fields: readonly MissingField[];
}

/**
 * 试点参与单位未填写的试点情况: for each pilot participant, the 试点情况 fields (试点项目名称、数字化服务商、
 * 试点项目金额、验收评测等级…) it leaves out: absent, or text that says nothing (「——」, see `isDescribed`).
 * A level of `null` (未定级) is an answer.
 *
 * @example
 * pilotParticipantGaps(application, ['projectName', 'amount'])
 * //=> [{ reason: 'pilot-fields', unit: { role: 'participant', index: 1, … }, fields: [{ pointer: '/participants/1/pilot/amount', where: '试点项目金额（万元）' }] }]
 */
export function pilotParticipantGaps(
  application: Application,
  fields: readonly string[],
  emptyAnswers: readonly string[] = [],
): PilotGap[] {
  const described = describedAgainst(emptyAnswers);
  const gaps: PilotGap[] = [];
  const { participants } = application;
  for (let i = 0; i < participants.length; i++) {
    const p = participants[i] as (typeof participants)[number];
    if (!p.isPilot) continue;
    const pilot = (p.pilot ?? {}) as Record<string, unknown>;
    let blank: MissingField[] | undefined;
    for (const f of fields) {
      const value = Object.hasOwn(pilot, f) ? pilot[f] : undefined;
      if (isKnown(value, true) && (typeof value !== 'string' || described(value))) continue;
      blank ??= [];
      blank.push({ pointer: toPointer(['participants', i, 'pilot', f]), where: labelAt(ParticipantPilot, [f]).label });
    }
    if (blank !== undefined) gaps.push({ reason: 'pilot-fields', unit: participantRef(p, i), fields: blank });
  }
  return gaps;
}
