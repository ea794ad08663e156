import type { EvaluationResult } from '../evaluate/checkResult.js';
import { readApplication, resolveOptions } from '../evaluate/evaluate.js';
import { optionError } from '../evaluate/optionError.js';
import { excerpt } from '../model/describeZodIssue.js';
import { isInputSource, mapInputs } from './eachInput.js';
import {
  type BatchEvaluation,
  batchOptionNames,
  checkBatchOptions,
  type EvaluateBatchOptions,
} from './evaluateBatch.js';
import { keptEntryOf } from './findDuplicateConsortia.js';
import { runBatch } from './runBatch.js';

/** Options of {@link evaluateBatchStreamed}: those of `evaluateBatch`, and where each result goes. */
export interface StreamedBatchOptions extends EvaluateBatchOptions {
  /**
   * Called with each result, in the inputs' order, as soon as it is known (awaited: a slow writer
   * slows the batch, never reorders it). The batch keeps no result.
   */
  readonly onResult: (result: EvaluationResult, index: number) => void | Promise<void>;
}

/** What {@link evaluateBatchStreamed} answers once every result has gone to `onResult`. */
export type StreamedBatch = Omit<BatchEvaluation, 'results'>;

/**
 * {@link evaluateBatch} for a batch too large to hold: `read()` is called twice and must give the
 * same inputs in the same order each time (a folder listed, a query run again). The first reading
 * keeps of each application only what the checks across applications need (its units' codes and
 * names, a consortium's text); the second evaluates each with what they found, hands the result to
 * `onResult` and lets it go. So memory grows with what is kept, not with the applications or their
 * results. The results are `evaluateBatch`'s, in the same order. Rejects for a bad option (before
 * `read` is called), when a reading fails (with its error), or when the second reading does not give
 * as many inputs as the first.
 *
 * @example
 * const batch = await evaluateBatchStreamed(() => db.applications.find(), {
 *   onResult: (result, index) => db.verdicts.insert({ index, verdict: result.verdict }),
 * });
 * console.log(batch.summary, batch.duplicates.length);
 */
export async function evaluateBatchStreamed(
  read: () => Iterable<unknown> | AsyncIterable<unknown>,
  options: StreamedBatchOptions,
): Promise<StreamedBatch> {
  const resolved = resolveOptions(options, [...batchOptionNames, 'onResult']);
  checkBatchOptions(options);
  if (typeof read !== 'function') {
    throw optionError(
      'type',
      'read',
      `应为每次调用都给出同一批申报书的函数，实际为${excerpt(read)}`,
      `must be a function that gives the same inputs each time it is called, found ${excerpt(read, 40, 'en')}`,
    );
  }
  // Read as the caller gave them: a program without types may leave the options out.
  const { onResult, onProgress, selected, evidenceBudget } = (options ?? {}) as Partial<StreamedBatchOptions>;
  if (typeof onResult !== 'function') {
    throw optionError(
      'type',
      'onResult',
      `应为接收每份评估结果的函数，实际为${excerpt(onResult)}`,
      `must be a function that takes each result, found ${excerpt(onResult, 40, 'en')}`,
    );
  }

  /** One reading, named when `read` gives nothing that can be read. */
  const reading = () => {
    const source = read() as unknown;
    if (!isInputSource(source)) {
      throw optionError(
        'type',
        'read',
        `应返回申报书的列表或（异步）可迭代对象，实际返回${excerpt(source)}`,
        `must return a list or an (async) iterable of inputs, returned ${excerpt(source, 40, 'en')}`,
      );
    }
    return source;
  };

  // The one batch plan: each reading's inputs read as applications; of each, what the checks across
  // applications need is kept, and nothing else.
  return runBatch(
    {
      read: () => mapInputs(reading(), (input) => readApplication(input, resolved)),
      keep: (application, index) => keptEntryOf(application, index, { pack: resolved.pack, asOf: resolved.asOf }),
    },
    { resolved, selected, evidenceBudget, onProgress, onResult },
  );
}
