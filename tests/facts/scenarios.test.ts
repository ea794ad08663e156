import { describe, expect, it } from 'vitest';
import { bindingScenariosAtLevel, type Scenario, scenariosAtLevel } from '../../src/index.js';

const s = (level: number | null, binding: boolean): Scenario => ({ code: 'S', name: '场景', binding, level });

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
