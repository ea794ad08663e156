import type { EvaluationResult } from '../evaluate/checkResult.js';
import { evaluateApplication, readApplication, resolveOptions } from '../evaluate/evaluate.js';
import { optionError } from '../evaluate/optionError.js';
import { evaluationFailed } from '../evaluate/unreadableResult.js';
import { excerpt } from '../model/describeZodIssue.js';
import type { BatchEntry } from './batchEntry.js';
import { eachInput, isInputSource } from './eachInput.js';
import {
  type BatchEvaluation,
  batchOptionNames,
  checkBatchOptions,
  type EvaluateBatchOptions,
  progressReporter,
  summarize,
} from './evaluateBatch.js';
import { keptEntryOf } from './findDuplicateConsortia.js';
import { planBatch } from './planBatch.js';

/**
 * What tells one input from another cheaply (its direction, lead, date, id and size), to check that
 * the second reading gives what the first gave, in the same order.
 */
function fingerprintOf(parsed: ReturnType<typeof readApplication>): string {
  if (!parsed.ok) return `!${parsed.issues.length}`;
  const a = parsed.application;
  return `${a.direction}|${a.lead.creditCode}|${a.lead.name}|${a.submittedOn}|${a.id ?? ''}|${a.participants.length}`;
}

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

  // First reading: the entries the checks across applications need, and nothing else.
  const entries: (BatchEntry | undefined)[] = [];
  const prints: string[] = [];
  await eachInput(reading(), (input) => {
    const parsed = readApplication(input, resolved);
    prints.push(fingerprintOf(parsed));
    entries.push(
      parsed.ok
        ? keptEntryOf(parsed.application, entries.length, { pack: resolved.pack, asOf: resolved.asOf })
        : undefined,
    );
  });
  const total = entries.length;
  const plan = planBatch(entries, resolved, selected, evidenceBudget);
  entries.length = 0;

  // Second reading: each input evaluated with what the first found, handed on, let go.
  const progress = progressReporter(onProgress, total);
  const verdicts: EvaluationResult['verdict'][] = [];
  let more = false;
  await eachInput(reading(), async (input) => {
    const index = verdicts.length;
    if (index === total) {
      more = true;
      return false;
    }
    const parsed = readApplication(input, resolved);
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
        ? await evaluateApplication(parsed.application, resolved, plan.contextOf(index), parsed)
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
