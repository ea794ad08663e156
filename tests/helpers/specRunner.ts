import { describe, expect, it } from 'vitest';
import { type EvaluationResult, evaluate, evaluateBatch, type RulePack } from '../../src/index.js';
import { applicationOf, loadSpecCases, resultsFor, type SpecExpectation, worst } from './spec.js';

const han = /\p{Script=Han}+/gu;

/** Every text of the applications, as given, trimmed and without white space: what English may quote. */
function applicantTexts(applications: readonly unknown[]): string[] {
  const texts = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      if (!han.test(value)) return;
      han.lastIndex = 0;
      for (const t of [value, value.trim(), value.replace(/\s/g, '')]) if (t !== '') texts.add(t);
    } else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  applications.forEach(visit);
  return [...texts].sort((a, b) => b.length - a.length);
}

/**
 * The Han characters of an English message that are not the applicant's own words: a name, an
 * address, a scenario's name, or (eight characters or more) a passage quoted from its texts.
 */
function hanNotFromApplicant(english: string, texts: readonly string[]): string[] {
  let rest = english;
  for (const t of texts) rest = rest.split(t).join(' ');
  const joined = texts.join('\n');
  return [...rest.matchAll(han)].map((m) => m[0]).filter((run) => run.length < 8 || !joined.includes(run));
}

function expectEnglishOwnWords(result: EvaluationResult, texts: readonly string[]) {
  if (result.verdict === 'invalid') return;
  for (const c of result.checks) {
    expect(hanNotFromApplicant(c.message.en, texts), `${c.id}${c.subject.pointer}: ${c.message.en}`).toEqual([]);
    expect(c.title.en).not.toMatch(han);
  }
}

function expectAnswer(result: EvaluationResult, expected: SpecExpectation) {
  if (expected.verdict === 'invalid') {
    expect(result.verdict).toBe('invalid');
    if (result.verdict === 'invalid') expect(result.errors.map((e) => e.pointer)).toEqual(expected.errors ?? []);
    return;
  }
  if (result.verdict === 'invalid') throw new Error(JSON.stringify(result.errors, null, 2));
  const failing = result.checks.filter((x) => x.outcome === 'fail' || x.outcome === 'review');
  const context = failing.map((x) => `${x.outcome} ${x.id}${x.subject.pointer}: ${x.message.zh}`).join('\n');
  expect(result.verdict, context).toBe(expected.verdict);
  for (const [key, outcome] of Object.entries(expected.checks ?? {})) {
    const results = resultsFor(result.checks, key);
    expect(results.length, `no result for ${key}`).toBeGreaterThan(0);
    expect(worst(results), `${key}: ${results.map((r) => r.message.zh).join(' | ')}`).toBe(outcome);
  }
  for (const [key, fragments] of Object.entries(expected.messages ?? {})) {
    const results = resultsFor(result.checks, key);
    const text = results.map((r) => r.message.zh).join('\n');
    for (const fragment of fragments) expect(text).toContain(fragment);
  }
}

/** Whether a field a result names is the pointer a patch changed, inside it, or holds it. */
function related(field: string, pointer: string): boolean {
  return field === pointer || pointer.startsWith(`${field}/`) || field.startsWith(`${pointer}/`);
}

/**
 * Each check a case expects to fail or go to review names, among its `fields`, the field the case's
 * patch changed: the form can show the message there.
 */
function expectFieldsNamePatch(
  result: EvaluationResult,
  expected: SpecExpectation,
  patch: readonly { path: string }[] | undefined,
) {
  if (result.verdict === 'invalid' || patch === undefined || patch.length === 0) return;
  for (const [key, outcome] of Object.entries(expected.checks ?? {})) {
    if (outcome !== 'fail' && outcome !== 'review') continue;
    const results = resultsFor(result.checks, key).filter((r) => r.outcome === outcome);
    const named = results.some((r) => r.fields.some((f) => patch.some((op) => related(f, op.path))));
    expect(
      named,
      `${key} ${outcome}: fields ${results.map((r) => JSON.stringify(r.fields)).join(' ')} name none of ${patch.map((op) => op.path).join(', ')}`,
    ).toBe(true);
  }
}

/**
 * Run the cases of a folder as tests: each application (or batch) evaluated, its verdict, outcomes
 * and message fragments as the case says, and no Chinese in English but the applicant's own words.
 * The executable spec's cases with the default pack unless told.
 */
export function runSpecCases(options: { casesDir?: string; examplesDir?: string; pack?: RulePack } = {}) {
  const { casesDir, examplesDir, pack } = options;
  const withPack = <T extends object | undefined>(o: T) => (pack === undefined ? o : { ...o, pack });
  describe.each(loadSpecCases(casesDir))('spec $file', ({ cases }) => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      if (c.batch !== undefined) {
        const inputs = c.batch.map((b) => applicationOf(b, examplesDir));
        const batch = await evaluateBatch(inputs, withPack(c.options));
        const expected = c.expect.results ?? [];
        expect(batch.results.length).toBe(expected.length);
        expected.forEach((e, i) => {
          expectAnswer(batch.results[i] as EvaluationResult, e);
          expectFieldsNamePatch(batch.results[i] as EvaluationResult, e, c.batch?.[i]?.patch);
          expectEnglishOwnWords(batch.results[i] as EvaluationResult, applicantTexts(inputs));
        });
        return;
      }
      const input = applicationOf(c, examplesDir);
      const result = await evaluate(input, withPack(c.options));
      expectAnswer(result, c.expect);
      expectFieldsNamePatch(result, c.expect, c.patch);
      // English messages hold no Chinese but the applicant's own words (a name, an address).
      expectEnglishOwnWords(result, applicantTexts([input]));
    });
  });
}
