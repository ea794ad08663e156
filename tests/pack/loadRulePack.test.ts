import { describe, expect, it } from 'vitest';
import {
  defaultPackFiles,
  evaluate,
  isRulePack,
  loadRulePack,
  RulePackError,
  type RulePackIssue,
} from '../../src/index.js';
import { example } from '../helpers/examples.js';
import { packIssues } from '../helpers/packIssues.js';
import { smallPack } from '../helpers/smallPack.js';

type Files = Record<
  string,
  { checks?: Record<string, unknown>[]; parameters?: Record<string, unknown>; pack?: unknown }
>;

function files(): Files {
  return structuredClone(defaultPackFiles) as Files;
}

const issuesOf = (broken: Files): readonly RulePackIssue[] => packIssues(broken);

function parameter(
  f: Files,
  name: string,
): Record<string, unknown> & { values: { effectiveFrom: string; value: unknown }[] } {
  const found = f['parameters.json']?.parameters?.[name];
  if (!found) throw new Error(name);
  return found as Record<string, unknown> & { values: { effectiveFrom: string; value: unknown }[] };
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

  it('refuses a detail named __proto__ by name (the evaluation writes details by name into objects)', () => {
    const f = files();
    const text = JSON.stringify(firstCheck(f, 'basic.json')).replace(
      '"details":{',
      '"details":{"__proto__":{"fact":"unitCreditCode","path":"$.regionName"},',
    );
    const check = JSON.parse(text);
    expect(Object.getOwnPropertyNames(check.details)).toContain('__proto__');
    (f['basic.json']?.checks as Record<string, unknown>[])[0] = check;
    expect(packIssues(f)).toEqual([
      {
        file: 'basic.json',
        pointer: '/checks/0/details/__proto__',
        message: {
          zh: '“__proto__”是 JavaScript 对象的保留名称，不能用作名称：请改名',
          en: '"__proto__" is a name of JavaScript\'s objects and cannot be used as a name: rename it',
        },
      },
    ]);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('names file, rule and field for an unknown operator', () => {
    const f = files();
    const check = firstCheck(f, 'digital-workshop.json');
    (check.requires as { all: Record<string, unknown>[] }).all[0] = {
      fact: 'application',
      path: '$.x',
      operator: 'eval',
      value: 1,
    };
    expect(issuesOf(f)).toContainEqual(
      expect.objectContaining({
        file: 'digital-workshop.json',
        rule: 'workshop.acceptance',
        pointer: '/checks/0/requires/all/0/operator',
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
      expect.objectContaining({
        file: 'workshop-and-factory.json',
        rule: 'workshop.scenarios',
        pointer: '/checks/2/pass/all/0/params/level',
      }),
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
    Object.assign(industry.zh as object, { 'fail:nothing': '无', 'review:industry': '无', review: '无' });
    Object.assign(industry.en as object, { 'fail:nothing': 'none', 'review:industry': 'none', review: 'none' });
    f['basic.json']?.checks?.push(structuredClone(industry));
    const issues = issuesOf(f);
    expect(issues.map((i) => i.message.en)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('per-unit checks only'),
        expect.stringContaining('no pass condition is named "nothing"'),
        // "industry" names a pass condition, not one of `requires`: a reviewBy must name the latter.
        expect.stringContaining('no requires condition is named "industry"'),
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
      expect((error as Error).message).toContain('form.json 规则 form.credit-code /checks/0/kind');
    }
    expect(issuesOf({ 'a.json': { checks: [] } })[0]?.message.en).toContain('metadata');
  });

  it("says each schema problem in a pack author's words, Chinese first, and names unknown fields", () => {
    const f = files();
    const [level, score, scenarios] = f['workshop-and-factory.json']?.checks ?? [];
    if (!level || !score || !scenarios) throw new Error('workshop-and-factory.json');
    scenarios.clause = '';
    level.kind = 'bogus';
    score.directions = 'digital-workshop';
    score.extra = 1;
    const minScore = f['parameters.json']?.parameters?.['workshop.minScore'] as { values: { effectiveFrom: string }[] };
    minScore.values[0] = { ...minScore.values[0], effectiveFrom: '2024-02-30' };
    const issues = issuesOf(f);
    const at = (pointer: string) => issues.find((i) => i.pointer === pointer)?.message;
    expect(at('/checks/2/clause')).toEqual({ zh: '不能为空，实际为""', en: 'must not be empty, found ""' });
    expect(at('/checks/0/kind')?.zh).toBe('取值"bogus"不在可选范围内，应为：eligibility、completeness、advisory');
    expect(at('/checks/1/directions')?.zh).toBe('应为列表，实际为文本："digital-workshop"');
    expect(at('/checks/1')).toEqual({ zh: '规则包不认识的字段：extra', en: 'unknown field: extra' });
    expect(at('/parameters/workshop.minScore/values/0/effectiveFrom')?.zh).toContain('真实存在的公历日期');
    // zod's own English default never reaches a person.
    expect(issues.every((i) => !/Invalid input/.test(i.message.en))).toBe(true);
    // What the schema refused is not read further, so nothing is reported as missing because of it.
    expect(issues.every((i) => !i.message.zh.includes('未定义'))).toBe(true);
  });

  it('says what is wrong with the params a rule gives a fact', () => {
    const f = files();
    const check = f['workshop-and-factory.json']?.checks?.find((c) => c.id === '{row}.level');
    if (!check) throw new Error('{row}.level');
    check.requires = { fact: 'bindingScenariosAtLevel', params: { level: 9 }, operator: 'equal', value: 1 };
    Object.assign(check.zh as object, { review: '约束性场景不足' });
    Object.assign(check.en as object, { review: 'Binding scenarios missing' });
    expect(issuesOf(f)).toContainEqual({
      file: 'workshop-and-factory.json',
      rule: 'factory.level',
      pointer: '/checks/0/requires/params/level',
      message: { zh: '事实参数不能大于4，实际为9', en: 'fact params: must be at most 4, found 9' },
    });
  });

  it.each([
    ['"abc"', 'abc', '值"abc"不是数值'],
    ['null', null, '值null不是数值'],
    ['"55"', '55', '值"55"不是数值'],
    ['5500', 5500, '值5500超出范围'],
    ['NaN-like text', '五十', '值"五十"不是数值'],
  ])('refuses workshop.minScore = %s, naming the parameter, the value and what was expected', (_label, value, said) => {
    const f = files();
    parameter(f, 'workshop.minScore').values = [{ effectiveFrom: '2024-01-01', value }];
    const issue = issuesOf(f).find((i) => i.parameter === 'workshop.minScore');
    expect(issue).toMatchObject({ file: 'parameters.json', pointer: '/parameters/workshop.minScore/values/0/value' });
    expect(issue?.message.zh).toContain(said);
    expect(issue?.message.zh).toContain('应为0–100之间的数值（单位：分）');
    expect(issue?.message.en).toContain('expected a number from 0 to 100 (points)');
  });

  it('refuses a value of the wrong type in any dated value, not only the latest', () => {
    const f = files();
    parameter(f, 'consortium.minParticipants').values.unshift({ effectiveFrom: '2023-01-01', value: 9.5 });
    expect(issuesOf(f)[0]?.message.zh).toBe(
      '参数“consortium.minParticipants”（自2023-01-01）：值9.5不是整数；应为0–1000之间的整数（单位：家）',
    );
  });

  it('refuses an unknown unit, naming the units it knows', () => {
    const f = files();
    parameter(f, 'workshop.minScore').unit = 'points';
    expect(issuesOf(f)[0]?.message.zh).toContain('单位“points”不是已知的单位（分、级、个、家、字、天、年、比例）');
  });

  it("puts in the library's own values a notice never states, and refuses a pack with joint directions that lacks the notice's", () => {
    const removed = files();
    delete removed['parameters.json']?.parameters?.['joint.duplicateUnitSimilarity'];
    const pack = loadRulePack(removed);
    expect(pack.parameters['joint.duplicateUnitSimilarity']).toMatchObject({
      source: "本库默认值 / the library's default",
      values: [{ effectiveFrom: '1900-01-01', value: 0.6 }],
    });
    const renamed = files();
    const params = renamed['parameters.json']?.parameters as Record<string, unknown>;
    params['joint.boilerplateText'] = params['joint.boilerplate'];
    delete params['joint.boilerplate'];
    expect(issuesOf(renamed)).toContainEqual(
      expect.objectContaining({
        parameter: 'joint.boilerplate',
        message: expect.objectContaining({
          zh: '缺少参数“joint.boilerplate”（类型 text）：规则包有联合申报的申报类型（chain、cluster、belt-and-road），须给出它',
        }),
      }),
    );
    const retyped = files();
    parameter(retyped, 'joint.shingleLength').type = 'number';
    expect(issuesOf(retyped)[0]?.message.en).toBe(
      'parameter "joint.shingleLength" must be of type integer (the library\'s code reads it), not number',
    );
  });

  it('loads a pack of one direction and one check, with no joint parameter at all', async () => {
    const small = smallPack('one-check', {}, [
      {
        id: 'workshop.score',
        clause: '二',
        kind: 'eligibility',
        title: { zh: '得分', en: 'Score' },
        notice: '得分在50分以上',
        subject: 'lead',
        pass: { name: 'score', path: '$.lead.assessment.score', operator: '>=', value: 50 },
        zh: { pass: '得分{actual.score}分', fail: '得分{actual.score}分，应在{required.score}分以上' },
        en: { pass: 'Score {actual.score}', fail: 'Score {actual.score}, must be {required.score} or more' },
      },
    ]);
    const pack = loadRulePack(small);
    expect(pack.parameters['joint.consortiumDirections']?.values[0]?.value).toEqual([]);
    const result = await evaluate(example('workshop.json'), { pack });
    expect(result.verdict === 'invalid' ? [] : result.checks.map((c) => [c.id, c.outcome])).toEqual([
      ['workshop.score', 'pass'],
    ]);
  });

  it('refuses a charted check whose conditions are renamed, and words outside the vocabularies', () => {
    const f = files();
    const scenarios = f['workshop-and-factory.json']?.checks?.find((c) => c.id === '{row}.scenarios') as {
      pass: { all: { name: string }[] };
    };
    (scenarios.pass.all[0] as { name: string }).name = 'count';
    parameter(f, 'basic.industries').values = [{ effectiveFrom: '2024-01-01', value: ['new-materials', 'mining'] }];
    const said = issuesOf(f).map((i) => i.message.zh);
    expect(said).toContain('检查“workshop.scenarios”的通过条件应命名为 scenarios（报告的图表读取它们）');
    expect(said).toContain('检查“factory.scenarios”的通过条件应命名为 scenarios（报告的图表读取它们）');
    expect(said).toContain('参数“basic.industries”（自2024-01-01）：列表中“mining”不在规则包的industry词表中');
  });

  it('refuses a direction or lead role the model does not know (they need a release), and an unnamed new industry', () => {
    const f = files();
    const vocabularies = (f['pack.json'] as { vocabularies: Record<string, unknown> }).vocabularies as {
      leadRoles: string[];
      industries: string[];
      labels?: Record<string, unknown>;
    };
    vocabularies.leadRoles.push('mayor');
    vocabularies.industries.push('mining');
    expect(issuesOf(f)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'pack.json',
          pointer: '/vocabularies/leadRoles',
          message: expect.objectContaining({ zh: 'mayor不是申报书模型认识的词（新增需要发布新版本）' }),
        }),
        expect.objectContaining({
          pointer: '/vocabularies/labels',
          message: expect.objectContaining({
            zh: expect.stringContaining('mining不是申报书模型认识的词：请在 vocabularies.labels'),
          }),
        }),
      ]),
    );
    // named, a new industry is the pack's to add; a label for a word no vocabulary has is refused
    vocabularies.leadRoles.pop();
    vocabularies.labels = { mining: { zh: '采矿业', en: 'mining' } };
    expect(() => loadRulePack(f)).not.toThrow();
    vocabularies.labels.moon = { zh: '月亮', en: 'moon' };
    expect(issuesOf(f)[0]?.message.en).toBe('vocabularies.labels names moon, which no vocabulary of the pack has');
  });
});

describe('who acts, as a pack writes it (edition 3)', () => {
  it('refuses actions, onFailBy and removable that name no condition', () => {
    const files = structuredClone(defaultPackFiles) as unknown as {
      'basic.json': { checks: Record<string, unknown>[] };
    };
    const check = files['basic.json'].checks.find((c) => c.id === 'basic.clean-credit') as Record<string, unknown>;
    check.actions = { 'review:befor': 'verify' };
    check.onFailBy = { befor: 'review' };
    const lead = files['basic.json'].checks.find((c) => c.id === 'basic.lead-in-changji') as Record<string, unknown>;
    lead.removable = true;
    let error: unknown;
    try {
      loadRulePack(files as never);
    } catch (e) {
      error = e;
    }
    const messages = (error as RulePackError).issues.map((i) => `${i.pointer} ${i.message.en}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/actions\/review:befor no condition is named "befor"/),
        expect.stringMatching(/onFailBy\/befor no pass condition is named "befor"/),
        expect.stringMatching(/removable removable: true is for per-unit checks only/),
      ]),
    );
  });
});
