import { describe, expect, it } from 'vitest';
import { editionOf } from '../../src/entries/pack.js';
import {
  defaultPack,
  defaultPackFiles,
  evaluateSync,
  findDuplicateConsortia,
  loadRulePack,
  RulePackError,
} from '../../src/index.js';
import { buildApplication } from '../../src/testing/buildApplication.js';
import { example } from '../helpers/examples.js';
import { packIssues } from '../helpers/packIssues.js';

type Files = Record<string, { checks?: Record<string, unknown>[]; parameters?: Record<string, unknown> }>;
const files = () => structuredClone(defaultPackFiles) as unknown as Files;

describe('a pack from outside cannot reach JavaScript, hang the loader or fill the memory', () => {
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])(
    'refuses a parameter reference to %s, which names nothing of the pack',
    (name) => {
      const f = files();
      const check = f['digital-workshop.json']?.checks?.[0] as { pass: Record<string, unknown> };
      check.pass = { name: 'x', path: '$.lead.assessment.score', operator: '>=', value: { param: name } };
      const issues = packIssues(f);
      expect(issues.some((i) => i.message.zh.includes(`“${name}”`) && i.pointer.startsWith('/checks/0/pass'))).toBe(
        true,
      );
    },
  );

  it.each(['__proto__', 'constructor', 'prototype', 'toString'])('refuses %s as a name anywhere, by name', (key) => {
    const f = files();
    const text = JSON.stringify(f['parameters.json']).replace('"parameters":{', `"parameters":{"${key}":{},`);
    f['parameters.json'] = JSON.parse(text);
    const issues = packIssues(f);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'parameters.json', pointer: `/parameters/${key}` }));
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('refuses a pack nested 10,000 deep with a RulePackError, not a RangeError', () => {
    let deep: unknown = { fact: 'application', path: '$.x', operator: 'isKnown' };
    for (let i = 0; i < 10_000; i++) deep = { not: deep };
    const f = files();
    (f['basic.json']?.checks?.[0] as Record<string, unknown>).when = deep;
    let error: unknown;
    try {
      loadRulePack(f);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RulePackError);
    expect((error as RulePackError).issues[0]?.message.zh).toBe('嵌套超过100层：规则包文件不应如此之深');
  });

  it('refuses a list parameter of a million entries, naming its size', () => {
    const f = files();
    const prefixes = f['parameters.json']?.parameters?.['basic.leadRegionPrefixes'] as { values: { value: unknown }[] };
    (prefixes.values[0] as { value: unknown }).value = Array.from({ length: 1_000_000 }, (_, i) => String(i));
    const issues = packIssues(f);
    expect(issues.map((i) => i.message.zh)).toContainEqual(expect.stringContaining('列表有1000000项，超过上限10000项'));
  });

  it('is frozen throughout once loaded: what was validated is what every evaluation reads', () => {
    for (const pack of [defaultPack(), loadRulePack(files())]) {
      const parameter = pack.parameters['workshop.minScore'];
      expect(() => {
        (parameter?.values as { value: unknown }[])[0] = { value: 0 };
      }).toThrow(TypeError);
      expect(() => {
        (pack.checks[0] as { pass: unknown }).pass = {};
      }).toThrow(TypeError);
      expect(Object.isFrozen(pack.vocabularies.directions)).toBe(true);
      expect(editionOf(pack, '2025-04-15').parameters['workshop.minScore']).toBe(50);
    }
  });

  it("names a list parameter and its size in a result's `required`, not a copy of the list", () => {
    const app = buildApplication('digital-workshop', { industry: 'other' });
    delete app.lead.pilotIndustry;
    const result = evaluateSync(app);
    if (result.verdict === 'invalid') throw new Error('read as invalid');
    const industry = result.checks.find((c) => c.id === 'basic.industry');
    expect(industry?.required).toEqual({ industry: { param: 'basic.industries', size: 5 } });
    expect(industry?.message.zh).toContain('不在有色金属、现代化工、新材料、电力装备、食品纺织五个行业之内');
  });
});

describe('the batch API with input that is not an application', () => {
  it('findDuplicateConsortia reads null, numbers and texts as unreadable, never throwing', () => {
    const chain = example('chain.json');
    expect(() => findDuplicateConsortia([chain, null, 5, 'x', [], {}] as never)).not.toThrow();
    expect(findDuplicateConsortia([chain, null, chain] as never)).toHaveLength(1);
  });
});
