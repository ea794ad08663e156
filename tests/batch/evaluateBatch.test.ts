import { describe, expect, it } from 'vitest';
import { type CheckResult, type EvaluationResult, evaluate, evaluateBatch } from '../../src/index.js';
import { alikePair, clusterLedByChainLead } from '../helpers/batches.js';
import { deepFreeze, eligibleExample, example } from '../helpers/examples.js';

function check(result: EvaluationResult | undefined, id: string): CheckResult {
  if (!result || result.verdict === 'invalid') throw new Error('invalid');
  const found = result.checks.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe('evaluateBatch: one selection per lead (二（一）3)', () => {
  const chain = { ...eligibleExample('chain.json'), id: 'CHAIN-1' };
  const cluster = clusterLedByChainLead();

  it('flags a lead of a chain and a cluster application for review at submission, on both', async () => {
    const batch = await evaluateBatch([chain, cluster, example('workshop.json')]);
    for (const r of batch.results.slice(0, 2)) {
      expect(check(r, 'joint.single-lead-selection').outcome).toBe('review');
      expect(r.verdict).toBe('needs-review');
    }
    expect(check(batch.results[0], 'joint.single-lead-selection').message.zh).toContain('申报书 CLUSTER-1（第2份');
    expect(check(batch.results[2], 'joint.single-lead-selection').outcome).toBe('not-applicable');
    expect(batch.leadsInSeveralApplications).toEqual([
      {
        creditCode: '91652301QWWBA74896',
        name: '新疆示例铝业集团有限公司',
        applications: [
          { index: 0, id: 'CHAIN-1', direction: 'chain' },
          { index: 1, id: 'CLUSTER-1', direction: 'cluster' },
        ],
      },
    ]);
  });

  it('fails all but the selected one at selection', async () => {
    const batch = await evaluateBatch([chain, cluster], { stage: 'selection', selected: ['CLUSTER-1'] });
    expect(check(batch.results[1], 'joint.single-lead-selection').outcome).toBe('pass');
    expect(check(batch.results[0], 'joint.single-lead-selection').outcome).toBe('fail');
    expect(batch.results[0]?.verdict).toBe('ineligible');
    expect(check(batch.results[0], 'joint.single-lead-selection').message.zh).toContain('CLUSTER-1');
    const byIndex = await evaluateBatch([chain, cluster], { stage: 'selection', selected: [0] });
    expect(byIndex.results.map((r) => check(r, 'joint.single-lead-selection').outcome)).toEqual(['pass', 'fail']);
  });

  it('lets participants join any number of consortia', async () => {
    const other = eligibleExample('chain.json') as Record<string, unknown> & { lead: Record<string, unknown> };
    other.lead = (eligibleExample('cluster.json') as { lead: Record<string, unknown> }).lead;
    other.narrative = { projectOverview: '完全不同的项目内容：冷链物流与食品追溯。', outcomes: '冷库能耗下降。' };
    const batch = await evaluateBatch([chain, other]);
    expect(batch.results.map((r) => check(r, 'joint.single-lead-selection').outcome)).toEqual(['pass', 'pass']);
    expect(batch.duplicates).toEqual([]);
  });
});

describe('evaluateBatch: duplicate consortia (二（一）3)', () => {
  it('puts both of two consortia alike in units and content to review, each naming the other with the evidence', async () => {
    const [original, copy] = alikePair();
    const batch = await evaluateBatch([original, copy]);
    expect(batch.duplicates[0]?.sharedPassagesCut).toBeUndefined();
    expect(batch.duplicates).toHaveLength(1);
    expect(batch.duplicates[0]?.sharedUnits.length).toBe(11);
    for (const [r, other] of [
      [batch.results[0], 'B'],
      [batch.results[1], 'A'],
    ] as const) {
      const dup = check(r, 'joint.duplicate-consortium');
      // Edition 2: the clerk disqualifies, not the library.
      expect(dup.outcome).toBe('review');
      expect(dup.message.zh).toContain(`申报书 ${other}`);
      expect(dup.message.zh).toMatch(
        /参与单位相似度[\d.]+%，共有单位11家，如.+（\d{6}.+）；申报内容相似度[\d.]+%，相同段落：“/,
      );
      expect(dup.message.zh).toContain('请核实');
      expect(dup.action).toBe('verify');
      // A has only the clerk's check left (核实); B's joint agreement lacks two seals too (补正).
      expect(r?.verdict).toBe(other === 'B' ? 'needs-review' : 'needs-correction');
    }
  });

  it('finds the same pair with no evidence budget, and says the passages were not all listed', async () => {
    const [original, copy] = alikePair();
    const full = await evaluateBatch([original, copy]);
    const cut = await evaluateBatch([original, copy], { evidenceBudget: 0 });
    expect(cut.duplicates.map(({ sharedPassages, sharedPassagesCut, ...pair }) => pair)).toEqual(
      full.duplicates.map(({ sharedPassages, ...pair }) => pair),
    );
    expect(cut.duplicates[0]?.sharedPassages).toEqual([]);
    expect(cut.duplicates[0]?.sharedPassagesCut).toBe(true);
    const dup = check(cut.results[0], 'joint.duplicate-consortium');
    expect(dup.outcome).toBe('review');
    expect(dup.message.zh).toMatch(/申报内容相似度[\d.]+%，相同段落未全部列出）/);
    expect(dup.message.en).toMatch(/content [\d.]+% alike; not every shared passage listed\)/);
  });
});

