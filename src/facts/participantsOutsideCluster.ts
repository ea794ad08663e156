import type { Application } from '../model/schema.js';
import { participantName } from './participantName.js';

/**
 * 不在集群（园区）内的参与单位: participants declared outside the lead's cluster or park.
 *
 * @example
 * participantsOutsideCluster(clusterApplication) //=> ['参与单位第2项（…）']
 */
export function participantsOutsideCluster(application: Application): string[] {
  return application.participants.flatMap((p, i) => (p.inClusterOrPark === false ? [participantName(p, i)] : []));
}
