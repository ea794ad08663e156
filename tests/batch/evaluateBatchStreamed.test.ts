import { describe, expect, it } from 'vitest';
import { type EvaluationResult, evaluateBatch, evaluateBatchStreamed } from '../../src/index.js';
import { alikePair, clusterLedByChainLead } from '../helpers/batches.js';
import { example } from '../helpers/examples.js';

/** A batch with every check across applications at work: two alike, a lead of two, a workshop, a bad input. */
function mixedBatch(): unknown[] {
  const [original, copy] = alikePair();
  return [
    original,
    { ...example('chain.json'), id: 'CHAIN-1' },
    copy,
    clusterLedByChainLead(),
    example('workshop.json'),
    42,
  ];
}

/** evaluateBatchStreamed's answer with its results gathered, and how often `read` was called. */
async function streamed(read: () => Iterable<unknown> | AsyncIterable<unknown>, options = {}) {
  const results: EvaluationResult[] = [];
  const indexes: number[] = [];
  let readings = 0;
  const batch = await evaluateBatchStreamed(
    () => {
      readings++;
      return read();
    },
    {
      ...options,
      onResult: (result, index) => {
        results.push(result);
        indexes.push(index);
      },
    },
  );
  return { ...batch, results, indexes, readings };
}

describe('evaluateBatchStreamed', () => {
  it("gives evaluateBatch's results in order, its duplicates, leads and summary, reading the inputs twice", async () => {
    const inputs = mixedBatch();
    const whole = await evaluateBatch(inputs);
    expect(whole.duplicates.length).toBeGreaterThan(0);
    expect(whole.leadsInSeveralApplications.length).toBeGreaterThan(0);
    expect(whole.summary.invalid).toBe(1);
    async function* cursor() {
      for (const input of inputs) yield structuredClone(input);
    }
    for (const read of [() => inputs, () => inputs.values(), cursor]) {
      const { results, indexes, readings, ...rest } = await streamed(read);
      expect(results).toEqual(whole.results);
      expect(indexes).toEqual([0, 1, 2, 3, 4, 5]);
      expect(rest).toEqual({
        duplicates: whole.duplicates,
        duplicateGroups: whole.duplicateGroups,
        leadsInSeveralApplications: whole.leadsInSeveralApplications,
        summary: whole.summary,
      });
      expect(readings).toBe(2);
    }
  });

  it('takes the options evaluateBatch takes: selection, progress', async () => {
    const inputs = mixedBatch();
    const options = { stage: 'selection', selected: ['CLUSTER-1'] } as const;
    const whole = await evaluateBatch(inputs, options);
    const progress: number[][] = [];
    const { results } = await streamed(() => inputs, {
      ...options,
      onProgress: (d: number, t: number) => progress.push([d, t]),
    });
    expect(results).toEqual(whole.results);
    expect(progress).toEqual(inputs.map((_, i) => [i + 1, inputs.length]));
  });

  it('waits for each result to be taken before the next, so a slow writer keeps the order', async () => {
    const inputs = mixedBatch();
    const taken: number[] = [];
    await evaluateBatchStreamed(() => inputs, {
      onResult: async (_, index) => {
        await new Promise((resolve) => setTimeout(resolve, (inputs.length - index) * 3));
        taken.push(index);
      },
    });
    expect(taken).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('rejects when the second reading does not give the inputs of the first', async () => {
    const inputs = mixedBatch();
    let readings = 0;
    const shrinking = () => (readings++ === 0 ? inputs : inputs.slice(0, 4));
    await expect(evaluateBatchStreamed(shrinking, { onResult: () => {} })).rejects.toThrow(
      /^第二次读取给出的申报书数量与第一次不同（第一次6份，第二次4份）.+ \/ read\(\) gave 6 inputs the first time and 4 the second/,
    );
    readings = 0;
    const growing = () => (readings++ === 0 ? inputs.slice(0, 2) : inputs);
    await expect(evaluateBatchStreamed(growing, { onResult: () => {} })).rejects.toThrow(
      /第二次更多.+gave 2 inputs the first time and more/,
    );
  });

  it('takes a list as it is: a value with a `then` is an input like any other, never awaited', async () => {
    // biome-ignore lint/suspicious/noThenProperty: the point of the test is an input that looks like a promise
    const thenable = { then: () => 'not called' };
    const inputs = [example('workshop.json'), thenable];
    for (const read of [() => inputs, () => inputs.values()]) {
      const { results } = await streamed(read);
      expect(results.map((r) => r.verdict)).toEqual(['eligible', 'invalid']);
    }
  });

  it('rejects when the second reading gives the inputs in another order, before a result is misplaced', async () => {
    let readings = 0;
    const chain = example('chain.json');
    const workshop = example('workshop.json');
    const swapping = () => (readings++ === 0 ? [chain, workshop] : [workshop, chain]);
    const results: number[] = [];
    await expect(evaluateBatchStreamed(swapping, { onResult: (_r, i) => void results.push(i) })).rejects.toThrow(
      /^第二次读取的第1份申报书与第一次读取的不同：两次读取应按同样的顺序给出同样的申报书 \/ input 1 of the second reading differs/,
    );
    expect(results).toEqual([]);
  });

  it('rejects with the error of a reading that fails', async () => {
    async function* failing() {
      yield example('workshop.json');
      throw new Error('cursor closed');
    }
    await expect(evaluateBatchStreamed(failing, { onResult: () => {} })).rejects.toThrow('cursor closed');
  });

  it.each([
    [{ onResult: 'db' }, 'onResult'],
    [{}, 'onResult'],
    [undefined, 'onResult'],
    [{ onResult: () => {}, onProgress: 1 }, 'onProgress'],
    [{ onResult: () => {}, asOf: '2025-02-30' }, 'asOf'],
  ])('%j: rejects with a TypeError or RangeError naming %s, before reading', async (options, option) => {
    let readings = 0;
    const rejected = evaluateBatchStreamed(() => {
      readings++;
      return [example('workshop.json')];
    }, options as never);
    await expect(rejected).rejects.toThrow(new RegExp(`^选项 ${option}：.+ / option ${option}: `));
    expect(readings).toBe(0);
  });

  it('names a `read` that is not a function, or that gives nothing to read', async () => {
    await expect(evaluateBatchStreamed([example('workshop.json')] as never, { onResult: () => {} })).rejects.toThrow(
      /^选项 read：.+ \/ option read: must be a function/,
    );
    await expect(evaluateBatchStreamed(() => 42 as never, { onResult: () => {} })).rejects.toThrow(
      /^选项 read：应返回申报书的列表或（异步）可迭代对象，实际返回42 \/ option read: must return a list or an \(async\) iterable of inputs, returned 42$/,
    );
  });
});
