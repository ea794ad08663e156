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
});
