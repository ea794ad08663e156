import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { percentText } from '../../src/entries/report.js';
import {
  type CheckResult,
  defaultPack,
  defaultPackFiles,
  type Evaluation,
  type EvaluationResult,
  evaluate,
  formatTextReport,
  loadRulePack,
  renderHtmlReport,
} from '../../src/index.js';
import { deepFreeze, example, loadExamples, withIndustriesNamed } from '../helpers/examples.js';

function evaluated(result: EvaluationResult): Evaluation {
  if (result.verdict === 'invalid') throw new Error(JSON.stringify(result.errors));
  return result;
}

function check(result: Evaluation, id: string, pointer?: string): CheckResult {
  const found = result.checks.find((c) => c.id === id && (pointer === undefined || c.subject.pointer === pointer));
  if (!found) throw new Error(`no ${id}`);
  return found;
}

/** A copy of the default pack's files with one parameter's value list replaced. */
function packWith(name: string, values: { effectiveFrom: string; value: unknown }[]) {
  const files = structuredClone(defaultPackFiles) as Record<
    string,
    { parameters?: Record<string, { values: unknown }> }
  >;
  const parameters = files['parameters.json']?.parameters;
  if (!parameters?.[name]) throw new Error(name);
  parameters[name].values = values;
  return loadRulePack(files);
}

const clauseIds = [
  ...readFileSync(new URL('../../docs/clauses.md', import.meta.url), 'utf8').matchAll(/^\| `([a-z]+\.[a-z-]+)` +\|/gm),
].map((m) => m[1]);

