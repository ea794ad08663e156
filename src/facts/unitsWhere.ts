import { resolvePath } from '../model/paths.js';
import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import type { Reading } from './reading.js';

/**
 * 计数: how many units (the participants, each counted once as `participantCount` counts them, and the
 * lead when `countLead`) have at `path` (`$.scale`, `$.pilot.level`) one of `values`: the 规上企业 of a
 * consortium, its 制造业 units, its units of a level. A notice's count by kind or category, as data.
 *
 * @example
 * unitsWhere(chainApplication, '$.industry', ['new-materials'], false) //=> 4
 */
export function unitsWhere(
  application: Application,
  path: string,
  values: readonly unknown[],
  countLead: boolean,
  reading?: Reading,
): number {
  const matches = (unit: unknown) => values.includes(resolvePath(unit, path));
  const participants = distinctParticipants(application, reading).participants;
  return participants.filter((e) => matches(e.participant)).length + (countLead && matches(application.lead) ? 1 : 0);
}
