import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  type BenchmarkMatchers,
  benchmarkMatchers,
  buildApplication,
  exampleOf,
  examples,
  problemsWith,
  runSpecCase,
  specCases,
} from '../../src/entries/testing.js';
import { evaluate, evaluateSync } from '../../src/index.js';
import { withIndustriesNamed } from '../helpers/examples.js';

expect.extend(benchmarkMatchers);
declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: Vitest declares Matchers<T = any>; a merged declaration repeats it
  interface Matchers<T = any> extends BenchmarkMatchers<T> {}
}

describe('applyPatch (RFC 6902)', () => {
  const doc = Object.freeze({ a: Object.freeze({ b: 1 }), list: Object.freeze([1, 2, 3]) });
  it('adds, removes, replaces, copies and moves, without changing the document', () => {
    expect(
      applyPatch(doc, [
        { op: 'add', path: '/list/-', value: 4 },
        { op: 'add', path: '/list/0', value: 0 },
        { op: 'remove', path: '/list/1' },
        { op: 'replace', path: '/a/b', value: 2 },
        { op: 'copy', from: '/a', path: '/c' },
        { op: 'move', from: '/c/b', path: '/d' },
        { op: 'add', path: '/e~1f', value: 'slash' },
      ]),
    ).toEqual({ a: { b: 2 }, list: [0, 2, 3, 4], c: {}, d: 2, 'e/f': 'slash' });
    expect(doc).toEqual({ a: { b: 1 }, list: [1, 2, 3] });
  });

  it('refuses an operation that cannot apply, naming the path', () => {
    expect(() => applyPatch(doc, [{ op: 'remove', path: '/a/x' }])).toThrow(/\/a\/x/);
    expect(() => applyPatch(doc, [{ op: 'replace', path: '/list/7', value: 1 }])).toThrow(RangeError);
    expect(() => applyPatch(doc, [{ op: 'add', path: '/x/y', value: 1 }])).toThrow(/no x on the way to \/x\/y/);
  });
});

describe('examples and buildApplication', () => {
  it('gives the five eligible examples, frozen, and copies to change', () => {
    expect(Object.keys(examples)).toHaveLength(5);
    expect(Object.isFrozen(examples.chain)).toBe(true);
    const copy = exampleOf('chain');
    copy.id = 'MINE';
    expect((examples.chain as { id: string }).id).not.toBe('MINE');
    // Edition 3: the chain and cluster examples name no industry after 其他 for some participants.
    for (const [direction, example] of Object.entries(examples)) {
      expect(evaluateSync(example).verdict).toBe(
        direction === 'chain' || direction === 'cluster' ? 'needs-correction' : 'eligible',
      );
    }
    expect(evaluateSync(withIndustriesNamed(exampleOf('cluster')))).toBeEligible();
  });

  it('lays overrides over a complete application: objects merged, values replaced, undefined removed', () => {
    const app = buildApplication('digital-workshop', {
      lead: { assessment: { score: 49 }, contact: { phone: undefined } },
      industry: 'food-textiles',
    });
    expect(app.lead.assessment?.score).toBe(49);
    expect(app.lead.assessment?.level).toBe(exampleOf('digital-workshop').lead.assessment.level);
    expect('phone' in app.lead.contact).toBe(false);
    expect(app.industry).toBe('food-textiles');
    expect(() => buildApplication('mining' as never)).toThrow(RangeError);
    // @ts-expect-error a mistyped field is a compile error, not an override that changes nothing
    buildApplication('digital-workshop', { lead: { asessment: { score: 49 } } });
  });
});

const short = buildApplication('digital-workshop', { lead: { assessment: { score: 49 } } });

describe('the matchers', () => {
  it('pass and fail on what evaluate answers', async () => {
    const result = await evaluate(short);
    expect(result).not.toBeEligible();
    expect(result).toHaveCheck('workshop.score', 'fail');
    expect(result).toHaveCheck('workshop.level', 'pass', '/lead');
    expect(result).toFailOn('/lead/assessment/score');
    expect(result).not.toFailOn('/lead/assessment/level');
    expect(evaluateSync(withIndustriesNamed(buildApplication('chain')))).toBeEligible();
  });

  it('name a unit by its pointer or by its credit code, as a report prints it', () => {
    const chain = exampleOf('chain');
    chain.participants[1].creditCode = `${chain.participants[1].creditCode.slice(0, -1)}Z`;
    const result = evaluateSync(withIndustriesNamed(chain));
    const code = chain.participants[1].creditCode as string;
    expect(result).toHaveCheck('form.credit-code', 'fail', '/participants/1');
    expect(result).toHaveCheck('form.credit-code', 'fail', code);
    expect(result).toHaveCheck('form.credit-code', 'fail', code.toLowerCase());
    expect(result).toHaveCheck('form.credit-code', 'pass', chain.lead.creditCode);
    expect(
      benchmarkMatchers.toHaveCheck.call({}, result, 'form.credit-code', 'pass', '91000000000000000X').message(),
    ).toBe('expected check form.credit-code@91000000000000000X to be pass, but there is no such result');
  });

  it('say what the verdict hangs on when they fail', async () => {
    const result = await evaluate(short);
    const failure = benchmarkMatchers.toBeEligible.call({}, result);
    expect(failure.pass).toBe(false);
    expect(failure.message()).toMatch(
      /ineligible:\n {2}fail workshop\.score@\/lead \/lead\/assessment\/score: .*当前49分/,
    );
    expect(benchmarkMatchers.toHaveCheck.call({}, result, 'workshop.score', 'pass').message()).toContain(
      'expected check workshop.score to be pass, but it is fail',
    );
    expect(benchmarkMatchers.toFailOn.call({}, result, '/lead/name').message()).toContain('what fails is elsewhere');
    expect(benchmarkMatchers.toBeEligible.call({}, evaluate(short)).message()).toContain('await evaluate');
  });
});

describe('the spec cases as data, with a runner', () => {
  it('holds every case of tests/spec', () => {
    expect(specCases.map((f) => f.file)).toContain('edition-2.json');
    expect(specCases.flatMap((f) => f.cases).length).toBeGreaterThan(100);
  });

  it('answers [] for a case the library answers as it says, and says how an altered one differs', async () => {
    const c = specCases.flatMap((f) => f.cases).find((x) => x.expect.checks?.['workshop.score'] === 'fail');
    if (c === undefined) throw new Error('no workshop.score case');
    expect(await runSpecCase(c)).toEqual([]);
    const altered = { ...c, expect: { ...c.expect, checks: { 'workshop.score': 'pass' as const } } };
    expect((await runSpecCase(altered))[0]).toMatch(/^workshop\.score: expected pass, got fail/);
    const result = evaluateSync(buildApplication('digital-workshop'));
    expect(problemsWith(result, { verdict: 'ineligible' })).toEqual([
      'verdict: expected ineligible, got eligible (nothing fails)',
    ]);
    // A failing check must name the field the case's patch changed.
    const elsewhere = evaluateSync(short);
    expect(
      problemsWith(elsewhere, { verdict: 'ineligible', checks: { 'workshop.score': 'fail' } }, [
        { op: 'replace', path: '/lead/name', value: 'x' },
      ]),
    ).toEqual(['workshop.score: its fields name none of the fields the patch changed']);
  });
});
