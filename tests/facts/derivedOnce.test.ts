import { describe, expect, it } from 'vitest';
import {
  distinctParticipants,
  distinctScenarios,
  participantCount,
  repeatedScenarios,
  scenariosAtLevel,
  unitsByCode,
} from '../../src/entries/facts.js';
import { derivedOnce, derivedOnceOf, whileEvaluating, whileEvaluatingAsync } from '../../src/facts/derivedOnce.js';
import type { Application } from '../../src/index.js';
import { example } from '../helpers/examples.js';

const chain = () => structuredClone(example('chain.json')) as unknown as Application;

describe('derivedOnce', () => {
  it('derives anew outside an evaluation: a form that changes its application gets the new answer', () => {
    const application = chain();
    expect(participantCount(application, false)).toBe(12);
    expect(unitsByCode(application)).toHaveLength(13);
    application.participants.pop();
    expect(participantCount(application, false)).toBe(11);
    expect(distinctParticipants(application).participants).toHaveLength(11);
    expect(unitsByCode(application)).toHaveLength(12);
  });

  it('reads a list of scenarios as it is now: a form that makes a row repeat another is told so at once', () => {
    const scenarios = [
      { code: 'S01', name: '产品设计', binding: true, level: 2 },
      { code: 'S02', name: '工艺设计', binding: true, level: 2 },
    ];
    expect(scenariosAtLevel(scenarios, 2)).toBe(2);
    expect(repeatedScenarios(scenarios)).toEqual([]);
    scenarios[1] = { code: 'S01', name: '产品设计', binding: true, level: 2 };
    expect(scenariosAtLevel(scenarios, 2)).toBe(1);
    expect(repeatedScenarios(scenarios)).toEqual(['S01 产品设计']);
    scenarios.push({ code: 'S03', name: '营销管理', binding: false, level: 3 });
    expect(distinctScenarios(scenarios).scenarios.map((s) => s.code)).toEqual(['S01', 'S03']);
  });

  it('derives a part of the application once while an evaluation runs, and anew outside one', () => {
    const application = chain();
    const part = application.participants;
    let derived = 0;
    const count = (list: readonly unknown[]) => {
      derived++;
      return list.length;
    };
    const during = whileEvaluating(application, () => [derivedOnceOf(part, count), derivedOnceOf(part, count)]);
    expect(during).toEqual([12, 12]);
    expect(derived).toBe(1);
    part.pop();
    expect(derivedOnceOf(part, count)).toBe(11);
    expect(derivedOnceOf(part, count)).toBe(11);
    expect(derived).toBe(3);
  });

  it('derives once while an evaluation of the object runs, and forgets it when it ends', () => {
    const application = chain();
    let derived = 0;
    const count = (a: Application) => {
      derived++;
      return a.participants.length;
    };
    const during = whileEvaluating(application, () => [
      derivedOnce(application, count),
      derivedOnce(application, count),
    ]);
    expect(during).toEqual([12, 12]);
    expect(derived).toBe(1);
    expect(distinctParticipants(application)).not.toBe(distinctParticipants(application));
    whileEvaluating(application, () => {
      expect(distinctParticipants(application)).toBe(distinctParticipants(application));
      // An evaluation inside another of the same object shares what the outer one derived.
      const outer = unitsByCode(application);
      whileEvaluating(application, () => expect(unitsByCode(application)).toBe(outer));
      expect(unitsByCode(application)).toBe(outer);
    });
    derivedOnce(application, count);
    derivedOnce(application, count);
    expect(derived).toBe(3);
  });

  it('shares nothing between two objects evaluated at once', () => {
    const a = chain();
    const b = chain();
    b.participants.pop();
    whileEvaluating(a, () => {
      expect(participantCount(a, false)).toBe(12);
      expect(participantCount(b, false)).toBe(11);
    });
  });

  it('forgets what an evaluation derived when it throws or rejects', async () => {
    const application = chain();
    let derived = 0;
    const count = (a: Application) => {
      derived++;
      return a.participants.length;
    };
    expect(() =>
      whileEvaluating(application, () => {
        derivedOnce(application, count);
        throw new Error('rule failed');
      }),
    ).toThrow('rule failed');
    await expect(
      whileEvaluatingAsync(application, async () => {
        derivedOnce(application, count);
        throw new Error('engine failed');
      }),
    ).rejects.toThrow('engine failed');
    derivedOnce(application, count);
    expect(derived).toBe(3);
    await expect(
      whileEvaluatingAsync(application, async () => derivedOnce(application, count) + derivedOnce(application, count)),
    ).resolves.toBe(24);
    expect(derived).toBe(4);
  });
});
