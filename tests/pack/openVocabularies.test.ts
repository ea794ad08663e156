import { describe, expect, it } from 'vitest';
import { applicationJsonSchemaOf } from '../../src/entries/pack.js';
import { evaluateSync, loadRulePack } from '../../src/index.js';
import { buildApplication } from '../../src/testing/buildApplication.js';
import { packIssues } from '../helpers/packIssues.js';
import { smallPack } from '../helpers/smallPack.js';

// A city's notice names kinds of 不良记录 the model does not (银川's 安全生产, 生态环保): its pack adds
// them, named, and 申报书 under it may list them; a check reads them in a window of years.
const pack = (labels: Record<string, { zh: string; en: string }>) =>
  smallPack(
    '近三年无严重不良记录',
    { adverseRecordKinds: ['serious-dishonesty', 'work-safety', 'environment'], labels },
    [
      {
        id: 'basic.clean-record',
        clause: '二（二）',
        kind: 'eligibility',
        title: { zh: '近三年无严重不良记录', en: 'No serious record in three years' },
        notice: '近三年在安全生产、生态环保等方面无严重不良信用记录',
        subject: 'unit',
        pass: {
          name: 'records',
          fact: 'unitAdverseRecords',
          params: { kinds: ['work-safety', 'environment'], withinYears: 3 },
          operator: 'isEmpty',
        },
        zh: { pass: '近三年无不良记录', fail: '近三年有不良记录：{actual.records|list}' },
        en: { pass: 'No record in three years', fail: 'Records in three years: {actual.records|list}' },
      },
    ],
  );
const named = {
  'work-safety': { zh: '安全生产', en: 'work safety' },
  environment: { zh: '生态环保', en: 'environment' },
};

describe('kinds of 不良记录 a pack adds', () => {
  it('are refused unnamed, and read when named: in the schema, in a 申报书, in a check with a window', () => {
    expect(packIssues(pack({})).map((i) => i.message.zh)).toContainEqual(
      expect.stringContaining('work-safety、environment不是申报书模型认识的词：请在 vocabularies.labels 中给出'),
    );
    const records = loadRulePack(pack(named));
    const schema = applicationJsonSchemaOf(records) as {
      properties: {
        lead: {
          properties: {
            credit: {
              properties: { adverseRecords: { items: { properties: { kind: { oneOf: { title: string }[] } } } } };
            };
          };
        };
      };
    };
    const kinds = schema.properties.lead.properties.credit.properties.adverseRecords.items.properties.kind.oneOf;
    expect(kinds.map((k) => k.title)).toEqual(expect.arrayContaining(['安全生产', '生态环保', '失信被执行人']));
    const withRecord = (date: string) => {
      const app = buildApplication('digital-workshop', { submittedOn: '2025-04-15' });
      app.lead.credit = { adverseRecords: [{ kind: 'work-safety' as never, date, description: '安全生产行政处罚' }] };
      const result = evaluateSync(app, { pack: records });
      return result.verdict === 'invalid' ? result.errors.map((e) => e.pointer) : result.checks.map((c) => c.outcome);
    };
    expect(withRecord('2024-03-01')).toEqual(['fail']);
    expect(withRecord('2019-03-01')).toEqual(['pass']);
  });

  it('stay unknown to the default pack, which refuses such a record at its field', () => {
    const app = buildApplication('digital-workshop');
    app.lead.credit = { adverseRecords: [{ kind: 'work-safety' as never, date: '2024-03-01', description: '处罚' }] };
    const result = evaluateSync(app);
    expect(result.verdict === 'invalid' && result.errors.map((e) => e.pointer)).toEqual([
      '/lead/credit/adverseRecords/0/kind',
    ]);
  });
});
