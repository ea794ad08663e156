import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import { enterprisesAmong } from './enterprisesAmong.js';
import type { Reading } from './reading.js';

/**
 * 试点企业数量 among the participating enterprises, each counted once (see `distinctParticipants`),
 * over the same units as `participantCount`, and the lead when `countLead`. A pilot still under 改造
 * and not yet evaluated counts: 二（二）3 admits it as a participant.
 *
 * @example
 * pilotCount(chainApplication, false) //=> 7
 */
export function pilotCount(
  application: Application,
  countLead: boolean,
  reading?: Reading,
  categories?: readonly string[],
): number {
  const entries = enterprisesAmong(distinctParticipants(application, reading).participants, categories);
  return entries.filter((e) => e.participant.isPilot).length + (countLead && application.lead.isPilot ? 1 : 0);
}
