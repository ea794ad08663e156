import type { Application } from '../model/schema.js';

/**
 * How many attachments of a kind are given, e.g. `outreach-list` (出海服务企业清单).
 *
 * @example
 * attachmentCount(application, 'joint-agreement') //=> 1
 */
export function attachmentCount(application: Application, kind: string): number {
  return application.attachments.filter((a) => a.kind === kind).length;
}
