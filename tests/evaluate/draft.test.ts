import { describe, expect, it } from 'vitest';
import {
  type CheckResult,
  type EvaluationResult,
  evaluate,
  evaluateBatch,
  evaluateSync,
  findDuplicateConsortia,
} from '../../src/index.js';
import { deepFreeze, example, loadExamples } from '../helpers/examples.js';

function checks(result: EvaluationResult): readonly CheckResult[] {
  if (result.verdict === 'invalid') throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.checks;
}

/** Every path to a value inside `value` (keys and indexes), parents before children. */
function pathsIn(value: unknown, base: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = [...base, Array.isArray(value) ? Number(k) : k];
    return [path, ...pathsIn(v, path)];
  });
}

function without(value: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

describe("mode: 'draft', a 申报书 still being filled in", () => {
  it('runs the checks when 联系电话 is left out, and names it where it is required', () => {
    const draft = example('workshop.json') as { lead: { contact: Record<string, unknown> } };
    delete draft.lead.contact.phone;
    // Edition 3: a key left out is a correction, not an unreadable 申报书, when submitted too.
    expect(evaluateSync(draft)).toEqual(evaluateSync(draft, { mode: 'draft' }));
    const result = evaluateSync(deepFreeze(draft), { mode: 'draft' });
    expect(result.verdict).toBe('needs-correction');
    expect(result.verdict !== 'invalid' && result.corrections.map((c) => c.field.zh)).toEqual([
      '表一申报（牵头）单位的“联系电话”',
    ]);
    const required = checks(result).find((c) => c.id === 'form.required-fields');
    expect(required?.outcome).toBe('fail');
    expect(required?.fields[0]).toBe('/lead/contact/phone');
    expect(required?.message.zh).toContain('联系电话');
    // Everything that does not read 联系电话 ran as for the complete application.
    const readsPhone = (c: { fields: readonly string[]; missing: readonly { pointer: string }[] }) =>
      c.fields.includes('/lead/contact/phone') || c.missing.some((m) => m.pointer === '/lead/contact/phone');
    const complete = checks(evaluateSync(example('workshop.json')));
    const others = (list: typeof complete) => list.filter((c) => c.id !== 'form.required-fields' && !readsPhone(c));
    expect(others(checks(result))).toEqual(others(complete));
    expect(others(complete).length).toBeGreaterThan(complete.length / 2);
  });

  it('puts a check that needs a number left out to review, at that field: 得分', async () => {
    const draft = example('workshop.json') as { lead: { assessment: Record<string, unknown> } };
    delete draft.lead.assessment.score;
    const result = await evaluate(draft, { mode: 'draft' });
    const score = checks(result).find((c) => c.id === 'workshop.score');
    expect(score?.outcome).toBe('review');
    expect(score?.fields[0]).toBe('/lead/assessment/score');
    expect(score?.missing.map((m) => m.pointer)).toEqual(['/lead/assessment/score']);
    expect(score?.action).toBe('correct');
    expect(result.verdict).toBe('needs-correction');
  });

  it('reads a level left out as not given, not as 未定级 (null is an answer)', () => {
    const draft = example('workshop.json') as { lead: { assessment: Record<string, unknown> } };
    delete draft.lead.assessment.level;
    const level = checks(evaluateSync(draft, { mode: 'draft' })).find((c) => c.id === 'workshop.level');
    expect(level?.outcome).toBe('review');
    expect(level?.fields[0]).toBe('/lead/assessment/level');
    // 未定级 with 验收 declared passed contradicts itself (edition 3): for the applicant to correct.
    draft.lead.assessment.level = null;
    const ungraded = checks(evaluateSync(draft, { mode: 'draft' })).find((c) => c.id === 'workshop.level');
    expect([ungraded?.outcome, ungraded?.action]).toEqual(['review', 'correct']);
  });

  it('keeps what cannot be read as an issue at its field: a wrong type, an unknown key', () => {
    const draft = example('workshop.json') as {
      lead: Record<string, unknown> & { assessment: Record<string, unknown> };
    };
    delete draft.lead.assessment.score;
    draft.lead.assessment.level = '二级';
    draft.lead.nickname = '示例';
    const result = evaluateSync(draft, { mode: 'draft' });
    expect(result.verdict).toBe('invalid');
    if (result.verdict === 'invalid') {
      expect(result.errors.map((e) => e.pointer).sort()).toEqual(['/lead/assessment/level', '/lead/nickname']);
    }
  });

  it('reads a 申报书 with no direction or date yet (edition 3): the checks that wait on them ask for them', () => {
    const draft = example('workshop.json') as Record<string, unknown>;
    delete draft.direction;
    delete draft.submittedOn;
    for (const mode of ['draft', 'strict'] as const) {
      const result = evaluateSync(draft, { mode });
      if (result.verdict === 'invalid') throw new Error('not read');
      expect(result.verdict).toBe('needs-correction');
      expect(result.corrections.map((c) => c.pointer).sort()).toEqual(['/direction', '/submittedOn']);
      // A check of one direction waits on the direction; one of every direction runs.
      expect(checks(result).find((c) => c.id === 'workshop.score')).toMatchObject({
        outcome: 'review',
        action: 'correct',
      });
      expect(checks(result).find((c) => c.id === 'form.introduction-length')?.outcome).toBe('pass');
    }
  });

  it('reads a cleared number or date box (null, "") in a draft as unfilled, not as an unreadable form', () => {
    const draft = example('workshop.json') as {
      lead: { assessment: Record<string, unknown>; project: Record<string, unknown> };
    };
    draft.lead.assessment.score = null;
    draft.lead.project.acceptedOn = '';
    expect(evaluateSync(draft).verdict).toBe('invalid');
    const result = evaluateSync(draft, { mode: 'draft' });
    if (result.verdict === 'invalid') throw new Error(JSON.stringify(result.errors));
    expect(checks(result).find((c) => c.id === 'workshop.score')).toMatchObject({
      outcome: 'review',
      action: 'correct',
    });
    expect(result.corrections.map((c) => c.pointer)).toContain('/lead/assessment/score');
  });

  it('never fails to evaluate, whatever single field of an example is left out', () => {
    let tried = 0;
    for (const application of Object.values(loadExamples())) {
      for (const path of pathsIn(application)) {
        const result = evaluateSync(without(application, path), { mode: 'draft' });
        tried++;
        if (result.verdict === 'invalid') {
          // Edition 3: no field left out makes a draft unreadable.
          throw new Error(`${path.join('/')}: ${JSON.stringify(result.errors)}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(500);
  });

  it('reads a draft that leaves out more fields than a list of issues shows (over 200)', () => {
    const draft = example('chain.json') as { participants: Record<string, unknown>[] };
    draft.participants = Array.from({ length: 80 }, (_, i) => ({ name: `参与企业${i + 1}` }));
    const result = evaluateSync(draft, { mode: 'draft' });
    expect(result.verdict).not.toBe('invalid');
    const required = checks(result).find((c) => c.id === 'form.required-fields');
    expect(required?.outcome).toBe('fail');
    expect(required?.missing.length).toBeGreaterThan(200);
  });

  it('reads a batch of drafts', async () => {
    const draft = example('chain.json') as { lead: { contact: Record<string, unknown> } };
    delete draft.lead.contact.phone;
    const batch = await evaluateBatch([draft, example('workshop.json')], { mode: 'draft' });
    expect(batch.results.map((r) => r.verdict)).toEqual(['needs-correction', 'eligible']);
  });
});

describe('options are the caller’s: a bad one throws or rejects, naming it', () => {
  const workshop = example('workshop.json');
  it.each([
    [{ asOf: '2025-13-01' }, RangeError, 'asOf'],
    [{ asOf: 20250101 }, TypeError, 'asOf'],
    [{ stage: 'final' }, RangeError, 'stage'],
    [{ mode: 'sketch' }, RangeError, 'mode'],
    [{ engine: 'fast' }, RangeError, 'engine'],
    [{ pack: { checks: [] } }, TypeError, 'pack'],
    ['2025-01-01', TypeError, 'options'],
  ])('%j: %s', async (options, kind, option) => {
    const sync = () => evaluateSync(workshop, options as never);
    expect(sync).toThrow(kind);
    expect(sync).toThrow(new RegExp(`^选项 ${option}：.+ / option ${option}: `));
    await expect(evaluate(workshop, options as never)).rejects.toThrow(kind);
    await expect(evaluateBatch([workshop], options as never)).rejects.toMatchObject({ option });
  });

  it('refuses the reference engine in evaluateSync, which answers at once', () => {
    expect(() => evaluateSync(workshop, { engine: 'json-rules-engine' })).toThrow(RangeError);
  });

  it('still answers a bad application, however bad, with invalid, not an error', async () => {
    for (const input of [null, 42, '申报书', [], { direction: 'chain', industry: 7 }]) {
      expect((await evaluate(input)).verdict).toBe('invalid');
      expect(evaluateSync(input, { mode: 'draft' }).verdict).toBe('invalid');
    }
  });
});

describe('a mistyped option', () => {
  it('is named, not ignored: evaluate, evaluateSync, evaluateBatch and findDuplicateConsortia', async () => {
    const workshop = example('workshop.json');
    expect(() => evaluateSync(workshop, { mdoe: 'draft' } as never)).toThrow(
      /^选项 mdoe：不是可用的选项（拼写是否有误？），可用的选项为：asOf, pack, stage, engine, mode, detail, lang \/ option mdoe: is not an option/,
    );
    await expect(evaluate(workshop, { asof: '2025-05-01' } as never)).rejects.toMatchObject({ option: 'asof' });
    await expect(evaluateBatch([workshop], { onprogress: () => {} } as never)).rejects.toMatchObject({
      option: 'onprogress',
    });
    // A batch's own options are options of a batch.
    await expect(evaluateBatch([workshop], { selected: [], evidenceBudget: 10 })).resolves.toBeDefined();
    expect(() => findDuplicateConsortia([], { unitSimilarty: 0.5 } as never)).toThrow(/unitSimilarty/);
  });
});
