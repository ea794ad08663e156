import { describe, expect, it } from 'vitest';
import { defaultPackFiles, isRulePack, loadRulePack, RulePackError, type RulePackIssue } from '../../src/index.js';

type Files = Record<
  string,
  { checks?: Record<string, unknown>[]; parameters?: Record<string, unknown>; pack?: unknown }
>;

function files(): Files {
  return structuredClone(defaultPackFiles) as Files;
}

function issuesOf(broken: Files): readonly RulePackIssue[] {
  try {
    loadRulePack(broken);
  } catch (error) {
    expect(error).toBeInstanceOf(RulePackError);
    return (error as RulePackError).issues;
  }
  throw new Error('the pack was accepted');
}

function firstCheck(f: Files, file: string): Record<string, unknown> {
  const check = f[file]?.checks?.[0];
  if (!check) throw new Error(file);
  return check;
}

describe('loadRulePack', () => {
  it('loads the default pack', () => {
    const pack = loadRulePack(defaultPackFiles);
    expect(isRulePack(pack)).toBe(true);
    expect(pack.meta.name).toBe('changji-sme-dx-benchmark');
    expect(Object.keys(pack.parameters)).toContain('workshop.minScore');
  });

  it('names file, rule and field for an unknown operator', () => {
    const f = files();
    const check = firstCheck(f, 'digital-workshop.json');
    (check.pass as { all: Record<string, unknown>[] }).all[0] = {
      fact: 'application',
      path: '$.x',
      operator: 'eval',
      value: 1,
    };
    expect(issuesOf(f)).toContainEqual(
      expect.objectContaining({
        file: 'digital-workshop.json',
        rule: 'workshop.acceptance',
        pointer: '/checks/0/pass/all/0/operator',
      }),
    );
  });

  it('refuses unknown facts, undefined parameters and bad fact params', () => {
    const f = files();
    const check = firstCheck(f, 'basic.json');
    check.requires = { fact: 'process', operator: 'equal', value: { param: 'nope.nothing' } };
    const issues = issuesOf(f);
    expect(issues.map((i) => i.message.zh)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('未知的事实“process”'),
        expect.stringContaining('参数“nope.nothing”未定义'),
      ]),
    );
    const g = files();
    (g['parameters.json']?.parameters?.['workshop.scenarioLevel'] as { values: unknown[] }).values = [
      { effectiveFrom: '2024-01-01', value: 'two' },
    ];
    expect(issuesOf(g)).toContainEqual(
      expect.objectContaining({ rule: 'workshop.scenarios', pointer: '/checks/3/pass/all/0/params/level' }),
    );
  });

  it('refuses JSONPath beyond plain steps: no wildcards, filters or scripts', () => {
    for (const path of [
      '$..creditCode',
      '$.participants[*].name',
      '$[?(@.isPilot)]',
      '$.constructor.constructor("x")',
    ]) {
      const f = files();
      const check = firstCheck(f, 'basic.json');
      check.requires = { fact: 'unit', path, operator: 'isFilled', value: true };
      expect(issuesOf(f).some((i) => i.pointer === '/checks/0/requires/path' && i.file === 'basic.json')).toBe(true);
    }
  });

  it('refuses a per-unit fact in an application check, a failBy without its condition, a duplicate ID', () => {
    const f = files();
    const industry = f['basic.json']?.checks?.find((c) => c.id === 'basic.industry') as Record<string, unknown>;
    industry.requires = { fact: 'unitCreditCode', path: '$.valid', operator: 'equal', value: true };
    (industry.messages as Record<string, unknown>).failBy = { nothing: { zh: '无', en: 'none' } };
    f['basic.json']?.checks?.push(structuredClone(industry));
    const issues = issuesOf(f);
    expect(issues.map((i) => i.message.en)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('per-unit checks only'),
        expect.stringContaining('no pass condition is named "nothing"'),
        expect.stringContaining('used twice'),
      ]),
    );
  });

  it('refuses a file of the wrong shape and a pack without its metadata, and says so in its message', () => {
    const f = files();
    (firstCheck(f, 'form.json') as Record<string, unknown>).kind = 'mandatory';
    delete f['pack.json'];
    try {
      loadRulePack(f);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(RulePackError);
      expect((error as Error).message).toContain('form.json 规则 form.introduction-length /checks/0/kind');
    }
    expect(issuesOf({ 'a.json': { checks: [] } })[0]?.message.en).toContain('metadata');
  });
});
