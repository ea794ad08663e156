import { labelAt } from '../model/labelAt.js';
import { type Application, ParticipantPilot } from '../model/schema.js';
import { isKnown } from '../operators/isKnown.js';
import { participantName } from './participantName.js';

/**
 * 试点参与单位未填写的试点情况: for each pilot participant, the 试点情况 fields (试点项目名称、数字化服务商、
 * 试点项目金额、验收评测等级…) it leaves out. A level of `null` (未定级) is an answer.
 *
 * @example
 * pilotParticipantGaps(application, ['projectName', 'amount']) //=> ['参与单位第2项（…）：试点项目金额（万元）']
 */
export function pilotParticipantGaps(application: Application, fields: readonly string[]): string[] {
  return application.participants.flatMap((p, i) => {
    if (!p.isPilot) return [];
    const pilot = (p.pilot ?? {}) as Record<string, unknown>;
    const blank = fields.filter((f) => {
      const value = Object.hasOwn(pilot, f) ? pilot[f] : undefined;
      return !isKnown(value, true) || (typeof value === 'string' && value.trim() === '');
    });
    if (blank.length === 0) return [];
    return [`${participantName(p, i)}：${blank.map((f) => labelAt(ParticipantPilot, [f]).label).join('、')}`];
  });
}
