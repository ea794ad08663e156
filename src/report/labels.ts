import type { Message } from '../model/issue.js';

/** 资格结论 as a clerk reads it. */
export const verdictLabels: Readonly<Record<string, Message>> = {
  eligible: { zh: '符合条件', en: 'eligible' },
  ineligible: { zh: '不符合条件', en: 'ineligible' },
  'needs-review': { zh: '需补充或人工审核', en: 'needs review' },
  invalid: { zh: '无法读取（不是有效的申报书）', en: 'invalid: not a readable application' },
};

/** 检查结果. */
export const outcomeLabels: Readonly<Record<string, Message>> = {
  pass: { zh: '符合', en: 'pass' },
  fail: { zh: '不符合', en: 'fail' },
  review: { zh: '待审核', en: 'review' },
  'not-applicable': { zh: '不适用', en: 'n/a' },
};

/** 检查类型. */
export const kindLabels: Readonly<Record<string, Message>> = {
  eligibility: { zh: '资格', en: 'eligibility' },
  completeness: { zh: '完整性', en: 'completeness' },
  advisory: { zh: '提示', en: 'advisory' },
};

/** A mark per outcome, for text and tables: ✓ pass, ✗ fail, ? review, – not applicable. */
export const outcomeMarks: Readonly<Record<string, string>> = {
  pass: '✓',
  fail: '✗',
  review: '?',
  'not-applicable': '–',
};