describe('evaluateBatch: a batch never stops', () => {
  it('reports bad inputs in place, goes on, and reports progress', async () => {
    const seen: [number, number][] = [];
    const inputs = [
      example('workshop.json'),
      null,
      '{not json',
      { direction: 'chain', industry: 7 },
      example('factory.json'),
    ];
    const batch = await evaluateBatch(deepFreeze(inputs), { onProgress: (d, t) => seen.push([d, t]) });
    expect(batch.results.map((r) => r.verdict)).toEqual(['eligible', 'invalid', 'invalid', 'invalid', 'eligible']);
    expect(seen).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(batch.summary).toEqual({
      total: 5,
      eligible: 2,
      ineligible: 0,
      needsCorrection: 0,
      needsReview: 0,
      invalid: 3,
    });
  });

  it('survives a progress callback that throws', async () => {
    const batch = await evaluateBatch([example('workshop.json')], {
      onProgress: () => {
        throw new Error('display broke');
      },
    });
    expect(batch.results[0]?.verdict).toBe('eligible');
  });

  it('answers as evaluate does for each application on its own checks', async () => {
    const inputs = [example('workshop.json'), eligibleExample('chain.json'), example('belt-road.json')];
    const batch = await evaluateBatch(inputs);
    for (const [i, input] of inputs.entries()) {
      const alone = await evaluate(input);
      const together = batch.results[i];
      if (alone.verdict === 'invalid' || !together || together.verdict === 'invalid') throw new Error('invalid');
      const strip = (checks: readonly CheckResult[]) => checks.filter((c) => !c.id.startsWith('joint.'));
      expect(strip(together.checks)).toEqual(strip(alone.checks));
      expect(together.verdict).toBe(alone.verdict);
    }
  });
});

describe('evaluateBatch over iterables', () => {
  const inputs = ['chain.json', 'cluster.json', 'workshop.json'].map((f) => eligibleExample(f));

  it('answers a generator and an async iterable as it answers the list', async () => {
    const fromList = await evaluateBatch(inputs);
    function* generated() {
      yield* inputs;
    }
    async function* streamed() {
      for (const input of inputs) yield input;
    }
    expect(await evaluateBatch(generated())).toEqual(fromList);
    expect(await evaluateBatch(streamed())).toEqual(fromList);
  });

  it('answers what it read when the inputs stop coming, and says so in their place', async () => {
    async function* failing() {
      yield inputs[0];
      throw new Error('disk gone');
    }
    const batch = await evaluateBatch(failing());
    expect(batch.results.map((r) => r.verdict)).toEqual(['eligible', 'invalid']);
    const last = batch.results[1];
    if (last?.verdict !== 'invalid') throw new Error('not reported');
    expect(last.errors[0]?.message.zh).toContain('disk gone');
  });

  it('takes a list as it is: a value with a `then` is an input like any other', async () => {
    // biome-ignore lint/suspicious/noThenProperty: the point of the test is an input that looks like a promise
    const thenable = { then: () => 'not called' };
    const batch = await evaluateBatch([inputs[0], thenable]);
    expect(batch.results.map((r) => r.verdict)).toEqual(['eligible', 'invalid']);
  });
});

describe('evaluateBatch: the options only a batch has are the caller’s too', () => {
  const inputs = [example('workshop.json')];
  it.each([
    [{ selected: 'CJ-001' }, TypeError, 'selected'],
    [{ selected: [{ id: 'CJ-001' }] }, TypeError, 'selected'],
    [{ onProgress: 'bar' }, TypeError, 'onProgress'],
    [{ evidenceBudget: -5 }, RangeError, 'evidenceBudget'],
    [{ evidenceBudget: 'all' }, TypeError, 'evidenceBudget'],
  ])('%j: rejects with a %s naming it, before any input is read', async (options, kind, option) => {
    let read = false;
    function* source() {
      read = true;
      yield* inputs;
    }
    const rejected = evaluateBatch(source(), options as never);
    await expect(rejected).rejects.toThrow(kind);
    await expect(rejected).rejects.toThrow(new RegExp(`^选项 ${option}：.+ / option ${option}: `));
    expect(read).toBe(false);
  });

  it('names the element of selected that is neither an id nor an index, by its path', async () => {
    await expect(evaluateBatch(inputs, { selected: ['CJ-001', { id: 'CJ-002' }] } as never)).rejects.toThrow(
      /^选项 selected：.+其中 selected\[1\] 为\{对象\} \/ option selected: .+but selected\[1\] is \{an object\}$/,
    );
  });

  it('takes ids and indexes as selected, and Infinity as the evidence budget', async () => {
    const batch = await evaluateBatch(inputs, { stage: 'selection', selected: ['WS-1', 0], evidenceBudget: Infinity });
    expect(batch.results.map((r) => r.verdict)).toEqual(['eligible']);
  });
});
