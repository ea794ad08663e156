import type { Application } from '../model/schema.js';

/**
 * The 申报内容 of a consortium, as one text: 三、四 (project, outcomes, replicable model, division of
 * labour) and the 产业协同平台 and 赋能 texts.
 *
 * @example
 * consortiumText(chainApplication).startsWith('围绕熔铸') //=> true
 */
export function consortiumText(application: Application): string {
  const { narrative, consortium } = application;
  const parts = [
    narrative.projectOverview,
    narrative.outcomes,
    narrative.replicableModel,
    narrative.divisionOfLabour,
    consortium?.platform.name,
    ...Object.values(consortium?.empowerment ?? {}),
  ];
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
}