describe('evaluate', () => {
  it('counts advisory notes apart: an eligible cluster shows no failure, two notes', async () => {
    const result = (await evaluate(withIndustriesNamed(example('cluster.json')))) as Evaluation;
    expect(result.verdict).toBe('eligible');
    expect(result.summary.fail).toBe(0);
    expect(result.summary.advisory).toBe(2);
    expect(result.summary).toMatchObject({ reject: 0, correct: 0, verify: 0 });
    expect(result.checks.filter((c) => c.kind === 'advisory' && c.outcome === 'fail').map((c) => c.id)).toEqual([
      'consortium.priority',
      'consortium.disbursement',
    ]);
    expect(result.checks.filter((c) => c.kind === 'advisory').every((c) => c.action === undefined)).toBe(true);
    const { pass, fail, review, advisory } = result.summary;
    expect(pass + fail + review + result.summary['not-applicable'] + advisory).toBe(result.checks.length);
    expect(formatTextReport('cluster.json', result)).toContain('不符合 0 · 需补正 0 · 需核实 0');
    expect(renderHtmlReport(result)).toContain('不符合 0 项');
  });

  it('shows a value as given, never rounded into the threshold', async () => {
    const input = example('workshop.json') as { lead: { assessment: { score: number } } };
    input.lead.assessment.score = 49.996;
    const score = ((await evaluate(input)) as Evaluation).checks.find((c) => c.id === 'workshop.score');
    expect(score?.message.zh).toContain('当前49.996分（差0.004分）');
    expect(score?.message.en).toContain('it is 49.996 (0.004 short)');
    expect(percentText(0.49996, 0.5)).toBe('49.996%');
    expect(percentText(0.50004, 0.5)).toBe('50.004%');
    expect(percentText(7 / 12, 0.5)).toBe('58.3%');
  });

  it('produces a result for every check of the pack, those of clauses.md among them, on every example', async () => {
    const packIds = new Set(defaultPack().checks.map((c) => c.id));
    for (const id of clauseIds) expect(packIds).toContain(id);
    for (const input of Object.values(loadExamples())) {
      const result = evaluated(await evaluate(input));
      expect(new Set(result.checks.map((c) => c.id))).toEqual(packIds);
    }
  });

  it('gives the examples their verdicts', async () => {
    const verdicts: Record<string, string> = {};
    for (const [file, input] of Object.entries(loadExamples())) verdicts[file] = (await evaluate(input)).verdict;
    // Edition 3: the chain and cluster examples list participants of industry 其他 without naming it
    // (表二 其他：____), for the applicant to correct; the others are eligible.
    expect(verdicts).toEqual({
      'belt-road.json': 'eligible',
      'chain.json': 'needs-correction',
      'cluster.json': 'needs-correction',
      'factory.json': 'eligible',
      'workshop.json': 'eligible',
    });
  });

  it('reports each per-unit check once per unit, naming the unit', async () => {
    const result = evaluated(await evaluate(example('chain.json')));
    const perUnit = result.checks.filter((c) => c.id === 'basic.clean-credit');
    expect(perUnit).toHaveLength(13);
    expect(perUnit[0]?.subject).toMatchObject({
      type: 'unit',
      role: 'lead',
      pointer: '/lead',
      name: '新疆示例铝业集团有限公司',
    });
    expect(perUnit[3]?.subject).toMatchObject({ role: 'participant', index: 2, creditCode: '9165230188BLD5B01L' });
  });

  it('says what was required and what was found', async () => {
    const input = example('workshop.json') as { lead: { assessment: { score: number } } };
    input.lead.assessment.score = 47;
    const score = check(evaluated(await evaluate(input)), 'workshop.score');
    expect(score).toMatchObject({
      outcome: 'fail',
      clause: '二（二）1',
      kind: 'eligibility',
      actual: { score: 47 },
      required: { score: 50 },
    });
    expect(score.message.zh).toBe('数字化车间：数据基础、管理及成效得分应在50分以上（含本数），当前47分（差3分）');
    expect(score.message.en).toBe('Workshop: the score must be 50 or more; it is 47 (3 short)');
  });

  it('names the missing field of a review by its path and Chinese label', async () => {
    const input = example('chain.json') as { participants: Record<string, unknown>[] };
    delete input.participants[4]?.credit;
    const result = evaluated(await evaluate(input));
    const credit = check(result, 'basic.clean-credit', '/participants/4');
    expect(credit.outcome).toBe('review');
    expect(credit.missing).toEqual([{ pointer: '/participants/4/credit', where: '参与单位 › 第5项 › 信用记录' }]);
  });

  it('changes its answer when a parameter of a copied pack changes, with no change to src/', async () => {
    const stricter = packWith('workshop.minScore', [{ effectiveFrom: '2024-01-01', value: 60 }]);
    const input = example('workshop.json');
    expect((await evaluate(input)).verdict).toBe('eligible');
    const result = evaluated(await evaluate(input, { pack: stricter }));
    expect(result.verdict).toBe('ineligible');
    expect(check(result, 'workshop.score').message.zh).toContain('应在60分以上');
    const lenient = packWith('workshop.minScore', [{ effectiveFrom: '2024-01-01', value: 55 }]);
    const at56 = example('workshop.json') as { lead: { assessment: { score: number } } };
    at56.lead.assessment.score = 56;
    expect(check(evaluated(await evaluate(at56, { pack: lenient })), 'workshop.score').outcome).toBe('pass');
    expect(check(evaluated(await evaluate(at56, { pack: stricter })), 'workshop.score').outcome).toBe('fail');
  });

  it('uses the parameter value in effect on the evaluation date', async () => {
    const pack = packWith('workshop.minScore', [
      { effectiveFrom: '2024-01-01', value: 50 },
      { effectiveFrom: '2025-06-01', value: 60 },
    ]);
    const input = example('workshop.json');
    expect(check(evaluated(await evaluate(input, { pack })), 'workshop.score').required).toEqual({ score: 50 });
    const later = evaluated(await evaluate(input, { pack, asOf: '2025-06-01' }));
    expect(check(later, 'workshop.score')).toMatchObject({ outcome: 'fail', required: { score: 60 } });
    expect(later.evaluationDate).toBe('2025-06-01');
  });

  it('answers review for a check whose parameter is not yet in effect', async () => {
    const pack = packWith('workshop.minScore', [{ effectiveFrom: '2026-01-01', value: 50 }]);
    const result = evaluated(await evaluate(example('workshop.json'), { pack }));
    expect(check(result, 'workshop.score')).toMatchObject({ outcome: 'review' });
    expect(check(result, 'workshop.score').message.zh).toContain('尚未生效');
    expect(result.verdict).toBe('needs-review');
  });

  it('answers review for every unit of a per-unit check whose parameter is not yet in effect', async () => {
    const pack = packWith('basic.adverseRecordKinds', [
      { effectiveFrom: '2026-01-01', value: ['dishonest-judgment-debtor'] },
    ]);
    const result = evaluated(await evaluate(example('chain.json'), { pack }));
    const cleanCredit = result.checks.filter((c) => c.id === 'basic.clean-credit');
    expect(cleanCredit).toHaveLength(13);
    for (const c of cleanCredit) {
      expect(c.outcome).toBe('review');
      expect(c.message.zh).toContain('尚未生效');
    }
  });

  it('evaluates on a date before any parameter takes effect: the checks that need one are review', async () => {
    const result = evaluated(await evaluate(example('chain.json'), { asOf: '2023-06-01' }));
    expect(result.verdict).toBe('needs-review');
    const score = check(result, 'basic.clean-credit', '/participants/11');
    expect(score).toMatchObject({ outcome: 'review' });
    expect(score.message.zh).toContain('评估日期2023-06-01时本项所用参数尚未生效');
    // Checks that name no parameter are still answered from the data.
    expect(check(result, 'basic.registered-in-china').outcome).toBe('pass');
  });

  it('returns invalid with the model’s issues for input that is not an application', async () => {
    for (const input of [null, 'x', [], { direction: 'chain', industry: 7 }, { direction: 'chain', extra: 1 }]) {
      const result = await evaluate(input);
      expect(result.verdict).toBe('invalid');
      if (result.verdict === 'invalid') expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it('rejects bad options, naming the option (never as the application being invalid)', async () => {
    const input = example('workshop.json');
    const bad = [{ asOf: '2025-02-30' }, { stage: 'final' }, { pack: { checks: [] } }, 'options'];
    for (const options of bad) await expect(evaluate(input, options as never)).rejects.toHaveProperty('option');
  });

  it('does not mutate a deep-frozen input, and answers the same twice', async () => {
    const input = deepFreeze(withIndustriesNamed(example('cluster.json')));
    const first = JSON.stringify(await evaluate(input));
    const second = JSON.stringify(await evaluate(input));
    expect(second).toBe(first);
    expect(JSON.parse(first).verdict).toBe('eligible');
  });

  it('answers the same after a caller changed every part of an earlier answer (nothing shared is writable)', async () => {
    /** Push onto every array and add a key to every object of an answer, where it lets us. */
    const scribble = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      for (const child of Object.values(value)) scribble(child);
      try {
        if (Array.isArray(value)) value.push('scribbled');
        else (value as Record<string, unknown>).scribbled = true;
      } catch {
        // frozen: shared between answers, so it refuses the change
      }
    };
    const noDirection = { ...(example('workshop.json') as Record<string, unknown>), direction: undefined };
    const names = ['workshop', 'factory', 'chain', 'cluster', 'belt-road'];
    const inputs = names.map((name) => example(`${name}.json`));
    for (const input of [...inputs, noDirection]) {
      for (const detail of ['full', 'compact'] as const) {
        const options = { detail, mode: 'draft' } as const;
        const first = await evaluate(input, options);
        const expected = JSON.stringify(first);
        scribble(first);
        expect(JSON.stringify(await evaluate(input, options)), `${expected.slice(0, 200)}, ${detail}`).toBe(expected);
      }
    }
  });

  it('answers many evaluations at once without mixing them up', async () => {
    const inputs = Array.from({ length: 40 }, (_, i) => {
      const input = example('workshop.json') as { lead: { assessment: { score: number } } };
      input.lead.assessment.score = 30 + i;
      return input;
    });
    const results = await Promise.all(inputs.map((input) => evaluate(input)));
    results.forEach((result, i) => {
      expect(check(evaluated(result), 'workshop.score').actual).toEqual({ score: 30 + i });
      expect(result.verdict).toBe(30 + i >= 50 ? 'eligible' : 'ineligible');
    });
  });

  it('leaves the checks across applications to evaluateBatch', async () => {
    const result = evaluated(await evaluate(example('chain.json')));
    expect(check(result, 'joint.duplicate-consortium')).toMatchObject({ outcome: 'not-applicable' });
    expect(check(result, 'joint.duplicate-consortium').message.zh).toContain('批量评估时检查');
    expect(check(result, 'joint.duplicate-consortium').message.en).toContain('evaluateBatch');
  });
});
