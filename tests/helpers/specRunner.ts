import { describe, expect, it } from 'vitest';
import { problemsWith } from '../../src/entries/testing.js';
import { type EvaluationResult, evaluate, evaluateBatch, type RulePack } from '../../src/index.js';
import { applicationOf, loadSpecCases } from './spec.js';

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
          // The kit's reading of a case: verdict, outcomes, message fragments, and that a failing
          // check names the field the case's patch changed.
          expect(problemsWith(batch.results[i] as EvaluationResult, e, c.batch?.[i]?.patch)).toEqual([]);
          expectEnglishOwnWords(batch.results[i] as EvaluationResult, applicantTexts(inputs));
        });
        return;
      }
      const input = applicationOf(c, examplesDir);
      const result = await evaluate(input, withPack(c.options));
      expect(problemsWith(result, c.expect, c.patch)).toEqual([]);
      // English messages hold no Chinese but the applicant's own words (a name, an address).
      expectEnglishOwnWords(result, applicantTexts([input]));
    });
  });
}
