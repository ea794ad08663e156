import * as z from 'zod/mini';
import { labelledEnum } from './enums.js';
import { labelled } from './labelled.js';
import { limits } from './limits.js';
import { Application, Participant } from './schema.js';

/** The words of a notice's own: its directions and industries, each with its Chinese label. */
export interface NoticeWords {
  readonly directions: Readonly<Record<string, string>>;
  readonly industries: Readonly<Record<string, string>>;
}

/**
 * The application schema for a notice with its own directions and industries (another city's, from
 * its rule pack): the same fields, with `direction` one of its directions and each `industry` (the
 * application's and every participant's) one of its industries. Anything else is as in
 * {@link Application}, so a portal built for one notice reads another's applications.
 *
 * @example
 * const schema = applicationSchemaFor({
 *   directions: { 'digital-workshop': '市级数字化车间', chain: '市级“链式”数字化转型典型标杆' },
 *   industries: { 'new-materials': '新材料', biomedicine: '生物医药', other: '其他' },
 * });
 * schema.safeParse(application).success //=> true when its industry is biomedicine
 */
export function applicationSchemaFor(words: NoticeWords): typeof Application {
  const direction = labelledEnum(words.directions, '申报类型', 'Direction applied for');
  const industry = labelledEnum(words.industries, '所属行业', 'Industry');
  const participant = labelled(z.extend(Participant, { industry }), '参与单位', 'Participant');
  return labelled(
    z.extend(Application, {
      direction,
      industry,
      participants: labelled(z.array(participant).check(z.maxLength(limits.manyItems)), '参与单位', 'Participants'),
    }),
    '申报书',
    'Application',
  ) as unknown as typeof Application;
}
