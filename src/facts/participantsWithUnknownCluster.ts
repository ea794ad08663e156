import type { Application } from '../model/schema.js';
import { participantName } from './participantName.js';

/**
 * 未说明是否在集群（园区）内的参与单位: participants for which membership is not declared.
 *
 * @example
 * participantsWithUnknownCluster(clusterApplication) //=> []
 */
export function participantsWithUnknownCluster(application: Application): string[] {
  return application.participants.flatMap((p, i) => (p.inClusterOrPark === undefined ? [participantName(p, i)] : []));
}
