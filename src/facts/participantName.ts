import type { Participant } from '../model/schema.js';

/**
 * How a clerk names a participant: 「参与单位第3项（昌吉州参与企业3有限公司）」.
 *
 * @example
 * participantName(participant, 2) //=> '参与单位第3项（昌吉州参与企业3有限公司）'
 */
export function participantName(participant: Participant, index: number): string {
  const name = participant.name.trim() === '' ? '名称未填写' : participant.name;
  return `参与单位第${index + 1}项（${name}）`;
}
