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

describe('distinctScenarios (edition 3: one scenario when codes or names match)', () => {
  it('counts a scenario entered twice once, names it, and reads its rows as the reading says', () => {
    const twice = [
      s(2, true, 'S03', '质量管理'),
      s(3, true, ' s03 ', '质量管理（重填）'),
      s(2, false, 'S04', '设备管理'),
    ];
    const found = distinctScenarios(twice);
    expect(found.scenarios).toHaveLength(2);
    expect(repeatedScenarios(twice)).toEqual(['S03 质量管理']);
    const [group] = found.groups;
    expect(group?.rows).toEqual([0, 1]);
    expect(group?.variants).toEqual([0, 1]);
    // The plain reading takes the first row; the other reading the second: the evaluation reads both.
    expect(scenariosAtLevel(twice, 3)).toBe(0);
    const other = { choices: new Map([[group?.key ?? '', 1]]), removed: new Set<number>() };
    expect(scenariosAtLevel(twice, 3, other)).toBe(1);
  });
  it('makes rows one scenario when their names match under different codes, and through each other', () => {
    const list = [s(2, true, 'S07', '质量管理'), s(2, true, 'S08', '质量 管理'), s(2, true, 'S08', '能源管理')];
    expect(distinctScenarios(list).scenarios).toHaveLength(1);
    expect(distinctScenarios(list).groups[0]?.rows).toEqual([0, 1, 2]);
  });
  it('compares codes and names by normalizeKey: full width, case, hyphens, dots and invisible characters aside', () => {
    const list = [
      s(2, true, 'Ｓ07', '甲'),
      s(2, true, 's-07', '乙'),
      s(2, true, 'S.0\u200B7', '丙'),
      s(2, true, 'S_07', '丁'),
    ];
    expect(distinctScenarios(list).scenarios).toHaveLength(1);
  });
  it('counts no blank row, and lists it', () => {
    const list = [s(2, true, '', ''), s(2, true, ' ', '\u200B'), s(2, true, 'S01', '研发设计')];
    expect(distinctScenarios(list).scenarios).toHaveLength(1);
    expect(distinctScenarios(list).blank).toEqual([0, 1]);
  });
  it('names nothing when every scenario is entered once', () => {
    expect(repeatedScenarios([s(2, true), s(3, false)])).toEqual([]);
  });
  it('groups rows as the definition does, in any order (codes with spaces and case, names, levels)', () => {
    // The definition, written plainly: rows are joined when their keys (code, or name) match, through
    // each other; a row with neither is no scenario.
    const key = (t: string) =>
      t
        .normalize('NFKC')
        .toUpperCase()
        .replace(/[\s\-._]/g, '');
    const definition = (list: readonly Scenario[]) => {
      const live = list.map((x, i) => ({ i, code: key(x.code), name: key(x.name) })).filter((x) => x.code || x.name);
      const group = new Map(live.map((x) => [x.i, x.i]));
      let changed = true;
      while (changed) {
        changed = false;
        for (const a of live)
          for (const b of live) {
            const same = (a.code !== '' && a.code === b.code) || (a.name !== '' && a.name === b.name);
            const ga = group.get(a.i) as number;
            const gb = group.get(b.i) as number;
            if (same && ga !== gb) {
              for (const [k, v] of group) if (v === Math.max(ga, gb)) group.set(k, Math.min(ga, gb));
              changed = true;
            }
          }
      }
      return new Set(group.values()).size;
    };
    const scenario = fc.record({
      code: fc.constantFrom('', 'S01', 's01', ' S 01 ', 'S02', 'S02\t', 'ｓ01', 'S-01'),
      name: fc.constantFrom('', '质量管理', '质量 管理', 'S01', '设备管理', '能源管理'),
      binding: fc.boolean(),
      level: fc.constantFrom(null, 1, 2, 3, 4),
    });
    fc.assert(
      fc.property(fc.array(scenario, { maxLength: 12 }), fc.integer(), (list, seed) => {
        const found = distinctScenarios(list);
        expect(found.scenarios).toHaveLength(definition(list));
        const shuffled = [...list].sort(
          (a, b) => ((list.indexOf(a) * 7919 + seed) % 13) - ((list.indexOf(b) * 7919 + seed) % 13),
        );
        expect(distinctScenarios(shuffled).scenarios).toHaveLength(found.scenarios.length);
      }),
      { seed: 11, numRuns: 3_000 },
    );
  });
});
