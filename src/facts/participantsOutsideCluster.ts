import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import { participantName } from './participantName.js';

/**
 * 不在集群（园区）内的参与单位: participants declared outside the lead's cluster or park, each named once.
 *
 * @example
 * participantsOutsideCluster(clusterApplication) //=> ['参与单位第2项（…）']
 */
export function participantsOutsideCluster(application: Application): string[] {
  return distinctParticipants(application).participants.flatMap(({ participant: p, index }) =>
    p.inClusterOrPark === false ? [participantName(p, index)] : [],
  );
}
