import type { Message } from '../model/issue.js';

/** 资格结论 as a clerk reads it. */
export const verdictLabels: Readonly<Record<string, Message>> = Object.freeze({
  eligible: { zh: '符合条件', en: 'eligible' },
  ineligible: { zh: '不符合条件', en: 'ineligible' },
  'needs-correction': { zh: '需补正', en: 'needs correction' },
  'needs-review': { zh: '需经办人核实', en: 'needs review' },
  invalid: { zh: '无法读取（不是有效的申报书）', en: 'invalid: not a readable application' },
});

/** 检查结果. */
export const outcomeLabels: Readonly<Record<string, Message>> = Object.freeze({
  pass: { zh: '符合', en: 'pass' },
  fail: { zh: '不符合', en: 'fail' },
  review: { zh: '待审核', en: 'review' },
  'not-applicable': { zh: '不适用', en: 'n/a' },
});

/** Who acts on a result that is not met (clauses.md edition 3). */
export const actionLabels: Readonly<Record<string, Message>> = Object.freeze({
  reject: { zh: '不符合申报条件', en: 'fails a requirement' },
  correct: { zh: '需补正', en: 'to correct' },
  verify: { zh: '需经办人核实', en: 'for the clerk to verify' },
});

/** 检查类型. */
export const kindLabels: Readonly<Record<string, Message>> = Object.freeze({
  eligibility: { zh: '资格', en: 'eligibility' },
  completeness: { zh: '完整性', en: 'completeness' },
  advisory: { zh: '提示', en: 'advisory' },
});

/** A mark per outcome, for text and tables: ✓ pass, ✗ fail, ? review, – not applicable. */
export const outcomeMarks: Readonly<Record<string, string>> = Object.freeze({
  pass: '✓',
  fail: '✗',
  review: '?',
  'not-applicable': '–',
});

const numerals: Readonly<Record<string, string>> = Object.freeze({
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  十: '10',
});

/**
 * A clause of the notice as English cites it: 「二（二）1」 → "2(2)1", 「三 注1」 → "3 note 1",
 * 「三, 表一/表二」 → "3, Table 1/Table 2", 「四 注1、注2」 → "4 note 1, note 2".
 *
 * @example
 * clauseInEnglish('一（三）（四）, 二（二）3') //=> '1(3)(4), 2(2)3'
 */
export function clauseInEnglish(clause: string): string {
  return clause
    .replace(/表([一二三四五六七八九十])/g, (_, n: string) => `Table ${numerals[n]}`)
    .replace(/注(\d)/g, 'note $1')
    .replace(/[一二三四五六七八九十]/g, (n) => numerals[n] ?? n)
    .replaceAll('（', '(')
    .replaceAll('）', ')')
    .replaceAll('、', ', ');
}

/**
 * A clause as a Chinese text cites it, with Chinese punctuation: 「三, 表一/表二」 → 「三、表一/表二」.
 *
 * @example
 * clauseInChinese('二（一）1, 表一/表二') //=> '二（一）1、表一/表二'
 */
export function clauseInChinese(clause: string): string {
  return clause.replace(/\s*,\s*/g, '、');
}
