import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import { participantName } from './participantName.js';

/**
 * 重复填报的参与单位: each entry of 表二 that lists a unit already listed (by credit code), named with
 * the entry it repeats: 「参与单位第5项（某公司）与参与单位第2项（某公司）重复」.
 *
 * @example
 * repeatedParticipants(chainWithTheLeadListedAgain) //=> ['参与单位第13项（…）与申报（牵头）单位（…）重复']
 */
export function repeatedParticipants(application: Application): string[] {
  return distinctParticipants(application).repeated.map(({ participant, index, sameAs }) => {
    const other =
      sameAs === 'lead'
        ? `申报（牵头）单位（${application.lead.name}）`
        : participantName(application.participants[sameAs] ?? participant, sameAs);
    return `${participantName(participant, index)}与${other}重复`;
  });
}
