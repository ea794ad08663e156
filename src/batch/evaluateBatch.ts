import type { EvaluationResult } from '../evaluate/checkResult.js';
import { type EvaluateOptions, readApplication, resolveOptions } from '../evaluate/evaluate.js';
import { optionError } from '../evaluate/optionError.js';
import { unreadableResult } from '../evaluate/unreadableResult.js';
import { errorText, excerpt } from '../model/describeZodIssue.js';
import { heldBatchEntryOf } from './batchEntry.js';
import { checkEvidenceBudget } from './checkDuplicateOptions.js';
import type { DuplicateGroup } from './duplicateGroupsOf.js';
import { eachInput } from './eachInput.js';
import type { evaluateBatchStreamed } from './evaluateBatchStreamed.js';
import type { DuplicatePair } from './findDuplicateConsortia.js';
import type { LeadInSeveralApplications } from './planBatch.js';
import { runBatch } from './runBatch.js';

export { applicationRef, type LeadInSeveralApplications } from './planBatch.js';

/** Options of {@link evaluateBatch}: those of `evaluate`, and what only a batch has. */
export interface EvaluateBatchOptions extends EvaluateOptions {
  /** At `stage: 'selection'`: the applications selected, by `id` or by index in the batch. */
  readonly selected?: readonly (string | number)[];
  /** Called after each application with how many are done and how many there are. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * How much text the duplicate search may read for shared passages (see `findDuplicateConsortia`);
   * `Infinity` for every passage whatever the time.
   */
  readonly evidenceBudget?: number;
}

/** What {@link evaluateBatch} answers. */
export interface BatchEvaluation {
  /** One result per input, in the same order; an input that cannot be read is `invalid` in its place. */
  readonly results: readonly EvaluationResult[];
  /** 重复申报: pairs of consortia alike in units and content, with the evidence. */
  readonly duplicates: readonly DuplicatePair[];
  /** The duplicates as families (each application in one): many copies of one consortium are one group. */
  readonly duplicateGroups: readonly DuplicateGroup[];
  /** Leads of more than one chain, cluster or belt-and-road application. */
  readonly leadsInSeveralApplications: readonly LeadInSeveralApplications[];
  readonly summary: {
    readonly total: number;
    readonly eligible: number;
    readonly ineligible: number;
    readonly needsCorrection: number;
    readonly needsReview: number;
    readonly invalid: number;
  };
}

/**
 * Evaluate many 申报书 together: `evaluate` for each, plus the checks that compare applications
 * (二（一）3): `joint.single-lead-selection` (a lead may be selected in only one of chain, cluster and
 * belt-and-road: at `submission` a lead of several is `review` on each; at `selection` all but the
 * selected one fail) and `joint.duplicate-consortium` (consortia alike in units and content are both
 * put to review; see {@link findDuplicateConsortia}). Inputs that cannot be read are reported in
 * place; one bad application never stops the batch. Rejects only for a bad option (a `TypeError` or
 * `RangeError` naming it, before any input is read); `mode: 'draft'` reads each as a draft. Every
 * input and result is kept: a batch too large for that goes through {@link evaluateBatchStreamed}.
 *
 * @example
 * const batch = await evaluateBatch(inputs, { onProgress: (done, total) => bar.update(done / total) });
 * batch.duplicates.forEach((d) => console.log(d.a.index, d.b.index, d.sharedPassages[0]));
 */
export async function evaluateBatch(
  inputs: Iterable<unknown> | AsyncIterable<unknown>,
  options?: EvaluateBatchOptions,
): Promise<BatchEvaluation> {
  // An iterable is read once, so its applications are kept; `evaluateBatchStreamed` reads twice and
  // keeps only what the checks across applications need (the command line's `batch` does, file by file).
  // A bad option rejects before any input is read.
  const resolved = resolveOptions(options, batchOptionNames);
  checkBatchOptions(options);
  const list: unknown[] = [];
  let sourceFailed: unknown;
  try {
    await eachInput(inputs, (input) => void list.push(input));
  } catch (error) {
    sourceFailed = error ?? 'error';
  }
  // The one batch plan, over the inputs held: each read once, its application kept as it is.
  const parsed = list.map((input) => readApplication(input, resolved));
  const results: EvaluationResult[] = [];
  const plan = await runBatch(
    { read: () => parsed, keep: (application, index) => heldBatchEntryOf(application, index) },
    {
      resolved,
      selected: options?.selected,
      evidenceBudget: options?.evidenceBudget,
      onProgress: options?.onProgress,
      onResult: (result) => void results.push(result),
    },
  );
  if (sourceFailed !== undefined) {
    // The inputs stopped coming: what was read is answered, and the failure is said in its place.
    const text = errorText(sourceFailed, 200);
    results.push(
      unreadableResult({ zh: `读取输入时出错：${text}`, en: `the inputs could not be read on: ${text}` }, '批量输入'),
    );
  }
  const { duplicates, duplicateGroups, leadsInSeveralApplications } = plan;
  return {
    results,
    duplicates,
    duplicateGroups,
    leadsInSeveralApplications,
    summary: summarize(results.map((r) => r.verdict)),
  };
}

/**
 * `onProgress` told how many of `total` are done; a progress display that fails must not stop the
 * evaluation, so what it throws is dropped.
 *
 * @example
 * const progress = progressReporter((done, total) => bar.update(done / total), inputs.length);
 */
export function progressReporter(
  onProgress: ((done: number, total: number) => void) | undefined,
  total: number,
): (done: number) => void {
  return (done) => {
    try {
      onProgress?.(done, total);
    } catch {
      // Dropped: see above.
    }
  };
}

/** The options a batch adds to `evaluate`'s. */
export const batchOptionNames: readonly string[] = Object.freeze(['selected', 'onProgress', 'evidenceBudget']);

/** A batch's verdicts counted (the command line counts a streamed batch with it too). */
export function summarize(verdicts: readonly string[]): BatchEvaluation['summary'] {
  const count = (verdict: string) => verdicts.filter((v) => v === verdict).length;
  return {
    total: verdicts.length,
    eligible: count('eligible'),
    ineligible: count('ineligible'),
    needsCorrection: count('needs-correction'),
    needsReview: count('needs-review'),
    invalid: count('invalid'),
  };
}

/** The options only a batch has, checked as `evaluate` checks its own (the others are, by `resolveOptions`). */
export function checkBatchOptions(options: EvaluateBatchOptions | undefined): void {
  const { selected, onProgress, evidenceBudget } = (options ?? {}) as Record<string, unknown>;
  if (selected !== undefined) {
    const bad = Array.isArray(selected)
      ? selected.findIndex((s) => typeof s !== 'string' && typeof s !== 'number')
      : undefined;
    if (bad !== -1) {
      const [zh, en] =
        bad === undefined
          ? [`实际为${excerpt(selected)}`, `found ${excerpt(selected, 40, 'en')}`]
          : [
              `其中 selected[${bad}] 为${excerpt((selected as unknown[])[bad])}`,
              `but selected[${bad}] is ${excerpt((selected as unknown[])[bad], 40, 'en')}`,
            ];
      throw optionError(
        'type',
        'selected',
        `应为入选申报书的 id 或序号（从 0 起）的列表，${zh}`,
        `must be a list of the selected applications' ids or indexes (from 0), ${en}`,
      );
    }
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw optionError(
      'type',
      'onProgress',
      `应为函数，实际为${excerpt(onProgress)}`,
      `must be a function, found ${excerpt(onProgress, 40, 'en')}`,
    );
  }
  checkEvidenceBudget(evidenceBudget);
}
