import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import type { Reading } from './reading.js';
import { participantRef, type UnitRef } from './unitRef.js';

/**
 * 不在集群（园区）内的参与单位: participants declared outside the lead's cluster or park, each named once.
 *
 * @example
 * participantsOutsideCluster(clusterApplication) //=> [{ role: 'participant', index: 1, name: '…', pointer: '/participants/1' }]
 */
export function participantsOutsideCluster(application: Application, reading?: Reading): UnitRef[] {
  return distinctParticipants(application, reading).participants.flatMap(({ participant: p, index }) =>
    p.inClusterOrPark === false ? [participantRef(p, index)] : [],
  );
}
