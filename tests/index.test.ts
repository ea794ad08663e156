import { describe, expect, it } from 'vitest';
import * as batch from '../src/entries/batch.js';
import * as creditCode from '../src/entries/credit-code.js';
import * as facts from '../src/entries/facts.js';
import * as model from '../src/entries/model.js';
import * as operators from '../src/entries/operators.js';
import * as pack from '../src/entries/pack.js';
import * as report from '../src/entries/report.js';
import * as root from '../src/index.js';

describe('the public API', () => {
  it('keeps the root to the stable core, at most about 25 names', () => {
    expect(Object.keys(root).sort()).toEqual(
      [
        'applicationJsonSchema',
        'batchCsv',
        'defaultPack',
        'defaultPackFiles',
        'evaluate',
        'evaluateBatch',
        'evaluateBatchStreamed',
        'evaluateSync',
        'findDuplicateConsortia',
        'formatTextReport',
        'isRulePack',
        'loadRulePack',
        'parseApplication',
        'renderHtmlReport',
        'RulePackError',
        'summaryOf',
        'verdictOf',
      ].sort(),
    );
  });

  it('puts everything else in a subpath, each name in one place', () => {
    const subpaths = { batch, creditCode, facts, model, operators, pack, report };
    const seen = new Map<string, string>();
    for (const [name, exports] of Object.entries(subpaths)) {
      expect(Object.keys(exports).length, name).toBeGreaterThan(0);
      for (const key of Object.keys(exports)) {
        expect(seen.get(key) ?? Object.hasOwn(root, key), `${key} in ${name} and ${seen.get(key) ?? 'the root'}`).toBe(
          false,
        );
        seen.set(key, name);
      }
    }
    expect(creditCode.parseCreditCode('91652301L74C93KYXG').valid).toBe(true);
  });

  it('freezes the tables it shares', () => {
    for (const table of [
      facts.derivedFacts,
      facts.derivedFacts.pilotRatio,
      operators.customOperators,
      operators.engineOperators,
      creditCode.registrationAuthorities,
      creditCode.registrationAuthorities['9']?.categories,
      model.limits,
      model.Direction.labels,
      report.verdictLabels,
      report.kindLabels,
    ]) {
      expect(Object.isFrozen(table)).toBe(true);
    }
    expect(() => {
      (operators.customOperators as Record<string, unknown>).isKnown = () => true;
    }).toThrow(TypeError);
  });
});
