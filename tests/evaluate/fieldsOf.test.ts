import { describe, expect, it } from 'vitest';
import { type CheckResult, type EvaluationResult, evaluateSync } from '../../src/index.js';
import { example, loadExamples } from '../helpers/examples.js';

function check(result: EvaluationResult, id: string, pointer?: string): CheckResult {
  if (result.verdict === 'invalid') throw new Error(JSON.stringify(result.errors));
  const found = result.checks.find((c) => c.id === id && (pointer === undefined || c.subject.pointer === pointer));
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('fields: where a form shows each result', () => {
  it('names the score first when 得分 is below the line', () => {
    const workshop = example('workshop.json') as { lead: { assessment: { score: number } } };
    workshop.lead.assessment.score = 49;
    const score = check(evaluateSync(workshop), 'workshop.score');
    expect(score.outcome).toBe('fail');
    expect(score.fields[0]).toBe('/lead/assessment/score');
    // Not for all directions: the direction decides that it applies, listed after what it reads.
    expect(score.fields.at(-1)).toBe('/direction');
  });

  it('names the blank field first when a required field is left empty', () => {
    const workshop = example('workshop.json') as { lead: { contact: { phone: string } } };
    workshop.lead.contact.phone = '';
    const required = check(evaluateSync(workshop), 'form.required-fields');
    expect(required.outcome).toBe('fail');
    expect(required.fields[0]).toBe('/lead/contact/phone');
    expect(required.fields).toContain('/lead/name');
  });

  it("names a participant's own field for a check about that participant", () => {
    const chain = example('chain.json') as { participants: { creditCode: string }[] };
    (chain.participants[2] as { creditCode: string }).creditCode = '91652300MA7BJT2K5X';
    const code = check(evaluateSync(chain), 'form.credit-code', '/participants/2');
    expect(code.outcome).not.toBe('pass');
    expect(code.fields[0]).toBe('/participants/2/creditCode');
  });

  it('lists the fields in the order of the form, what decides whether the check applies last', () => {
    const result = evaluateSync(example('chain.json'));
    if (result.verdict === 'invalid') throw new Error('invalid');
    const platform = check(result, 'consortium.platform');
    expect(platform.fields.slice(0, 2)).toEqual(['/consortium/platform/name', '/consortium/platform/status']);
    const duplicate = check(result, 'joint.duplicate-consortium');
    // Checked across applications: the fields its evidence comes from, and the ID that names it.
    expect(duplicate.fields).toEqual([
      '/lead/creditCode',
      '/participants',
      '/consortium/empowerment',
      '/narrative',
      '/id',
      '/direction',
    ]);
  });

  it('gives every result of every example at least one field', () => {
    for (const [name, application] of Object.entries(loadExamples())) {
      const result = evaluateSync(application);
      if (result.verdict === 'invalid') throw new Error(name);
      expect(result.checks.filter((c) => c.fields.length === 0).map((c) => c.id)).toEqual([]);
    }
  });
});
