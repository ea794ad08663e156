import type { Application } from '../model/schema.js';
import { creditCodeFacts } from './creditCodeFacts.js';
import { distinctParticipants } from './distinctParticipants.js';
import { isEnterprise } from './enterprisesAmong.js';
import type { Reading } from './reading.js';
import { participantRef, type UnitRef } from './unitRef.js';

/** A participant that is not a 企业, and what its code says it is. */
export interface NonEnterprise {
  readonly reason: 'not-an-enterprise';
  readonly unit: UnitRef;
  /** 社会团体, 个体工商户…, from the code. */
  readonly category: string;
}

/**
 * 非企业参与单位: the participants (counted once each) whose 统一社会信用代码 is not of `categories`
 * (企业, `91`): they may sign, but 二（二）3 counts 参与企业.
 *
 * @example
 * nonEnterpriseParticipants(application, ['91']) //=> [{ reason: 'not-an-enterprise', unit: { … }, category: '社会团体' }]
 */
export function nonEnterpriseParticipants(
  application: Application,
  categories: readonly string[],
  reading?: Reading,
): NonEnterprise[] {
  return distinctParticipants(application, reading).participants.flatMap(({ participant, index }) =>
    isEnterprise(participant.creditCode, categories)
      ? []
      : [
          {
            reason: 'not-an-enterprise' as const,
            unit: participantRef(participant, index),
            category: creditCodeFacts(participant.creditCode).categoryName ?? '',
          },
        ],
  );
}
