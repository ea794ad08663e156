import { describe, expect, it } from 'vitest';
import { customOperators, engineOperators } from '../../src/entries/operators.js';
import { defaultPack, defaultPackFiles, evaluate, loadRulePack } from '../../src/index.js';
import { example } from '../helpers/examples.js';
import { packIssues } from '../helpers/packIssues.js';

type Json = Record<string, unknown>;

/** The default pack's files with one more file, written the compact way. */
function packWith(file: Json) {
  return loadRulePack({ ...structuredClone(defaultPackFiles), 'extra.json': file });
}

function issuesOf(file: Json) {
  return packIssues({ ...structuredClone(defaultPackFiles), 'extra.json': file });
}

const scoreCheck = {
  id: 'extra.score',
  clause: '二（二）1',
  kind: 'advisory',
  title: { zh: '得分', en: 'Score' },
  notice: '得分在40分以上',
  subject: 'lead',
  pass: { name: 'score', path: '$.lead.assessment.score', operator: '>=', value: 40 },
  zh: { pass: '得分{actual.score}分', fail: '得分{actual.score}分，不足{required.score}分' },
  en: { pass: 'Score {actual.score}', fail: 'Score {actual.score}, below {required.score}' },
};

describe('a check written the compact way', () => {
  it('is loaded as json-rules-engine conditions, with every default put in', () => {
    const check = packWith({ checks: [scoreCheck] }).checks.find((c) => c.id === 'extra.score');
    expect(check).toMatchObject({
      // every direction of the pack
      directions: ['digital-workshop', 'smart-factory', 'chain', 'cluster', 'belt-and-road'],
      // the symbol becomes the engine's operator, the fact is the application
      pass: {
        name: 'score',
        fact: 'application',
        path: '$.lead.assessment.score',
        operator: 'greaterThanInclusive',
        value: 40,
      },
      // what the condition reads must be given, else review, with a message from the field's labels
      requires: { fact: 'application', path: '$.lead.assessment.score', operator: 'isKnown', value: true },
      messages: {
        pass: { zh: '得分{actual.score}分', en: 'Score {actual.score}' },
        review: { zh: '未填报数据基础、管理及成效得分', en: expect.stringContaining('not given') },
      },
    });
  });

  it('goes to review with the derived message when the field it reads is not given', async () => {
    const pack = packWith({ checks: [scoreCheck] });
    const app = structuredClone(example('workshop.json')) as { lead: { assessment?: Json } };
    delete app.lead.assessment; // 未填报验收评测
    const evaluation = await evaluate(app, { pack });
    if (evaluation.verdict === 'invalid') throw new Error('invalid');
    const result = evaluation.checks.find((c) => c.id === 'extra.score');
    expect(result).toMatchObject({ outcome: 'review', message: { zh: '未填报数据基础、管理及成效得分' } });
  });

  it('needs nothing when it says "requires": "none", and states its own review message otherwise', () => {
    const none = packWith({ checks: [{ ...scoreCheck, requires: 'none' }] }).checks.find((c) => c.id === 'extra.score');
    expect(none?.requires).toBeUndefined();
    const stated = issuesOf({
      checks: [{ ...scoreCheck, requires: { fact: 'isJoint', operator: '==', value: false } }],
    });
    expect(stated).toContainEqual(
      expect.objectContaining({
        file: 'extra.json',
        rule: 'extra.score',
        pointer: '/checks/0/messages',
        message: expect.objectContaining({ zh: expect.stringContaining('缺少待审核消息（review）') }),
      }),
    );
  });

  it('requires what a derived fact is computed from (scenarios for scenariosAtLevel)', () => {
    const check = defaultPack().checks.find((c) => c.id === 'factory.scenarios');
    expect(check?.requires).toEqual({
      fact: 'application',
      path: '$.lead.assessment.scenarios',
      operator: 'isKnown',
      value: true,
    });
  });

  it('takes kind, subject and directions from the file defaults, and says which is missing', () => {
    const { kind: _k, subject: _s, ...bare } = scoreCheck;
    const pack = packWith({ defaults: { kind: 'advisory', subject: 'lead', directions: ['chain'] }, checks: [bare] });
    expect(pack.checks.find((c) => c.id === 'extra.score')).toMatchObject({
      kind: 'advisory',
      subject: 'lead',
      directions: ['chain'],
    });
    expect(issuesOf({ checks: [bare] }).map((i) => i.pointer)).toEqual(['/checks/0/kind', '/checks/0/subject']);
  });

  it('puts shared conditions in place, and refuses one that is undefined or names itself', () => {
    // The leaf is named where its messages read it ({actual.score}): a name on the group would give them nothing.
    const pack = packWith({
      conditions: { lowScore: { name: 'score', path: '$.lead.assessment.score', operator: '<', value: 40 } },
      checks: [{ ...scoreCheck, pass: { not: { condition: 'lowScore' } } }],
    });
    expect(pack.checks.find((c) => c.id === 'extra.score')?.pass).toEqual({
      not: { name: 'score', fact: 'application', path: '$.lead.assessment.score', operator: 'lessThan', value: 40 },
    });
    expect(issuesOf({ checks: [{ ...scoreCheck, pass: { condition: 'nowhere' } }] })).toContainEqual(
      expect.objectContaining({
        pointer: '/checks/0/pass',
        message: expect.objectContaining({ zh: '共用条件“nowhere”未定义' }),
      }),
    );
    const loop = issuesOf({
      conditions: { a: { not: { condition: 'a' } } },
      checks: [{ ...scoreCheck, pass: { condition: 'a' } }],
    });
    expect(loop.map((i) => i.message.en)).toContain('shared condition "a" names itself');
  });

  it('writes a decision table once: a check per row, with its parameters, clause, direction, notice and title', () => {
    const pack = defaultPack();
    const workshop = pack.checks.find((c) => c.id === 'workshop.level');
    const factory = pack.checks.find((c) => c.id === 'factory.level');
    expect(workshop).toMatchObject({
      clause: '二（二）1',
      directions: ['digital-workshop'],
      pass: { value: { param: 'workshop.minLevel' } },
      messages: { fail: { zh: expect.stringMatching(/^数字化车间：/), en: expect.stringMatching(/^Workshop: /) } },
    });
    expect(factory).toMatchObject({
      clause: '二（二）2',
      directions: ['smart-factory'],
      notice: expect.stringContaining('三级'),
      pass: { value: { param: 'factory.minLevel' } },
      messages: { fail: { zh: expect.stringMatching(/^智能工厂：/), en: expect.stringMatching(/^Factory: /) } },
    });
    expect(pack.tables).toEqual([
      expect.objectContaining({
        file: 'workshop-and-factory.json',
        checks: [
          'workshop.level',
          'workshop.score',
          'workshop.scenarios',
          'factory.level',
          'factory.score',
          'factory.scenarios',
        ],
      }),
    ]);
    // row by row, in the order the notice gives them
    const ids = pack.checks.map((c) => c.id);
    expect(ids.indexOf('workshop.scenarios')).toBeLessThan(ids.indexOf('factory.level'));
  });

  it('refuses a table check whose notice has no words for a row', () => {
    const files = structuredClone(defaultPackFiles) as Record<string, { checks?: Json[] }>;
    const level = files['workshop-and-factory.json']?.checks?.[0] as { notice: Json };
    delete level.notice.factory;
    expect(() => loadRulePack(files)).toThrow(/table row "factory"/);
  });

  it('refuses messages given twice, as messages and as zh/en', () => {
    const twice = {
      ...scoreCheck,
      messages: { pass: { zh: '好', en: 'ok' }, fail: { zh: '不好', en: 'not ok' } },
    };
    expect(issuesOf({ checks: [twice] }).map((i) => i.message.zh)).toContain(
      '消息写了两遍：messages 与 zh/en 只能用一种',
    );
  });

  it('leaves the default pack as plain json-rules-engine conditions: every leaf a fact, an engine operator, a value', () => {
    const operators = new Set([...engineOperators, ...Object.keys(customOperators)]);
    const leaves = (c: Json): Json[] =>
      Array.isArray(c.all)
        ? c.all.flatMap(leaves)
        : Array.isArray(c.any)
          ? c.any.flatMap(leaves)
          : c.not
            ? leaves(c.not as Json)
            : [c];
    for (const check of defaultPack().checks) {
      for (const step of [check.when, check.requires, check.pass]) {
        if (step === undefined) continue;
        for (const leaf of leaves(step as Json)) {
          expect(typeof leaf.fact, check.id).toBe('string');
          expect(operators.has(String(leaf.operator)), `${check.id} ${String(leaf.operator)}`).toBe(true);
          expect('value' in leaf, check.id).toBe(true);
          expect('condition' in leaf, check.id).toBe(false);
        }
      }
    }
  });
});
