import type { Direction } from '../model/enums.js';
import type { Message, ModelIssue } from '../model/issue.js';
import type { FormEntry } from '../pack/formEntriesOf.js';
import type { Action, CheckKind } from '../pack/schema.js';

export type { Action } from '../pack/schema.js';

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
  /**
   * Who acts, on a `fail` or `review` that is not advisory: `reject` (不符合申报条件), `correct` (补正:
   * the applicant mends it) or `verify` (核实: the clerk judges). Absent otherwise.
   */
  readonly action?: Action;
  /** Fields the check needed that are missing or blank. */
  readonly missing: readonly MissingField[];
  /**
   * The fields the check reads, as JSON Pointers in the order a form shows them; for a `fail` or
   * `review`, the field that caused it first. Where a form puts the message.
   */
  readonly fields: readonly string[];
  /**
   * For a `fail` or `review` whose cause is rows of the 申报书 (a repeat, a blank row, a date that is
   * not one): each row and what is wrong with it, as the 补正通知 lists them one by one.
   */
  readonly findings?: readonly Finding[];
  readonly message: Message;
}

/** One row a result names, and what is wrong with it. */
export interface Finding {
  readonly pointer: string;
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
  /** Results the applicant fails on (不符合申报条件). */
  readonly reject: number;
  /** Results the applicant must mend (补正). */
  readonly correct: number;
  /** Results the clerk must judge (核实). */
  readonly verify: number;
}

/**
 * 资格结论 (clauses.md edition 3): `ineligible` (some result is `reject`), else `needs-correction`
 * (some is `correct`: 补正), else `needs-review` (some is `verify`: 核实), else `eligible`.
 */
export type Verdict = 'eligible' | 'ineligible' | 'needs-correction' | 'needs-review';

/** One item of the 补正通知: a field the applicant must fill, fix or explain. */
export interface Correction {
  /** The field, as a JSON Pointer. */
  readonly pointer: string;
  /** The field as a clerk writes it: 表二参与单位第3项的“统一社会信用代码”. */
  readonly field: Message;
  /** What to do. */
  readonly todo: Message;
  readonly clause: string;
  /** The check that asks for it. */
  readonly check: string;
}

/** One item the clerk must judge (核实), with its evidence. */
export interface Verification {
  readonly check: string;
  readonly clause: string;
  /** Who it is about: the application's lead, or the unit. */
  readonly subject: string;
  /** The field it rests on, as a JSON Pointer. */
  readonly pointer: string;
  /** What was found. */
  readonly evidence: Message;
}

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
  /**
   * The answers to the fields the pack's form adds (从业人员, 承诺事项…), in its words; only under a pack
   * with a form of its own.
   */
  readonly form?: readonly FormEntry[];
  /** 评估日期 (`asOf`, or `submittedOn`). */
  readonly evaluationDate: string;
  readonly stage: Stage;
  readonly pack: { readonly name: string; readonly version: string };
  /** How many checks had each outcome, advisory results apart, and each action. */
  readonly summary: Summary;
  readonly checks: readonly CheckResult[];
  /** 补正事项: what the applicant must mend, one item per field (listed for an `ineligible` one too). */
  readonly corrections: readonly Correction[];
  /** 需经办人核实: what the clerk must judge, with the evidence. */
  readonly verifications: readonly Verification[];
}

/** The answer for input that cannot be read as an application (or options that cannot be used). */
export interface InvalidEvaluation {
  readonly verdict: 'invalid';
  readonly errors: readonly ModelIssue[];
}

export type EvaluationResult = Evaluation | InvalidEvaluation;
