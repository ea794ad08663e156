import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import type { Reading } from './reading.js';
import { participantRef, type UnitRef } from './unitRef.js';

/**
 * 未说明是否在集群（园区）内的参与单位: participants for which membership is not declared, each named once.
 *
 * @example
 * participantsWithUnknownCluster(clusterApplication) //=> []
 */
export function participantsWithUnknownCluster(application: Application, reading?: Reading): UnitRef[] {
  return distinctParticipants(application, reading).participants.flatMap(({ participant: p, index }) =>
    p.inClusterOrPark === undefined ? [participantRef(p, index)] : [],
  );
}
