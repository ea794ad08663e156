import type { CheckResult, Correction, Evaluation } from '../evaluate/checkResult.js';
import type { Message } from '../model/issue.js';

/** One requirement not met, as the 补正通知 lists it. */
export interface Rejection {
  readonly check: string;
  readonly clause: string;
  /** Who fails it: 「参与单位第3项（…）：」, or nothing for the application. */
  readonly subject: Message;
  readonly reason: Message;
}

/** One item the clerk must judge, as the 补正通知 lists it. */
export interface VerificationItem {
  readonly check: string;
  readonly clause: string;
  readonly subject: Message;
  readonly evidence: Message;
}

/** The three sections of a 补正通知. */
export interface NoticeSections {
  /** 不符合申报条件: clause and reason. */
  readonly rejections: readonly Rejection[];
  /** 需补正事项: field, what to do, clause. */
  readonly corrections: readonly Correction[];
  /** 需经办人核实: the evidence. */
  readonly verifications: readonly VerificationItem[];
}

function subjectOf(c: CheckResult): Message {
  if (c.subject.type !== 'unit') return { zh: '', en: '' };
  const name = c.subject.name.trim();
  if (c.subject.role === 'lead') return { zh: `申报（牵头）单位（${name}）：`, en: `The lead (${name}): ` };
  const n = (c.subject.index ?? 0) + 1;
  return { zh: `参与单位第${n}项（${name}）：`, en: `Participant ${n} (${name}): ` };
}

/**
 * 补正通知的三部分 (clauses.md edition 3), from an evaluation: what fails (不符合申报条件), what the
 * applicant must mend (需补正事项, the evaluation's `corrections`), and what the clerk must judge
 * (需经办人核实), each with its clause. An `ineligible` application still lists its corrections.
 *
 * @example
 * noticeSections(evaluation).corrections[0]?.field.zh //=> '表一申报（牵头）单位的“联系电话”'
 */
export function noticeSections(result: Evaluation): NoticeSections {
  return {
    rejections: result.checks
      .filter((c) => c.action === 'reject')
      .map((c) => ({ check: c.id, clause: c.clause, subject: subjectOf(c), reason: c.message })),
    corrections: result.corrections,
    verifications: result.checks
      .filter((c) => c.action === 'verify')
      .map((c) => ({ check: c.id, clause: c.clause, subject: subjectOf(c), evidence: c.message })),
  };
}
