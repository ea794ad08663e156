import { Direction } from '../model/enums.js';
import type { Message } from '../model/issue.js';
import type { RulePack } from '../pack/loadRulePack.js';

/** The words of a notice that a report prints: the scheme's name and each direction's label. */
export interface ReportWords {
  /** The scheme (中小企业数字化转型典型标杆, 数字化转型试点项目), for the report's heading. */
  readonly scheme: Message;
  /** A direction's label in one language: the pack's name for it, else the model's. */
  readonly direction: (direction: string | undefined, lang: 'zh' | 'en') => string;
}

const noDirection: Message = { zh: '（未选择申报类型）', en: 'no direction chosen' };

/**
 * The words a report prints, from the pack the 申报书 was evaluated with (its `pack.scheme`, else its
 * title, and its labels of directions), or, without a pack, the notice's defaults.
 *
 * @example
 * reportWordsOf(yinchuanPack).direction('digital-workshop', 'zh') //=> '数字化转型试点项目'
 */
export function reportWordsOf(pack?: RulePack): ReportWords {
  const scheme = pack === undefined ? undefined : (pack.meta.scheme ?? { zh: pack.meta.title, en: pack.meta.title });
  const labels = pack?.vocabularies.labels ?? {};
  return {
    scheme: scheme ?? { zh: '中小企业数字化转型典型标杆', en: 'SME digital transformation benchmark' },
    direction: (direction, lang) => {
      if (direction === undefined) return noDirection[lang];
      const own = Object.hasOwn(labels, direction) ? labels[direction] : undefined;
      if (own !== undefined) return own[lang];
      return lang === 'zh' ? (Direction.labels[direction as Direction] ?? direction) : direction;
    },
  };
}
