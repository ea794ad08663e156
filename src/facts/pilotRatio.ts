import type { Application } from '../model/schema.js';
import { participantCount } from './participantCount.js';
import { pilotCount } from './pilotCount.js';
import type { Reading } from './reading.js';

/**
 * 试点企业占比: pilots / participating enterprises, from 0 to 1; 0 when there are none.
 *
 * @example
 * pilotRatio(chainApplication, false) //=> 0.5833… (7 of 12)
 */
export function pilotRatio(
  application: Application,
  countLead: boolean,
  reading?: Reading,
  categories?: readonly string[],
): number {
  const all = participantCount(application, countLead, reading, categories);
  return all === 0 ? 0 : pilotCount(application, countLead, reading, categories) / all;
}
