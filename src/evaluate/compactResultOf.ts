import type { Message } from '../model/issue.js';
import type { Action, CheckResult, Evaluation, EvaluationResult, InvalidEvaluation, Outcome } from './checkResult.js';
import { isAdvisoryNote } from './isAdvisoryNote.js';

/** A message in the language asked for, or in both when none was. */
export type CompactText = string | Message;

/** A check of a compact result: one that did not pass, with what a form or a portal shows of it. */
export interface CompactCheck {
  readonly id: string;
  readonly clause: string;
  readonly title: CompactText;
  readonly outcome: Outcome;
  /** Who acts (reject, correct, verify); absent for an advisory note. */
  readonly action?: Action;
  /** `true` for an advisory note, which never changes the verdict. */
  readonly advisory?: true;
  /** The unit it is about (`/lead`, `/participants/2`), or `''` for the application. */
  readonly subject: string;
  /** The fields it rests on, as JSON Pointers: where a form puts the message. */
  readonly fields: readonly string[];
  readonly message: CompactText;
}

/** The compact answer for an application that could be read: the verdict, what to mend, what did not pass. */
export interface CompactEvaluation {
  readonly verdict: Evaluation['verdict'];
  readonly application: Evaluation['application'];
  readonly evaluationDate: string;
  readonly pack: Evaluation['pack'];
  readonly summary: Evaluation['summary'];
  /** 补正事项: each field to mend and what to do. */
  readonly corrections: readonly {
    readonly pointer: string;
    readonly field: CompactText;
    readonly todo: CompactText;
  }[];
  /** Only the checks that did not pass (fail, review, an advisory note), in the pack's order. */
  readonly checks: readonly CompactCheck[];
}

export type CompactResult = CompactEvaluation | InvalidEvaluation;

/**
 * The compact form of a result (`evaluate(x, { detail: 'compact', lang })`, the service's `?compact`,
 * the CSV): the verdict, the corrections, and only the checks that did not pass, each with its message
 * in the language asked for (both when none is). A portal shows it as it is; the full result stays
 * the default, for reports and audits. An `invalid` result is kept whole: its errors are the answer.
 *
 * @example
 * compactResultOf(await evaluate(draft), 'zh').checks[0]
 * //=> { id: 'workshop.score', outcome: 'fail', action: 'reject', message: '数据基础、管理及成效得分49.5分…', … }
 */
export function compactResultOf(result: EvaluationResult, lang?: 'zh' | 'en'): CompactResult {
  if (result.verdict === 'invalid') return result;
  const text = (m: Message): CompactText => (lang === undefined ? m : m[lang]);
  const notPassed = (c: CheckResult) => c.outcome === 'fail' || c.outcome === 'review';
  return {
    verdict: result.verdict,
    application: result.application,
    evaluationDate: result.evaluationDate,
    pack: result.pack,
    summary: result.summary,
    corrections: result.corrections.map((c) => ({ pointer: c.pointer, field: text(c.field), todo: text(c.todo) })),
    checks: result.checks.filter(notPassed).map((c) => {
      const advisory = isAdvisoryNote(c);
      return {
        id: c.id,
        clause: c.clause,
        title: text(c.title),
        outcome: c.outcome,
        ...(c.action !== undefined && !advisory ? { action: c.action } : {}),
        ...(advisory ? { advisory: true as const } : {}),
        subject: c.subject.pointer,
        fields: c.fields,
        message: text(c.message),
      };
    }),
  };
}
