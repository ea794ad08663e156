import type { Direction } from '../model/enums.js';
import type { Message, ModelIssue } from '../model/issue.js';
import type { CheckKind } from '../pack/schema.js';

/** pass, fail, review (data missing or a person must judge), not-applicable (not this direction's). */
export type Outcome = 'pass' | 'fail' | 'review' | 'not-applicable';

/** What a check result is about. */
export type Subject =
  | { readonly type: 'application'; readonly id?: string; readonly name: string; readonly pointer: '' }
  | {
      readonly type: 'unit';
      readonly role: 'lead' | 'participant';
      /** Index among the participants (0-based); absent for the lead. */
      readonly index?: number;
      readonly name: string;
      readonly creditCode: string;
      /** JSON Pointer of the unit in the application. */
      readonly pointer: string;
    };

export type { MissingField } from '../facts/missingRequiredFields.js';

import type { MissingField } from '../facts/missingRequiredFields.js';

/** One check's answer, readable by a clerk: which clause, what was required, what was found. */
export interface CheckResult {
  /** The public ID of `clauses.md`, e.g. `workshop.scenarios`. */
  readonly id: string;
  /** The notice's clause, e.g. `二（二）1`. */
  readonly clause: string;
  readonly kind: CheckKind;
  readonly title: Message;
  readonly outcome: Outcome;
  readonly subject: Subject;
  /** The values found, by the names of the rule's conditions. */
  readonly actual: Readonly<Record<string, unknown>>;
  /** The values required, by the same names. */
  readonly required: Readonly<Record<string, unknown>>;
  /** Fields the check needed that are missing or blank. */
  readonly missing: readonly MissingField[];
  /**
   * The fields the check reads, as JSON Pointers in the order a form shows them; for a `fail` or
   * `review`, the field that caused it first. Where a form puts the message.
   */
  readonly fields: readonly string[];
  readonly message: Message;
}

/**
 * How many check results had each outcome. An advisory result that is not met (a note: 提示) counts
 * as `advisory`, never as `fail` or `review`, since it never changes the verdict; every other result
 * counts under its outcome. An eligible application has `fail: 0`.
 */
export interface Summary {
  readonly pass: number;
  readonly fail: number;
  readonly review: number;
  readonly 'not-applicable': number;
  readonly advisory: number;
}

/** 资格结论. */
export type Verdict = 'eligible' | 'ineligible' | 'needs-review';

/** 评审阶段: at submission a lead in two directions is for review; at selection all but one fail. */
export type Stage = 'submission' | 'selection';

/** The answer for one application that could be read. */
export interface Evaluation {
  readonly verdict: Verdict;
  readonly application: {
    readonly id?: string;
    readonly direction: Direction;
    readonly lead: { readonly name: string; readonly creditCode: string };
  };
  /** 评估日期 (`asOf`, or `submittedOn`). */
  readonly evaluationDate: string;
  readonly stage: Stage;
  readonly pack: { readonly name: string; readonly version: string };
  /** How many checks had each outcome, advisory results apart. */
  readonly summary: Summary;
  readonly checks: readonly CheckResult[];
}

/** The answer for input that cannot be read as an application (or options that cannot be used). */
export interface InvalidEvaluation {
  readonly verdict: 'invalid';
  readonly errors: readonly ModelIssue[];
}

export type EvaluationResult = Evaluation | InvalidEvaluation;
