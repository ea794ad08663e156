import { describe, expect, it } from 'vitest';
import {
  describedEmpowermentPaths,
  participantCount,
  participantsOutsideCluster,
  participantsWithUnknownCluster,
  pilotCount,
  pilotParticipantGaps,
  pilotParticipantsBelowLevel,
  pilotParticipantsNotAccepted,
  pilotRatio,
} from '../../src/entries/facts.js';
import type { Application } from '../../src/index.js';
import { example } from '../helpers/examples.js';

const chain = example('chain.json') as unknown as Application;
const cluster = example('cluster.json') as unknown as Application;

describe('consortium facts', () => {
  it('counts participants without the lead, or with it', () => {
    expect(participantCount(chain, false)).toBe(12);
    expect(participantCount(chain, true)).toBe(13);
  });

  it('counts pilots, including those still under 改造', () => {
    expect(pilotCount(chain, false)).toBe(7);
    expect(pilotCount(chain, true)).toBe(8);
    expect(pilotCount(cluster, false)).toBe(5);
  });

  it('gives the pilot ratio, 0 with no participants', () => {
    expect(pilotRatio(chain, false)).toBeCloseTo(7 / 12);
    expect(pilotRatio(cluster, false)).toBe(0.5);
    expect(pilotRatio({ ...chain, participants: [] }, false)).toBe(0);
  });

  it('names the pilot participants not yet accepted, or below a level', () => {
    expect(pilotParticipantsNotAccepted(cluster)).toEqual([
      { role: 'participant', index: 3, name: '昌吉州参与企业23有限公司', pointer: '/participants/3' },
      { role: 'participant', index: 4, name: '昌吉州参与企业24有限公司', pointer: '/participants/4' },
    ]);
    expect(pilotParticipantsBelowLevel(chain, 2)).toEqual([]);
    expect(pilotParticipantsBelowLevel(chain, 3)).toHaveLength(7);
  });

  it('names participants outside the cluster and those not stated', () => {
    const changed = structuredClone(cluster);
    (changed.participants[1] as { inClusterOrPark?: boolean }).inClusterOrPark = false;
    delete (changed.participants[2] as { inClusterOrPark?: boolean }).inClusterOrPark;
    expect(participantsOutsideCluster(changed).map((u) => u.pointer)).toEqual(['/participants/1']);
    expect(participantsWithUnknownCluster(changed).map((u) => u.pointer)).toEqual(['/participants/2']);
  });

  it('lists the 试点情况 a pilot participant leaves out; 未定级 is an answer', () => {
    expect(pilotParticipantGaps(cluster, ['projectName', 'serviceProvider', 'amount', 'level'])).toEqual([]);
    const changed = structuredClone(chain);
    delete changed.participants[0]?.pilot?.amount;
    (changed.participants[1]?.pilot as { serviceProvider: string }).serviceProvider = ' —— ';
    expect(pilotParticipantGaps(changed, ['projectName', 'serviceProvider', 'amount'])).toEqual([
      {
        reason: 'pilot-fields',
        unit: { role: 'participant', index: 0, name: '昌吉州参与企业1有限公司', pointer: '/participants/0' },
        fields: [{ pointer: '/participants/0/pilot/amount', where: '试点项目金额（万元）' }],
      },
      {
        reason: 'pilot-fields',
        unit: { role: 'participant', index: 1, name: '昌吉州参与企业2有限公司', pointer: '/participants/1' },
        fields: [{ pointer: '/participants/1/pilot/serviceProvider', where: '数字化服务商' }],
      },
    ]);
  });

  it('names the empowerment paths described, by their keys (the pack writes them)', () => {
    expect(describedEmpowermentPaths(chain.consortium)).toEqual(['technology', 'supplyChain', 'green']);
    expect(describedEmpowermentPaths(undefined)).toEqual([]);
  });
});
