import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';

/**
 * 试点企业数量 among the participating enterprises, each counted once (see `distinctParticipants`),
 * and the lead when `countLead`. A pilot still under 改造 and not yet evaluated counts: 二（二）3 admits
 * it as a participant.
 *
 * @example
 * pilotCount(chainApplication, false) //=> 7
 */
export function pilotCount(application: Application, countLead: boolean): number {
  const pilots = distinctParticipants(application).participants.filter((e) => e.participant.isPilot).length;
  return pilots + (countLead && application.lead.isPilot ? 1 : 0);
}
