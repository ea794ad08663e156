import type { Application } from '../model/schema.js';
import { participantName } from './participantName.js';

/**
 * 联合申报协议缺漏: no 联合申报协议 attached, or units (lead or participants, by credit code) that have
 * not sealed it.
 *
 * @example
 * jointAgreementGaps(chainApplication) //=> []
 */
export function jointAgreementGaps(application: Application): string[] {
  const agreements = application.attachments.filter((a) => a.kind === 'joint-agreement');
  if (agreements.length === 0) return ['未附联合申报协议'];
  const sealed = new Set(agreements.flatMap((a) => a.signedBy ?? []));
  const unsealed: string[] = [];
  if (!sealed.has(application.lead.creditCode)) unsealed.push(`申报（牵头）单位（${application.lead.name}）未盖章`);
  application.participants.forEach((p, i) => {
    if (!sealed.has(p.creditCode)) unsealed.push(`${participantName(p, i)}未盖章`);
  });
  return unsealed;
}
