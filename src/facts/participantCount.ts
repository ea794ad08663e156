import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import { enterprisesAmong } from './enterprisesAmong.js';
import type { Reading } from './reading.js';

/**
 * 参与企业数量: the participating enterprises of a consortium, each counted once by credit code and
 * the lead never among them (see `distinctParticipants`), as the reading reads them; only codes of
 * `categories` (企业, `91`) when given; the lead is added when `countLead`.
 *
 * @example
 * participantCount(chainApplication, false) //=> 12
 */
export function participantCount(
  application: Application,
  countLead: boolean,
  reading?: Reading,
  categories?: readonly string[],
): number {
  return (
    enterprisesAmong(distinctParticipants(application, reading).participants, categories).length + (countLead ? 1 : 0)
  );
}
