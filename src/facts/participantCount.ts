import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';

/**
 * 参与企业数量: the participating enterprises of a consortium, each counted once by credit code and
 * the lead never among them (see `distinctParticipants`); the lead is added when `countLead`.
 *
 * @example
 * participantCount(chainApplication, false) //=> 12
 */
export function participantCount(application: Application, countLead: boolean): number {
  return distinctParticipants(application).participants.length + (countLead ? 1 : 0);
}
