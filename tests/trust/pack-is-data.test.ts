import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/entries/report.js';
import { defaultPackFiles, evaluate, loadRulePack, RulePackError } from '../../src/index.js';
import { example } from '../helpers/examples.js';

type Files = Record<string, { checks?: Record<string, unknown>[] }>;

function withCheck(change: (check: Record<string, unknown>) => void): Files {
  const files = structuredClone(defaultPackFiles) as Files;
  const check = files['basic.json']?.checks?.find((c) => c.id === 'basic.industry') as Record<string, unknown>;
  change(check);
  return files;
}

function refused(files: Files): boolean {
  try {
    loadRulePack(files);
    return false;
  } catch (error) {
    expect(error).toBeInstanceOf(RulePackError);
    return true;
  }
}

describe('a rule pack from outside is data, never code', () => {
  it('refuses facts, operators and paths that name JavaScript internals', () => {
    for (const leaf of [
      { fact: 'constructor', operator: 'equal', value: 1 },
      { fact: 'application', operator: 'constructor', value: 1 },
      { fact: 'application', path: "$['constructor']", operator: 'equal', value: 1 },
      { fact: 'application', path: '$..*', operator: 'equal', value: 1 },
      { fact: 'scenariosAtLevel', params: JSON.parse('{"__proto__": {"level": 2}}'), operator: 'equal', value: 1 },
    ]) {
      const files = withCheck((c) => {
        c.pass = leaf;
      });
      expect(refused(files), JSON.stringify(leaf)).toBe(true);
    }
    expect(({} as { level?: unknown }).level).toBeUndefined();
  });

  it.each(['$.constructor.name', '$.constructor.prototype', '$.lead.__proto__'])(
    'accepts the well-formed path %s, and it reaches nothing outside the facts',
    async (path) => {
      const files = withCheck((c) => {
        c.pass = { name: 'probe', fact: 'application', path, operator: 'notEqual', value: null };
        // Its messages name what it now provides (the loader refuses a message naming anything else).
        c.zh = { pass: '探针：{actual.probe}', fail: '探针：{actual.probe}' };
        c.en = { pass: 'probe: {actual.probe}', fail: 'probe: {actual.probe}' };
        delete c.actions;
      });
      expect(refused(files)).toBe(false);
      const result = await evaluate(example('workshop.json'), { pack: loadRulePack(files) });
      if (result.verdict === 'invalid') throw new Error('invalid');
      const probe = result.checks.find((c) => c.id === 'basic.industry');
      expect(probe?.actual).toEqual({ probe: undefined });
    },
  );

  it('refuses unknown keys anywhere in a pack, __proto__ included, and leaves Object.prototype alone', () => {
    const files = withCheck((c) => {
      Object.assign(c, JSON.parse('{"__proto__": {"polluted": true}}'));
    });
    expect(refused(files)).toBe(true);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('fills message placeholders from the values only: no prototype, no code', () => {
    const message = formatMessage(
      {
        zh: '{subject.constructor}{param.__proto__}{actual.toString}{details.constructor.constructor}',
        en: "{gap.valueOf}{required.hasOwnProperty}{x.y}{subject.constructor('return 1')()}",
      },
      { actual: { a: 1 }, required: {}, gap: {}, details: {}, subject: { name: '企业' }, param: {} },
    );
    expect(message.zh).toBe('（无）（无）（无）（无）');
    expect(message.en).toBe("(none)(none)(none){subject.constructor('return 1')()}");
  });
});
