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
  unitsWhere,
} from '../../src/entries/facts.js';
import type { Participant } from '../../src/entries/model.js';
import { type Application, defaultPackFiles, evaluateSync, loadRulePack } from '../../src/index.js';
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

describe('units counted by a field (unitsWhere)', () => {
  it('counts each participant once, the lead when asked, by any field the pack names', () => {
    const chain = example('chain.json') as unknown as Application;
    const byHand = (industry: string) => chain.participants.filter((p) => p.industry === industry).length;
    expect(unitsWhere(chain, '$.industry', ['new-materials'], false)).toBe(byHand('new-materials'));
    expect(unitsWhere(chain, '$.isPilot', [true], true)).toBe(
      chain.participants.filter((p) => p.isPilot).length + (chain.lead.isPilot ? 1 : 0),
    );
    // A participant listed twice (the same credit code) counts once.
    const twice = structuredClone(chain);
    twice.participants.push(structuredClone(chain.participants[0] as Participant));
    expect(unitsWhere(twice, '$.industry', [chain.participants[0]?.industry], false)).toBe(
      byHand(chain.participants[0]?.industry as string),
    );
  });

  it('lets a pack count a consortium by category, as data', () => {
    const files = structuredClone(defaultPackFiles) as unknown as Record<string, { checks: unknown[] }>;
    files['basic.json']?.checks.push({
      id: 'consortium.pilots-counted',
      clause: '二（二）3',
      kind: 'advisory',
      title: { zh: '试点企业家数', en: 'Pilot enterprises counted' },
      notice: '试点企业',
      directions: ['chain'],
      pass: {
        name: 'pilots',
        fact: 'unitsWhere',
        params: { path: '$.isPilot', values: [true], countLead: false },
        operator: '>=',
        value: 100,
      },
      zh: { pass: '试点企业{actual.pilots}家', fail: '试点企业{actual.pilots}家，少于{required.pilots}家' },
      en: { pass: '{actual.pilots} pilots', fail: '{actual.pilots} pilots, fewer than {required.pilots}' },
    });
    const result = evaluateSync(example('chain.json'), { pack: loadRulePack(files) });
    const counted =
      result.verdict === 'invalid' ? undefined : result.checks.find((c) => c.id === 'consortium.pilots-counted');
    expect(counted?.outcome).toBe('fail');
    expect(counted?.actual.pilots).toBe(pilotCount(example('chain.json') as unknown as Application, false));
  });
});
