import type { Application } from '../model/schema.js';

/**
 * 参与企业数量: the participating enterprises of a consortium; the lead counts too when `countLead`.
 *
 * @example
 * participantCount(chainApplication, false) //=> 12
 */
export function participantCount(application: Application, countLead: boolean): number {
  return application.participants.length + (countLead ? 1 : 0);
}
