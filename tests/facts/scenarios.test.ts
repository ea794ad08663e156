import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bindingScenariosAtLevel,
  distinctScenarios,
  repeatedScenarios,
  scenariosAtLevel,
} from '../../src/entries/facts.js';
import type { Scenario } from '../../src/entries/model.js';

let next = 0;
const s = (level: number | null, binding: boolean, code = `S${++next}`, name = `场景${code}`): Scenario => ({
  code,
  name,
  binding,
  level,
});

describe('scenariosAtLevel / bindingScenariosAtLevel', () => {
  const scenarios = [s(3, true), s(2, true), s(2, false), s(1, true), s(null, true), s(4, false)];
  it('counts scenarios at the level or above (二级及以上 includes 二级)', () => {
    expect(scenariosAtLevel(scenarios, 2)).toBe(4);
    expect(scenariosAtLevel(scenarios, 3)).toBe(2);
    expect(scenariosAtLevel([], 2)).toBe(0);
  });
  it('treats 未定级 (null) as below every level', () => {
    expect(scenariosAtLevel([s(null, true)], 1)).toBe(0);
  });
  it('counts only 约束性 scenarios for the binding count', () => {
    expect(bindingScenariosAtLevel(scenarios, 2)).toBe(2);
    expect(bindingScenariosAtLevel(scenarios, 1)).toBe(3);
  });
});

describe('distinctScenarios (edition 2: each scenario counted once)', () => {
  it('counts a scenario entered twice once, at its highest level, and names it', () => {
    const twice = [
      s(2, true, 'S03', '质量管理'),
      s(3, true, ' s03 ', '质量管理（重填）'),
      s(2, false, 'S04', '设备管理'),
    ];
    expect(scenariosAtLevel(twice, 2)).toBe(2);
    expect(scenariosAtLevel(twice, 3)).toBe(1);
    expect(distinctScenarios(twice).scenarios.map((x) => x.level)).toEqual([3, 2]);
    expect(repeatedScenarios(twice)).toEqual(['S03 质量管理']);
  });
  it('matches scenarios without a code by name', () => {
    const noCode = [s(2, true, '', '能源管理'), s(2, true, '', '能源 管理'), s(2, true, '', '安全管理')];
    expect(scenariosAtLevel(noCode, 2)).toBe(2);
    expect(bindingScenariosAtLevel(noCode, 2)).toBe(2);
    expect(repeatedScenarios(noCode)).toEqual(['能源管理']);
  });
  it('names nothing when every scenario is entered once', () => {
    expect(repeatedScenarios([s(2, true), s(3, false)])).toEqual([]);
  });
  it('names each repeated scenario by its first entry, in the order the repeats come', () => {
    const a = s(1, true, 'A1', '甲');
    const b = s(2, true, 'B1', '乙');
    const list = [a, b, s(3, true, 'b1', '乙（重填）'), s(4, true, 'A 1', '甲（重填）')];
    expect(distinctScenarios(list).repeated).toEqual([b, a]);
    expect(distinctScenarios(list).scenarios.map((x) => x.level)).toEqual([4, 3]);
  });
  it('keeps codes and names apart: a code never matches a name', () => {
    expect(distinctScenarios([s(2, true, 'X', '能源'), s(2, true, '', 'X')]).scenarios).toHaveLength(2);
  });
  it('gives what the definition gives, for any list (codes with spaces and case, names, levels)', () => {
    // The definition, written plainly: a key per scenario, the first entry of each key counted,
    // replaced by a later one at a higher level; a key's first entry named when it repeats.
    const definition = (list: readonly Scenario[]) => {
      const keyOf = (x: Scenario) => {
        const code = x.code.replace(/\s/g, '').toUpperCase();
        return code !== '' ? `code:${code}` : `name:${x.name.replace(/\s/g, '')}`;
      };
      const counted = new Map<string, Scenario>();
      const repeated = new Map<string, Scenario>();
      for (const x of list) {
        const seen = counted.get(keyOf(x));
        if (seen === undefined) counted.set(keyOf(x), x);
        else {
          if (!repeated.has(keyOf(x))) repeated.set(keyOf(x), seen);
          if ((x.level ?? 0) > (seen.level ?? 0)) counted.set(keyOf(x), x);
        }
      }
      return { scenarios: [...counted.values()], repeated: [...repeated.values()] };
    };
    const scenario = fc.record({
      code: fc.constantFrom('', 'S01', 's01', ' S 01 ', 'S02', 'S02\t', 'ｓ01', 'code:S01', 'S01'),
      name: fc.constantFrom('', '质量管理', '质量 管理', 'S01', 'name:质量管理', '设备管理'),
      binding: fc.boolean(),
      level: fc.constantFrom(null, 1, 2, 3, 4),
    });
    fc.assert(
      fc.property(fc.array(scenario, { maxLength: 12 }), (list) => {
        expect(distinctScenarios(list)).toEqual(definition(list));
      }),
      { seed: 11, numRuns: 5_000 },
    );
  });
});
