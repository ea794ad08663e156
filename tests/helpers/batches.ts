// Batches the batch tests share: a lead of two lead-once applications, and two consortia alike.
import { eligibleExample } from './examples.js';
import { lightlyEdited, random } from './generate.js';

/** The cluster example, led by the chain example's lead. */
export function clusterLedByChainLead(): Record<string, unknown> {
  const chain = eligibleExample('chain.json') as { lead: unknown };
  const cluster = eligibleExample('cluster.json') as Record<string, unknown> & {
    attachments: { holderCreditCode?: string; signedBy?: string[] }[];
  };
  const oldCode = (cluster.lead as { creditCode: string }).creditCode;
  cluster.lead = chain.lead;
  const newCode = (chain.lead as { creditCode: string }).creditCode;
  for (const a of cluster.attachments) {
    if (a.holderCreditCode === oldCode) a.holderCreditCode = newCode;
    if (a.signedBy) a.signedBy = a.signedBy.map((c) => (c === oldCode ? newCode : c));
  }
  cluster.id = 'CLUSTER-1';
  return cluster;
}

/** Two chain consortia alike in units and content: the chain example (`A`), and a copy (`B`) led by another lead, one unit changed and each text lightly edited. */
export function alikePair() {
  const original = { ...eligibleExample('chain.json'), id: 'A' } as unknown as Record<string, unknown> & {
    participants: { creditCode: string; name: string }[];
    narrative: Record<string, string>;
    lead: Record<string, unknown>;
  };
  const copy = structuredClone(original);
  copy.id = 'B';
  copy.lead = (eligibleExample('cluster.json') as { lead: Record<string, unknown> }).lead;
  (copy.participants[11] as { creditCode: string }).creditCode = '91652323MA7BJT3K59';
  const next = random(1);
  for (const key of Object.keys(copy.narrative)) {
    copy.narrative[key] = lightlyEdited(next, [...(copy.narrative[key] as string).split('，'), '补充说明']).join('，');
  }
  return [original, copy];
}
