import type { EvaluationResult } from '../evaluate/checkResult.js';
import { evaluateApplication, type ResolvedOptions } from '../evaluate/evaluate.js';
import { evaluationFailed } from '../evaluate/unreadableResult.js';
import type { ParseResult } from '../model/parseApplication.js';
import type { Application } from '../model/schema.js';
import type { BatchEntry } from './batchEntry.js';
import { eachInput } from './eachInput.js';
import { type BatchEvaluation, progressReporter, summarize } from './evaluateBatch.js';
import { planBatch } from './planBatch.js';

/** A batch's inputs as a driver gives them: each read application, in order, the same every reading. */
export interface BatchReadings {
  /** One reading of the inputs, each as read (`readApplication`). Called twice. */
  readonly read: () => Iterable<ParseResult> | AsyncIterable<ParseResult>;
  /** What the first reading keeps of an application for the checks across applications. */
  readonly keep: (application: Application, index: number) => BatchEntry;
}

/** What a batch's run is told besides its inputs: the options, and where each result goes. */
export interface BatchRun {
  readonly resolved: ResolvedOptions;
  readonly selected?: readonly (string | number)[] | undefined;
  readonly evidenceBudget?: number | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /**
   * For a driver that writes only the compact answer (`compactResultOf`, the CSV): results that pass
   * or do not apply are left brief, as `evaluate(x, { detail: 'compact' })` leaves them.
   */
  readonly compact?: boolean;
  /** Each result in the inputs' order, awaited. */
  readonly onResult: (result: EvaluationResult, index: number) => void | Promise<void>;
}

/**
 * What tells one input from another cheaply (its direction, lead, date, id and size), to check that
 * the second reading gives what the first gave, in the same order.
 */
function fingerprintOf(parsed: ParseResult): string {
  if (!parsed.ok) return `!${parsed.issues.length}`;
  const a = parsed.application;
  return `${a.direction}|${a.lead.creditCode}|${a.lead.name}|${a.submittedOn}|${a.id ?? ''}|${a.participants.length}`;
}

/**
 * The one batch plan every driver runs (`evaluateBatch`, `evaluateBatchStreamed`, the command line's
 * `batch`, the service's `/v1/batch`): a first reading keeps what the checks across applications need
 * (`keep`), `planBatch` finds duplicates and leads of several, and a second reading evaluates each
 * application with what the plan says of it and hands the result on. One bad application is its own
 * `invalid` result; the run rejects only when a reading fails or the second differs from the first.
 */
export async function runBatch(readings: BatchReadings, run: BatchRun): Promise<Omit<BatchEvaluation, 'results'>> {
  const { resolved, onResult } = run;
  const entries: (BatchEntry | undefined)[] = [];
  const prints: string[] = [];
  await eachInput(readings.read(), (parsed) => {
    const index = entries.length;
    prints.push(fingerprintOf(parsed as ParseResult));
    entries.push(
      (parsed as ParseResult).ok ? readings.keep((parsed as ParseResult & { ok: true }).application, index) : undefined,
    );
  });
  const total = entries.length;
  const plan = planBatch(entries, resolved, run.selected, run.evidenceBudget);
  entries.length = 0;

  const progress = progressReporter(run.onProgress, total);
  const verdicts: EvaluationResult['verdict'][] = [];
  let more = false;
  await eachInput(readings.read(), async (input) => {
    const index = verdicts.length;
    if (index === total) {
      more = true;
      return false;
    }
    const parsed = input as ParseResult;
    if (fingerprintOf(parsed) !== prints[index]) {
      // Another input in this place: its duplicate and lead checks would be another's.
      throw new Error(
        `第二次读取的第${index + 1}份申报书与第一次读取的不同：两次读取应按同样的顺序给出同样的申报书 / ` +
          `input ${index + 1} of the second reading differs from the first reading's: both must give the same inputs in the same order`,
      );
    }
    let result: EvaluationResult;
    try {
      result = parsed.ok
        ? await evaluateApplication(parsed.application, resolved, plan.contextOf(index), parsed, run.compact)
        : { verdict: 'invalid', errors: parsed.issues };
    } catch (error) {
      result = evaluationFailed(error);
    }
    verdicts.push(result.verdict);
    await onResult(result, index);
    progress(index + 1);
  });
  if (more || verdicts.length !== total) {
    const second = more ? { zh: '更多', en: 'more' } : { zh: `${verdicts.length}份`, en: String(verdicts.length) };
    throw new Error(
      `第二次读取给出的申报书数量与第一次不同（第一次${total}份，第二次${second.zh}）：两次读取应给出同样的申报书 / ` +
        `read() gave ${total} inputs the first time and ${second.en} the second: both readings must give the same inputs`,
    );
  }
  const { duplicates, duplicateGroups, leadsInSeveralApplications } = plan;
  return { duplicates, duplicateGroups, leadsInSeveralApplications, summary: summarize(verdicts) };
}
